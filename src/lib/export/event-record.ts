/**
 * The export record of one event: the event's fields, its CAMEO code, its actors with
 * their pages, and every source with the passage text and a link to it. The same record
 * feeds /events.json, the CSV and the search index; docs/export-schema.md describes it.
 */
import type { SiteEvent } from '../archive/collect.ts';
import { actorId } from '../archive/actor-id.ts';
import { cameoCode } from './cameo.ts';
import type { EventRecord } from './record-schema.ts';
import type { SiteUrls } from './site-urls.ts';

export type { ActorRecord, EventRecord, SourceRecord } from './record-schema.ts';

/** The actors of an event: its participants, then any named actor without a participant entry. */
export function eventActors(event: SiteEvent): { id: string; name: string; kind: 'person' | 'organization'; title?: string; country?: string; en?: string }[] {
  const out = event.participants.map((p) => ({ ...p, id: actorId(p) }));
  for (const name of event.actors) {
    if (!out.some((a) => a.name === name)) out.push({ name, kind: 'person', id: actorId({ name }) });
  }
  return out;
}

/** Builds the export record of `event`. */
export function eventRecord(event: SiteEvent, urls: SiteUrls): EventRecord {
  return {
    id: event.id,
    url: urls.event(event.id),
    type: event.type,
    mode: event.mode ?? null,
    date: event.date,
    precision: event.precision,
    partOfDay: event.partOfDay ?? null,
    cameo: cameoCode(event),
    title: event.title,
    titleEn: event.titleEn ?? null,
    summary: event.summary,
    topic: event.topic ?? null,
    location: event.location ?? null,
    ministry: event.ministry ?? null,
    spokesperson: event.spokesperson ?? null,
    actors: eventActors(event).map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      title: a.title ?? null,
      country: a.country ?? null,
      en: a.en ?? null,
      url: urls.actor(a.id),
    })),
    confidence: event.confidence,
    reviewed: event.reviewed ?? false,
    sources: event.sources.map((s) => ({ ...s, url: urls.passage(s.article, s.passage) })),
  };
}

/** The newest day any source of `events` was published: the exports' deterministic "updated" stamp. */
export function latestPublished(events: readonly SiteEvent[]): string | null {
  let latest: string | null = null;
  for (const e of events) for (const s of e.sources) if (!latest || s.published > latest) latest = s.published;
  return latest;
}
