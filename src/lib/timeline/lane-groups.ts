/**
 * Lanes by actor or by country pair: the events shown split into side-by-side columns,
 * one for each of the most frequent actors (or pairs) among them and one for the rest.
 * An event goes into the first lane whose actor it names.
 */
import type { TimelineItem } from './timeline-data.ts';

/** What the lanes split by: the items' actors or their country pairs. */
export type LaneKind = 'actor' | 'pair';

/** The lanes: each one's table index (-1 for the rest) and each item's lane. */
export interface LaneGroups {
  keys: number[];
  of: Uint8Array;
}

/** Splits `items` into at most `max` lanes of the most frequent actors or pairs, plus one for the rest when any is left. */
export function laneGroups(items: readonly TimelineItem[], kind: LaneKind, max = 3): LaneGroups {
  const field = kind === 'actor' ? 'actors' : 'pairs';
  const counts = new Map<number, number>();
  for (const item of items) for (const k of item[field]) counts.set(k, (counts.get(k) ?? 0) + 1);
  const keys = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, max)
    .map(([k]) => k);
  const of = new Uint8Array(items.length);
  let rest = false;
  items.forEach((item, i) => {
    const lane = keys.findIndex((k) => item[field].includes(k));
    of[i] = lane < 0 ? keys.length : lane;
    if (lane < 0) rest = true;
  });
  return { keys: rest ? [...keys, -1] : keys, of };
}
