/**
 * Places events as rows on the vertical axis. Calendar bins (year, month, day)
 * hold their events one per row when there is room and a single count when there is
 * not, so rows never overlap; a final sweep merges whatever still collides.
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { DAY } from './interval.ts';
import type { TimeScale } from './scale.ts';
import type { EventType, Precision } from '../schema.ts';

/** What the layout needs of an event (sorted by `at`). */
export interface LayoutItem {
  type: EventType;
  precision: Precision;
  start: number;
  end: number;
  at: number;
}

/** One event on its own row. */
export interface EventRow {
  kind: 'event';
  y: number;
  index: number;
}

/** Several events gathered into one row with their count. */
export interface ClusterRow {
  kind: 'cluster';
  y: number;
  indices: number[];
  /** The days the gathered events are placed on, ms UTC [from, to). */
  from: number;
  to: number;
}

/** A row of the timeline. */
export type Row = EventRow | ClusterRow;

const levels = [utcYear, utcMonth, utcDay] as const;

/** Where an event's row would sit if nothing else were near. */
export function idealY(item: LayoutItem, scale: TimeScale, rowH: number): number {
  if (item.precision === 'month' || item.precision === 'year') return scale.y(item.start);
  return scale.y(item.at + DAY / 2) - rowH / 2;
}

/** A stretch of time, ms UTC [from, to). */
export interface TimeWindow {
  from: number;
  to: number;
}

/** The index range [lo, hi) of sorted `items` in whole UTC years around `w`, a year of margin each side. */
function yearsAround(items: readonly LayoutItem[], w: TimeWindow): [number, number] {
  const from = utcYear.offset(utcYear.floor(new Date(w.from)), -1).getTime();
  const to = utcYear.offset(utcYear.floor(new Date(w.to)), 2).getTime();
  const first = (t: number) => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid]!.at < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [first(from), first(to)];
}

/**
 * Lays out `items` (sorted by `at`) as non-overlapping rows of height `rowH`. With a
 * `window`, only the calendar bins around it are laid out: a year, month or day that
 * has room is placed within its own band, so those rows are the rows the whole layout
 * has there, at a fraction of the cost.
 */
export function layoutRows(items: readonly LayoutItem[], scale: TimeScale, rowH: number, window?: TimeWindow): Row[] {
  const rows: Row[] = [];
  const [lo, hi] = window ? yearsAround(items, window) : [0, items.length];
  if (lo >= hi) return rows;
  const cluster = (lo: number, hi: number, top: number, bottom: number): void => {
    const indices: number[] = [];
    let from = Infinity;
    let to = -Infinity;
    for (let i = lo; i < hi; i++) {
      indices.push(i);
      from = Math.min(from, items[i]!.at);
      to = Math.max(to, items[i]!.at + DAY);
    }
    const y = Math.min(Math.max(idealY(items[lo]!, scale, rowH), top), Math.max(top, bottom - rowH));
    rows.push({ kind: 'cluster', y, indices, from, to });
  };
  const place = (lo: number, hi: number, from: number, to: number, level: number): void => {
    const top = scale.y(from);
    const bottom = scale.y(to);
    if ((hi - lo) * rowH <= bottom - top) return dodge(lo, hi, top, bottom);
    const child = levels[level + 1];
    if (!child) return cluster(lo, hi, top, bottom);
    const parts: [number, number, number, number][] = [];
    for (let i = lo; i < hi; ) {
      const start = child.floor(new Date(items[i]!.at)).getTime();
      const end = child.offset(new Date(start), 1).getTime();
      let j = i;
      while (j < hi && items[j]!.at < end) j++;
      if (scale.y(end) - scale.y(start) < rowH) return cluster(lo, hi, top, bottom);
      parts.push([i, j, start, end]);
      i = j;
    }
    // Months and days are placed within their own bands, so those far from the window can be skipped.
    for (const [i, j, start, end] of parts) if (!window || (end + (end - start) >= window.from && start - (end - start) <= window.to)) place(i, j, start, end, level + 1);
  };
  const dodge = (lo: number, hi: number, top: number, bottom: number): void => {
    const ys: number[] = [];
    for (let i = lo; i < hi; i++) {
      const ideal = Math.min(Math.max(idealY(items[i]!, scale, rowH), top), bottom - rowH);
      ys.push(i > lo ? Math.max(ideal, ys[i - lo - 1]! + rowH) : ideal);
    }
    for (let k = ys.length - 1; k >= 0; k--) ys[k] = Math.min(ys[k]!, k === ys.length - 1 ? bottom - rowH : ys[k + 1]! - rowH);
    ys.forEach((y, k) => rows.push({ kind: 'event', y, index: lo + k }));
  };
  for (let i = lo; i < hi; ) {
    const start = utcYear.floor(new Date(items[i]!.at)).getTime();
    const end = utcYear.offset(new Date(start), 1).getTime();
    let j = i;
    while (j < hi && items[j]!.at < end) j++;
    place(i, j, start, end, 0);
    i = j;
  }
  return sweep(rows, items, rowH);
}

/** Merges any row that starts within `rowH` of the previous one into a cluster. */
function sweep(rows: Row[], items: readonly LayoutItem[], rowH: number): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    if (!prev || row.y >= prev.y + rowH - 1e-6) {
      out.push(row);
      continue;
    }
    const a = asCluster(prev, items);
    const b = asCluster(row, items);
    for (const i of b.indices) a.indices.push(i);
    out[out.length - 1] = { kind: 'cluster', y: prev.y, indices: a.indices, from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
  }
  return out;
}

function asCluster(row: Row, items: readonly LayoutItem[]): ClusterRow {
  if (row.kind === 'cluster') return row;
  const item = items[row.index]!;
  return { kind: 'cluster', y: row.y, indices: [row.index], from: item.at, to: item.at + DAY };
}
