/**
 * The timeline's canvas on the page: the scale at the current zoom, the rows laid out
 * around the view, and the drawing of what is in view. A zoom step reads layout once,
 * before any write, and lays out only the calendar bins near the view.
 */
import { layoutRows, type Row } from '../lib/timeline/layout.ts';
import { rowsInView, type RenderContext } from '../lib/timeline/render.ts';
import { activeRuns, buildTimeScale, defaultScaleOptions, type TimeScale } from '../lib/timeline/scale.ts';
import type { TimelineItem } from '../lib/timeline/timeline-data.ts';
import { DAY } from '../lib/timeline/interval.ts';
import { drawLayers, type Layers } from './timeline-draw.ts';
import type { LaneGroups } from '../lib/timeline/lane-groups.ts';
import type { TimeWindow } from '../lib/timeline/layout.ts';

/** What the canvas is drawn with, and whom it tells about zoom changes and drawing. */
export interface CanvasOptions {
  el: HTMLElement;
  layers: Layers;
  ctx: RenderContext;
  rowH: number;
  ppd: number;
  /** Called with the new zoom each time it changes. */
  onZoom(ppd: number): void;
  /** Called after new rows were drawn. */
  onDrawn(): void;
}

/** The scale, rows and drawing of the events shown, at one zoom. */
export class TimelineCanvas {
  readonly el: HTMLElement;
  private readonly o: CanvasOptions;
  items: TimelineItem[] = [];
  runs: { start: number; end: number }[] = [];
  scale!: TimeScale;
  ppd: number;
  /** Rows laid out at the current scale for canvas y0..y1, reused while scrolling. */
  private laid: { y0: number; y1: number; rows: Row[] } | null = null;
  /** What was last drawn, so the scroll event after a zoom's own scroll draws nothing twice. */
  private drawn = '';
  private zoomedAt = -Infinity;
  /** With lanes: each lane's items and their indices in `items`. */
  private lanes: { items: TimelineItem[]; index: number[] }[] | null = null;

  constructor(options: CanvasOptions) {
    this.o = options;
    this.el = options.el;
    this.ppd = options.ppd;
  }

  /** Shows `items` (sorted by time) from now on, at the current zoom, in `lanes` when given. */
  setItems(items: TimelineItem[], lanes: LaneGroups | null = null): void {
    this.items = items;
    this.lanes = null;
    if (lanes && lanes.keys.length > 1) {
      const split = lanes.keys.map(() => ({ items: [] as TimelineItem[], index: [] as number[] }));
      items.forEach((item, i) => {
        split[lanes.of[i]!]!.items.push(item);
        split[lanes.of[i]!]!.index.push(i);
      });
      this.lanes = split;
    }
    this.runs = activeRuns(items);
    this.drawn = '';
    this.layout(this.ppd);
  }

  private layout(ppd: number): void {
    this.ppd = ppd;
    this.o.onZoom(ppd);
    this.scale = buildTimeScale(this.runs, { ...defaultScaleOptions, pxPerDay: ppd });
    this.laid = null;
    // No row reaches more than a row past the scale's end, so the height needs no layout.
    this.el.style.height = `${Math.ceil(this.scale.height + this.o.rowH)}px`;
  }

  /** The rows at the current scale between canvas y0 and y1, laid out for two screens more either way. */
  private rowsFor(y0: number, y1: number): Row[] {
    const l = this.laid;
    if (l && y0 >= l.y0 && y1 <= l.y1) return l.rows;
    const a = y0 - 2 * innerHeight;
    const b = y1 + 2 * innerHeight;
    const rows = this.lay({ from: this.scale.invert(a), to: this.scale.invert(b) });
    this.laid = { y0: a, y1: b, rows };
    return rows;
  }

  /** The rows at the current scale in the calendar bins around instant `t`. */
  rowsAround(t: number): Row[] {
    return this.lay({ from: t, to: t });
  }

  /** The rows in the bins of `win`: one layout, or one per lane with the lane's rows side by side. */
  private lay(win: TimeWindow): Row[] {
    if (!this.runs.length) return [];
    if (!this.lanes) return layoutRows(this.items, this.scale, this.o.rowH, win);
    const rows: Row[] = [];
    this.lanes.forEach(({ items, index }, lane) => {
      for (const r of layoutRows(items, this.scale, this.o.rowH, win)) {
        rows.push(r.kind === 'event' ? { ...r, index: index[r.index]!, lane } : { ...r, indices: r.indices.map((i) => index[i]!), lane });
      }
    });
    return rows.sort((a, b) => a.y - b.y);
  }

  /** The instant at a viewport y, or null when there is nothing on the axis. */
  instantAt(clientY: number): number | null {
    if (!this.runs.length) return null;
    return this.scale.invert(clientY - this.el.getBoundingClientRect().top);
  }

  /** Scrolls the page so that canvas y sits at viewport y `clientY`, or as near as it can without passing the timeline's end. */
  scrollToY(y: number, clientY: number): void {
    const start = this.el.getBoundingClientRect().top + scrollY;
    const last = start + this.scale.height + this.o.rowH - innerHeight;
    const top = y + start - clientY;
    scrollTo({ top: last > start ? Math.min(top, last) : top, behavior: 'instant' });
  }

  /**
   * The instant a zoom keeps in place for one at `t`: `t` itself on a day with events,
   * otherwise the middle of the nearest such day, so no zoom can open onto empty time.
   */
  anchor(t: number): number {
    const runs = this.runs;
    let i = 0;
    for (let hi = runs.length; i < hi;) {
      const mid = (i + hi) >> 1;
      if (runs[mid]!.end <= t) i = mid + 1;
      else hi = mid;
    }
    const next = runs[i];
    if (next && next.start <= t) return t;
    const prev = runs[i - 1];
    const after = next && next.start + DAY / 2;
    const before = prev && prev.end - DAY / 2;
    if (before === undefined) return after!;
    if (after === undefined) return before;
    const y = this.scale.y(t);
    return this.scale.y(after) - y < y - this.scale.y(before) ? after : before;
  }

  /**
   * Zooms to `k` pixels per day around the events nearest viewport y `clientY`: they stay
   * where they are on screen, and the view never runs past the end of the timeline, so
   * it cannot land below it. `barH` is the height of the sticky controls.
   */
  zoomTo(k: number, clientY: number, barH = 0): void {
    const top = this.el.getBoundingClientRect().top;
    const y = scrollY;
    const t = this.runs.length ? this.anchor(this.scale.invert(clientY - top)) : null;
    const at = t === null ? clientY : top + this.scale.y(t);
    this.layout(k);
    this.zoomedAt = performance.now();
    if (!this.el.classList.contains('tl-zooming')) this.el.classList.add('tl-zooming');
    const start = y + top;
    const height = this.scale.height + this.o.rowH;
    // The view ends at the timeline's end at most; a timeline shorter than the view stays under the pointer.
    let last = start + height - innerHeight;
    if (last < start - barH) last = start + height - clientY - this.o.rowH;
    const next = Math.max(0, Math.round(Math.min(t === null ? y : y + top + this.scale.y(t) - at, last)));
    // Drawn where the scroll puts them, so the scroll's own layout is the step's only one.
    this.render(top + y - next);
    scrollTo({ top: next, behavior: 'instant' });
  }

  /** Ends a zoom gesture: the pointer reaches rows again and the view gets its full margin. */
  settle(): void {
    this.el.classList.remove('tl-zooming');
    this.render();
  }

  /**
   * Draws what is in view given the canvas's top in the viewport: a screen of margin
   * either side, an eighth while a zoom gesture runs, so a step builds little.
   */
  render(top = this.el.getBoundingClientRect().top): void {
    const margin = performance.now() - this.zoomedAt < 250 ? innerHeight / 8 : innerHeight;
    const y0 = Math.round(-top - margin);
    const y1 = Math.round(-top + innerHeight + margin);
    const key = `${this.ppd} ${y0} ${y1}`;
    if (key === this.drawn) return;
    this.drawn = key;
    const rows = rowsInView(this.rowsFor(y0, y1), y0, y1, this.o.rowH);
    drawLayers(this.o.layers, rows, this.items, this.scale, this.o.ctx, y0, y1);
    this.o.onDrawn();
  }
}
