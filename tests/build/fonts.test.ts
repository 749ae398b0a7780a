import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, htmlFiles, readDist } from '../helpers/dist.ts';
import { CJK, slicesOf } from '../../src/site/integrations/cjk-font.ts';

test('the site font covers every Chinese character of every page, each slice a built file, and every page links it', () => {
  const css = readDist('fonts/cjk.css');
  const faces = slicesOf(css);
  assert.ok(faces.length > 0, 'no font faces');
  const covered = new Set<number>();
  let bytes = 0;
  for (const { file, points } of faces) {
    assert.ok(existsSync(join(distDir, 'fonts', file)), `missing ${file}`);
    bytes += statSync(join(distDir, 'fonts', file)).size;
    for (const p of points) {
      assert.ok(!covered.has(p), `U+${p.toString(16)} is in two slices`);
      covered.add(p);
    }
  }
  for (const page of htmlFiles()) {
    const html = readDist(page);
    assert.match(html, /<link rel="stylesheet" href="[^"]*\/fonts\/cjk\.css"/, `${page} does not link the font`);
    for (const ch of html) if (CJK.test(ch)) assert.ok(covered.has(ch.codePointAt(0)!), `${page}: ${ch} is in no slice`);
  }
  // Slices stay small: a page fetches a few of them, never the whole font.
  assert.ok(bytes / faces.length < 80 * 1024, `slices average ${Math.round(bytes / faces.length / 1024)} KB`);
});
