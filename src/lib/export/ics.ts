/**
 * /events.ics: an iCalendar file (RFC 5545) with one all-day VEVENT per dated event.
 * Days are floating DATE values, so every reader's calendar shows the day the event
 * happened whatever its time zone. An event known only to the month spans that month;
 * events known only to the year, or undated, are left out (a calendar needs a day).
 */
import type { EventRecord } from './event-record.ts';
import { typeLabel } from './labels.ts';

/** Calendar metadata: its name and the host used in UIDs. */
export interface CalendarInfo {
  name: string;
  host: string;
  /** "YYYY-MM-DD" stamped as DTSTAMP (the newest source date; never the clock). */
  stamp: string;
}

/** Escapes a TEXT value (backslash, semicolon, comma, newline). */
export function icsText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => '\\' + c).replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without cutting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (day: string) => day.replace(/-/g, '');

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m, 1)).toISOString().slice(0, 10);
}

/** The [start, end) days of an event in the calendar, or null when it has no day or month. */
export function calendarSpan(date: string | null): [string, string] | null {
  if (date && date.length === 10) return [date, addDays(date, 1)];
  if (date && date.length === 7) return [`${date}-01`, nextMonth(date)];
  return null;
}

function vevent(r: EventRecord, info: CalendarInfo): string[] | null {
  const span = calendarSpan(r.date);
  if (!span) return null;
  const monthOnly = r.date!.length === 7;
  const description = [
    r.summary,
    ...r.sources.map((s) => `${s.outlet} ${s.published}: ${s.text}\n${s.url}`),
    r.cameo ? `CAMEO ${r.cameo.code} ${r.cameo.label}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:${r.id}@${info.host}`,
    `DTSTAMP:${compact(info.stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${compact(span[0])}`,
    `DTEND;VALUE=DATE:${compact(span[1])}`,
    `SUMMARY:${icsText((monthOnly ? '（月內）' : '') + r.title)}`,
    `DESCRIPTION:${icsText(description)}`,
    `CATEGORIES:${icsText(typeLabel(r.type))}`,
    ...(r.location ? [`LOCATION:${icsText(r.location)}`] : []),
    ...(r.cameo ? [`X-CAMEO-CODE:${r.cameo.code}`] : []),
    `URL:${r.url}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole calendar for `records` (records without a day or month are skipped). */
export function eventsIcs(records: readonly EventRecord[], info: CalendarInfo): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${info.host}//diplomatic-timeline//ZH`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(info.name)}`,
    ...records.flatMap((r) => vevent(r, info) ?? []),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
