/**
 * The timeline's markup as HTML strings: rows (events and counts), axis ticks,
 * break markers and date spans. The page renders them at build time and the client
 * script renders the same strings for what scrolls into view.
 *
 * Positions travel as data-y / data-h attributes, never as style attributes, which
 * the site's Content-Security-Policy blocks: the page turns them into one hashed
 * stylesheet (positionCss) and the client script sets them through the CSSOM.
 */
import type { EventType } from '../schema.ts';
import { assignLanes } from './lanes.ts';
import { eventDateLabel, rangeLabel, tickLabel, type LabelContext } from './labels.ts';
import type { Row } from './layout.ts';
import type { AxisBreak, TimeScale } from './scale.ts';
import type { Tick } from './ticks.ts';
import type { TimelineItem } from './timeline-data.ts';
import { DAY } from './interval.ts';

/** Everything the markup needs besides the rows. */
export interface RenderContext extends LabelContext {
  types: Record<EventType, string>;
  /** Template with {n} and {range}: the accessible label of a count. */
  cluster: string;
  /** Template with {n}: the number of events in a count. */
  count: string;
  /** Templates with {n}: a quiet stretch in days, and in months. */
  quiet: string;
  quietMonths: string;
  /** Path prefix of article pages ('/articles/' or '/en/articles/'). */
  articles: string;
  /** Path prefix of year pages ('/years/' or '/en/years/'). */
  years: string;
  /** The visible mark of an uncertain event (待核) and what it means, for assistive technology. */
  unverified: string;
  unverifiedLabel: string;
}

/** Escapes text for HTML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const fill = (t: string, v: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (m, k: string) => (k in v ? String(v[k]) : m));
const px = (n: number) => String(Math.round(n * 10) / 10);

/** The href of an item's first source passage. */
export function sourceHref(item: TimelineItem, ctx: RenderContext): string {
  const [slug, passage] = item.source.split('#');
  return `${ctx.articles}${slug}/#${passage}`;
}

/**
 * The mark of an event that is machine-extracted, unsure and not reviewed: a short visible
 * word and, for assistive technology, what it means. Every page that lists events uses it.
 */
export function unverifiedHtml(mark: string, label: string): string {
  return `<span class="tl-unv">${esc(mark)}</span><span class="visually-hidden">（${esc(label)}）</span>`;
}

/** One event row: a link to its source passage, with its shape, date and title (and mark when uncertain). */
export function eventRowHtml(item: TimelineItem, y: number, ctx: RenderContext, lane?: number): string {
  const label = eventDateLabel(item.at, item.precision, ctx);
  return (
    `<li class="tl-row tl-t-${item.type} tl-p-${item.precision}${item.uncertain ? ' tl-unc' : ''}${lane === undefined ? '' : ` tl-ln-${lane}`}" data-y="${px(y)}" data-key="${esc(laneKey(item.id, lane))}">` +
    `<a class="tl-ev" href="${esc(sourceHref(item, ctx))}" data-id="${esc(item.id)}">` +
    `<span class="tl-mk" aria-hidden="true"></span><time datetime="${esc(item.date)}">${esc(label)}</time> ` +
    `<span class="tl-tt">${esc(item.title)}</span>${item.uncertain ? unverifiedHtml(ctx.unverified, ctx.unverifiedLabel) : ''}` +
    `<span class="visually-hidden">（${esc(ctx.types[item.type])}）</span></a></li>`
  );
}

/**
 * A row holding a count of events; without script it leads to the year page, at the month
 * of its first event (a year-only event has no month heading there: the page's top).
 */
export function clusterRowHtml(row: Extract<Row, { kind: 'cluster' }>, items: readonly TimelineItem[], ctx: RenderContext): string {
  const counts = new Map<EventType, number>();
  for (const i of row.indices) counts.set(items[i]!.type, (counts.get(items[i]!.type) ?? 0) + 1);
  const first = items[row.indices[0]!]!;
  const year = new Date(first.at).getUTCFullYear();
  const month = first.date.length >= 7 ? `#m-${first.date.slice(0, 7)}` : '';
  const range = rangeLabel(row.from, row.to, ctx);
  const n = row.indices.length;
  const marks = [...counts].map(([t, c]) => `<span class="tl-ct tl-t-${t}"><span class="tl-mk"></span>${c}</span>`).join('');
  return (
    `<li class="tl-row tl-cluster${row.lane === undefined ? '' : ` tl-ln-${row.lane}`}" data-y="${px(row.y)}" data-key="${laneKey(`c${row.from}-${row.to}-${n}`, row.lane)}">` +
    `<a class="tl-cl" href="${ctx.years}${year}/${month}" data-from="${row.from}" data-to="${row.to}" aria-label="${esc(fill(ctx.cluster, { n, range }))}">` +
    `<strong class="tl-n">${esc(fill(ctx.count, { n }))}</strong> <span class="tl-rg">${esc(range)}</span>` +
    `<span class="tl-cts" aria-hidden="true">${marks}</span></a></li>`
  );
}

/** What tells one row's markup from another's: the event's id, or the count's days and size (and the lane). */
export function rowKey(row: Row, items: readonly TimelineItem[]): string {
  return laneKey(row.kind === 'event' ? items[row.index]!.id : `c${row.from}-${row.to}-${row.indices.length}`, row.lane);
}

const laneKey = (key: string, lane: number | undefined) => (lane === undefined ? key : `${lane}:${key}`);

/** The rows whose band [y, y + rowH) meets [y0, y1]. */
export function rowsInView(rows: readonly Row[], y0: number, y1: number, rowH: number): Row[] {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.y + rowH < y0) lo = mid + 1;
    else hi = mid;
  }
  const out: Row[] = [];
  for (let i = lo; i < rows.length && rows[i]!.y <= y1; i++) out.push(rows[i]!);
  return out;
}

/** Markup of rows (events and counts). */
export function rowsHtml(rows: readonly Row[], items: readonly TimelineItem[], ctx: RenderContext): string {
  return rows.map((r) => (r.kind === 'event' ? eventRowHtml(items[r.index]!, r.y, ctx) : clusterRowHtml(r, items, ctx))).join('');
}

/** Markup of one axis tick. */
export function tickHtml(t: Tick, ctx: LabelContext): string {
  return `<div class="tl-tick${t.withYear ? ' tl-major' : ''}" data-y="${px(t.y)}" data-key="${tickKey(t)}"><span>${esc(tickLabel(t, ctx))}</span></div>`;
}

/** What tells one tick's markup from another's. */
export function tickKey(t: Tick): string {
  return `${t.t}${t.unit[0]}${t.withYear ? 'y' : ''}`;
}

/** Markup of axis ticks. */
export function ticksHtml(ticks: readonly Tick[], ctx: LabelContext): string {
  return ticks.map((t) => tickHtml(t, ctx)).join('');
}

const quietText = (b: AxisBreak, ctx: RenderContext) => {
  const days = Math.round((b.to - b.from) / DAY);
  return days > 60 ? fill(ctx.quietMonths, { n: Math.round(days / 30.4) }) : fill(ctx.quiet, { n: days });
};

/** What tells one break marker's markup from another's (its middle stays put across zooms). */
export function breakKey(b: AxisBreak, ctx: RenderContext): string {
  return `b${(b.from + b.to) / 2}-${quietText(b, ctx)}`;
}

/** Markup of one break marker, saying how long the quiet stretch is. */
export function breakHtml(b: AxisBreak, ctx: RenderContext): string {
  return `<div class="tl-break" data-y="${px(b.y)}" data-h="${px(b.h)}" data-key="${esc(breakKey(b, ctx))}"><span>${esc(quietText(b, ctx))}</span></div>`;
}

/** Markup of break markers. */
export function breaksHtml(breaks: readonly AxisBreak[], ctx: RenderContext): string {
  return breaks.map((b) => breakHtml(b, ctx)).join('');
}

/** A bar over the time a month-, year- or approximate-precision event covers, in its lane. */
export interface SpanBar {
  item: TimelineItem;
  y0: number;
  y1: number;
  lane: number;
}

/** The spans of the month-, year- and approximate-precision events shown as rows. */
export function spanBars(rows: readonly Row[], items: readonly TimelineItem[], scale: TimeScale): SpanBar[] {
  const spans = rows.flatMap((r) => {
    if (r.kind !== 'event') return [];
    const item = items[r.index]!;
    if (item.precision === 'day') return [];
    return [{ item, y0: scale.y(item.start), y1: Math.max(scale.y(item.end), scale.y(item.start) + 4), lane: 0 }];
  });
  const lanes = assignLanes(spans);
  spans.forEach((s, i) => (s.lane = lanes[i]! % 4));
  return spans;
}

/** What tells one span's markup from another's. */
export function spanKey(s: SpanBar): string {
  return `${s.item.id}.${s.lane}`;
}

/** Markup of one span. */
export function spanHtml(s: SpanBar): string {
  return `<div class="tl-span tl-t-${s.item.type} tl-p-${s.item.precision} tl-lane-${s.lane}" data-y="${px(s.y0)}" data-h="${px(s.y1 - s.y0)}" data-key="${esc(spanKey(s))}"></div>`;
}

/** Markup of the spans of month-, year- and approximate-precision events shown as rows. */
export function spansHtml(rows: readonly Row[], items: readonly TimelineItem[], scale: TimeScale): string {
  return spanBars(rows, items, scale).map(spanHtml).join('');
}

/** A stylesheet placing the children of `container` that carry data-y / data-h, from their markup. */
export function positionCss(container: string, html: string): string {
  const rules: string[] = [];
  let n = 0;
  for (const m of html.matchAll(/<(?:li|div)\b[^>]*?\bdata-y="([\d.-]+)"(?:[^>]*?\bdata-h="([\d.-]+)")?/g)) {
    n++;
    rules.push(`${container}>:nth-child(${n}){top:${m[1]}px${m[2] ? `;height:${m[2]}px` : ''}}`);
  }
  return rules.join('');
}
