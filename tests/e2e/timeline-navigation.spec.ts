import { test, expect, type Page } from '@playwright/test';
import { openTimeline, zoomUntilEvents } from './timeline-helpers.ts';

/** The rows fully in view below the sticky controls: event ids, and the days each count covers. */
function inView(page: Page): Promise<{ events: string[]; counts: [number, number][] }> {
  return page.evaluate(() => {
    const bar = document.querySelector('.tl-controls')!.getBoundingClientRect().bottom;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= bar - 1 && r.bottom <= innerHeight + 1;
    };
    return {
      events: [...document.querySelectorAll<HTMLElement>('.tl-rows a.tl-ev')].filter(shown).map((a) => a.dataset.id!),
      counts: [...document.querySelectorAll<HTMLElement>('.tl-rows a.tl-cl')]
        .filter(shown)
        .map((a) => [Number(a.dataset.from), Number(a.dataset.to)] as [number, number]),
    };
  });
}

async function ctrlWheel(page: Page, deltaY: number): Promise<void> {
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, deltaY);
  await page.keyboard.up('Control');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test('Ctrl + wheel out and back in keeps events in view, and leaves an address that reopens them', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const viewport = { width: 1280, height: 800 };
  await page.setViewportSize(viewport);
  await openTimeline(page);
  const zoom = async () => Number(await page.locator('event-timeline').getAttribute('data-ppd'));
  // Near the end of the timeline, the pointer low on the screen: where zooming lost the timeline.
  await page.getByRole('button', { name: '跳到最新' }).click();
  await page.mouse.move(viewport.width / 2, viewport.height - 150);
  const start = await zoom();
  for (let i = 0; i < 5; i++) {
    await ctrlWheel(page, 100);
    const shown = await inView(page);
    expect(shown.events.length + shown.counts.length, `zooming out, step ${i + 1}`).toBeGreaterThan(0);
  }
  expect(await zoom()).toBeLessThan(start / 8);
  for (let i = 0; i < 5; i++) {
    await ctrlWheel(page, -100);
    const shown = await inView(page);
    expect(shown.events.length + shown.counts.length, `zooming back in, step ${i + 1}`).toBeGreaterThan(0);
  }
  expect(await zoom()).toBeGreaterThan(start);
  // The address settles on the days in view (those the overview marks, drawn every frame), and those days hold events.
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const mark = page.locator('.tl-ov-mark');
  await expect
    .poll(() => ['from', 'to'].map((k) => new URL(page.url()).searchParams.get(k)).join(' '))
    .toBe(`${await mark.getAttribute('data-from')} ${await mark.getAttribute('data-to')}`);
  const before = await inView(page);
  expect(before.events.length).toBeGreaterThan(0);
  const url = page.url();
  const params = new URL(url).searchParams;
  expect(params.get('from')! <= params.get('to')!).toBeTruthy();

  const other = await browser.newPage({ viewport, timezoneId: 'America/Los_Angeles', locale: 'zh-HK' });
  await openTimeline(other, url.replace(/^https?:\/\/[^/]+/, ''));
  const after = await inView(other);
  for (const id of before.events) {
    const day = await page.locator(`a.tl-ev[data-id="${id}"] time`).getAttribute('datetime');
    const counted = after.counts.some(([from, to]) => Date.parse(day!) >= from && Date.parse(day!) < to);
    expect(after.events.includes(id) || counted, `event ${id} of ${day} reopens in view`).toBeTruthy();
  }
  await other.close();
});

test('Back closes an open event panel first, and a second Back leaves the timeline', async ({ page }) => {
  await page.goto('/articles/');
  await openTimeline(page);
  await zoomUntilEvents(page);
  const panel = page.locator('.tl-detail');
  await page.locator('a.tl-ev').first().click();
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/event=/);
  await page.goBack();
  await expect(panel).toBeHidden();
  expect(new URL(page.url()).pathname).toBe('/');
  expect(page.url()).not.toContain('event=');
  await page.goBack();
  await expect(page).toHaveURL(/\/articles\/$/);

  // Closed with its button, the panel leaves no entry behind: Back leaves at once.
  await openTimeline(page);
  await zoomUntilEvents(page);
  await page.locator('a.tl-ev').first().click();
  await expect(panel).toBeVisible();
  await page.getByRole('button', { name: '關閉' }).click();
  await expect(panel).toBeHidden();
  await page.goBack();
  await expect(page).toHaveURL(/\/articles\/$/);
});
