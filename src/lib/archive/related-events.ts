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
  const days = new Map<string, number>();
  const dayOf = (date: string) => {
    let n = days.get(date);
    if (n === undefined) days.set(date, (n = dayNumber(date)));
    return n;
  };
  // Both interface languages ask for the same event's list: answer each once.
  const answered = new Map<string, SiteEvent[]>();
  return {
    /** Other events sharing an actor with `event`, nearest in date first, at most `limit`. */
    sameActors(event: SiteEvent, limit = 8): SiteEvent[] {
      const key = `${event.id}\n${limit}`;
      const known = answered.get(key);
      if (known) return known;
      const found = new Map<string, SiteEvent>();
      for (const a of eventActors(event)) {
        const list = byActor.get(a.id) ?? [];
        const at = positions.get(a.id)?.get(event.id) ?? 0;
        for (const e of list.slice(Math.max(0, at - limit), at + limit + 1)) if (e.id !== event.id) found.set(e.id, e);
      }
      const here = event.date ? dayOf(event.date) : undefined;
      const result = [...found.values()]
        .map((e) => ({ e, distance: e.date && here !== undefined ? Math.abs(dayOf(e.date) - here) : Infinity }))
        .sort((x, y) => x.distance - y.distance || compareEvents(x.e, y.e))
        .slice(0, limit)
        .map(({ e }) => e);
      answered.set(key, result);
      return result;
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
