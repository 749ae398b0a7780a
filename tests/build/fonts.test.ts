import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, htmlFiles, readDist } from '../helpers/dist.ts';

const CJK = /[\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

/** The code points a unicode-range value names. */
function rangePoints(range: string): Set<number> {
  const out = new Set<number>();
  for (const part of range.split(',')) {
    const [a, b] = part.trim().replace('U+', '').split('-');
    const from = parseInt(a!, 16);
    const to = b ? parseInt(b, 16) : from;
    for (let p = from; p <= to; p++) out.add(p);
  }
  return out;
}

test('the site font covers every Chinese character of every page, each slice a built file, and every page links it', () => {
  const css = readDist('fonts/cjk.css');
  const faces = [...css.matchAll(/src:url\(\.\/([\w-]+\.woff2)\) format\('woff2'\);unicode-range:([^}]+)\}/g)];
  assert.ok(faces.length > 0, 'no font faces');
  const covered = new Set<number>();
  let bytes = 0;
  for (const [, file, range] of faces) {
    assert.ok(existsSync(join(distDir, 'fonts', file!)), `missing ${file}`);
    bytes += statSync(join(distDir, 'fonts', file!)).size;
    for (const p of rangePoints(range!)) {
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
