import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventSchema, passageSchema, storySchema, type ExtractOutput } from '../../src/lib/schema.ts';
import { run, tempContent } from './cli-helpers.ts';

const SAMPLE = 'content/sources/000_2c4a7ebf26e83634.txt';
const listing = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).sort();

test('extract prints the article and events contract and writes nothing', () => {
  const dir = tempContent();
  const before = listing(dir);
  const r = run('extract', [SAMPLE, '--published', '2025-01-22'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.deepEqual(listing(dir), before);
  const out = JSON.parse(r.stdout) as ExtractOutput;
  assert.deepEqual(Object.keys(out), ['article', 'events']);
  assert.deepEqual(Object.keys(out.article), ['slug', 'title', 'outlet', 'published', 'language', 'stories', 'passages']);
  assert.equal(out.article.slug, '000-2c4a7ebf26e83634');
  assert.equal(out.article.published, '2025-01-22');
  assert.equal(out.article.outlet, '香江日報', 'the outlet comes from the sidecar');
  for (const s of out.article.stories) storySchema.parse(s);
  for (const p of out.article.passages) assert.deepEqual(Object.keys(passageSchema.parse(p)), ['id', 'kind', 'story', 'text']);
  const ids = new Set(out.article.passages.map((p) => p.id));
  assert.equal(ids.size, out.article.passages.length, 'passage ids are unique');
  for (const e of out.events) for (const id of eventSchema.parse(e).passages) assert.ok(ids.has(id), `${e.id} → ${id}`);
});

test('the printed sample page meets the layout checks', () => {
  const dir = tempContent();
  const out = JSON.parse(run('extract', [SAMPLE, '--published', '2025-01-22'], dir).stdout) as ExtractOutput;
  const passages = out.article.passages;
  assert.ok(passages.find((p) => p.text.includes('阿斯塔納和喀山三'))?.text.includes('三度見面，為兩國關係發展'));
  assert.ok(!passages.some((p) => p.kind === 'paragraph' && /^[▲●]/.test(p.text)));
  assert.equal(passages.find((p) => p.text === '習近平：中俄要做彼此信賴的戰略夥伴')?.kind, 'headline');
  assert.ok(out.article.stories.length >= 4);
});

test('extract reads the publication date from the sidecar and takes --outlet over it', () => {
  const dir = tempContent();
  const r = run('extract', [SAMPLE, '--outlet', '香江日報（香港）'], dir);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as ExtractOutput;
  assert.equal(out.article.published, '2025-01-22');
  assert.equal(out.article.outlet, '香江日報（香港）');
});

test('extract errors are one line on stderr with nothing on stdout', () => {
  const dir = tempContent();
  writeFileSync(join(dir, 'undated.txt'), '外交部發言人表示，中方歡迎各方參與。\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  const cases: [string[], RegExp, number][] = [
    [['missing.txt', '--published', '2025-01-22'], /missing\.txt: no such file or folder/, 1],
    [['undated.txt'], /undated\.txt: no publication date: pass --published YYYY-MM-DD/, 1],
    [['empty.txt', '--published', '2025-01-22'], /empty\.txt: the file is empty/, 1],
    [[SAMPLE, '--published', '22/01/2025'], /--published "22\/01\/2025" is not a real day/, 2],
    [[], /give exactly one file/, 2],
  ];
  for (const [args, message, status] of cases) {
    const r = run('extract', args, dir);
    assert.equal(r.status, status, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, args.join(' '));
    assert.match(r.stderr, message);
  }
});
