import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRawPages } from '../../bench/raw-pages.ts';
import { articles, run, tempContent } from './cli-helpers.ts';

/** A content folder with generated raw pages, the two sample pages, one bad page and two that collide. */
function batch(): string {
  const dir = tempContent();
  const sources = join(dir, 'content', 'sources');
  for (const page of generateRawPages(70, 7)) {
    writeFileSync(join(sources, `${page.name}.txt`), page.text);
    writeFileSync(join(sources, `${page.name}.meta.json`), JSON.stringify({ outlet: page.outlet, published: page.published }));
  }
  writeFileSync(join(sources, 'empty-page.txt'), '');
  writeFileSync(join(sources, 'same name.txt'), '外交部發言人今天說。');
  writeFileSync(join(sources, 'same-name.txt'), '外交部發言人今天說。');
  return dir;
}

test('ingest on two threads writes the same articles and prints the same lines as on one', { timeout: 120_000 }, () => {
  const one = batch();
  const two = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  try {
    mkdirSync(join(two, 'content'), { recursive: true });
    cpSync(join(one, 'content', 'sources'), join(two, 'content', 'sources'), { recursive: true });
    const single = run('ingest', ['--jobs', '1', '--published', '2025-03-04', '--outlet', '大公報'], one);
    const parallel = run('ingest', ['--jobs', '2', '--published', '2025-03-04', '--outlet', '大公報'], two);
    assert.equal(single.status, 1, 'the bad pages fail the run');
    assert.match(single.stdout, /ingest: 7\d written/);
    assert.equal(parallel.status, single.status);
    assert.equal(parallel.stdout, single.stdout);
    assert.equal(parallel.stderr, single.stderr);
    const a = articles(one);
    const b = articles(two);
    assert.ok(a.size >= 70);
    assert.deepEqual([...b.keys()], [...a.keys()], 'the same files');
    for (const [name, text] of a) assert.equal(b.get(name), text, name);
    // A second run on two threads finds everything up to date, as one thread would.
    const again = run('ingest', ['--jobs', '2', '--published', '2025-03-04', '--outlet', '大公報'], two);
    assert.match(again.stdout, /ingest: 0 written, 7\d up to date/);
  } finally {
    rmSync(one, { recursive: true, force: true });
    rmSync(two, { recursive: true, force: true });
  }
});

test('--jobs must be a whole number of threads', () => {
  const dir = tempContent();
  try {
    const r = run('ingest', ['--jobs', 'all'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--jobs "all" is not a number of threads/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
