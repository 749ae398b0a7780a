import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { posix } from 'node:path';
import { fileForPath, htmlFiles, readDist } from '../helpers/dist.ts';

const pages = htmlFiles();
const idsByFile = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (!ids) {
    const root = parse(readDist(file));
    ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
    for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
    idsByFile.set(file, ids);
  }
  return ids;
}

/** The site path a built HTML file is served at. */
function pathOf(file: string): string {
  return '/' + file.replace(/index\.html$/, '');
}

test('the site has pages to check', () => {
  assert.ok(pages.includes('index.html'), 'dist/index.html exists');
  assert.ok(pages.length > 1);
});

test('every internal link and #anchor in dist/ resolves', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const file of pages) {
    const root = parse(readDist(file));
    const refs = [
      ...root.querySelectorAll('a[href], link[href], area[href]').map((el) => el.getAttribute('href') ?? ''),
      ...root.querySelectorAll('img[src], script[src], source[src]').map((el) => el.getAttribute('src') ?? ''),
    ];
    for (const ref of refs) {
      if (!ref || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)) continue; // external, mailto:, data:…
      checked++;
      const [pathPart, hash] = ref.split('#') as [string, string | undefined];
      const target = pathPart === '' ? file : fileForPath(pathPart.startsWith('/') ? pathPart : posix.join(pathOf(file), pathPart));
      if (!target) {
        broken.push(`${file}: ${ref} (no such file)`);
        continue;
      }
      if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) {
        broken.push(`${file}: ${ref} (no element with id "${hash}")`);
      }
    }
  }
  assert.ok(checked > 0, 'found internal links to check');
  assert.deepEqual(broken.slice(0, 20), [], `${broken.length} broken links`);
});

test('element ids are unique on every page', () => {
  const dupes: string[] = [];
  for (const file of pages) {
    const seen = new Set<string>();
    for (const el of parse(readDist(file)).querySelectorAll('[id]')) {
      const id = el.getAttribute('id') ?? '';
      if (seen.has(id)) dupes.push(`${file}#${id}`);
      seen.add(id);
    }
  }
  assert.deepEqual(dupes.slice(0, 20), []);
});
