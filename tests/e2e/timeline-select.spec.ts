import { test, expect } from '@playwright/test';
import { openTimeline, zoomUntilEvents } from './timeline-helpers.ts';

test('clicking an event shows its details and sources, and a source opens the highlighted passage', async ({ page }) => {
  await openTimeline(page);
  await zoomUntilEvents(page);
  const row = page.locator('a.tl-ev').first();
  const title = await row.locator('.tl-tt').innerText();
  await row.click();
  const panel = page.locator('.tl-detail');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(page).toHaveURL(/event=/);
  const source = panel.locator('.tl-d-sources a').first();
  await expect(source).toBeVisible();
  const quote = await panel.locator('.tl-d-sources blockquote').first().innerText();
  const href = (await source.getAttribute('href'))!;
  expect(href).toMatch(/\/articles\/[^/]+\/#p-/);
  await source.click();
  await expect(page).toHaveURL(href);
  const target = page.locator(':target');
  await expect(target).toHaveAttribute('id', href.split('#')[1]!);
  await expect(target).toBeInViewport();
  await expect(target).toContainText(quote.slice(0, 12));
  // Highlighted: the passage's background differs from an untargeted one.
  const bg = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});

test('the event link beside a passage returns to the timeline focused on that event', async ({ page }) => {
  await page.goto('/articles/');
  const articleLinks = await page
    .locator('.article-list a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  let found = false;
  for (const href of articleLinks.slice(0, 20)) {
    await page.goto(href);
    if (await page.locator('.passage-events a').count()) {
      found = true;
      break;
    }
  }
  expect(found, 'an article with events').toBeTruthy();
  const back = page.locator('.passage-events a').first();
  const id = (await back.getAttribute('data-event'))!;
  const name = await back.innerText();
  await back.click();
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
  await expect(page.locator('event-timeline[data-state=ready]')).toBeAttached();
  await expect(page.locator('.tl-detail h2')).toHaveText(name);
  const row = page.locator(`a.tl-ev[data-id="${id}"]`);
  if (await row.count()) {
    await expect(row).toHaveAttribute('aria-current', '');
    await expect(row).toBeInViewport();
  }
});

test('keyboard alone zooms, opens an event, closes it and returns to the row', async ({ page }) => {
  await openTimeline(page);
  const zoomIn = page.getByRole('button', { name: '放大' });
  await zoomIn.focus();
  await page.keyboard.press('Enter');
  await zoomUntilEvents(page);
  // Tab forward from the controls until an event row has focus.
  await zoomIn.focus();
  let onRow = false;
  for (let i = 0; i < 40 && !onRow; i++) {
    await page.keyboard.press('Tab');
    onRow = await page.evaluate(() => document.activeElement?.matches('a.tl-ev') ?? false);
  }
  expect(onRow).toBeTruthy();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
  await page.keyboard.press('Enter');
  await expect(page.locator('.tl-detail')).toBeVisible();
  await expect(page.locator('.tl-detail h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.tl-detail')).toBeHidden();
  await expect(page.locator(`a.tl-ev[data-id="${id}"]`)).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline still shows events, each a working link to its source passage', async ({ page }) => {
    await page.goto('/');
    const rows = page.locator('.tl-rows > li');
    expect(await rows.count()).toBeGreaterThan(0);
    const hrefs = await page.locator('.tl-rows a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    for (const h of hrefs) expect(h).toMatch(/^\/(articles\/[^/]+\/#p-[a-z0-9]+|years\/\d{4}\/(#m-\d{4}-\d{2})?)$/);
    // Rows are positioned by the page's own stylesheet: they do not pile up at the top.
    const tops = await rows.evaluateAll((els) => els.slice(0, 5).map((e) => e.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(tops.length);
    // Every year page is linked and lists its events with <time datetime>.
    const year = (await page.locator('.years-nav a').first().getAttribute('href'))!;
    const ev = page.locator('a.tl-ev').first();
    if (await ev.count()) {
      const href = (await ev.getAttribute('href'))!;
      await ev.click();
      await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
    }
    await page.goto(year);
    await expect(page.locator('.event-list time[datetime]').first()).toBeAttached();
  });
});

test('on a 375-pixel phone no page scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openTimeline(page);
  const article = (await page.locator('a.tl-ev').first().getAttribute('href')) ?? '/articles/';
  const year = (await page.locator('.years-nav a').first().getAttribute('href'))!;
  for (const path of ['/', '/en/', article, year, '/articles/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the English interface speaks English, with English event titles where they exist', async ({ page }) => {
  await openTimeline(page, '/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline of diplomatic events');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await zoomUntilEvents(page);
  const href = (await page.locator('a.tl-ev').first().getAttribute('href'))!;
  expect(href).toMatch(/^\/en\/articles\//);
  await page.getByRole('link', { name: 'Switch to Chinese' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
});
