/**
 * The export record of one event: the event's fields, its CAMEO code, its actors with
 * their pages, and every source with the passage text and a link to it. The same record
 * feeds /events.json, the CSV and the search index; docs/export-schema.md describes it.
 */
import type { Actor, TimelineEvent } from '../schema.ts';
import type { SiteEvent } from '../archive/collect.ts';
import { actorId } from '../archive/actor-id.ts';
import { cameoCode } from './cameo.ts';
import type { EventRecord } from './record-schema.ts';
import type { SiteUrls } from './site-urls.ts';

export type { ActorRecord, EventRecord, SourceRecord } from './record-schema.ts';

/** The actors of an event: its participants, then any named actor without a participant entry. */
export function eventActors(event: SiteEvent): (Actor & { id: string })[] {
  const out = event.participants.map((p) => ({ ...p, id: actorId(p) }));
  for (const name of event.actors) {
    if (!out.some((a) => a.name === name)) out.push({ name, kind: 'person', id: actorId({ name }) });
  }
  return out;
}

/** The fields of a record that depend on the event's type. */
type TypeFields = EventRecord extends infer R
  ? R extends EventRecord
    ? Pick<R, 'type' | 'mode' | 'topic' | 'location' | 'ministry' | 'spokesperson'>
    : never
  : never;

function typeFields(event: TimelineEvent): TypeFields {
  const none = { topic: null, ministry: null, spokesperson: null };
  switch (event.type) {
    case 'call':
      return { type: 'call', mode: event.mode ?? null, location: event.location ?? null, ...none };
    case 'meeting':
      return { type: 'meeting', mode: event.mode ?? null, location: event.location ?? null, ...none };
    case 'ministry-response':
      return {
        type: 'ministry-response',
        mode: null,
        topic: event.topic ?? null,
        location: null,
        ministry: event.ministry,
        spokesperson: event.spokesperson ?? null,
      };
    case 'other':
      return { type: 'other', mode: null, location: event.location ?? null, ...none };
  }
}

/** Builds the export record of `event`. */
export function eventRecord(event: SiteEvent, urls: SiteUrls): EventRecord {
  const { type, mode, topic, location, ministry, spokesperson } = typeFields(event);
  // Every record lists its keys in one order (docs/export-schema.md); typeFields keeps each type's fields to its variant.
  return {
    id: event.id,
    url: urls.event(event.id),
    type,
    mode,
    date: event.date,
    precision: event.precision,
    partOfDay: event.partOfDay ?? null,
    cameo: cameoCode(event),
    title: event.title,
    titleEn: event.titleEn ?? null,
    summary: event.summary,
    topic,
    location,
    ministry,
    spokesperson,
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
  } as EventRecord;
}

/** The newest day any source of `events` was published: the exports' deterministic "updated" stamp. */
export function latestPublished(events: readonly SiteEvent[]): string | null {
  let latest: string | null = null;
  for (const e of events) for (const s of e.sources) if (!latest || s.published > latest) latest = s.published;
  return latest;
}
