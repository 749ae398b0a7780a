/**
 * npm run ingest -- [files or folders] [--published YYYY-MM-DD] [--outlet NAME] [--force] [--dry-run] [--jobs N]
 *
 * Converts raw pages into content/articles/<slug>.md (or $ARTICLES_DIR). With no
 * paths it converts every page in content/sources whose article is missing or out
 * of date. Plans every write first; --dry-run prints the plan and writes nothing.
 * A batch of PARALLEL_FROM pages or more is planned on every core (--jobs sets the
 * number of threads); the plan, the files and the output are the same either way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseOptions, UsageError } from './args.ts';
import { expandPaths } from './batch.ts';
import type { Step } from './plan.ts';
import { planIngestParallel, threadsFor } from './plan-pool.ts';
import { atomicWriter, writeAtomic } from './apply.ts';
import { shownPath, sidecarPathOf } from './paths.ts';

const USAGE = 'npm run ingest -- [files or folders] [--published YYYY-MM-DD] [--outlet NAME] [--force] [--dry-run] [--jobs N]';
const SOURCES = 'content/sources';

function hasPages(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => /\.txt$/i.test(f));
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv, USAGE);
  if (options.help) {
    console.log(`Usage: ${USAGE}`);
    return 0;
  }
  const articlesDir = resolve(process.env.ARTICLES_DIR ?? 'content/articles');
  if (options.paths.length === 0 && !hasPages(SOURCES)) {
    // An empty collection is not an error: `npm start` still builds the site.
    console.log(`ingest: no raw pages in ${SOURCES}, nothing to convert`);
    return 0;
  }
  const { files, failures } = expandPaths(options.paths.length ? options.paths : [SOURCES]);
  const threads = threadsFor(files.length, options.jobs);
  // Each article is written (atomically, flushed to disk) as soon as it is planned: with
  // workers, while they plan the next ones. The lines below still come in file order.
  const write = atomicWriter();
  const writes = new Map<Step, Promise<NodeJS.ErrnoException | undefined>>();
  const startWrites = (planned: readonly Step[]) => {
    if (options.dryRun) return;
    for (const step of planned)
      if (step.action === 'create' || step.action === 'update') writes.set(step, write(step.target, step.content));
  };
  // On one thread the extractor loads here; with workers, only they load it.
  const planned =
    threads > 1
      ? await planIngestParallel(files, options, articlesDir, threads, startWrites)
      : (await import('./plan.ts')).planIngest(files, options, articlesDir);
  if (threads <= 1) startWrites(planned);
  const steps: Step[] = [...failures, ...planned];
  const failed: Step[] = steps.filter((s) => s.action === 'fail');
  const verb = options.dryRun ? { create: 'would create', update: 'would update' } : { create: 'created', update: 'updated' };
  let written = 0;
  for (const step of steps) {
    if (step.action === 'create' || step.action === 'update') {
      const err = await writes.get(step);
      if (err) {
        failed.push({ action: 'fail', source: step.source, reason: writeFailure(shownPath(step.target), err) });
        continue;
      }
      written++;
      console.log(`${verb[step.action]} ${shownPath(step.target)} from ${step.source}${step.note ? ` (${step.note})` : ''}`);
      if (!options.dryRun) remember(step.source, options, failed);
    } else if (step.action === 'kept') {
      console.log(`kept ${shownPath(step.target)}: ${step.note}`);
    } else if (step.action === 'unchanged' && options.dryRun) {
      console.log(`unchanged ${shownPath(step.target)}`);
    }
  }
  const unchanged = steps.filter((s) => s.action === 'unchanged' || s.action === 'kept').length;
  console.log(`ingest: ${written} ${options.dryRun ? 'to write' : 'written'}, ${unchanged} up to date, ${failed.length} failed`);
  if (failed.length) {
    console.error(`ingest: ${failed.length} source(s) failed:`);
    for (const f of failed) if (f.action === 'fail') console.error(`  ${f.source}: ${f.reason}`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(`ingest: ${err instanceof UsageError ? err.message : ((err as Error).stack ?? String(err))}`);
  process.exitCode = err instanceof UsageError ? 2 : 1;
}

/**
 * Keeps what the command line gave (--published, --outlet) in the page's sidecar, so a later
 * plain `npm run ingest` or `npm start` converts it again. Only fills what the sidecar lacks:
 * an editor's values stay; a sidecar that is not valid JSON is left alone.
 */
function remember(source: string, options: { published?: string; outlet?: string }, failed: Step[]): void {
  const given = { ...(options.published ? { published: options.published } : {}), ...(options.outlet ? { outlet: options.outlet } : {}) };
  if (!Object.keys(given).length) return;
  const sidecar = sidecarPathOf(resolve(source));
  let meta: Record<string, unknown> = {};
  if (existsSync(sidecar)) {
    try {
      meta = JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>;
    } catch {
      return;
    }
  }
  const missing = Object.entries(given).filter(([k]) => meta[k] === undefined);
  if (!missing.length) return;
  try {
    writeAtomic(sidecar, `${JSON.stringify({ ...meta, ...Object.fromEntries(missing) }, null, 2)}\n`);
    console.log(`remembered ${missing.map(([k]) => `--${k}`).join(' and ')} in ${shownPath(sidecar)}`);
  } catch (err) {
    failed.push({ action: 'fail', source, reason: writeFailure(shownPath(sidecar), err as NodeJS.ErrnoException) });
  }
}

/** Why a write failed, and what to do about it, in one line. */
function writeFailure(target: string, err: NodeJS.ErrnoException): string {
  const folder = dirname(target);
  if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS') {
    return `cannot write ${target}: the folder ${folder} is read-only: make it writable and run ingest again`;
  }
  if (err.code === 'ENOSPC') return `cannot write ${target}: the disk is full: free some space and run ingest again`;
  return `cannot write ${target} (${err.code ?? err.message}): check the folder ${folder} and run ingest again`;
}
