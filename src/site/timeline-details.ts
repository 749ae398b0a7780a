/**
 * Build-time glue: the per-month detail files of the selection panel. A file's details are
 * made when its route renders it, from the events of its month, and dropped once written:
 * the build holds no copy of every event's details in each language.
 */
import type { SiteEvent } from '../lib/archive/collect.ts';
import { formatEventDate } from '../lib/i18n/format-date.ts';
import { sourceLabels } from '../lib/i18n/source-label.ts';
import { localePath, strings, typeNames, type Lang } from '../lib/i18n/strings.ts';
import { isUncertain } from '../lib/review.ts';
import { detailChunk, type EventDetail } from '../lib/timeline/detail.ts';
import { eventActors } from '../lib/timeline/timeline-data.ts';

/** The events of every detail file, by file name, in timeline order: computed once, shared by both languages. */
const chunksOf = new WeakMap<readonly SiteEvent[], Map<string, SiteEvent[]>>();

/** The events each detail file holds, by file name (in the order of `events`). */
export function detailChunkEvents(events: readonly SiteEvent[]): Map<string, SiteEvent[]> {
  let chunks = chunksOf.get(events);
  if (!chunks) {
    chunks = new Map();
    for (const ev of events) {
      const key = detailChunk(ev.precision === 'unknown' ? null : ev.date);
      const list = chunks.get(key);
      if (list) list.push(ev);
      else chunks.set(key, [ev]);
    }
    chunksOf.set(events, chunks);
  }
  return chunks;
}

/** The details of some events (one detail file's), by event id, in one language. */
export function eventDetails(events: readonly SiteEvent[], lang: Lang): Record<string, EventDetail> {
  const base = import.meta.env.BASE_URL;
  const t = strings(lang);
  const chunk: Record<string, EventDetail> = {};
  for (const ev of events) {
    const labels = sourceLabels(ev.sources, lang);
    chunk[ev.id] = {
      title: lang === 'en' && ev.titleEn ? ev.titleEn : ev.title,
      date: formatEventDate(ev.date, ev.precision, lang),
      datetime: ev.precision === 'unknown' ? null : ev.date,
      type: typeNames[lang][ev.type],
      actors: eventActors(ev).map(([, zh, en]) => (lang === 'en' && en ? en : zh)),
      summary: ev.summary,
      sources: ev.sources.map((s, i) => ({
        label: labels[i]!,
        href: localePath(lang, `/articles/${s.article}/#${s.passage}`, base),
        text: s.text,
      })),
      ...(isUncertain(ev) ? { unverified: [t.unverified, t.unverifiedLabel] as [string, string] } : {}),
    };
  }
  return chunk;
}
