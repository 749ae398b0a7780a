/**
 * The overview strip: the whole range of the timeline, one segment per year from the
 * first event's to the last's. Drawn at build time as links to the year pages (a year
 * without events is plain text), so it works without script; the client script marks
 * the range in view on it and lets a drag on it move the view.
 *
 * A year's width follows how many of its months have events, so quiet years stay
 * narrow as they do on the axis; within a year, time runs linearly.
 */
import { esc } from './render.ts';

/** One year of the strip: its time [from, to) in ms UTC, its events and its share of the width. */
export interface OverviewYear {
  year: number;
  from: number;
  to: number;
  count: number;
  grow: number;
}

/** The years from the first item's to the last's (items sorted by time). */
export function overviewYears(items: readonly { at: number }[]): OverviewYear[] {
  if (!items.length) return [];
  const first = new Date(items[0]!.at).getUTCFullYear();
  const last = new Date(items[items.length - 1]!.at).getUTCFullYear();
  const years: OverviewYear[] = [];
  const months: Set<number>[] = [];
  for (let y = first; y <= last; y++) {
    years.push({ year: y, from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1), count: 0, grow: 1 });
    months.push(new Set());
  }
  for (const i of items) {
    const d = new Date(i.at);
    const k = d.getUTCFullYear() - first;
    years[k]!.count++;
    months[k]!.add(d.getUTCMonth());
  }
  years.forEach((y, k) => (y.grow = 1 + months[k]!.size));
  return years;
}

/** The strip's markup: a link per year with events (to `yearsPath` + year), a label per year without. */
export function overviewHtml(years: readonly OverviewYear[], yearsPath: string, label: string): string {
  const cells = years.map((y) => {
    const attrs = `data-from="${y.from}" data-to="${y.to}" data-grow="${y.grow}"`;
    // A phone shows the last two digits; the century stays in the text read out.
    const text = `<span class="tl-ov-cy">${String(y.year).slice(0, -2)}</span>${String(y.year).slice(-2)}`;
    return y.count ? `<a href="${esc(`${yearsPath}${y.year}/`)}" ${attrs}>${text}</a>` : `<span ${attrs}>${text}</span>`;
  });
  return `<nav class="tl-ov" aria-label="${esc(label)}">${cells.join('')}<span class="tl-ov-mark" aria-hidden="true" hidden></span></nav>`;
}

/** The stylesheet giving each year its width (the site's CSP allows no style attributes; the script sets data-grow itself). */
export function overviewCss(years: readonly OverviewYear[]): string {
  return years.map((y, i) => (y.grow === 1 ? '' : `.tl-ov>:nth-child(${i + 1}){flex-grow:${y.grow}}`)).join('');
}

/** One segment as laid out: its time [from, to) and its left edge and width in px. */
export interface OverviewCell {
  from: number;
  to: number;
  x: number;
  w: number;
}

/** The x of instant `t` on the strip, clamped to its ends. */
export function overviewX(cells: readonly OverviewCell[], t: number): number {
  if (!cells.length) return 0;
  const c = cells.find((c) => t < c.to) ?? cells[cells.length - 1]!;
  const f = Math.min(1, Math.max(0, (t - c.from) / (c.to - c.from)));
  return c.x + f * c.w;
}

/** The instant at `x` on the strip, clamped to its ends. */
export function overviewTime(cells: readonly OverviewCell[], x: number): number {
  if (!cells.length) return 0;
  const c = cells.find((c) => x < c.x + c.w) ?? cells[cells.length - 1]!;
  const f = Math.min(1, Math.max(0, (x - c.x) / c.w));
  return c.from + f * (c.to - c.from);
}
