/**
 * Where an event sits in time: the UTC interval its date covers and the instant
 * it is placed at. A month-precision date covers its month, an approximate day a
 * week around it; nothing pretends to a day the source does not give.
 */
import type { Precision } from '../schema.ts';

/** Milliseconds in a day. */
export const DAY = 86_400_000;

/** How many days an approximate day date may be off, either way. */
export const APPROX_DAYS = 3;

/** The interval of time a date stands for, and where its row is placed. */
export interface TimeInterval {
  /** Inclusive start, ms since the epoch (UTC). */
  start: number;
  /** Exclusive end, ms since the epoch (UTC). */
  end: number;
  /** The instant the event is binned and placed at. */
  at: number;
}

/** True when an event with this date and precision can be placed on the axis. */
export function isPlaced(date: string | null, precision: Precision): date is string {
  return date !== null && precision !== 'unknown';
}

/** The interval covered by a partial date (YYYY, YYYY-MM, YYYY-MM-DD) at a precision. */
export function dateInterval(date: string, precision: Precision): TimeInterval {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined || precision === 'year') {
    const start = Date.UTC(y, 0, 1);
    return { start, end: Date.UTC(y + 1, 0, 1), at: start };
  }
  if (d === undefined || precision === 'month') {
    const start = Date.UTC(y, m - 1, 1);
    return { start, end: Date.UTC(y, m, 1), at: start };
  }
  const day = Date.UTC(y, m - 1, d);
  if (precision === 'approximate') return { start: day - APPROX_DAYS * DAY, end: day + (APPROX_DAYS + 1) * DAY, at: day };
  return { start: day, end: day + DAY, at: day };
}

/** A day instant as YYYY-MM-DD. */
export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
