/**
 * /events.csv: one row per event (RFC 4180, UTF-8 with a byte-order mark so spreadsheet
 * programs read the Chinese text, CRLF line ends).
 */
import type { EventRecord } from './event-record.ts';

/** The CSV columns, in order. */
export const csvColumns = [
  'id',
  'date',
  'precision',
  'type',
  'mode',
  'cameo_code',
  'cameo_label',
  'title',
  'title_en',
  'summary',
  'topic',
  'location',
  'actors',
  'actor_ids',
  'actors_en',
  'outlets',
  'first_published',
  'sources',
  'url',
  'confidence',
] as const;

/** Quotes a cell when needed; a leading =, +, - or @ is escaped so spreadsheets do not run it as a formula. */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(r: EventRecord): (string | number | null)[] {
  const outlets = [...new Set(r.sources.map((s) => s.outlet))];
  const published = r.sources.map((s) => s.published).sort()[0] ?? null;
  return [
    r.id,
    r.date,
    r.precision,
    r.type,
    r.mode,
    r.cameo?.code ?? null,
    r.cameo?.label ?? null,
    r.title,
    r.titleEn,
    r.summary,
    r.topic,
    r.location,
    r.actors.map((a) => a.name).join('; '),
    r.actors.map((a) => a.id).join('; '),
    r.actors.map((a) => a.en ?? '').join('; '),
    outlets.join('; '),
    published,
    r.sources.map((s) => s.url).join(' '),
    r.url,
    r.confidence,
  ];
}

/** The whole CSV file for `records`. */
export function eventsCsv(records: readonly EventRecord[]): string {
  const lines = [csvColumns.join(','), ...records.map((r) => row(r).map(csvCell).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
