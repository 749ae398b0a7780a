/**
 * The vertical time scale: piecewise linear over UTC milliseconds, running at
 * `pxPerDay` where there are events and squeezing every long quiet stretch into a
 * short, marked break, so no zoom level leaves screens of emptiness.
 *
 * It is d3-scale's polylinear mapping (a `scaleUtc` with many domain stops, clamped)
 * written out with d3-array's bisector: importing `scaleUtc` also ships d3-time-format
 * to the browser, about 4 KB of the page's 30 KB budget, for formatting never used.
 */
import { bisectRight } from 'd3-array';
import { DAY } from './interval.ts';

/** How the scale is built. */
export interface ScaleOptions {
  pxPerDay: number;
  /** A quiet stretch longer than this on screen is compressed to exactly this. */
  gapPx: number;
  /** Normal-rate margin kept on both sides of a break and at both ends. */
  padPx: number;
}

/**
 * Default geometry, in CSS pixels. The margin is a row's height (32 px): with it every
 * event's band (the stretch between the axis lines around its day, cut short by a
 * break) is tall enough for its row at any zoom. A break marker is 48 px.
 */
export const defaultScaleOptions: Omit<ScaleOptions, 'pxPerDay'> = { gapPx: 112, padPx: 32 };

/** A compressed quiet stretch: where its marker goes and what it hides. */
export interface AxisBreak {
  /** The hidden time, ms UTC [from, to). */
  from: number;
  to: number;
  /** The marker's top and height on screen. */
  y: number;
  h: number;
}

/** A stretch drawn at the normal rate. */
export interface ScalePiece {
  from: number;
  to: number;
  y0: number;
  y1: number;
}

/** A built scale: position of any instant, its inverse, and the layout of breaks. */
export interface TimeScale {
  y(t: number): number;
  invert(y: number): number;
  height: number;
  pxPerDay: number;
  pieces: ScalePiece[];
  breaks: AxisBreak[];
}

/** Merges sorted-or-not [start, end) spans into disjoint sorted runs. */
export function mergeSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * The runs of time the axis keeps at full rate: the day each event's row sits on.
 * A month- or year-precision span does not hold a whole year open; its bar is
 * drawn across any break inside it.
 */
export function activeRuns(items: readonly { at: number }[]): { start: number; end: number }[] {
  return mergeSpans(items.map((i) => ({ start: i.at, end: i.at + DAY })));
}

/** Builds the scale over the runs of time that hold events (from mergeSpans). */
export function buildTimeScale(runs: readonly { start: number; end: number }[], options: ScaleOptions): TimeScale {
  const { pxPerDay, gapPx, padPx } = options;
  const pxPerMs = pxPerDay / DAY;
  const padMs = padPx / pxPerMs;
  const domain: number[] = [];
  const range: number[] = [];
  const pieces: ScalePiece[] = [];
  const breaks: AxisBreak[] = [];
  if (!runs.length) return { y: () => 0, invert: () => 0, height: 0, pxPerDay, pieces, breaks };
  let y = 0;
  let pieceStart = runs[0]!.start - padMs;
  domain.push(pieceStart);
  range.push(0);
  let pieceY = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const next = runs[i + 1];
    const gapMs = next ? next.start - run.end : 0;
    if (next && gapMs * pxPerMs <= gapPx) continue;
    // Close the normal-rate piece a margin after this run.
    const close = run.end + padMs;
    y = pieceY + (close - pieceStart) * pxPerMs;
    domain.push(close);
    range.push(y);
    pieces.push({ from: pieceStart, to: close, y0: pieceY, y1: y });
    if (!next) break;
    const reopen = next.start - padMs;
    const breakH = gapPx - 2 * padPx;
    breaks.push({ from: close, to: reopen, y, h: breakH });
    y += breakH;
    domain.push(reopen);
    range.push(y);
    pieceStart = reopen;
    pieceY = y;
  }
  return {
    y: (t) => piecewise(domain, range, t),
    invert: (v) => piecewise(range, domain, v),
    height: y,
    pxPerDay,
    pieces,
    breaks,
  };
}

/** Maps `x` from stops `xs` onto stops `ys` linearly between stops, clamped at both ends. */
export function piecewise(xs: readonly number[], ys: readonly number[], x: number): number {
  const n = xs.length;
  if (x <= xs[0]!) return ys[0]!;
  if (x >= xs[n - 1]!) return ys[n - 1]!;
  const i = Math.min(n - 1, bisectRight(xs, x));
  const x0 = xs[i - 1]!;
  const x1 = xs[i]!;
  return x1 === x0 ? ys[i]! : ys[i - 1]! + ((x - x0) / (x1 - x0)) * (ys[i]! - ys[i - 1]!);
}

/** The pixels per day at which the scale over `runs` is about `height` tall. */
export function fitPxPerDay(
  runs: readonly { start: number; end: number }[],
  height: number,
  min: number,
  max: number,
  options = defaultScaleOptions,
): number {
  let lo = Math.log(min);
  let hi = Math.log(max);
  if (buildTimeScale(runs, { ...options, pxPerDay: max }).height <= height) return max;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (buildTimeScale(runs, { ...options, pxPerDay: Math.exp(mid) }).height > height) hi = mid;
    else lo = mid;
  }
  return Math.exp(lo);
}

/** The pixels per day at which [from, to) is about `room` pixels tall on the scale over `runs`. */
export function fitRangePxPerDay(
  runs: readonly { start: number; end: number }[],
  from: number,
  to: number,
  room: number,
  min: number,
  max: number,
  options = defaultScaleOptions,
): number {
  let lo = Math.log(min);
  let hi = Math.log(max);
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    const s = buildTimeScale(runs, { ...options, pxPerDay: Math.exp(mid) });
    if (s.y(to) - s.y(from) > room) hi = mid;
    else lo = mid;
  }
  return Math.exp(lo);
}
