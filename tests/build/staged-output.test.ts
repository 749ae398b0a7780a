import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walk } from '../helpers/dist.ts';

const ARTICLES = 'content/articles';

/** A folder holding one article from content/articles, changed by `edit`. */
function articlesFolder(root: string, edit: (text: string) => string = (t) => t): string {
  const dir = join(root, 'articles');
  mkdirSync(dir, { recursive: true });
  const name = readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.md'))
    .sort()[0]!;
  writeFileSync(join(dir, name), edit(readFileSync(join(ARTICLES, name), 'utf8')));
  return dir;
}

/** A previous build: an output folder whose files the test can recognise. */
function previousOutput(root: string): { out: string; files: Record<string, string> } {
  const out = join(root, 'out');
  const files = { 'index.html': '<!doctype html><title>the site as it was</title>', 'events/x/index.html': 'an older page' };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(out, name, '..'), { recursive: true });
    writeFileSync(join(out, name), text);
  }
  return { out, files };
}

function build(out: string, articles: string) {
  return spawnSync('npx', ['astro', 'build', '--silent', '--outDir', out], {
    encoding: 'utf8',
    env: { ...process.env, ARTICLES_DIR: articles, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

test('a build that fails while rendering pages leaves the previous output as it was', { timeout: 300_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'timeline-staged-'));
  try {
    // An event pointing at a passage the body lacks passes the schema and fails while the pages render.
    const articles = articlesFolder(root, (text) => text.replace(/(\n\s+passages:\n\s+- )"p-[0-9a-f]+"/, '$1"p-00000000"'));
    const { out, files } = previousOutput(root);
    const r = build(out, articles);
    assert.notEqual(r.status, 0, 'the build fails');
    assert.match(`${r.stdout}${r.stderr}`, /p-00000000/, 'naming the missing passage');
    assert.deepEqual(walk(out), Object.keys(files).sort(), 'the same files');
    for (const [name, text] of Object.entries(files)) assert.equal(readFileSync(join(out, name), 'utf8'), text, name);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a build that succeeds replaces the previous output whole and leaves no staging folder', { timeout: 300_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'timeline-staged-'));
  try {
    const articles = articlesFolder(root);
    const { out } = previousOutput(root);
    const r = build(out, articles);
    assert.equal(r.status, 0, r.stderr);
    const files = walk(out);
    assert.ok(files.includes('index.html') && files.includes('events.json'), 'the new site is in place');
    assert.doesNotMatch(readFileSync(join(out, 'index.html'), 'utf8'), /the site as it was/);
    assert.ok(!files.includes('events/x/index.html'), 'no file of the previous build is left');
    // The previous output is removed in the background, soon after the build ends.
    for (let waited = 0; readdirSync(root).length > 2 && waited < 60_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(readdirSync(root).sort(), ['articles', 'out'], 'nothing beside the output');
    assert.ok(!existsSync(join(root, '.out.staging')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
