/**
 * A worker thread of the ingest pool (plan-pool.ts): plans the files it is sent, one batch
 * at a time, and sends back the steps. It writes nothing; the main thread applies the plan.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { planFile } from './plan.ts';
import type { Options } from './args.ts';

const { options, articlesDir } = workerData as { options: Options; articlesDir: string };

parentPort!.on('message', ({ start, files }: { start: number; files: string[] }) => {
  parentPort!.postMessage({ start, steps: files.map((f) => planFile(f, options, articlesDir)) });
});
