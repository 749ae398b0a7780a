import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeScale, fitPxPerDay, mergeSpans, defaultScaleOptions } from '../../src/lib/timeline/scale.ts';
import { DAY, dateInterval } from '../../src/lib/timeline/interval.ts';
import { axisTicks, tickLevel } from '../../src/lib/timeline/ticks.ts';
import { calendarLabel } from '../../src/lib/timeline/labels.ts';
import { typeCodes, precisionCodes } from '../../src/lib/timeline/codes.ts';
import { eventTypes, precisions } from '../../src/lib/schema.ts';

const day = (s: string) => dateInterval(s, 'day');
const opts = (pxPerDay: number) => ({ ...defaultScaleOptions, pxPerDay });

test('a month-precision date covers its whole month and an approximate day a week around it', () => {
  const m = dateInterval('2024-02', 'month');
  assert.equal(new Date(m.start).toISOString().slice(0, 10), '2024-02-01');
  assert.equal(new Date(m.end).toISOString().slice(0, 10), '2024-03-01');
  const a = dateInterval('2024-02-10', 'approximate');
  assert.ok(a.start < Date.UTC(2024, 1, 10) && a.end > Date.UTC(2024, 1, 11));
  assert.equal(a.at, Date.UTC(2024, 1, 10));
});

test('a year-long quiet stretch becomes one break of fixed height, at any zoom', () => {
  const runs = mergeSpans([day('2025-01-21'), day('2026-02-04')]);
  for (const ppd of [0.5, 5, 50, 500]) {
    const scale = buildTimeScale(runs, opts(ppd));
    assert.equal(scale.breaks.length, 1, `one break at ${ppd} px/day`);
    const b = scale.breaks[0]!;
    assert.equal(b.h, defaultScaleOptions.gapPx - 2 * defaultScaleOptions.padPx);
    assert.ok(b.from > Date.UTC(2025, 0, 22) && b.to < Date.UTC(2026, 1, 4));
    // The days themselves keep the full rate on both sides of the break.
    assert.ok(Math.abs(scale.y(Date.UTC(2025, 0, 22)) - scale.y(Date.UTC(2025, 0, 21)) - ppd) < 1e-6);
    assert.ok(Math.abs(scale.y(Date.UTC(2026, 1, 5)) - scale.y(Date.UTC(2026, 1, 4)) - ppd) < 1e-6);
  }
});

test('short gaps stay at the normal rate and the scale never runs backwards', () => {
  const runs = mergeSpans([day('2025-01-01'), day('2025-01-03'), day('2025-03-01')]);
  const scale = buildTimeScale(runs, opts(10));
  assert.equal(scale.breaks.length, 1, 'only the two-month gap is broken at 10 px/day');
  let prev = -Infinity;
  for (let t = runs[0]!.start - 5 * DAY; t < runs[runs.length - 1]!.end + 5 * DAY; t += DAY / 4) {
    const y = scale.y(t);
    assert.ok(y >= prev);
    prev = y;
  }
  assert.ok(Math.abs(scale.invert(scale.y(Date.UTC(2025, 0, 2))) - Date.UTC(2025, 0, 2)) < 1000);
});

test('the scale grows with zoom, so fitting a height finds a zoom that fills it', () => {
  const runs = mergeSpans(['2016-05-02', '2018-07-09', '2018-07-10', '2022-01-01', '2025-12-31'].map(day));
  let prev = 0;
  for (const ppd of [0.1, 1, 10, 100, 1000]) {
    const h = buildTimeScale(runs, opts(ppd)).height;
    assert.ok(h >= prev);
    prev = h;
  }
  const ppd = fitPxPerDay(runs, 700, 0.05, 800);
  assert.ok(Math.abs(buildTimeScale(runs, opts(ppd)).height - 700) < 2);
});

test('axis ticks step from days to years as the zoom falls, with the year on the first tick', () => {
  assert.equal(tickLevel(100).unit, 'day');
  assert.equal(tickLevel(2).unit, 'month');
  assert.equal(tickLevel(0.1).unit, 'year');
  const runs = mergeSpans([dateInterval('2024-01', 'month')]);
  const scale = buildTimeScale(runs, opts(60));
  const ticks = axisTicks(scale, 0, scale.height);
  assert.equal(ticks[0]!.t, Date.UTC(2024, 0, 1));
  assert.ok(ticks.length >= 31 && ticks.every((t, i) => t.t === Date.UTC(2024, 0, 1 + i)), 'one tick per day');
  assert.ok(ticks[0]!.withYear);
  assert.ok(!ticks[5]!.withYear);
  for (let i = 1; i < ticks.length; i++) assert.ok(ticks[i]!.y - ticks[i - 1]!.y >= 44);
});

test('labels name the UTC day whatever the process time zone', () => {
  const ctx = { lang: 'zh-hant' as const, months: Array.from({ length: 12 }, (_, i) => `${i + 1}月`) };
  assert.equal(calendarLabel(Date.UTC(2025, 0, 21), 'day', true, ctx), '2025年1月21日');
  const en = { lang: 'en' as const, months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] };
  assert.equal(calendarLabel(Date.UTC(2026, 1, 4), 'day', false, en), '4 Feb');
});

test('the timeline codes list every event type and precision in schema order', () => {
  assert.deepEqual([...typeCodes], [...eventTypes]);
  assert.deepEqual([...precisionCodes], [...precisions]);
});

test('the scale maps time exactly as a clamped polylinear d3 scaleUtc over the same stops', async () => {
  const { scaleUtc } = await import('d3-scale');
  const { piecewise } = await import('../../src/lib/timeline/scale.ts');
  const xs = [Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 5), Date.UTC(2020, 5, 1), Date.UTC(2021, 1, 1)];
  const ys = [0, 40, 88, 500];
  const ref = scaleUtc<number, number>().domain(xs).range(ys).clamp(true);
  for (let t = xs[0]! - 10 * DAY; t < xs[3]! + 10 * DAY; t += 3.7 * DAY) {
    assert.ok(Math.abs(piecewise(xs, ys, t) - ref(t)) < 1e-6);
    const y = piecewise(xs, ys, t);
    assert.ok(Math.abs(piecewise(ys, xs, y) - ref.invert(y).getTime()) < 2);
  }
});

test('a year-precision event does not hold its whole year open on the axis', async () => {
  const { activeRuns } = await import('../../src/lib/timeline/scale.ts');
  const items = [dateInterval('2020', 'year'), dateInterval('2020-11-03', 'day')];
  const scale = buildTimeScale(activeRuns(items), opts(5));
  assert.equal(scale.breaks.length, 1);
  assert.ok(scale.height < 200, `the year is compressed (${scale.height}px), not 1800px long`);
});
