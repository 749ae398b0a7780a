import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticle } from '../../src/site/load-site.ts';
import { parseArticle } from '../../src/lib/ingest/markdown.ts';

const shipped = join('content/articles', readdirSync('content/articles').filter((f) => f.endsWith('.md'))[0]!);

/** Writes `text` as `name` in a fresh folder and reads it as the site does. */
function readAs(name: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'load-site-'));
  try {
    writeFileSync(join(dir, name), text);
    return readArticle(dir, join(dir, name));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('an article file is read as its file name, its checked frontmatter and every passage of its body', () => {
  const text = readFileSync(shipped, 'utf8');
  const article = readAs('some-article.md', text);
  const { data, passages } = parseArticle(text);
  assert.equal(article.slug, 'some-article');
  assert.equal(article.data.title, data.title);
  assert.equal(article.data.events.length, (data.events as unknown[]).length);
  assert.deepEqual(article.passages, passages);
  assert.ok(article.passages.length > 0);
});

test('a file whose frontmatter breaks the schema stops the build naming the file and the field', () => {
  const text = readFileSync(shipped, 'utf8').replace(/^published: .*$/m, 'published: "2025-02-30"');
  assert.throws(
    () => readAs('broken.md', text),
    (err: Error) => /broken\.md: the frontmatter/.test(err.message) && /published/.test(err.message),
  );
});

test('a file name that cannot be a page address is refused rather than renamed', () => {
  assert.throws(() => readAs('Some Article.md', readFileSync(shipped, 'utf8')), /Some Article\.md: an article's file name/);
});

test('what an article file is read as comes back alike from JSON, as the build keeps it between builds', () => {
  // A rebuild takes an unchanged file's article from Astro's cache folder, written as JSON:
  // nothing the site reads of an article may be lost or changed on the way (no undefined
  // fields, dates or other objects JSON does not keep).
  for (const f of readdirSync('content/articles').filter((n) => n.endsWith('.md'))) {
    const article = readArticle('content/articles', join('content/articles', f));
    assert.deepEqual(JSON.parse(JSON.stringify(article)), article, f);
  }
});
