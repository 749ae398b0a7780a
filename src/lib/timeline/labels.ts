/**
 * Short date labels for rows and axis ticks, from a table of month names made with
 * date-fns at build time, so the page and its client script print the same labels.
 */
import type { Precision } from '../schema.ts';
import type { Tick } from './ticks.ts';

/** What label formatting needs: the language and its short month names. */
export interface LabelContext {
  lang: 'zh-hant' | 'en';
  months: readonly string[];
}

function parts(t: number): [number, number, number] {
  const d = new Date(t);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}

/** A day, month or year label, with or without the year. */
export function calendarLabel(t: number, unit: 'day' | 'month' | 'year', withYear: boolean, ctx: LabelContext): string {
  const [y, m, d] = parts(t);
  const month = ctx.months[m]!;
  if (ctx.lang === 'en') {
    if (unit === 'year') return String(y);
    if (unit === 'month') return withYear ? `${month} ${y}` : month;
    return withYear ? `${d} ${month} ${y}` : `${d} ${month}`;
  }
  if (unit === 'year') return `${y}年`;
  const prefix = withYear ? `${y}年` : '';
  return unit === 'month' ? `${prefix}${month}` : `${prefix}${month}${d}日`;
}

/** The label of an axis tick. */
export function tickLabel(tick: Tick, ctx: LabelContext): string {
  return calendarLabel(tick.t, tick.unit, tick.withYear, ctx);
}

/** The date of an event row as precise as its source: a day, a month, a year, or "about" a day. */
export function eventDateLabel(at: number, precision: Precision, ctx: LabelContext): string {
  const unit = precision === 'year' ? 'year' : precision === 'month' ? 'month' : 'day';
  const text = calendarLabel(at, unit, true, ctx);
  if (precision !== 'approximate') return text;
  return ctx.lang === 'en' ? `c. ${text}` : `約${text}`;
}

/** A time range as a label: "2019年3月" or "3 Mar – 9 Apr 2019". */
export function rangeLabel(from: number, to: number, ctx: LabelContext): string {
  const last = to - 1;
  const [y0, m0] = parts(from);
  const [y1, m1] = parts(last);
  if (y0 === y1 && m0 === m1) {
    const sameDay = parts(from)[2] === parts(last)[2];
    return sameDay
      ? calendarLabel(from, 'day', true, ctx)
      : `${calendarLabel(from, 'day', true, ctx)} – ${calendarLabel(last, 'day', y0 !== y1, ctx)}`;
  }
  return `${calendarLabel(from, 'month', true, ctx)} – ${calendarLabel(last, 'month', true, ctx)}`;
}
