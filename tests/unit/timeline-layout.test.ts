import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeScale, defaultScaleOptions, mergeSpans } from '../../src/lib/timeline/scale.ts';
import { DAY, dateInterval } from '../../src/lib/timeline/interval.ts';
import { layoutRows, type LayoutItem, type Row } from '../../src/lib/timeline/layout.ts';
import { assignLanes } from '../../src/lib/timeline/lanes.ts';
import { axisTicks } from '../../src/lib/timeline/ticks.ts';
import { clusterRowHtml } from '../../src/lib/timeline/render.ts';
import type { TimelineItem } from '../../src/lib/timeline/timeline-data.ts';
import type { Precision } from '../../src/lib/schema.ts';
import { zhRenderContext } from './render-context.ts';

const R = 28;

function random(seed: number): () => number {
  let a = seed;
  return () => (a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 4294967296;
}

/** Events over ten years in bursts, with some days holding dozens of events. */
function sample(n: number, seed: number): LayoutItem[] {
  const rnd = random(seed);
  const bursts = Array.from({ length: 30 }, () => Date.UTC(2015, 0, 1) + Math.floor(rnd() * 3650) * DAY);
  const items: LayoutItem[] = [];
  for (let i = 0; i < n; i++) {
    const day = bursts[Math.floor(rnd() * bursts.length)]! + Math.floor(rnd() * (rnd() < 0.3 ? 1 : 20)) * DAY;
    const iso = new Date(day).toISOString().slice(0, 10);
    const precision: Precision = rnd() < 0.8 ? 'day' : rnd() < 0.5 ? 'month' : 'approximate';
    const date = precision === 'month' ? iso.slice(0, 7) : iso;
    items.push({ type: 'call', precision, ...dateInterval(date, precision) });
  }
  return items.sort((a, b) => a.at - b.at);
}

function scaleFor(items: LayoutItem[], pxPerDay: number) {
  return buildTimeScale(mergeSpans(items), { ...defaultScaleOptions, pxPerDay });
}

function covered(rows: Row[]): number[] {
  return rows.flatMap((r) => (r.kind === 'event' ? [r.index] : r.indices)).sort((a, b) => a - b);
}

test('rows never overlap and every event is shown once, at every zoom', () => {
  const items = sample(3000, 7);
  for (const ppd of [0.1, 1, 8, 30, 120, 600]) {
    const rows = layoutRows(items, scaleFor(items, ppd), R);
    for (let i = 1; i < rows.length; i++)
      assert.ok(rows[i]!.y >= rows[i - 1]!.y + R - 1e-6, `rows ${i - 1} and ${i} overlap at ${ppd} px/day`);
    assert.deepEqual(
      covered(rows),
      items.map((_, i) => i),
    );
  }
});

test('every row stays between the axis lines around its date and never sits beside a break, at every zoom', () => {
  const items = sample(3000, 5);
  for (const ppd of [0.1, 0.3, 1, 3, 8, 16, 30, 50, 120, 600]) {
    const scale = scaleFor(items, ppd);
    const ticks = axisTicks(scale, 0, scale.height);
    for (const row of layoutRows(items, scale, R)) {
      const first = items[row.kind === 'event' ? row.index : row.indices[0]!]!;
      const last = items[row.kind === 'event' ? row.index : row.indices[row.indices.length - 1]!]!;
      const before = ticks.filter((t) => t.t <= first.at).pop();
      const after = ticks.find((t) => t.t > last.at);
      const where = `${new Date(first.at).toISOString().slice(0, 10)} at ${ppd} px/day`;
      if (before) assert.ok(row.y >= before.y - 1e-6, `row of ${where} starts above its line`);
      if (after) assert.ok(row.y + R <= after.y + 1e-6, `row of ${where} runs past the next line`);
      for (const b of scale.breaks) assert.ok(row.y + R <= b.y + 1e-6 || row.y >= b.y + b.h - 1e-6, `row of ${where} beside a break`);
    }
  }
});

test('laying out only the bands around a window gives the rows the whole layout has there', () => {
  const items = sample(3000, 11);
  for (const ppd of [0.1, 2, 30, 600]) {
    const scale = scaleFor(items, ppd);
    const all = layoutRows(items, scale, R);
    for (const [a, b] of [
      [0.1, 0.15],
      [0.4, 0.9],
      [0, 1],
      [0.97, 1],
    ] as const) {
      const y0 = scale.height * a;
      const y1 = scale.height * b;
      const part = layoutRows(items, scale, R, { from: scale.invert(y0), to: scale.invert(y1) });
      const inView = (rows: Row[]) => rows.filter((r) => r.y + R >= y0 && r.y <= y1);
      assert.deepEqual(inView(part), inView(all), `window ${a}–${b} at ${ppd} px/day`);
      assert.ok(part.length <= all.length);
    }
  }
});

test('events of the same day get rows of their own when the day has room', () => {
  const items = Array.from({ length: 6 }, () => ({
    type: 'meeting' as const,
    precision: 'day' as const,
    ...dateInterval('2025-01-21', 'day'),
  }));
  const scale = scaleFor(items, 400);
  const rows = layoutRows(items, scale, R);
  assert.equal(rows.length, 6);
  assert.ok(rows.every((r) => r.kind === 'event'));
  const top = scale.y(Date.UTC(2025, 0, 21));
  const bottom = scale.y(Date.UTC(2025, 0, 22));
  for (const r of rows) assert.ok(r.y >= top - 1e-6 && r.y + R <= bottom + 1e-6, 'each row stays within its day');
});

test('a day too dense for its height gathers into one count that covers it', () => {
  const items = Array.from({ length: 40 }, () => ({
    type: 'call' as const,
    precision: 'day' as const,
    ...dateInterval('2025-01-21', 'day'),
  }));
  const rows = layoutRows(items, scaleFor(items, 200), R);
  assert.equal(rows.length, 1);
  const row = rows[0]!;
  assert.equal(row.kind, 'cluster');
  if (row.kind === 'cluster') {
    assert.equal(row.indices.length, 40);
    assert.equal(row.from, Date.UTC(2025, 0, 21));
    assert.equal(row.to, Date.UTC(2025, 0, 22));
  }
});

test('zooming in opens counts into individual events', () => {
  const items = sample(400, 3);
  const clustered = (ppd: number) => layoutRows(items, scaleFor(items, ppd), R).filter((r) => r.kind === 'cluster').length;
  const shown = (ppd: number) => layoutRows(items, scaleFor(items, ppd), R).filter((r) => r.kind === 'event').length;
  assert.ok(clustered(0.2) > 0);
  assert.ok(shown(600) > shown(0.2));
});

test('a month-precision event is placed at the top of its month, not on a made-up day', () => {
  const items: LayoutItem[] = [{ type: 'other', precision: 'month', ...dateInterval('2024-03', 'month') }];
  const scale = scaleFor(items, 20);
  const [row] = layoutRows(items, scale, R);
  assert.ok(row && row.kind === 'event');
  assert.ok(Math.abs(row.y - scale.y(Date.UTC(2024, 2, 1))) < 1e-6);
  assert.ok(scale.y(items[0]!.end) - scale.y(items[0]!.start) > 30 * 20 - 1e-6, 'its span covers the month');
});

test('overlapping spans take different lanes and later spans reuse freed lanes', () => {
  const lanes = assignLanes([
    { y0: 0, y1: 100 },
    { y0: 50, y1: 150 },
    { y0: 120, y1: 200 },
  ]);
  assert.deepEqual(lanes, [0, 1, 0]);
});

test('a count links to the month of its first event on the year page, and a year-only event to the page itself', () => {
  const ctx = zhRenderContext;
  const item = (date: string, precision: Precision): TimelineItem => ({
    id: `e-${date}`,
    type: 'call',
    precision,
    date,
    title: date,
    source: 'a#p-1',
    actors: [],
    pairs: [],
    search: '',
    uncertain: false,
    ...dateInterval(date, precision),
  });
  const href = (items: TimelineItem[]) =>
    /href="([^"]+)"/.exec(
      clusterRowHtml(
        { kind: 'cluster', y: 0, indices: items.map((_, i) => i), from: items[0]!.at, to: items[items.length - 1]!.at + DAY },
        items,
        ctx,
      ),
    )![1];
  assert.equal(href([item('2018-03-04', 'day'), item('2018-03-05', 'day')]), '/years/2018/#m-2018-03');
  assert.equal(href([item('2018', 'year'), item('2018-01-20', 'day')]), '/years/2018/');
});
