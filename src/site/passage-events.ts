/**
 * Which events each passage supports, indexed once per build for the article pages.
 */
import type { SiteEvent } from '../lib/archive/collect.ts';

const cache = new WeakMap<readonly SiteEvent[], Map<string, SiteEvent[]>>();

/** The events a passage of an article supports ('' if none), in timeline order. */
export function passageEvents(events: readonly SiteEvent[], article: string, passage: string): SiteEvent[] {
  let index = cache.get(events);
  if (!index) {
    index = new Map();
    for (const ev of events) {
      for (const s of ev.sources) {
        const key = `${s.article}#${s.passage}`;
        const list = index.get(key) ?? [];
        if (!list.includes(ev)) list.push(ev);
        index.set(key, list);
      }
    }
    cache.set(events, index);
  }
  return index.get(`${article}#${passage}`) ?? [];
}
