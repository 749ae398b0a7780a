import { test, expect, type Page } from '@playwright/test';
import { canvasHeight, openTimeline } from './timeline-helpers.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [375, 1280]) {
    for (const path of ['/', '/en/']) {
      test(`the timeline and the content after it do not overlap (${path} at ${width} px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        const { drawn, canvas, next } = await page.evaluate(() => {
          const timeline = document.querySelector('event-timeline')!;
          const bottoms = [...timeline.querySelectorAll('.tl-rows > li, .tl-axis > *, .tl-spans > *')].map(
            (el) => el.getBoundingClientRect().bottom + scrollY,
          );
          return {
            drawn: Math.max(...bottoms),
            canvas: timeline.querySelector('.tl-canvas')!.getBoundingClientRect().bottom + scrollY,
            next: document.querySelector('event-timeline ~ section')!.getBoundingClientRect().top + scrollY,
          };
        });
        // Every row, tick and span is inside the timeline's box, and what follows starts below it.
        expect(drawn).toBeLessThanOrEqual(canvas + 0.5);
        expect(next).toBeGreaterThanOrEqual(canvas);
        // What a reader sees at the heading after the timeline is not part of the timeline.
        const heading = page.locator('#years-heading');
        await heading.scrollIntoViewIfNeeded();
        const hit = await heading.evaluate((h) => {
          const r = h.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + 4, r.top + r.height / 2);
          return hit !== null && hit.closest('event-timeline') === null;
        });
        expect(hit).toBeTruthy();
      });
    }
  }
});

/**
 * Rows in view that leave their band: a day's row must lie between the axis line at or
 * before its date and the next line after it, and never beside a break marker.
 */
function rowsOutsideTheirDay(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ticks = [...document.querySelectorAll<HTMLElement>('.tl-axis .tl-tick')]
      .map((el) => ({ t: parseFloat(el.dataset.key!), y: el.getBoundingClientRect().top }))
      .sort((a, b) => a.t - b.t);
    const breaks = [...document.querySelectorAll('.tl-axis .tl-break')].map((el) => el.getBoundingClientRect());
    const bad: string[] = [];
    for (const row of document.querySelectorAll<HTMLElement>('.tl-rows > li')) {
      const r = row.getBoundingClientRect();
      if (r.bottom < 0 || r.top > innerHeight) continue;
      const count = row.querySelector<HTMLElement>('a.tl-cl');
      const time = row.querySelector('time');
      if (!count && !row.matches('.tl-p-day, .tl-p-approximate')) continue;
      const first = count ? Number(count.dataset.from) : Date.parse(time!.getAttribute('datetime')!);
      const last = count ? Number(count.dataset.to) - 86_400_000 : first;
      const label = `${new Date(first).toISOString().slice(0, 10)} (${row.dataset.key})`;
      const before = ticks.filter((t) => t.t <= first).pop();
      const after = ticks.find((t) => t.t > last);
      if (before && r.top < before.y - 0.5) bad.push(`${label} starts above the line of its day`);
      if (after && r.bottom > after.y + 0.5) bad.push(`${label} runs below the next day's line`);
      for (const b of breaks) if (r.bottom > b.top + 0.5 && r.top < b.bottom - 0.5) bad.push(`${label} is beside a break marker`);
    }
    return bad;
  });
}

/** Waits until a scroll has been drawn. */
async function drawn(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test('every row stays inside its day, at every zoom and all along the timeline', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page);
  const zoomIn = page.getByRole('button', { name: '放大' });
  const zoomOut = page.getByRole('button', { name: '縮小' });
  const steps = [null, zoomIn, zoomIn, zoomIn, zoomIn, zoomOut, zoomOut, zoomOut, zoomOut, zoomOut, zoomOut];
  let checked = 0;
  for (const step of steps) {
    if (step) await step.click();
    const ppd = await page.locator('event-timeline').getAttribute('data-ppd');
    const height = await canvasHeight(page);
    const top = await page.locator('.tl-canvas').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    for (const at of [0, 0.2, 0.45, 0.7, 0.95]) {
      await page.evaluate((y) => scrollTo({ top: y, behavior: 'instant' }), top + at * height - 200);
      await drawn(page);
      expect(await rowsOutsideTheirDay(page), `at ${ppd} px a day, ${at * 100}% down`).toEqual([]);
      checked += await page.locator('.tl-rows > li').count();
    }
  }
  expect(checked).toBeGreaterThan(100);
});

for (const [width, height] of [
  [375, 667],
  [1280, 800],
] as const) {
  for (const path of ['/', '/en/']) {
    test(`the first screen shows events (${path} at ${width}×${height})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openTimeline(page, path);
      const shown = await page.locator('a.tl-ev').evaluateAll(
        (links) =>
          links.filter((a) => {
            const r = a.getBoundingClientRect();
            return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
          }).length,
      );
      expect(shown).toBeGreaterThanOrEqual(3);
    });
  }
}
