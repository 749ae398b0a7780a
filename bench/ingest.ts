/**
 * Ingest section: articles a second on one core (the worker runs under `taskset -c 0`
 * where available), from generated raw pages of varied shapes to article Markdown.
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

/** `npm run ingest` itself on a folder of generated pages, with `jobs` threads: wall seconds. */
function ingestCommand(root: string, sources: string, articles: string, jobs: number): number {
  rmSync(articles, { recursive: true, force: true });
  const started = performance.now();
  execFileSync(process.execPath, [path.join(root, 'src/cli/ingest.ts'), sources, '--jobs', String(jobs)], {
    cwd: root,
    env: { ...process.env, ARTICLES_DIR: articles },
    stdio: 'ignore',
  });
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

/**
 * The command on every core against one thread, same pages, same output; run REPEATS times in
 * turn (one thread, then every core), with the machine's own ceiling (bench/cpu-ceiling.ts)
 * read beside each pair, so a loaded machine shows as such.
 */
function allCores(root: string, n: number): void {
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
  const ones: number[] = [];
  const alls: number[] = [];
  const ratios: number[] = [];
  const ceilings: number[] = [];
  const loads: number[] = [];
  let identical = true;
  for (let i = 0; i < REPEATS; i++) {
    loads.push(loadavg()[0]!);
    const one = ingestCommand(root, sources, path.join(work, 'articles-1'), 1);
    const all = ingestCommand(root, sources, path.join(work, 'articles-n'), cores);
    ones.push(one);
    alls.push(all);
    ratios.push(one / all);
    identical &&= sameFolders(folderBytes(path.join(work, 'articles-1')), folderBytes(path.join(work, 'articles-n')));
    const ceiling = execFileSync(process.execPath, [path.join(root, 'bench/cpu-ceiling.ts'), String(cores)], { encoding: 'utf8' });
    ceilings.push(Number(ceiling.trim()));
  }
  const bestOne = Math.min(...ones);
  const bestAll = Math.min(...alls);
  const speedup = bestOne / bestAll;
  const s = (xs: readonly number[]) => xs.map((x) => x.toFixed(1)).join(', ');
  report({
    section: 'ingest',
    what: `npm run ingest, ${n} generated pages (read, convert, write): ${cores} threads against one`,
    value:
      `best ${bestAll.toFixed(1)} s against ${bestOne.toFixed(1)} s: ${speedup.toFixed(2)}× (${Math.round(n / bestAll)} against ${Math.round(n / bestOne)} articles/s); ` +
      `median of each pair's ratio ${median(ratios).toFixed(2)}× (${REPEATS} runs each: ${s(alls)} s against ${s(ones)} s); ` +
      `${identical ? 'the same files, byte for byte' : 'THE FILES DIFFER'}`,
    target: `≥ ${CORES_TARGET}× on 2 cores`,
    met: speedup >= CORES_TARGET && identical,
  });
  report({
    section: 'ingest',
    what: `what the machine gave ${cores} threads against one meanwhile: plain arithmetic, no I/O (bench/cpu-ceiling.ts)`,
    value: `best ${Math.max(...ceilings).toFixed(2)}×, median ${median(ceilings).toFixed(2)}× (${ceilings.map((c) => c.toFixed(2)).join(', ')}); load average ${s(loads)} before each run`,
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
    allCores(root, n);
    if (samples.articles) {
      report({
        section: 'ingest',
        what: `the sample pages in content/sources (${Math.round(samples.characters / samples.articles)} chars/page), ${samples.articles} conversions`,
        value: `${Math.round(samples.articles / samples.total)} articles/s (${Math.round(samples.characters / samples.total / 1000)}k chars/s)`,
      });
    }
  }
}
