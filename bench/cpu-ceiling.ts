/**
 * What the machine itself gives two threads at the moment: the same fixed amount of plain
 * JavaScript arithmetic on one worker thread, then split over `threads` workers, wall time
 * each. On a machine others share, the ingest speed-up can be no better than this ratio.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

function spin(n: number): number {
  let x = 0;
  for (let i = 0; i < n; i++) x = (x * 31 + i) % 1_000_003;
  return x;
}

if (!isMainThread) parentPort!.postMessage(spin(workerData as number));

const WORK = 4e8;

async function onThreads(threads: number): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise((resolve, reject) =>
          new Worker(new URL(import.meta.url), { workerData: WORK / threads }).on('message', resolve).on('error', reject),
        ),
    ),
  );
  return (performance.now() - started) / 1000;
}

/** The speed-up of `threads` threads over one on pure computation (one reading). */
export async function cpuCeiling(threads: number): Promise<number> {
  const one = await onThreads(1);
  return one / (await onThreads(threads));
}

if (isMainThread && process.argv[1] === import.meta.filename) {
  console.log((await cpuCeiling(Number(process.argv[2] ?? 2))).toFixed(3));
}
