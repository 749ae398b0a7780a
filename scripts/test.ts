/**
 * `npm test`: unit tests, a build of the site, checks on dist/, and end-to-end tests in
 * headless Chromium. Prints one closing line, "N passed, N failed".
 * Pass --lint, --types, --unit, --build or --e2e to run only those stages; extra arguments after `--`
 * go to Playwright.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.ts';

const argv = process.argv.slice(2);
const only = new Set(argv.filter((a) => ['--lint', '--types', '--unit', '--build', '--e2e'].includes(a)));
const passthrough = argv.includes('--') ? argv.slice(argv.indexOf('--') + 1) : [];
const wants = (stage: string) => only.size === 0 || only.has(`--${stage}`);
const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'America/Los_Angeles', ASTRO_TELEMETRY_DISABLED: '1' };

let passed = 0;
let failed = 0;

/** Runs a command, echoing its output, and returns that output. */
function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): { ok: boolean; out: string } {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 256 << 20 });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  return { ok: r.status === 0, out: `${r.stdout ?? ''}\n${r.stderr ?? ''}` };
}

function countNodeTest(out: string, ok: boolean): void {
  const pass = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0);
  passed += pass;
  failed += fail || (ok ? 0 : 1);
}

function hasTests(dir: string, suffix: string): boolean {
  return existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith(suffix));
}

if (wants('lint')) {
  // The style is the tools': Prettier's layout and typed ESLint, each one check that fails on any finding
  // (lint first generates Astro's types, which a fresh clone lacks, so typed rules see them).
  for (const script of ['format:check', 'lint']) {
    if (run('npm', ['run', '--silent', script]).ok) passed += 1;
    else failed += 1;
  }
}

if (only.size === 0 || only.has('--types')) {
  // Types are part of the tests: astro check covers .astro pages and the TypeScript they import.
  const r = run('npx', ['astro', 'check']);
  if (r.ok) passed += 1;
  else failed += 1;
}

if (wants('unit') && hasTests('tests/unit', '.test.ts')) {
  const r = run('node', ['--test', '--test-concurrency=2', 'tests/unit/**/*.test.ts']);
  countNodeTest(r.out, r.ok);
}

/** Ingests the hostile fixtures into their own folder and builds them into dist-hostile/. */
function buildHostile(): boolean {
  const articles = 'node_modules/.cache/hostile-articles';
  rmSync(articles, { recursive: true, force: true });
  mkdirSync(articles, { recursive: true });
  const ingest = run('node', ['src/cli/ingest.ts', 'tests/fixtures/hostile'], { ARTICLES_DIR: articles });
  if (!ingest.ok) return false;
  return run('npx', ['astro', 'build', '--silent', '--outDir', 'dist-hostile'], { ARTICLES_DIR: articles }).ok;
}

/**
 * The tested site: the real articles in content/articles plus a seeded set of generated
 * ones, so the timeline has dense days, quiet stretches and every precision to show.
 */
function prepareTestContent(): string {
  const dir = 'node_modules/.cache/test-articles';
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('content/articles', dir, { recursive: true });
  run('node', ['scripts/generate-content.ts', '--out', dir, '--articles', '60', '--seed', '11']);
  return dir;
}

if (wants('build') || wants('e2e')) {
  env.ARTICLES_DIR = prepareTestContent();
  // The tested site is small: its search index is cut into parts of 30 records (5,000 by
  // default), so the search merges several indexes as it does for a large archive.
  env.SEARCH_PART_RECORDS = '30';
  const build = run('npx', ['astro', 'build', '--silent']);
  const hostile = build.ok && buildHostile();
  if (build.ok && !hostile) {
    failed += 1;
    console.error('The hostile-content build failed.');
  }
  if (!build.ok) {
    failed += 1;
    console.error('The site did not build; later stages skipped.');
  } else {
    if (wants('build') && hasTests('tests/build', '.test.ts')) {
      const r = run('node', ['--test', '--test-concurrency=1', 'tests/build/**/*.test.ts']);
      countNodeTest(r.out, r.ok);
    }
    if (wants('e2e') && hasTests('tests/e2e', '.spec.ts')) {
      const chromium = findChromium();
      const r = run('npx', ['playwright', 'test', ...passthrough], { CHROMIUM_PATH: chromium });
      const pass = Number(/(\d+) passed/.exec(r.out)?.[1] ?? 0);
      const fail = Number(/(\d+) failed/.exec(r.out)?.[1] ?? 0);
      passed += pass;
      failed += fail || (r.ok ? 0 : 1);
    }
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
