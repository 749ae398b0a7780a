import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articles, root, run, tempContent } from './cli-helpers.ts';
import { parseArticle } from '../../src/lib/ingest/markdown.ts';
import { articleSchema } from '../../src/lib/schema.ts';

const A000 = '000-2c4a7ebf26e83634.md';
const A002 = '002-f3246c17edfb321e.md';
const encodings = join(root, 'tests', 'fixtures', 'ingest', 'encodings');
const meta = JSON.stringify({ outlet: '測試報', published: '2025-01-22' });

/** One raw page in the batch: its bytes, and what ingest must say of it (or null: converted). */
interface Case {
  name: string;
  bytes: () => Buffer;
  sidecar?: string;
  error: RegExp | null;
}

const cases: Case[] = [
  { name: 'empty', bytes: () => Buffer.alloc(0), error: /the file is empty/ },
  {
    name: 'binary',
    bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]),
    error: /binary file, not text: export the page as plain text/,
  },
  {
    name: 'truncated-utf8',
    bytes: () => Buffer.from('外交部發言人毛寧6日表示，中方歡迎各方參與對話。').subarray(0, -2),
    error: /ends in the middle of a UTF-8 character.*save or copy the whole page again/,
  },
  { name: 'big5', bytes: () => readFileSync(join(encodings, 'sample-000.big5')), error: null },
  { name: 'gb18030', bytes: () => readFileSync(join(encodings, 'sample-000.gb18030')), error: null },
  { name: 'utf16', bytes: () => readFileSync(join(encodings, 'sample-000.utf16le-bom')), error: null },
  {
    name: 'huge',
    bytes: () => Buffer.alloc(50_000_000, Buffer.from('外交部表示。\n')),
    error: /is 50\.0 MB, more than the 4 MB a page may be.*split it/,
  },
  {
    name: 'no-chinese',
    bytes: () => Buffer.from('The foreign ministry said on Monday that the talks would continue next week.\n'),
    error: /holds no Chinese.*check this is the right file/,
  },
  { name: 'long-line', bytes: () => Buffer.from('外交部發言人表示，' + '中方願同各方一道'.repeat(12_500) + '。\n'), error: null },
  {
    name: 'nul-bytes',
    bytes: () => Buffer.concat([Buffer.from('外交部發言人表示，中方歡迎。'), Buffer.from([0, 0, 0x41])]),
    error: /binary file/,
  },
  {
    name: 'html',
    bytes: () =>
      Buffer.from(
        '<!DOCTYPE html><html><head><title>新聞</title></head><body><h1>王毅同布林肯通電話</h1><p>3月5日，王毅同布林肯通電話。</p></body></html>\n',
      ),
    error: /HTML document, not page text/,
  },
  {
    name: 'yaml-headline',
    bytes: () =>
      Buffer.from('---\n標題: "引號" # 井號 \'單引號\'\n\n1月21日，外交部長王毅同美國國務卿布林肯通電話，雙方就中美關係交換意見。\n'),
    error: null,
  },
  {
    name: 'impossible-date',
    bytes: () => Buffer.from('1月21日，外交部長王毅同美國國務卿布林肯通電話。\n'),
    sidecar: JSON.stringify({ outlet: '測試報', published: '2025-02-30' }),
    error: /impossible-date\.meta\.json, field published: not a real calendar day: correct the sidecar/,
  },
];

test('a batch of bad inputs: each fails with one clear line, the good pages are converted, nothing else is lost', () => {
  const dir = tempContent();
  const sources = join(dir, 'content', 'sources');
  for (const c of cases) {
    writeFileSync(join(sources, `${c.name}.txt`), c.bytes());
    writeFileSync(join(sources, `${c.name}.meta.json`), c.sidecar ?? meta);
  }
  const r = run('ingest', [], dir);
  assert.equal(r.status, 1, 'the batch exits non-zero');
  const lines = r.stderr.trim().split('\n');
  const failing = cases.filter((c) => c.error);
  assert.match(lines[0]!, new RegExp(`${failing.length} source\\(s\\) failed`));
  assert.equal(lines.length, failing.length + 1, 'one line per bad file, after the count');
  for (const c of failing) {
    const line = lines.filter((l) => l.includes(`content/sources/${c.name}.txt:`));
    assert.equal(line.length, 1, `${c.name}: one line`);
    assert.match(line[0]!, c.error!, c.name);
  }
  const written = articles(dir);
  const expected = [A000, A002, ...cases.filter((c) => !c.error).map((c) => `${c.name}.md`)].sort();
  assert.deepEqual([...written.keys()].sort(), expected);
  for (const [name, markdown] of written) {
    const parsed = parseArticle(markdown);
    assert.ok(parsed.pristine, `${name} is whole`);
    assert.ok(articleSchema.safeParse(parsed.data).success, `${name} has valid frontmatter`);
  }
  assert.deepEqual(
    readdirSync(join(dir, 'content', 'articles')).filter((f) => f.endsWith('.tmp')),
    [],
    'no temporary files left',
  );
});

test('a page in Big5, GB18030 or UTF-16 gives the same passages as in UTF-8', () => {
  const dir = tempContent();
  const sources = join(dir, 'content', 'sources');
  for (const name of ['big5', 'gb18030', 'utf16']) {
    writeFileSync(join(sources, `${name}.txt`), cases.find((c) => c.name === name)!.bytes());
    writeFileSync(join(sources, `${name}.meta.json`), meta);
  }
  assert.equal(run('ingest', [], dir).status, 0);
  const all = articles(dir);
  const body = (md: string) => parseArticle(md).passages;
  const reference = body(all.get(A000)!);
  for (const name of ['big5', 'gb18030', 'utf16']) assert.deepEqual(body(all.get(`${name}.md`)!), reference, name);
});

test('a headline that looks like YAML stays text in the frontmatter and the body', () => {
  const dir = tempContent();
  const page = join(dir, 'tricky.txt');
  writeFileSync(page, cases.find((c) => c.name === 'yaml-headline')!.bytes());
  const r = run('ingest', [page, '--published', '2025-01-22', '--outlet', 'a: "b" # c'], dir);
  assert.equal(r.status, 0, r.stderr);
  const parsed = parseArticle(articles(dir).get('tricky.md')!);
  assert.equal(parsed.data.outlet, 'a: "b" # c');
  assert.ok(parsed.passages.some((p) => p.text.includes('標題: "引號" # 井號')));
});

test('a 100,000-character line is converted whole', () => {
  const dir = tempContent();
  const page = join(dir, 'long.txt');
  writeFileSync(page, cases.find((c) => c.name === 'long-line')!.bytes());
  assert.equal(run('ingest', [page, '--published', '2025-01-22', '--outlet', '測試報'], dir).status, 0);
  const text = parseArticle(articles(dir).get('long.md')!)
    .passages.map((p) => p.text)
    .join('');
  assert.ok(text.length >= 100_000);
});

test('a read-only articles folder fails each page with what to do, and loses nothing', (t) => {
  const dir = tempContent();
  const out = join(dir, 'content', 'articles');
  mkdirSync(out, { recursive: true });
  copyFileSync(join(root, 'content', 'articles', A000), join(out, A000));
  const before = readFileSync(join(out, A000), 'utf8');
  // root ignores permission bits: make the folder immutable instead where it can be.
  const isRoot = process.getuid?.() === 0;
  const lock = isRoot ? spawnSync('chattr', ['+i', out]) : spawnSync('chmod', ['555', out]);
  if (lock.status !== 0) return t.skip('cannot make a folder read-only here');
  try {
    writeFileSync(join(dir, 'content', 'sources', '000_2c4a7ebf26e83634.txt'), '1月21日，外交部長王毅同美國國務卿布林肯通電話。\n');
    const r = run('ingest', [], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /cannot write content\/articles\/.*the folder content\/articles is read-only: make it writable/);
    assert.equal(readFileSync(join(out, A000), 'utf8'), before, 'the old article is intact');
  } finally {
    spawnSync(isRoot ? 'chattr' : 'chmod', isRoot ? ['-i', out] : ['755', out]);
  }
});
