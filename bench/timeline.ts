/**
 * Timeline section: the site's home timeline beside vis-timeline and TimelineJS, showing
 * the same events, in one headless Chromium, at each event count.
 */
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { generatedContent, eventsOf } from './content.ts';
import { writeProjectBenchConfig } from './bench-config.ts';
import { measureProcess } from './measure-process.ts';
import { startServer } from './static-server.ts';
import { measurePage, type TimelineTool, type PageFigures } from './timeline-page.ts';
import { report, percentiles, formatBytes } from './report.ts';
import { describeTime } from './trace-summary.ts';

const JS_TARGET = 30 * 1024;
const FIRST_RENDER_TARGET = 1000;
const FRAME_TARGET = 16;
const WAIT_FOR_MARKS = 30_000;

/** The site's timeline: its event rows, zoomed with Ctrl + wheel over the canvas. */
const SITE: TimelineTool = {
  name: 'site',
  path: '/',
  drawn: '.tl-row',
  zoom: { kind: 'wheel', target: '.tl-canvas', modifier: 'Control' },
};
const PEERS: TimelineTool[] = [
  { name: 'vis-timeline', path: '/__bench/peers/vis-timeline.html', drawn: '.vis-item', zoom: { kind: 'wheel', target: '.vis-center' } },
  {
    name: 'TimelineJS',
    path: '/__bench/peers/timelinejs.html',
    drawn: '.tl-timemarker',
    zoom: { kind: 'api', zoomIn: 'window.timeline.zoomIn()', zoomOut: 'window.timeline.zoomOut()' },
  },
];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('no Chromium found: set CHROMIUM_PATH');
  return found;
}

/** Articles to spread `events` over: about five events an article, 20 to 5,000 articles. */
export function articlesFor(events: number): number {
  return Math.max(20, Math.min(5000, Math.ceil(events / 5)));
}

async function buildSite(root: string, work: string, contentDir: string, events: number): Promise<string> {
  const out = path.join(work, `site-e${events}`);
  const cache = path.join(work, `cache-site-e${events}`);
  rmSync(out, { recursive: true, force: true });
  const config = writeProjectBenchConfig(path.join(work, `astro.site-e${events}.config.mjs`), root, cache, out, true);
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const env = { ...process.env, ARTICLES_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const cost = await measureProcess(process.execPath, [astro, 'build', '--config', path.relative(root, config)], { cwd: root, env });
  if (cost.code !== 0) throw new Error(`site build for ${events} events failed:\n${cost.output.slice(-2000)}`);
  if (!/\bComplete!/.test(cost.output))
    throw new Error(`site build for ${events} events exited without finishing:\n${cost.output.slice(-1000)}`);
  console.log(`  (site built in ${cost.seconds.toFixed(1)} s)`);
  return out;
}

const ms = (x: number | null) => (x === null ? `> ${WAIT_FOR_MARKS / 1000} s (no marks drawn)` : `${Math.round(x)} ms`);
const fcp = (x: number | null) => (x === null ? 'not reported' : `${Math.round(x)} ms`);

function reportTool(name: string, n: number, f: PageFigures, site: boolean): void {
  const { median, p95 } = percentiles(f.steps);
  const label = `${name}, ${n} events`;
  report({
    section: 'timeline',
    what: `${label}: JS / CSS gzip`,
    value: `${formatBytes(f.jsGzip)} / ${formatBytes(f.cssGzip)} (all fetched incl. HTML and data: ${formatBytes(f.allGzip)})`,
    ...(site ? { target: '≤ 30 KB JS', met: f.jsGzip <= JS_TARGET } : {}),
  });
  const big = site && n >= 25_000;
  const renderTarget = big ? { target: '≤ 1000 ms', met: f.drawnMs !== null && f.drawnMs <= FIRST_RENDER_TARGET } : {};
  report({
    section: 'timeline',
    what: `${label}: first render, events painted (FCP ${fcp(f.fcpMs)})`,
    value: ms(f.drawnMs),
    ...renderTarget,
  });
  const frameTarget = big ? { target: `median ≤ ${FRAME_TARGET} ms`, met: median <= FRAME_TARGET } : {};
  const stepValue = f.steps.length ? `median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${f.steps.length} steps)` : 'not measured';
  report({
    section: 'timeline',
    what: `${label}: zoom step, main-thread work from input to frame rendered`,
    value: stepValue,
    ...frameTarget,
  });
  if (f.frames.length) {
    // At 60 Hz an interval past 1.5 frames means at least one frame was missed.
    const missed = f.frames.filter((x) => x > 25);
    const pace = percentiles(f.frames);
    report({
      section: 'timeline',
      what: `${label}: frame pacing while zooming (rAF intervals at 60 Hz, incl. animations)`,
      value: `median ${pace.median.toFixed(1)} ms, p95 ${pace.p95.toFixed(1)} ms, ${missed.length} of ${f.frames.length} late (> 25 ms), longest ${Math.max(...f.frames).toFixed(0)} ms`,
    });
  }
  if (f.zoomWork)
    report({ section: 'timeline', what: `${label}: where zoom time goes (main thread, traced pass)`, value: describeTime(f.zoomWork) });
  if (f.blocked.length) console.log(`    (blocked ${f.blocked.length} network requests, e.g. ${f.blocked[0]})`);
}

function ahead(site: PageFigures, peers: PageFigures[]): { render: boolean; zoom: boolean } {
  const s = percentiles(site.steps);
  const render = site.drawnMs !== null && peers.every((p) => p.drawnMs === null || site.drawnMs! < p.drawnMs);
  const zoom =
    site.steps.length > 0 &&
    peers.every((p) => {
      if (!p.steps.length) return true;
      const q = percentiles(p.steps);
      return s.median < q.median && s.p95 <= q.p95;
    });
  return { render, zoom };
}

/** Runs the timeline section at the given event counts. */
export async function benchTimeline(root: string, work: string, sizes: readonly number[]): Promise<void> {
  const mounts: Record<string, string> = { peers: path.join(root, 'bench/peers'), lib: path.join(root, 'bench/node_modules'), data: '' };
  const server = await startServer(mounts);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const n of sizes) {
      console.log(`\n[timeline] ${n} events`);
      const contentDir = generatedContent(root, work, articlesFor(n), n);
      const events = eventsOf(contentDir);
      const dataDir = path.join(work, `data-e${n}`);
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(path.join(dataDir, 'events.json'), JSON.stringify(events));
      mounts.data = dataDir;
      console.log(`  (${events.length} dated events in ${articlesFor(n)} articles)`);
      server.setSite(await buildSite(root, work, contentDir, n));
      const site = await measurePage(browser, server.origin, SITE, WAIT_FOR_MARKS, true);
      reportTool('site', n, site, true);
      const peers: PageFigures[] = [];
      for (const tool of PEERS) {
        const f = await measurePage(browser, server.origin, tool, WAIT_FOR_MARKS);
        peers.push(f);
        reportTool(tool.name, n, f, false);
      }
      const idle = percentiles([site, ...peers].flatMap((f) => f.idle));
      report({
        section: 'timeline',
        what: `${n} events: browser frame interval with nothing happening`,
        value: `median ${idle.median.toFixed(1)} ms`,
      });
      const a = ahead(site, peers);
      report({
        section: 'timeline',
        what: `${n} events: site first render ahead of both peers`,
        value: a.render ? 'yes' : 'no',
        target: 'ahead',
        met: a.render,
      });
      report({
        section: 'timeline',
        what: `${n} events: site zoom frames ahead of both peers (lower median, p95 no higher)`,
        value: a.zoom ? 'yes' : 'no',
        target: 'ahead',
        met: a.zoom,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
