import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../../src/lib/ingest/markdown.ts';
import { articleSchema } from '../../src/lib/schema.ts';
import { articles, root, run, tempContent } from './cli-helpers.ts';

const A000 = '000-2c4a7ebf26e83634.md';
const A002 = '002-f3246c17edfb321e.md';
const sources = (dir: string): string => join(dir, 'content', 'sources');
const articlePath = (dir: string, name: string): string => join(dir, 'content', 'articles', name);

test('with no arguments ingest converts every source into a valid, pristine article', () => {
  const dir = tempContent();
  const r = run('ingest', [], dir);
  assert.equal(r.status, 0, r.stderr);
  const files = articles(dir);
  assert.deepEqual([...files.keys()], [A000, A002]);
  for (const [name, md] of files) {
    const parsed = parseArticle(md);
    assert.ok(parsed.pristine, `${name} is pristine`);
    const data = articleSchema.parse(parsed.data);
    assert.ok(parsed.passages.length > 20, `${name} has its passages`);
    assert.match(md, /^published: "\d{4}-\d{2}-\d{2}"$/m, 'the date is quoted');
    assert.equal(data.source.file, `content/sources/${name.slice(0, 3)}_${name.slice(4, -3)}.txt`);
  }
  assert.equal(articleSchema.parse(parseArticle(files.get(A000)!).data).outlet, '香江日報');
  assert.equal(articleSchema.parse(parseArticle(files.get(A002)!).data).published, '2026-02-05');
});

test('re-running ingest on unchanged sources changes no byte and touches no file', () => {
  const dir = tempContent();
  assert.equal(run('ingest', [], dir).status, 0);
  const before = articles(dir);
  const mtime = statSync(articlePath(dir, A000)).mtimeMs;
  const r = run('ingest', [], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /0 written, 2 up to date/);
  assert.deepEqual(articles(dir), before);
  assert.equal(statSync(articlePath(dir, A000)).mtimeMs, mtime);
});

test('an article an editor changed is left as it is without --force, and says so', () => {
  const dir = tempContent();
  run('ingest', [], dir);
  const path = articlePath(dir, A002);
  const edited = readFileSync(path, 'utf8').replace('兩國元首同意保持經常聯繫。', '兩國元首同意保持密切聯繫。');
  writeFileSync(path, edited);
  const r = run('ingest', [], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /kept .*002-f3246c17edfb321e\.md: edited by hand.*--force/);
  assert.equal(readFileSync(path, 'utf8'), edited);

  // When the source changed too, the run fails for that file and still leaves the edit alone.
  const src = join(sources(dir), '002_f3246c17edfb321e.txt');
  writeFileSync(src, readFileSync(src, 'utf8') + '\n外交部發言人表示，中方歡迎各方參與。\n');
  const r2 = run('ingest', [], dir);
  assert.equal(r2.status, 1);
  assert.match(r2.stderr, /002_f3246c17edfb321e\.txt: .*edited by hand and its source changed.*--force/);
  assert.equal(readFileSync(path, 'utf8'), edited);
});

/** Frontmatter YAML for one event pointing at `passage`. */
const eventYaml = (id: string, passage: string, reviewed: boolean): string =>
  [
    `  - id: "${id}"`,
    '    type: "call"',
    '    date: "2026-02-04"',
    '    precision: "day"',
    '    actors: ["習近平", "盧拉"]',
    '    title: "習近平同盧拉通電話"',
    '    summary: "Checked by an editor."',
    `    passages: ["${passage}"]`,
    '    confidence: 1',
    ...(reviewed ? ['    reviewed: true'] : []),
  ].join('\n');

test('with --force an edited article is regenerated and its reviewed events survive', () => {
  const dir = tempContent();
  run('ingest', [], dir);
  const path = articlePath(dir, A002);
  const original = parseArticle(readFileSync(path, 'utf8'));
  const passage = original.passages.find((p) => p.text.includes('同巴西總統盧拉通電話'))!.id;
  const withEvents = readFileSync(path, 'utf8').replace(
    /^events:(?: \[\])?$/m,
    `events:\n${eventYaml('editor-call', passage, true)}\n${eventYaml('draft-call', passage, false)}`,
  );
  assert.notEqual(withEvents, readFileSync(path, 'utf8'), 'the events were inserted');
  writeFileSync(path, withEvents);
  const r = run('ingest', ['--force'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /1 reviewed event\(s\) kept/);
  const after = parseArticle(readFileSync(path, 'utf8'));
  const data = articleSchema.parse(after.data);
  assert.ok(after.pristine, 'the regenerated file is pristine again');
  assert.deepEqual(
    data.events.filter((e) => e.reviewed).map((e) => [e.id, e.passages]),
    [['editor-call', [passage]]],
  );
  assert.ok(!data.events.some((e) => e.id === 'draft-call'), 'unreviewed hand edits are replaced');
  assert.ok(after.passages.some((p) => p.id === passage));
});

test('with --force a reviewed event whose passage is gone fails and leaves the file alone', () => {
  const dir = tempContent();
  run('ingest', [], dir);
  const path = articlePath(dir, A002);
  const withEvent = readFileSync(path, 'utf8').replace(/^events:(?: \[\])?$/m, `events:\n${eventYaml('lost-call', 'p-00000000', true)}`);
  writeFileSync(path, withEvent);
  const r = run('ingest', ['--force'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /lost-call points at passage p-00000000/);
  assert.equal(readFileSync(path, 'utf8'), withEvent);
});

test('in a batch each bad file is listed with its reason and the good ones are still written', () => {
  const dir = tempContent();
  const s = sources(dir);
  writeFileSync(join(s, 'empty.txt'), '');
  writeFileSync(
    join(s, 'binary.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  );
  writeFileSync(join(s, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x80, 0x20, 0xe9, 0xe8]));
  writeFileSync(join(s, 'undated.txt'), '外交部發言人表示，中方歡迎各方參與。\n');
  writeFileSync(join(s, 'undated.meta.json'), JSON.stringify({ outlet: '測試報' }));
  const r = run('ingest', [], dir);
  assert.equal(r.status, 1);
  assert.deepEqual([...articles(dir).keys()], [A000, A002]);
  const lines = r.stderr.trim().split('\n');
  assert.match(lines[0]!, /4 source\(s\) failed/);
  const reason = (name: string): string => lines.find((l) => l.includes(`content/sources/${name}:`)) ?? '';
  assert.match(reason('empty.txt'), /empty/);
  assert.match(reason('binary.txt'), /binary file/);
  assert.match(reason('latin1.txt'), /not UTF-8, UTF-16, Big5 or GB18030.*save it as UTF-8/);
  assert.match(reason('undated.txt'), /no publication date: pass --published YYYY-MM-DD/);
});

test('each bad input gets one clear line and a non-zero exit', () => {
  const dir = tempContent();
  const missing = run('ingest', ['content/sources/nope.txt'], dir);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.txt: no such file or folder/);
  const badDate = run('ingest', ['--published', '2025-02-30'], dir);
  assert.equal(badDate.status, 2);
  assert.equal(badDate.stderr.trim().split('\n').length, 1);
  assert.match(badDate.stderr, /--published "2025-02-30" is not a real day/);
  const unknown = run('ingest', ['--fast'], dir);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /Unknown option '--fast'.*Usage: npm run ingest/);
  writeFileSync(join(dir, 'page.txt'), '外交部發言人表示，中方歡迎各方參與。\n');
  const noOutlet = run('ingest', ['page.txt', '--published', '2025-01-02'], dir);
  assert.equal(noOutlet.status, 1);
  assert.match(noOutlet.stderr, /page\.txt: no outlet: pass --outlet NAME/);
  const ok = run('ingest', ['page.txt', '--published', '2025-01-02', '--outlet', '測試報'], dir);
  assert.equal(ok.status, 0, ok.stderr);
  assert.ok(articles(dir).has('page.md'));
});

test('two sources that would share a slug both fail and neither is written', () => {
  const dir = tempContent();
  writeFileSync(join(dir, 'Report.txt'), '外交部發言人表示，中方歡迎各方參與。\n');
  writeFileSync(join(dir, 'report.txt'), '商務部表示，中方將採取必要措施。\n');
  const r = run('ingest', ['Report.txt', 'report.txt', '--published', '2025-01-02', '--outlet', '測試報'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Report\.txt: report\.txt would become the same article report\.md: rename one/);
  assert.match(r.stderr, /report\.txt: Report\.txt would become the same article/);
  assert.ok(!existsSync(articlePath(dir, 'report.md')));
});

test('--dry-run prints the plan and writes nothing', () => {
  const dir = tempContent();
  const r = run('ingest', ['--dry-run'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /would create content\/articles\/000-2c4a7ebf26e83634\.md from content\/sources\/000_2c4a7ebf26e83634\.txt/);
  assert.equal(articles(dir).size, 0);
});

test('a run killed in the middle of a batch leaves only whole articles', async () => {
  const dir = tempContent();
  const s = sources(dir);
  for (let i = 0; i < 120; i++) {
    const from = i % 2 ? '002_f3246c17edfb321e' : '000_2c4a7ebf26e83634';
    copyFileSync(join(s, `${from}.txt`), join(s, `copy-${String(i).padStart(3, '0')}.txt`));
    copyFileSync(join(s, `${from}.meta.json`), join(s, `copy-${String(i).padStart(3, '0')}.meta.json`));
  }
  const env = { ...process.env };
  delete env.ARTICLES_DIR;
  const child = spawn(process.execPath, [join(root, 'src', 'cli', 'ingest.ts')], { cwd: dir, env, stdio: 'ignore' });
  const exited = new Promise((done) => child.on('exit', done));
  const deadline = Date.now() + 60_000;
  while (articles(dir).size < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
  child.kill('SIGKILL');
  await exited;
  const written = articles(dir);
  assert.ok(written.size >= 3, 'the batch had started writing');
  for (const [name, md] of written) {
    const parsed = parseArticle(md);
    assert.ok(parsed.pristine, `${name} is whole`);
    articleSchema.parse(parsed.data);
  }
  const again = run('ingest', [], dir);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(articles(dir).size, 122);
});

test('with no arguments and no raw pages ingest says there is nothing to convert and succeeds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-empty-'));
  const r = run('ingest', [], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /nothing to convert/);
});

test('a page ingested with --published and --outlet remembers them in its sidecar, so a later plain run converts it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-remember-'));
  const src = join(dir, 'content', 'sources');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'note.txt'), '外交部發言人郭嘉昆21日表示，中方歡迎一切有利於和平的努力。\n');
  const first = run('ingest', ['content/sources/note.txt', '--published', '2025-01-22', '--outlet', '香江日報'], dir);
  assert.equal(first.status, 0, first.stderr);
  const sidecar = JSON.parse(readFileSync(join(src, 'note.meta.json'), 'utf8')) as Record<string, string>;
  assert.equal(sidecar.published, '2025-01-22');
  assert.equal(sidecar.outlet, '香江日報');
  const again = run('ingest', [], dir);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /0 failed/);
});

test('a sidecar an editor wrote keeps its own values: the command line only fills what it lacks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-remember-'));
  const src = join(dir, 'content', 'sources');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'note.txt'), '外交部發言人郭嘉昆21日表示，中方歡迎一切有利於和平的努力。\n');
  writeFileSync(join(src, 'note.meta.json'), '{ "outlet": "維港時報", "page": "A6" }\n');
  const r = run('ingest', ['content/sources/note.txt', '--published', '2025-01-22', '--outlet', '香江日報'], dir);
  assert.equal(r.status, 0, r.stderr);
  const sidecar = JSON.parse(readFileSync(join(src, 'note.meta.json'), 'utf8')) as Record<string, string>;
  assert.deepEqual(sidecar, { outlet: '維港時報', page: 'A6', published: '2025-01-22' });
});
