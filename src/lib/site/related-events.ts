/**
 * Related events for an event page: others with an actor in common (nearest in time),
 * and others on the same day. Indexes are built once for all pages, so a site with
 * thousands of events for one person stays linear.
 */
import type { SiteEvent } from './collect.ts';
import { compareEvents } from './collect.ts';
import { eventActors } from '../export/event-record.ts';

/** Finds related events quickly for every event of a site. */
export function relatedIndex(events: readonly SiteEvent[]) {
  const byActor = new Map<string, SiteEvent[]>();
  const byDay = new Map<string, SiteEvent[]>();
  for (const e of [...events].sort(compareEvents)) {
    for (const a of eventActors(e)) {
      const list = byActor.get(a.id);
      if (list) list.push(e);
      else byActor.set(a.id, [e]);
    }
    if (e.date && e.date.length === 10) {
      const list = byDay.get(e.date);
      if (list) list.push(e);
      else byDay.set(e.date, [e]);
    }
  }
  const positions = new Map<string, Map<string, number>>();
  for (const [actor, list] of byActor) positions.set(actor, new Map(list.map((e, i) => [e.id, i])));
  return {
    /** Other events sharing an actor with `event`, nearest in date first, at most `limit`. */
    sameActors(event: SiteEvent, limit = 8): SiteEvent[] {
      const found = new Map<string, SiteEvent>();
      for (const a of eventActors(event)) {
        const list = byActor.get(a.id) ?? [];
        const at = positions.get(a.id)?.get(event.id) ?? 0;
        for (const e of list.slice(Math.max(0, at - limit), at + limit + 1)) if (e.id !== event.id) found.set(e.id, e);
      }
      const distance = (e: SiteEvent) => (e.date && event.date ? Math.abs(dayNumber(e.date) - dayNumber(event.date)) : Infinity);
      return [...found.values()].sort((x, y) => distance(x) - distance(y) || compareEvents(x, y)).slice(0, limit);
    },
    /** Other events on the same day as `event` (only for events known to the day), at most `limit`. */
    sameDay(event: SiteEvent, limit = 8): SiteEvent[] {
      if (!event.date || event.date.length !== 10) return [];
      return (byDay.get(event.date) ?? []).filter((e) => e.id !== event.id).slice(0, limit);
    },
  };
}

function dayNumber(date: string): number {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y!, m - 1, d) / 86_400_000;
}
