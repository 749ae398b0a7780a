/**
 * How the search records reach the search-index integration while pages are still being
 * rendered: the integration installs a receiver for the build, the site's data loader
 * hands the records to it, and Pagefind (a separate process) indexes them on the other
 * core. The two sides are loaded as different module instances, so they meet on a
 * global key.
 */
import type { SearchRecord } from './records.ts';

const KEY = Symbol.for('diplomatic-timeline.search-records');

type Receiver = (records: readonly SearchRecord[]) => void;

/** Installs (or, with undefined, removes) the receiver for this build. */
export function receiveSearchRecords(receiver: Receiver | undefined): void {
  (globalThis as Record<symbol, unknown>)[KEY] = receiver;
}

/** Whether a build is listening (not in the dev server or `astro check`). */
export function searchRecordsWanted(): boolean {
  return typeof (globalThis as Record<symbol, unknown>)[KEY] === 'function';
}

/** Hands the records over; false when no build is listening. */
export function handOffSearchRecords(records: readonly SearchRecord[]): boolean {
  const receiver = (globalThis as Record<symbol, unknown>)[KEY];
  if (typeof receiver !== 'function') return false;
  (receiver as Receiver)(records);
  return true;
}
