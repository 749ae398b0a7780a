/**
 * Places events as rows on the vertical axis. Each row stays inside its band: the
 * stretch between the axis lines around its date at this zoom (a day, a week, a month
 * or a year, cut short by a break), so no row is ever read against another day's line
 * or beside a quiet stretch. A band holds its events one per row when there is room
 * and a single count when there is not.
 */
import { DAY } from './interval.ts';
import type { TimeScale } from './scale.ts';
import { tickLevel } from './ticks.ts';
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
  /** The lane (column) when the timeline is split into lanes. */
  lane?: number;
}

/** Several events gathered into one row with their count. */
export interface ClusterRow {
  kind: 'cluster';
  y: number;
  indices: number[];
  /** The days the gathered events are placed on, ms UTC [from, to). */
  from: number;
  to: number;
  lane?: number;
}

/** A row of the timeline. */
export type Row = EventRow | ClusterRow;

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

/** The first index of sorted `items` placed at or after `t`. */
function firstAt(items: readonly LayoutItem[], t: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.at < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The band an instant's row must stay in: its tick interval, clipped to the normal-rate piece holding it. */
export function bandOf(t: number, scale: TimeScale): { from: number; to: number; top: number; bottom: number } {
  const { interval } = tickLevel(scale.pxPerDay);
  const from = interval.floor(new Date(t)).getTime();
  const to = interval.offset(new Date(from), 1).getTime();
  let top = scale.y(from);
  let bottom = scale.y(to);
  const pieces = scale.pieces;
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.to <= t) lo = mid + 1;
    else hi = mid;
  }
  const piece = pieces[lo];
  if (piece && piece.from <= t) {
    top = Math.max(top, piece.y0);
    bottom = Math.min(bottom, piece.y1);
  }
  return { from: Math.max(from, piece?.from ?? from), to: Math.min(to, piece?.to ?? to), top, bottom };
}

/**
 * Lays out `items` (sorted by `at`) as non-overlapping rows of height `rowH`. With a
 * `window`, only the bands that meet it are laid out: every row stays in its own band,
 * so those rows are the rows the whole layout has there, at a fraction of the cost.
 */
export function layoutRows(items: readonly LayoutItem[], scale: TimeScale, rowH: number, window?: TimeWindow): Row[] {
  const rows: Row[] = [];
  let lo = 0;
  let hi = items.length;
  if (window) {
    lo = firstAt(items, bandOf(window.from, scale).from);
    hi = firstAt(items, bandOf(window.to, scale).to);
  }
  for (let i = lo; i < hi;) {
    const band = bandOf(items[i]!.at, scale);
    let j = i;
    while (j < hi && items[j]!.at < band.to) j++;
    if ((j - i) * rowH <= band.bottom - band.top) dodge(i, j, band.top, band.bottom);
    else cluster(i, j, band.top, band.bottom);
    i = j;
  }
  return sweep(rows, items, rowH);

  function cluster(lo: number, hi: number, top: number, bottom: number): void {
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
  }

  function dodge(lo: number, hi: number, top: number, bottom: number): void {
    const ys: number[] = [];
    for (let i = lo; i < hi; i++) {
      const ideal = Math.min(Math.max(idealY(items[i]!, scale, rowH), top), bottom - rowH);
      ys.push(i > lo ? Math.max(ideal, ys[i - lo - 1]! + rowH) : ideal);
    }
    for (let k = ys.length - 1; k >= 0; k--) ys[k] = Math.min(ys[k]!, k === ys.length - 1 ? bottom - rowH : ys[k + 1]! - rowH);
    ys.forEach((y, k) => rows.push({ kind: 'event', y, index: lo + k }));
  }
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
