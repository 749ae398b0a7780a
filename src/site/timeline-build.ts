/**
 * Build-time glue for the timeline pages: the client data, the label and render
 * contexts for a language, and the zoom the page is first drawn at.
 */
import type { SiteEvent } from '../lib/archive/collect.ts';
import { monthNames } from '../lib/i18n/format-date.ts';
import { localePath, strings, typeNames, type Lang } from '../lib/i18n/strings.ts';
import { decodeTimelineData, encodeTimelineData, type EncodedTimelineData, type TimelineData } from '../lib/timeline/timeline-data.ts';
import { breaksHtml, positionCss, rowsHtml, spansHtml, ticksHtml, type RenderContext } from '../lib/timeline/render.ts';
import { axisTicks } from '../lib/timeline/ticks.ts';
import { activeRuns, buildTimeScale, defaultScaleOptions, fitPxPerDay, type TimeScale } from '../lib/timeline/scale.ts';
import { layoutRows, type Row } from '../lib/timeline/layout.ts';
import { overviewCss, overviewHtml, overviewYears } from '../lib/timeline/overview.ts';

/** Row height in CSS pixels (a comfortable touch target). */
export const ROW_H = 32;
/** Zoom limits in pixels per day: a year of at least a row, a day of most of a screen. */
export const MIN_PPD = 0.1;
export const MAX_PPD = 640;
/** The build-time drawing holds at most this many rows (every one is in the page and its stylesheet). */
const MAX_STATIC_ROWS = 300;

/** A country's name in the interface language (codes Intl does not know stay codes). */
export function countryName(code: string, lang: Lang): string {
  if (!/^[A-Z]{2}$/.test(code) || code === 'EU' || code === 'UN') return code;
  try {
    return new Intl.DisplayNames([lang === 'en' ? 'en' : 'zh-Hant'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const encodedCache = new Map<Lang, EncodedTimelineData>();

/** The client data of a language (cached per build). */
export function timelineJson(events: readonly SiteEvent[], lang: Lang): EncodedTimelineData {
  let data = encodedCache.get(lang);
  if (!data) {
    data = encodeTimelineData(events, { english: lang === 'en', country: (c) => countryName(c, lang) });
    encodedCache.set(lang, data);
  }
  return data;
}

/** The render context (labels, link prefixes) of a language. */
export function renderContext(lang: Lang): RenderContext {
  const t = strings(lang);
  const base = import.meta.env.BASE_URL;
  return {
    lang,
    months: monthNames(lang),
    types: typeNames[lang],
    cluster: t.clusterLabel,
    count: t.eventsCount,
    quiet: t.quiet,
    quietMonths: t.quietMonths,
    articles: localePath(lang, '/articles/', base),
    years: localePath(lang, '/years/', base),
    unverified: t.unverified,
    unverifiedLabel: t.unverifiedLabel,
  };
}

/** The timeline as first drawn: data, scale and rows at the zoom that fills the first screen with events. */
export interface StaticTimeline {
  data: TimelineData;
  scale: TimeScale;
  rows: Row[];
}

/** The height of the timeline a first screen shows below the page's heading and controls (a phone's is about this). */
const FIRST_SCREEN = 260;

/**
 * Lays out the timeline for the static page, at the zoom that shows the most events on
 * the first screen (a closer zoom when two show as many, so more counts are open), within
 * the rows the build-time drawing may hold.
 */
export function staticTimeline(events: readonly SiteEvent[], lang: Lang): StaticTimeline {
  const data = decodeTimelineData(timelineJson(events, lang));
  const runs = activeRuns(data.items);
  const scaleAt = (pxPerDay: number) => buildTimeScale(runs, { ...defaultScaleOptions, pxPerDay });
  const firstEvents = (scale: TimeScale, height: number) =>
    layoutRows(data.items, scale, ROW_H, { from: scale.invert(0), to: scale.invert(height) }).filter(
      (r) => r.kind === 'event' && r.y + ROW_H <= height,
    ).length;
  let best = { ppd: fitPxPerDay(runs, 800, MIN_PPD, MAX_PPD), score: -1 };
  for (let ppd = MIN_PPD; ppd <= MAX_PPD * 1.0001; ppd *= 2 ** 0.25) {
    const scale = scaleAt(ppd);
    if (layoutRows(data.items, scale, ROW_H).length > MAX_STATIC_ROWS) break;
    // The phone's first screen first, then a desktop's.
    const score = firstEvents(scale, FIRST_SCREEN) * 1000 + firstEvents(scale, 2 * FIRST_SCREEN);
    if (score >= best.score) best = { ppd, score };
  }
  const scale = scaleAt(best.ppd);
  return { data, scale, rows: layoutRows(data.items, scale, ROW_H) };
}

/** The timeline's build-time markup and the stylesheet that positions it. */
export interface StaticMarkup extends StaticTimeline {
  height: number;
  axis: string;
  spans: string;
  rows: Row[];
  rowsHtml: string;
  /** The overview strip: a link per year. */
  overview: string;
  /** Positions of everything drawn: the site's CSP allows no style attributes. */
  css: string;
}

/** Draws the timeline for the static page. */
export function staticMarkup(events: readonly SiteEvent[], lang: Lang): StaticMarkup {
  const tl = staticTimeline(events, lang);
  const ctx = renderContext(lang);
  const height = Math.ceil(Math.max(tl.scale.height, (tl.rows[tl.rows.length - 1]?.y ?? 0) + ROW_H));
  const axis = ticksHtml(axisTicks(tl.scale, 0, height), ctx) + breaksHtml(tl.scale.breaks, ctx);
  const spans = spansHtml(tl.rows, tl.data.items, tl.scale);
  const rowsMarkup = rowsHtml(tl.rows, tl.data.items, ctx);
  const years = overviewYears(tl.data.items);
  const overview = overviewHtml(years, ctx.years, strings(lang).overview);
  const css =
    `.tl .tl-canvas{height:${height}px}` +
    positionCss('.tl-axis', axis) +
    positionCss('.tl-spans', spans) +
    positionCss('.tl-rows', rowsMarkup) +
    overviewCss(years);
  return { ...tl, height, axis, spans, rowsHtml: rowsMarkup, overview, css };
}
