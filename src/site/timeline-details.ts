/**
 * Build-time glue: the per-month detail files of the selection panel.
 */
import type { SiteEvent } from '../lib/archive/collect.ts';
import { formatEventDate } from '../lib/i18n/format-date.ts';
import { sourceLabels } from '../lib/i18n/source-label.ts';
import { localePath, strings, typeNames, type Lang } from '../lib/i18n/strings.ts';
import { isUncertain } from '../lib/review.ts';
import { detailChunk, type EventDetail } from '../lib/timeline/detail.ts';
import { eventActors } from '../lib/timeline/timeline-data.ts';

/** The details of every event, grouped by detail file name. */
export function detailChunks(events: readonly SiteEvent[], lang: Lang): Map<string, Record<string, EventDetail>> {
  const base = import.meta.env.BASE_URL;
  const t = strings(lang);
  const chunks = new Map<string, Record<string, EventDetail>>();
  for (const ev of events) {
    const key = detailChunk(ev.precision === 'unknown' ? null : ev.date);
    let chunk = chunks.get(key);
    if (!chunk) chunks.set(key, (chunk = {}));
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
  return chunks;
}
