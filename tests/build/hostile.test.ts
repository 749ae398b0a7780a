import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { htmlFiles, readDist, walk } from '../helpers/dist.ts';

// A build of tests/fixtures/hostile: article text that tries to inject markup everywhere.
const dir = process.env.HOSTILE_DIST ?? 'dist-hostile';
const skip = existsSync(dir) ? false : 'no hostile build (scripts/test.ts makes it)';

test('no page of the hostile build carries a script, handler or live link from article text', { skip }, () => {
  const found: string[] = [];
  for (const file of htmlFiles(dir)) {
    const root = parse(readDist(file, dir));
    for (const s of root.querySelectorAll('script')) {
      if (s.text.includes('__pwned')) found.push(`${file}: <script> with article text`);
    }
    for (const el of root.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(el.attributes)) {
        if (/^on/i.test(name)) found.push(`${file}: ${el.tagName} ${name}`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*(javascript|data|vbscript):/i.test(value)) {
          found.push(`${file}: ${el.tagName} ${name}=${value.slice(0, 40)}`);
        }
      }
      if (['IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) found.push(`${file}: <${el.tagName}>`);
    }
  }
  assert.deepEqual(found.slice(0, 20), []);
});

test('feeds, exports and social tags of the hostile build hold the markup only as escaped text', { skip }, () => {
  const files = walk(dir).filter((f) => /\.(xml|json|csv|ics|txt)$/.test(f) && !f.startsWith('pagefind/'));
  assert.ok(files.length > 0, 'the hostile build has exports');
  for (const f of files) {
    const text = readDist(f, dir);
    if (f.endsWith('.json')) assert.doesNotThrow(() => JSON.parse(text), `${f} parses`);
    if (f.endsWith('.xml')) assert.doesNotMatch(text, /<script|<img |<svg |<iframe/i, `${f} has no raw markup`);
  }
  for (const file of htmlFiles(dir)) {
    const root = parse(readDist(file, dir));
    // Social tags and titles are attributes and text nodes: markup in them stays inert text.
    assert.equal(root.querySelectorAll('title *, meta *').length, 0, `${file}: head tags hold no elements`);
  }
});
