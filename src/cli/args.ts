/**
 * Command-line options shared by `ingest` and `extract`.
 */
import { parseArgs } from 'node:util';
import { isRealDay } from '../lib/day.ts';

/** Parsed options of a command. */
export interface Options {
  paths: string[];
  published?: string;
  outlet?: string;
  force: boolean;
  dryRun: boolean;
  help: boolean;
  /** Threads to plan a batch on (ingest); unset: every core for a large batch. */
  jobs?: number;
}

/** A mistake on the command line; the message says what to type instead. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses argv (without node and the script) into options, or throws UsageError. */
export function parseOptions(argv: string[], usage: string): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        published: { type: 'string' },
        outlet: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]}. Usage: ${usage}`);
  }
  const { values, positionals } = parsed;
  const published = values.published;
  if (published !== undefined && !isRealDay(published)) {
    throw new UsageError(`--published "${published}" is not a real day: write it as YYYY-MM-DD, e.g. --published 2025-01-22`);
  }
  const outlet = values.outlet?.trim();
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) {
    throw new UsageError(`--jobs "${values.jobs}" is not a number of threads: write a whole number from 1, e.g. --jobs 2`);
  }
  return {
    paths: positionals,
    ...(published !== undefined ? { published } : {}),
    ...(outlet ? { outlet } : {}),
    force: values.force ?? false,
    dryRun: values['dry-run'] ?? false,
    help: values.help ?? false,
    ...(jobs !== undefined ? { jobs } : {}),
  };
}
