import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/**
 * The folders README's "How it fits together" block names: each path it names under src/,
 * and for a folder whose parts are listed on the indented lines below it, those parts.
 */
function readmeLayout(): { top: Set<string>; parts: Map<string, Set<string>> } {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /## How it fits together\s+```\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'README.md has a "How it fits together" block');
  const top = new Set<string>();
  const parts = new Map<string, Set<string>>();
  let parent: string | undefined;
  for (const line of block.split('\n').filter(Boolean)) {
    const names = line
      .trim()
      .split(/\s{2,}/)[0]!
      .split(' ');
    if (!line.startsWith(' ')) {
      const src = names.map((n) => /^src\/([^/]+)\/$/.exec(n)?.[1]).filter((n) => n !== undefined);
      for (const n of src) top.add(n);
      parent = src.length === 1 ? src[0] : undefined;
    } else if (parent) {
      const set = parts.get(parent) ?? new Set<string>();
      for (const n of names) if (n.endsWith('/')) set.add(n.slice(0, -1));
      parts.set(parent, set);
    }
  }
  return { top, parts };
}

const folders = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

test("README's layout names every folder under src/ and no folder that does not exist", () => {
  const { top } = readmeLayout();
  assert.deepEqual([...top].sort(), folders('src'));
});

test("README's layout lists every part of the folders whose parts it lists, and only those", () => {
  const { parts } = readmeLayout();
  assert.ok(parts.has('lib') && parts.has('site'), 'the block lists the parts of src/lib/ and src/site/');
  for (const [parent, names] of parts) assert.deepEqual([...names].sort(), folders(join('src', parent)), `src/${parent}/`);
});
