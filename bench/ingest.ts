/**
 * Ingest section: articles a second on one core (the worker runs under `taskset -c 0`
 * where available), from generated raw pages of varied shapes to article Markdown; then
 * `npm run ingest` on every core against one core, and against one thread.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { generateRawPages } from './raw-pages.ts';
import type { IngestTimes } from './ingest-worker.ts';
import { report } from './report.ts';

const TARGET = 200;

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-c', '0', 'true']);
    return true;
  } catch {
    return false;
  }
}

/** The extraction benchmark (bench/extract.ts, pages built from the extraction fixtures), reported as is. */
function extractBench(root: string, n: number, pinned: boolean): void {
  const script = path.join(root, 'bench/extract.ts');
  if (!existsSync(script)) return;
  const args = [process.execPath, script, '--articles', String(n)];
  const out = pinned
    ? execFileSync('taskset', ['-c', '0', ...args], { encoding: 'utf8' })
    : execFileSync(args[0]!, args.slice(1), { encoding: 'utf8' });
  const shape = /articles (\d+), mean (\d+) chars/.exec(out);
  const of = shape ? `${shape[1]} fixture-based pages of ${shape[2]} chars` : 'fixture-based pages';
  for (const [label, re] of [
    ['extractEvents alone', /^extractEvents: (\d+) articles\/s/m],
    ['parsePage + extractEvents', /^parsePage \+ extractEvents: (\d+) articles\/s/m],
  ] as const) {
    const m = re.exec(out);
    if (m) report({ section: 'ingest', what: `${label}, ${of} (bench/extract.ts)`, value: `${m[1]} articles/s` });
  }
}

const CORES_TARGET = 1.7;

/**
 * `npm run ingest` itself on a folder of generated pages, with `jobs` threads: wall seconds.
 * With `oneCore`, the whole process (its thread, V8's background threads, the flushes) runs
 * confined to CPU 0 by `taskset -c 0`.
 */
function ingestCommand(root: string, sources: string, articles: string, jobs: number, oneCore = false): number {
  rmSync(articles, { recursive: true, force: true });
  const args = [process.execPath, path.join(root, 'src/cli/ingest.ts'), sources, '--jobs', String(jobs)];
  const [command, ...rest] = oneCore ? ['taskset', '-c', '0', ...args] : args;
  const started = performance.now();
  execFileSync(command!, rest, { cwd: root, env: { ...process.env, ARTICLES_DIR: articles }, stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}

/** The files of an articles folder and their bytes, to check that two runs wrote the same. */
function folderBytes(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]),
  );
}

const sameFolders = (a: Map<string, string>, b: Map<string, string>) =>
  a.size === b.size && [...a].every(([f, bytes]) => b.get(f) === bytes);

/** The middle value (the lower of the two middle ones for an even count). */
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** How many times each ingest run and each ceiling reading is repeated: the machine is shared. */
const REPEATS = 3;

/** Seconds of each run, to a tenth, in a list. */
function runsOf(xs: readonly number[]): string {
  return xs.map((x) => x.toFixed(1)).join(', ');
}

/**
 * The command on every core against one thread confined to one core (what the aim is
 * about), and against one thread free to use both cores (what threads add to the command
 * as it is run), same pages, same output. Run REPEATS times in turn: one core, one thread,
 * every core; the machine's own ceiling (bench/cpu-ceiling.ts) is read beside each round,
 * so a loaded machine shows as such.
 */
function allCores(root: string, n: number, pinned: boolean): void {
  const work = path.join(root, 'bench/.work/ingest-cli');
  const sources = path.join(work, `sources-${n}`);
  if (!existsSync(path.join(sources, '.complete'))) {
    rmSync(sources, { recursive: true, force: true });
    mkdirSync(sources, { recursive: true });
    for (const page of generateRawPages(n)) {
      writeFileSync(path.join(sources, `${page.name}.txt`), page.text);
      writeFileSync(path.join(sources, `${page.name}.meta.json`), JSON.stringify({ outlet: page.outlet, published: page.published }));
    }
    writeFileSync(path.join(sources, '.complete'), '');
  }
  const cores = availableParallelism();
  const oneCores: number[] = [];
  const ones: number[] = [];
  const alls: number[] = [];
  const coreRatios: number[] = [];
  const threadRatios: number[] = [];
  const ceilings: number[] = [];
  const loads: number[] = [];
  let identical = true;
  const folder = (name: string) => path.join(work, name);
  for (let i = 0; i < REPEATS; i++) {
    loads.push(loadavg()[0]!);
    if (pinned) oneCores.push(ingestCommand(root, sources, folder('articles-core'), 1, true));
    const one = ingestCommand(root, sources, folder('articles-1'), 1);
    const all = ingestCommand(root, sources, folder('articles-n'), cores);
    ones.push(one);
    alls.push(all);
    threadRatios.push(one / all);
    if (pinned) coreRatios.push(oneCores.at(-1)! / all);
    const written = folderBytes(folder('articles-n'));
    identical &&= sameFolders(folderBytes(folder('articles-1')), written);
    if (pinned) identical &&= sameFolders(folderBytes(folder('articles-core')), written);
    const ceiling = execFileSync(process.execPath, [path.join(root, 'bench/cpu-ceiling.ts'), String(cores)], { encoding: 'utf8' });
    ceilings.push(Number(ceiling.trim()));
  }
  const bestAll = Math.min(...alls);
  const same = identical ? 'the same files, byte for byte' : 'THE FILES DIFFER';
  // Only the row against one core is the aim's measure (the other when one core cannot be had).
  const compare = (label: string, against: readonly number[], ratios: readonly number[], aim: boolean) => {
    const best = Math.min(...against);
    const speedup = best / bestAll;
    report({
      section: 'ingest',
      what: `npm run ingest, ${n} generated pages (read, convert, write): ${cores} threads on every core against ${label}`,
      value:
        `best ${bestAll.toFixed(1)} s against ${best.toFixed(1)} s: ${speedup.toFixed(2)}× (${Math.round(n / bestAll)} against ${Math.round(n / best)} articles/s); ` +
        `median of each round's ratio ${median(ratios).toFixed(2)}× (${REPEATS} runs each: ${runsOf(alls)} s against ${runsOf(against)} s); ${same}`,
      // Judged on the rounds' ratios, each taken a few seconds apart: the best of one kind against
      // the best of the other may come from a quiet moment against a busy one.
      ...(aim
        ? { target: `≥ ${CORES_TARGET}× against one core (median of rounds)`, met: median(ratios) >= CORES_TARGET && identical }
        : {}),
    });
  };
  if (pinned) compare('one thread on one core (taskset -c 0)', oneCores, coreRatios, true);
  else
    report({
      section: 'ingest',
      what: `npm run ingest, ${n} generated pages, against one core`,
      value: 'not measured: taskset is missing, so one thread cannot be confined to one core',
    });
  // The same one thread, free to use the second core for V8's compiler and collector and the flushes.
  compare('one thread free to use every core (threads against threads)', ones, threadRatios, !pinned);
  report({
    section: 'ingest',
    what: `what the machine gave ${cores} threads against one meanwhile: plain arithmetic, no I/O (bench/cpu-ceiling.ts)`,
    value: `best ${Math.max(...ceilings).toFixed(2)}×, median ${median(ceilings).toFixed(2)}× (${ceilings.map((c) => c.toFixed(2)).join(', ')}); load average ${runsOf(loads)} before each round`,
  });
}

/** Runs the ingest section once per size (number of articles). */
export function benchIngest(root: string, sizes: readonly number[]): void {
  const worker = path.join(root, 'bench/ingest-worker.ts');
  const pinned = hasTaskset();
  for (const n of sizes) {
    const args = [process.execPath, worker, String(n)];
    const out = pinned
      ? execFileSync('taskset', ['-c', '0', ...args], { encoding: 'utf8' })
      : execFileSync(args[0]!, args.slice(1), { encoding: 'utf8' });
    const { generated: t, samples } = JSON.parse(out.trim().split('\n').pop()!) as { generated: IngestTimes; samples: IngestTimes };
    const rate = t.articles / t.total;
    const cpuRate = t.articles / t.cpu;
    const share = (x: number) => `${Math.round((100 * x) / t.total)}%`;
    const core = pinned ? 'one core' : 'one thread';
    report({
      section: 'ingest',
      what: `parse + extract + render, ${t.articles} generated pages, ${core}`,
      value: `${Math.round(rate)} articles/s (${Math.round(t.characters / t.total / 1000)}k chars/s)`,
      target: `≥ ${TARGET}/s`,
      met: rate >= TARGET,
    });
    // Wall time suffers when other work shares the core; CPU time much less.
    report({ section: 'ingest', what: 'the same per CPU second (process user + system time)', value: `${Math.round(cpuRate)} articles/s` });
    report({
      section: 'ingest',
      what: 'time share: parsePage / extractEvents / renderArticle',
      value: `${share(t.parse)} / ${share(t.extract)} / ${share(t.render)}`,
    });
    report({
      section: 'ingest',
      what: 'input and output',
      value: `${Math.round(t.characters / t.articles)} chars/page, ${(t.passages / t.articles).toFixed(1)} passages/page, ${(t.events / t.articles).toFixed(2)} events/page`,
    });
    extractBench(root, n, pinned);
    allCores(root, n, pinned);
    if (samples.articles) {
      report({
        section: 'ingest',
        what: `the sample pages in content/sources (${Math.round(samples.characters / samples.articles)} chars/page), ${samples.articles} conversions`,
        value: `${Math.round(samples.articles / samples.total)} articles/s (${Math.round(samples.characters / samples.total / 1000)}k chars/s)`,
      });
    }
  }
}
