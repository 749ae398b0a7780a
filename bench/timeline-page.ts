/**
 * Measures one timeline page in headless Chromium: JS and CSS bytes (gzip), time until the
 * first event mark is painted, first contentful paint, and frame intervals while zooming.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { probeScript, zoomTimes, idleFrames, type ZoomInput } from './browser-probe.ts';
import { mainThreadTime } from './trace-summary.ts';

/** A timeline under test: where its page is and how to see and zoom it. */
export interface TimelineTool {
  name: string;
  path: string;
  /** Matches a drawn event mark. */
  drawn: string;
  zoom: ZoomInput;
}

/** What one page load and zoom cost. */
export interface PageFigures {
  jsGzip: number;
  cssGzip: number;
  /** Everything the page fetched until zooming ends (HTML, code, data, fonts), gzip. */
  allGzip: number;
  /** ms from navigation start until the first event mark was painted; null when it timed out. */
  drawnMs: number | null;
  fcpMs: number | null;
  /** Per zoom step: input to rendered frame, ms. */
  steps: number[];
  /** Every frame interval while zooming, ms. */
  frames: number[];
  idle: number[];
  blocked: string[];
  /** With `trace`: main-thread ms by kind of work over a second, traced zoom pass. */
  zoomWork?: Record<string, number>;
}

const gz = (text: string | Buffer) => gzipSync(text).length;

function inlineCode(html: string): { js: string; css: string } {
  let js = '';
  let css = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1]!;
    // JSON data islands are data, not code.
    if (/\bsrc=/.test(attrs) || /type=["']?application\/(ld\+)?json/.test(attrs)) continue;
    js += m[2];
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css += m[1];
  return { js, css };
}

async function addBodies(figures: PageFigures, bodies: Promise<{ type: string; size: number }>[]): Promise<void> {
  const settled = await Promise.race([Promise.all(bodies), new Promise<never[]>((r) => setTimeout(() => r([]), 5_000))]);
  for (const b of settled) {
    figures.allGzip += b.size;
    if (b.type === 'script') figures.jsGzip += b.size;
    if (b.type === 'stylesheet') figures.cssGzip += b.size;
  }
}

/** Loads `tool` from `origin` and measures it; `timeoutMs` bounds the wait for the first mark. */
export async function measurePage(
  browser: Browser,
  origin: string,
  tool: TimelineTool,
  timeoutMs: number,
  trace = false,
): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-HK', timezoneId: 'America/Los_Angeles' });
  const page = await context.newPage();
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await page.addInitScript(probeScript(tool.drawn));
  const bodies: Promise<{ type: string; size: number }>[] = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    bodies.push(
      res.body().then(
        (b) => ({ type, size: gz(b) }),
        () => ({ type, size: 0 }),
      ),
    );
  });
  const figures: PageFigures = { jsGzip: 0, cssGzip: 0, allGzip: 0, drawnMs: null, fcpMs: null, steps: [], frames: [], idle: [], blocked };
  try {
    const response = await page.goto(origin + tool.path, { waitUntil: 'commit' });
    const html = response ? await response.text() : '';
    const inline = inlineCode(html);
    const inlineJs = inline.js.trim() ? gz(inline.js) : 0;
    const inlineCss = inline.css.trim() ? gz(inline.css) : 0;
    const finish = async () => {
      await addBodies(figures, bodies);
      figures.jsGzip += inlineJs;
      figures.cssGzip += inlineCss;
    };
    try {
      await page.waitForFunction(() => (window as unknown as { __bench: { drawn: number | null } }).__bench.drawn !== null, null, {
        timeout: timeoutMs,
        polling: 50,
      });
      figures.drawnMs = await page.evaluate(() => (window as unknown as { __bench: { drawn: number } }).__bench.drawn);
    } catch {
      await finish();
      return figures;
    }
    await page.waitForLoadState('load');
    figures.fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    figures.idle = await idleFrames(page, 500);
    const zoom = await zoomTimes(page, tool.zoom, 40, 20_000);
    figures.steps = zoom.steps;
    figures.frames = zoom.frames;
    // Everything fetched up to here, code loaded late included.
    await finish();
    if (trace) {
      // A separate pass: tracing slows the page, so it never touches the figures above.
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await zoomTimes(page, tool.zoom, 20, 20_000);
      figures.zoomWork = mainThreadTime((await browser.stopTracing()).toString());
    }
    return figures;
  } finally {
    await Promise.race([context.close(), new Promise((r) => setTimeout(r, 10_000))]);
  }
}
