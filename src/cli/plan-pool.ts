/**
 * Plans a large batch on every core: worker threads (plan-worker.ts) parse and extract the
 * pages, in small batches handed out as threads come free, and the steps come back in the
 * order of the files, so the plan, what is written and what is printed are those of a
 * plan made on one thread. Applying the plan stays on the main thread (atomic writes),
 * which never loads the extractor itself: only the workers do. `onSteps` hears of each
 * batch's steps as they come, so the main thread writes them while the workers go on.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { slugCollisions } from './batch.ts';
import { bundledEntry, workerBoot } from './worker-bundle.ts';
import type { Step } from './plan.ts';
import type { Options } from './args.ts';

/** From this many files, ingest uses every core unless told otherwise (`--jobs`). */
export const PARALLEL_FROM = 64;
/** Files a worker is handed at a time at most: small enough to share the work out evenly. */
const BATCH = 16;

/** How many threads to plan `files` on: `jobs` when given, else every core for a large batch. */
export function threadsFor(files: number, jobs: number | undefined): number {
  const wanted = jobs ?? (files >= PARALLEL_FROM ? availableParallelism() : 1);
  return Math.max(1, Math.min(wanted, Math.ceil(files / BATCH)));
}

/** Plans the conversion of `files` into `articlesDir` on `threads` worker threads. */
export async function planIngestParallel(
  files: readonly string[],
  options: Options,
  articlesDir: string,
  threads: number,
  onSteps: (steps: readonly Step[]) => void = () => undefined,
): Promise<Step[]> {
  const collisions = slugCollisions(files);
  const todo = files.filter((f) => !collisions.has(f));
  const done = new Array<Step>(todo.length);
  let next = 0;
  const workerData = { options: { ...options, paths: [] }, articlesDir };
  const count = Math.min(threads, Math.ceil(todo.length / BATCH));
  // One prebuilt file of JavaScript, compiled once and kept, instead of the TypeScript modules.
  const boot = workerBoot(await bundledEntry(new URL('./plan-worker.ts', import.meta.url)));
  const workers = Array.from({ length: count }, () => new Worker(boot, { eval: true, workerData }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (next >= todo.length) return resolve();
              // Batches shrink near the end, so the threads finish together.
              const size = Math.min(BATCH, Math.max(1, Math.ceil((todo.length - next) / (2 * count))));
              const start = next;
              next += size;
              w.postMessage({ start, files: todo.slice(start, next) });
            };
            w.on('message', ({ start, steps }: { start: number; steps: Step[] }) => {
              steps.forEach((step, i) => (done[start + i] = step));
              give();
              onSteps(steps);
            });
            w.on('error', reject);
            w.on('exit', (code) =>
              next < todo.length || code !== 0 ? reject(new Error(`an ingest worker stopped (exit ${code})`)) : resolve(),
            );
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const planned = new Map<string, Step>();
  done.forEach((step, i) => planned.set(todo[i]!, step));
  return files.map((f) => {
    const step = collisions.get(f) ?? planned.get(f);
    if (!step) throw new Error(`ingest: no plan came back for ${f}`);
    return step;
  });
}
