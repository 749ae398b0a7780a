/**
 * The timeline's data as the page and its client script share it: one compact
 * record per placed event (no summaries or quotes), with tables of actors and
 * country pairs for the filters. Built at build time, decoded in the browser.
 */
import type { EventType, Precision, TimelineEvent } from '../schema.ts';
import { precisionCodes as precisions, typeCodes as eventTypes } from './codes.ts';
import { dateInterval, isPlaced } from './interval.ts';
import type { LayoutItem } from './layout.ts';
import { isUncertain } from '../review.ts';

/** The parts of a merged site event the timeline reads. */
export interface TimelineSource extends Pick<
  TimelineEvent,
  'id' | 'type' | 'date' | 'precision' | 'actors' | 'participants' | 'title' | 'titleEn' | 'confidence' | 'reviewed'
> {
  sources: { article: string; passage: string }[];
}

/** One placed event, decoded. */
export interface TimelineItem extends LayoutItem {
  id: string;
  date: string;
  title: string;
  /** The first source passage: 'slug#passage-id'. */
  source: string;
  actors: number[];
  pairs: number[];
  /** Lower-cased title and actor names, for the text filter. */
  search: string;
  /** Machine-extracted with low confidence and not reviewed (see lib/review.ts). */
  uncertain: boolean;
}

/** The decoded data: items sorted by time, with their lookup tables. */
export interface TimelineData {
  actors: [key: string, label: string][];
  pairs: [key: string, label: string][];
  items: TimelineItem[];
}

/** One event; a trailing 1 marks it uncertain (absent otherwise, so confident events cost nothing). */
type Encoded = [
  id: string,
  type: number,
  precision: number,
  date: string,
  title: string,
  source: string,
  actors: number[],
  pairs: number[],
  uncertain?: 1,
];

/** The JSON shape written for the client. */
export interface EncodedTimelineData {
  actors: [string, string][];
  pairs: [string, string][];
  e: Encoded[];
}

/** Labels the filters show: an actor's name and a country's name in the interface language. */
export interface DataLabels {
  english: boolean;
  country(code: string): string;
}

/** Builds the client data from merged events: placed events only, in time order. */
export function encodeTimelineData(events: readonly TimelineSource[], labels: DataLabels): EncodedTimelineData {
  const actorIndex = new Map<string, number>();
  const actors: [string, string][] = [];
  const pairIndex = new Map<string, number>();
  const pairs: [string, string][] = [];
  const intern = (map: Map<string, number>, table: [string, string][], key: string, label: string): number => {
    let i = map.get(key);
    if (i === undefined) map.set(key, (i = table.push([key, label]) - 1));
    return i;
  };
  const placed = events
    .filter((e) => isPlaced(e.date, e.precision) && e.sources.length)
    .sort((a, b) => a.date!.localeCompare(b.date!) || a.id.localeCompare(b.id));
  const e = placed.map((ev): Encoded => {
    const keys = eventActors(ev);
    const countries = [...new Set(ev.participants.map((p) => p.country).filter((c): c is string => !!c))].sort();
    const pairKeys = countries.flatMap((a, i) => countries.slice(i + 1).map((b) => `${a}-${b}`));
    const encoded: Encoded = [
      ev.id,
      eventTypes.indexOf(ev.type),
      precisions.indexOf(ev.precision),
      ev.date!,
      labels.english && ev.titleEn ? ev.titleEn : ev.title,
      `${ev.sources[0]!.article}#${ev.sources[0]!.passage}`,
      keys.map(([key, zh, en]) => intern(actorIndex, actors, key, labels.english && en ? en : zh)),
      pairKeys.map((k) =>
        intern(
          pairIndex,
          pairs,
          k,
          k
            .split('-')
            .map((c) => labels.country(c))
            .join(' – '),
        ),
      ),
    ];
    if (isUncertain(ev)) encoded.push(1);
    return encoded;
  });
  return { actors, pairs, e };
}

/** An event's actors as [filter key, name, English name]: participants first, then bare names. */
export function eventActors(ev: Pick<TimelineEvent, 'actors' | 'participants'>): [string, string, string | undefined][] {
  const out: [string, string, string | undefined][] = ev.participants.map((p) => [p.id ?? p.name, p.name, p.en]);
  for (const name of ev.actors) if (!ev.participants.some((p) => p.name === name)) out.push([name, name, undefined]);
  return out;
}

/** Decodes the client data and computes each event's interval. */
export function decodeTimelineData(data: EncodedTimelineData): TimelineData {
  const items = data.e.map(([id, t, p, date, title, source, actors, pairs, u]): TimelineItem => {
    const type = eventTypes[t] as EventType;
    const precision = precisions[p] as Precision;
    const search = [title, ...actors.map((a) => data.actors[a]![1]), ...actors.map((a) => data.actors[a]![0])].join(' ').toLowerCase();
    return { id, type, precision, date, title, source, actors, pairs, search, uncertain: u === 1, ...dateInterval(date, precision) };
  });
  items.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  return { actors: data.actors, pairs: data.pairs, items };
}
