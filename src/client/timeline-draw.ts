/**
 * Draws the part of the timeline in view: rows, axis ticks, break markers and date
 * spans, each layer patched by key so a zoom step moves what stays and builds only
 * what is new.
 */
import type { Row } from '../lib/timeline/layout.ts';
import {
  breakHtml,
  breakKey,
  clusterRowHtml,
  eventRowHtml,
  rowKey,
  spanBars,
  spanHtml,
  spanKey,
  tickHtml,
  tickKey,
  type RenderContext,
} from '../lib/timeline/render.ts';
import type { TimeScale } from '../lib/timeline/scale.ts';
import { axisTicks } from '../lib/timeline/ticks.ts';
import type { TimelineItem } from '../lib/timeline/timeline-data.ts';
import { patchLayer } from './timeline-rows.ts';

/** The layers of the canvas. */
export interface Layers {
  rows: HTMLElement;
  axis: HTMLElement;
  spans: HTMLElement;
}

/** Draws `rows` (those in view) and the axis and spans between y0 and y1 of the canvas. */
export function drawLayers(
  layers: Layers,
  rows: readonly Row[],
  items: readonly TimelineItem[],
  scale: TimeScale,
  ctx: RenderContext,
  y0: number,
  y1: number,
): void {
  patchLayer(
    layers.rows,
    rows.map((r) => ({
      key: rowKey(r, items),
      y: r.y,
      html: () => (r.kind === 'event' ? eventRowHtml(items[r.index]!, r.y, ctx, r.lane) : clusterRowHtml(r, items, ctx)),
    })),
  );
  const ticks = axisTicks(scale, y0, y1).map((t) => ({ key: tickKey(t), y: t.y, html: () => tickHtml(t, ctx) }));
  const breaks = scale.breaks
    .filter((b) => b.y + b.h >= y0 && b.y <= y1)
    .map((b) => ({ key: breakKey(b, ctx), y: b.y, h: b.h, html: () => breakHtml(b, ctx) }));
  patchLayer(layers.axis, [...ticks, ...breaks]);
  patchLayer(
    layers.spans,
    spanBars(rows, items, scale).map((s) => ({ key: spanKey(s), y: s.y0, h: s.y1 - s.y0, html: () => spanHtml(s) })),
  );
}
