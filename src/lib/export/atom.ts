/**
 * /feed.xml: an Atom feed (RFC 4287) of the newest events first. Times are the days the
 * sources were published, at midnight UTC, so the feed does not depend on the build's clock.
 */
import type { EventRecord } from './event-record.ts';
import { formatPartialDate, typeLabel } from './labels.ts';

/** Feed metadata. */
export interface FeedInfo {
  title: string;
  /** Absolute URL of the site's home page, also the feed's id. */
  home: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** How many entries to keep. */
  limit: number;
}

/** Escapes text for XML and drops characters XML 1.0 forbids. */
export function xmlText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const stamp = (day: string) => `${day}T00:00:00Z`;

/** The day an entry sorts and is stamped by: its newest source's publication day. */
function entryDay(r: EventRecord): string {
  return (
    r.sources
      .map((s) => s.published)
      .sort()
      .at(-1) ?? '1970-01-01'
  );
}

/** Orders records newest first by event date, undated events last (newest reported first), then id. */
export function newestFirst(records: readonly EventRecord[]): EventRecord[] {
  return [...records].sort(
    (a, b) =>
      (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
      (b.date ?? '').localeCompare(a.date ?? '') ||
      entryDay(b).localeCompare(entryDay(a)) ||
      a.id.localeCompare(b.id),
  );
}

function entry(r: EventRecord): string {
  const summary = [`${formatPartialDate(r.date)} · ${typeLabel(r.type)}`, r.summary, ...r.sources.map((s) => `${s.outlet}：${s.text}`)]
    .filter(Boolean)
    .join('\n');
  const authors = [...new Set(r.sources.map((s) => s.outlet))];
  return [
    '  <entry>',
    `    <id>${xmlText(r.url)}</id>`,
    `    <title>${xmlText(r.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(r.url)}"/>`,
    `    <updated>${stamp(entryDay(r))}</updated>`,
    ...authors.map((a) => `    <author><name>${xmlText(a)}</name></author>`),
    `    <category term="${xmlText(r.type)}" label="${xmlText(typeLabel(r.type))}"/>`,
    `    <summary type="text">${xmlText(summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** The whole feed: the `limit` newest events, newest first. */
export function eventsAtom(records: readonly EventRecord[], info: FeedInfo): string {
  const entries = newestFirst(records).slice(0, info.limit);
  const updated = entries.map(entryDay).sort().at(-1) ?? '1970-01-01';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hant">',
    `  <id>${xmlText(info.home)}</id>`,
    `  <title>${xmlText(info.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(info.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(info.home)}"/>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${xmlText(info.title)}</name></author>`,
    ...entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
