/**
 * Groups events by the year pages that list them ('undated' for events without a date).
 */
import type { SiteEvent } from '../lib/archive/collect.ts';
import { isPlaced } from '../lib/timeline/interval.ts';

/** The year page an event is listed on. */
export function eventYear(ev: Pick<SiteEvent, 'date' | 'precision'>): string {
  return isPlaced(ev.date, ev.precision) ? ev.date.slice(0, 4) : 'undated';
}

/** Every year page with its count of events, in time order (undated last). */
export function eventYears(events: readonly SiteEvent[]): { year: string; count: number; events: SiteEvent[] }[] {
  const byYear = new Map<string, SiteEvent[]>();
  for (const ev of events) {
    const y = eventYear(ev);
    const list = byYear.get(y);
    if (list) list.push(ev);
    else byYear.set(y, [ev]);
  }
  return [...byYear]
    .map(([year, evs]) => ({ year, count: evs.length, events: evs }))
    .sort((a, b) => (a.year === 'undated' ? 1 : b.year === 'undated' ? -1 : a.year.localeCompare(b.year)));
}
