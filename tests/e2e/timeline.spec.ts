import { test, expect } from '@playwright/test';
import { canvasHeight, openTimeline, zoomUntilEvents } from './timeline-helpers.ts';

test('the zoom buttons and Ctrl + wheel zoom in and out of the timeline', async ({ page }) => {
  await openTimeline(page);
  const zoom = async () => Number(await page.locator('event-timeline').getAttribute('data-ppd'));
  const start = await zoom();
  await page.getByRole('button', { name: '放大' }).click();
  expect(await zoom()).toBeCloseTo(start * 2, 5);
  await page.getByRole('button', { name: '縮小' }).click();
  expect(await zoom()).toBeCloseTo(start, 5);
  // Zooming in spreads the events out: the drawing is taller.
  const height = await canvasHeight(page);
  await page.getByRole('button', { name: '放大' }).click();
  expect(await canvasHeight(page)).toBeGreaterThan(height);
  await page.getByRole('button', { name: '縮小' }).click();

  const box = (await page.locator('.tl-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 100, 600));
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect.poll(zoom).toBeGreaterThan(start * 1.2);
});

test('scrolling down moves forward in time and draws the rows that come into view', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await openTimeline(page);
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: '放大' }).click();
  const firstDate = async () =>
    page.locator('.tl-row time').evaluateAll((els) => {
      const shown = els.filter((e) => {
        const r = e.getBoundingClientRect();
        return r.bottom > 80 && r.top < innerHeight;
      });
      return shown[0]?.getAttribute('datetime') ?? '';
    });
  const before = await firstDate();
  const height = await canvasHeight(page);
  expect(height).toBeGreaterThan(2000);
  await page.mouse.wheel(0, height / 2);
  await expect.poll(firstDate).not.toBe(before);
  expect((await firstDate()) > before || before === '').toBeTruthy();
  // Only what is near the view is in the document.
  const drawn = await page.locator('.tl-rows > li').count();
  expect(drawn).toBeLessThan(3 * Math.ceil(2100 / 32) + 10);
});

test('fit all brings the whole timeline into one screen, and latest reaches its last event', async ({ page }) => {
  await openTimeline(page);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '放大' }).click();
  await page.getByRole('button', { name: '顯示全部' }).click();
  const viewport = page.viewportSize()!;
  expect(await canvasHeight(page)).toBeLessThanOrEqual(viewport.height + 40);
  await page.getByRole('button', { name: '跳到最新' }).click();
  const last = page.locator('.tl-rows > li').last();
  await expect(last).toBeInViewport();
});

test('a count of dense events opens into single events when clicked', async ({ page }) => {
  await openTimeline(page);
  for (let i = 0; i < 10 && (await page.locator('a.tl-cl').count()) === 0; i++) await page.getByRole('button', { name: '縮小' }).click();
  const cluster = page.locator('a.tl-cl').first();
  await expect(cluster).toBeAttached();
  const n = Number((await cluster.locator('.tl-n').innerText()).match(/\d+/)![0]);
  await cluster.click();
  await expect.poll(() => page.locator('a.tl-ev').count()).toBeGreaterThan(0);
  expect(n).toBeGreaterThan(1);
});

test('rows never overlap, and a month-precision date is drawn as a span, not a day', async ({ page }) => {
  await openTimeline(page);
  await zoomUntilEvents(page);
  const boxes = await page
    .locator('.tl-rows > li')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.top, r.bottom]));
  boxes.sort((a, b) => a[0]! - b[0]!);
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]!).toBeGreaterThanOrEqual(boxes[i - 1]![1]! - 0.5);
  for (const time of await page.locator('.tl-p-month time').all()) expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}$/);
});

test('a type filter lives in the URL and survives a reload', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('checkbox', { name: '會晤' }).check();
  await expect(page).toHaveURL(/type=meeting/);
  const onlyMeetings = async () => {
    const classes = await page.locator('.tl-rows > li:not(.tl-cluster)').evaluateAll((els: Element[]) => els.map((e) => e.className));
    return classes.length > 0 && classes.every((c) => c.includes('tl-t-meeting'));
  };
  await expect.poll(onlyMeetings).toBeTruthy();
  await page.reload();
  await expect(page.locator('event-timeline[data-state=ready]')).toBeAttached();
  await expect(page.getByRole('checkbox', { name: '會晤' })).toBeChecked();
  await expect.poll(onlyMeetings).toBeTruthy();
});

test('the text filter keeps only events that mention the words, and the URL reopens it', async ({ page }) => {
  await openTimeline(page);
  await zoomUntilEvents(page);
  const title = await page.locator('a.tl-ev .tl-tt').first().innerText();
  const word = title.slice(0, 2);
  await page.getByRole('searchbox').fill(word);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`));
  await page.reload();
  await expect(page.locator('event-timeline[data-state=ready]')).toBeAttached();
  await expect(page.getByRole('searchbox')).toHaveValue(word);
  await zoomUntilEvents(page);
  for (const t of await page.locator('a.tl-ev .tl-tt').allInnerTexts()) expect(t).toContain(word);
});
