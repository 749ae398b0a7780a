/**
 * Event details for the selection panel, served in one small JSON file per month
 * so the page never loads quotes it does not show.
 */

/** The file (without .json) holding the details of events with this date. */
export function detailChunk(date: string | null): string {
  if (date === null) return 'undated';
  return date.length >= 7 ? date.slice(0, 7) : date.slice(0, 4);
}

/** One source of an event, as the panel shows it. */
export interface DetailSource {
  /** Outlet, day and headline (see i18n/source-label.ts). */
  label: string;
  href: string;
  text: string;
}

/** What the panel shows of an event. */
export interface EventDetail {
  title: string;
  /** The date as the interface writes it (marked approximate where it is). */
  date: string;
  datetime: string | null;
  type: string;
  actors: string[];
  summary: string;
  sources: DetailSource[];
  /** For an uncertain event: its mark (待核) and what it means. */
  unverified?: [mark: string, label: string];
}
