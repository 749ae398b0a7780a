/**
 * In-page instruments for the timeline section, installed before any page script runs:
 * when the first event mark is painted; for each zoom step, the main-thread time from the
 * input to the end of the frame that shows it, leaving out the idle wait for the next
 * 60 Hz frame; and requestAnimationFrame intervals while zooming (frame pacing).
 */
import type { Page } from '@playwright/test';

/** The init script: `selector` matches a drawn event mark of the tool under test. */
export function probeScript(selector: string): string {
  return `(() => {
  const SEL = ${JSON.stringify(selector)};
  const b = (window.__bench = { drawn: null, steps: [], frames: [], waiter: null });
  const post = (fn) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = fn;
    ch.port2.postMessage(null);
  };
  // A task posted from a rAF callback runs once that frame has rendered.
  const afterFrame = (done) => requestAnimationFrame(() => post(() => done(performance.now())));
  let seen = false;
  const check = () => {
    if (seen || !document.querySelector(SEL)) return;
    seen = true;
    obs.disconnect();
    afterFrame((t) => { b.drawn = t; });
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  // Marks a zoom input. Chromium dispatches wheel events at the start of a frame, before its
  // rAF callbacks; an API call lands between frames. A task posted now runs after the page's
  // handlers and, if the frame holding the input already ran, after it rendered. Otherwise
  // the next frame shows it: its rAF timestamp is its start, so the gap is idle, not work.
  b.frameCount = 0;
  b.mark = () => {
    const t0 = performance.now();
    const c0 = b.frameCount;
    const done = (ms) => {
      b.steps.push(ms);
      if (b.waiter) { b.waiter(); b.waiter = null; }
    };
    post(() => {
      const handled = performance.now();
      if (b.frameCount > c0) return done(handled - t0);
      requestAnimationFrame((frame) => post(() => {
        const end = performance.now();
        done(frame >= handled ? handled - t0 + (end - frame) : end - t0);
      }));
    });
  };
  addEventListener('wheel', () => b.mark(), { capture: true, passive: true });
  b.next = () => new Promise((r) => { b.waiter = r; });
  let generation = 0;
  b.start = () => {
    const mine = ++generation;
    b.frames = [];
    b.steps = [];
    let last = 0;
    const loop = (t) => {
      if (mine !== generation) return;
      b.frameCount++;
      if (last) b.frames.push(t - last);
      last = t;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  b.stop = () => { generation++; return { frames: b.frames, steps: b.steps }; };
})();`;
}

/** How a tool is zoomed: wheel over an element, or its own API (TimelineJS has no wheel zoom). */
export type ZoomInput = { kind: 'wheel'; target: string; modifier?: 'Control' } | { kind: 'api'; zoomIn: string; zoomOut: string };

/** Per zoom step, input to rendered frame (ms); and every frame interval meanwhile (ms). */
export interface ZoomTimes {
  steps: number[];
  frames: number[];
}

/** Zooms in and out `steps` times, waiting for each step's frame, within `budgetMs`. */
export async function zoomTimes(page: Page, input: ZoomInput, steps: number, budgetMs: number): Promise<ZoomTimes> {
  if (input.kind === 'wheel') {
    const target = page.locator(input.target).first();
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) throw new Error(`zoom target ${input.target} has no box`);
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    const y = Math.max(0, box.y) + Math.min(box.height, viewport.height - Math.max(0, box.y)) / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    if (input.modifier) await page.keyboard.down(input.modifier);
  }
  await page.evaluate('window.__bench.start()');
  const started = Date.now();
  for (let i = 0; i < steps && Date.now() - started < budgetMs; i++) {
    const inward = Math.floor(i / 5) % 2 === 0;
    const shown = page.evaluate('window.__bench.next()');
    if (input.kind === 'wheel') await page.mouse.wheel(0, inward ? -120 : 120);
    else await page.evaluate(`window.__bench.mark(); ${inward ? input.zoomIn : input.zoomOut}`);
    await Promise.race([shown, new Promise((r) => setTimeout(r, budgetMs))]);
  }
  if (input.kind === 'wheel' && input.modifier) await page.keyboard.up(input.modifier);
  // Let animations the last step started play out.
  await page.waitForTimeout(300);
  return await page.evaluate<ZoomTimes>('window.__bench.stop()');
}

/** Frame intervals with nothing happening, to show the browser's own frame clock. */
export async function idleFrames(page: Page, ms: number): Promise<number[]> {
  await page.evaluate('window.__bench.start()');
  await page.waitForTimeout(ms);
  return (await page.evaluate<ZoomTimes>('window.__bench.stop()')).frames;
}
