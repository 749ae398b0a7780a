import { test, expect, type Page } from '@playwright/test';
import { openTimeline, zoomUntilEvents } from './timeline-helpers.ts';

const DAY = 86_400_000;

/** Waits until the page has drawn two more frames. */
const frames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
const zoom = async (page: Page) => Number(await page.locator('event-timeline').getAttribute('data-ppd'));
const pageY = (page: Page) => page.evaluate(() => window.scrollY);

/** Each axis tick in the document: its instant (ms UTC) and its top on screen. */
function ticks(page: Page): Promise<{ t: number; y: number }[]> {
  return page
    .locator('.tl-tick')
    .evaluateAll((els) => els.map((e) => ({ t: parseInt((e as HTMLElement).dataset.key!, 10), y: e.getBoundingClientRect().top })));
}

/** The selected row (aria-current): its id, its top and bottom on screen, and the bottom of the sticky controls. */
function selected(page: Page): Promise<{ id: string; top: number; bottom: number; bar: number; at: string } | null> {
  return page.evaluate(() => {
    const a = document.querySelector<HTMLElement>('.tl-rows a.tl-ev[aria-current]');
    if (!a) return null;
    const r = a.getBoundingClientRect();
    const bar = document.querySelector('.tl-controls')!.getBoundingClientRect().bottom;
    return { id: a.dataset.id!, top: r.top, bottom: r.bottom, bar, at: a.querySelector('time')!.getAttribute('datetime')! };
  });
}

test('a mouse drag on the timeline moves the view with the pointer, and opens nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '放大' }).click();
  await page.evaluate(() => scrollTo({ top: 1200, behavior: 'instant' }));
  await frames(page);
  const y0 = await pageY(page);
  const before = await ticks(page);
  const k = await zoom(page);
  // Grab the timeline (on a row if one is there) and pull it up by 300 px.
  const row = page.locator('.tl-rows a.tl-ev, .tl-rows a.tl-cl').filter({ visible: true }).first();
  const box = (await row.count()) && (await row.boundingBox());
  const x = box ? box.x + 40 : 640;
  const y = box && box.y > 300 && box.y < 700 ? box.y + 10 : 600;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x, y - 30 * i);
  await page.mouse.up();
  await frames(page);
  expect(await pageY(page)).toBeCloseTo(y0 + 300, -1);
  // The axis moved with the pointer: a tick seen before is 300 px higher now.
  const after = await ticks(page);
  const same = before.filter((t) => t.y > 0 && t.y < 800).find((t) => after.some((u) => u.t === t.t))!;
  expect(after.filter((u) => u.t === same.t).map((u) => Math.round(u.y - same.y))).toContain(-300);
  expect(await zoom(page)).toBe(k);
  // The drag opened neither the panel nor the row's link.
  await expect(page.locator('.tl-detail')).toBeHidden();
  expect(new URL(page.url()).pathname).toBe('/');
  expect(page.url()).not.toContain('event=');
  expect(await page.evaluate(() => getSelection()!.toString())).toBe('');
});

test('text in the event panel can still be selected with the mouse', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page);
  await zoomUntilEvents(page);
  await page.locator('a.tl-ev').first().click();
  const title = page.locator('.tl-detail h2');
  await expect(title).not.toBeEmpty();
  const box = (await title.boundingBox())!;
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  expect((await page.evaluate(() => getSelection()!.toString())).length).toBeGreaterThan(0);
});

test('a finger drag on a phone scrolls through time natively and does not zoom', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    hasTouch: true,
    isMobile: true,
    locale: 'zh-HK',
    timezoneId: 'America/Los_Angeles',
  });
  const page = await context.newPage();
  await openTimeline(page);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '放大' }).click();
  const y0 = await pageY(page);
  const k = await zoom(page);
  const box = (await page.locator('.tl-canvas').boundingBox())!;
  const y = Math.max(box.y + 10, 450);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 200, y }] });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 200, y: y - 25 * i }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await frames(page);
  expect(await pageY(page)).toBeGreaterThan(y0 + 150);
  await expect(page.locator('.tl-detail')).toBeHidden();
  expect(await zoom(page)).toBe(k);
  await context.close();
});

test('a plain wheel scrolls the page, a sideways swipe moves through time, and neither zooms', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '放大' }).click();
  const box = (await page.locator('.tl-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, Math.max(box.y + 20, 500));
  const k = await zoom(page);
  let y0 = await pageY(page);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => pageY(page)).toBeGreaterThan(y0 + 150);
  y0 = await pageY(page);
  // A trackpad swipe to the left (fingers moving left): later in time, like a swipe up.
  await page.mouse.wheel(240, 0);
  await expect.poll(() => pageY(page)).toBeCloseTo(y0 + 240, -1);
  y0 = await pageY(page);
  await page.mouse.wheel(-120, 0);
  await expect.poll(() => pageY(page)).toBeCloseTo(y0 - 120, -1);
  expect(await zoom(page)).toBe(k);
  expect(await page.evaluate(() => scrollX)).toBe(0);
});

test('next and previous walk the events in time order, each selected, in view and in the address', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page);
  await zoomUntilEvents(page);
  await page.locator('a.tl-ev').first().click();
  await expect(page.locator('.tl-detail')).toBeVisible();
  const first = (await selected(page))!;
  const seen = [first];
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: '下一件' }).click();
    await expect.poll(async () => (await selected(page))?.id).not.toBe(seen[seen.length - 1]!.id);
    const now = (await selected(page))!;
    expect(now.at >= seen[seen.length - 1]!.at, `${now.at} after ${seen[seen.length - 1]!.at}`).toBeTruthy();
    // In view below the controls, and the panel and the address name it.
    expect(now.top).toBeGreaterThanOrEqual(now.bar - 1);
    expect(now.bottom).toBeLessThanOrEqual(800);
    await expect(page).toHaveURL(new RegExp(`event=${now.id}`));
    await expect(page.locator('.tl-detail h2')).toHaveText((await page.locator(`a.tl-ev[data-id="${now.id}"] .tl-tt`).textContent())!);
    seen.push(now);
  }
  expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
  // Back with the keys, from the panel: k (and ←) step to the previous event.
  await page.keyboard.press('k');
  await expect.poll(async () => (await selected(page))?.id).toBe(seen[3]!.id);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await selected(page))?.id).toBe(seen[2]!.id);
  await page.keyboard.press('j');
  await expect.poll(async () => (await selected(page))?.id).toBe(seen[3]!.id);
  await expect(page).toHaveURL(new RegExp(`event=${seen[3]!.id}`));
  // Stepping in the open panel makes no history entries: one Back closes it.
  await page.goBack();
  await expect(page.locator('.tl-detail')).toBeHidden();
});

test('j from the timeline selects the first event in view, and a step into a count zooms in to show the event', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page);
  await page.getByRole('button', { name: '顯示全部' }).click();
  // Focus is on the button just pressed, inside the timeline.
  await page.keyboard.press('j');
  await expect(page.locator('.tl-detail')).toBeVisible();
  const now = (await selected(page))!;
  expect(now.top).toBeGreaterThanOrEqual(now.bar - 1);
  expect(now.bottom).toBeLessThanOrEqual(800);
  await expect(page).toHaveURL(new RegExp(`event=${now.id}`));
});

/** The strip's mark and years as laid out: the instant under each edge of the mark, read from the year cells. */
function markedRange(page: Page): Promise<{ from: number; to: number; x0: number; x1: number; attr: [string, string] }> {
  return page.evaluate(() => {
    const mark = document.querySelector<HTMLElement>('.tl-ov-mark')!;
    const m = mark.getBoundingClientRect();
    const cells = [...document.querySelectorAll<HTMLElement>('.tl-ov [data-from]')];
    const at = (x: number) => {
      const c = cells.find((c) => x < c.getBoundingClientRect().right) ?? cells[cells.length - 1]!;
      const r = c.getBoundingClientRect();
      const f = Math.min(1, Math.max(0, (x - r.left) / r.width));
      return Number(c.dataset.from) + f * (Number(c.dataset.to) - Number(c.dataset.from));
    };
    return { from: at(m.left), to: at(m.right), x0: m.left, x1: m.right, attr: [mark.dataset.from!, mark.dataset.to!] };
  });
}

test('the overview strip marks the days the axis shows, follows the view, and a drag on it moves the view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page);
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: '放大' }).click();
  const strip = page.locator('.tl-controls .tl-ov');
  await expect(strip).toBeVisible();
  const check = async () => {
    await frames(page);
    const mark = await markedRange(page);
    const bar = await page.evaluate(() => document.querySelector('.tl-controls')!.getBoundingClientRect().bottom);
    const shown = (await ticks(page)).filter((t) => t.y >= bar && t.y <= 800);
    expect(shown.length).toBeGreaterThan(0);
    // Every tick in view lies in the marked range (a pixel of the strip is worth some days).
    const slack = (mark.to - mark.from) / Math.max(1, mark.x1 - mark.x0) + DAY;
    for (const t of shown) {
      expect(t.t).toBeGreaterThanOrEqual(mark.from - slack);
      expect(t.t).toBeLessThanOrEqual(mark.to + slack);
    }
    return mark;
  };
  const start = await check();
  // The address names the days the mark covers.
  const named = () => ['from', 'to'].map((k) => new URL(page.url()).searchParams.get(k));
  await expect.poll(named).toEqual(start.attr);
  await page.evaluate(() => scrollBy({ top: 2500, behavior: 'instant' }));
  const later = await check();
  expect(later.x0).toBeGreaterThan(start.x0);

  // Drag along the strip to the middle of a year: the view follows the pointer there.
  const years = strip.locator('a');
  const target = years.nth((await years.count()) - 2);
  const year = Number(await target.textContent());
  const from = (await years.first().boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + 5, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  const moved = await check();
  const pointed = Date.UTC(year, 6, 1);
  const nearest = Math.min(...[moved.from, moved.to].map((t) => Math.abs(t - pointed)));
  expect(
    moved.from <= pointed + 31 * DAY && moved.to >= pointed - 31 * DAY,
    `${new Date(moved.from).toISOString()}–${new Date(moved.to).toISOString()} around mid-${year} (${nearest / DAY} days off)`,
  ).toBeTruthy();
  expect(new URL(page.url()).pathname).toBe('/');

  // With the keyboard: a year of the strip takes the view to that year.
  const firstYear = Number(await years.first().textContent());
  await years.first().focus();
  await page.keyboard.press('Enter');
  const back = await check();
  expect(new Date(back.from).getUTCFullYear()).toBe(firstYear);
  expect(new URL(page.url()).pathname).toBe('/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the overview strip is a row of links to the year pages, above the timeline', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto('/');
    const strip = page.locator('nav.tl-ov');
    await expect(strip).toBeVisible();
    const box = (await strip.boundingBox())!;
    const canvas = (await page.locator('.tl-canvas').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + 1);
    const links = strip.locator('a');
    const years = await links.allTextContents();
    expect(years.length).toBeGreaterThan(1);
    // Each year on one line inside the strip, in order, none wider than the screen allows.
    const boxes = await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => [r.left, r.right] as const));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1] - 1);
    expect(boxes[boxes.length - 1]![1]).toBeLessThanOrEqual(375);
    await expect(page.locator('.tl-ov-mark')).toBeHidden();
    // The years link to the year pages, which list the year's events.
    const year = years[years.length - 1]!;
    await links.last().click();
    await expect(page).toHaveURL(new RegExp(`/years/${year}/$`));
    await expect(page.locator('.event-list time[datetime]').first()).toHaveAttribute('datetime', new RegExp(`^${year}`));
  });

  test('on a phone the legend starts open, and the key help (which needs script) is not shown', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto('/');
    await expect(page.locator('.tl-legend')).toHaveAttribute('open', '');
    await expect(page.locator('.tl-legend li').first()).toBeVisible();
    await expect(page.locator('.tl-keys')).toBeHidden();
  });
});

test('on a phone, next keeps the chosen event above the panel that covers the bottom of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openTimeline(page);
  await zoomUntilEvents(page);
  await page.locator('a.tl-ev').first().click();
  const panel = page.locator('.tl-detail');
  await expect(panel).toBeVisible();
  let last = (await selected(page))!.id;
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: '下一件' }).click();
    await expect.poll(async () => (await selected(page))?.id).not.toBe(last);
    const now = (await selected(page))!;
    const sheet = (await panel.boundingBox())!;
    expect(now.top).toBeGreaterThanOrEqual(now.bar - 1);
    expect(now.bottom).toBeLessThanOrEqual(sheet.y + 1);
    last = now.id;
  }
});

test('lanes by actor put the events side by side, each under the heading of an actor it names, and the address keeps them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page);
  await zoomUntilEvents(page);
  const data = await page.evaluate(
    async () =>
      (await fetch('/timeline-data/events.json')).json() as Promise<{
        actors: [string, string][];
        e: [string, number, number, string, string, string, number[]][];
      }>,
  );
  const actorsOf = new Map(data.e.map((e) => [e[0], e[6].map((i) => data.actors[i]![1])]));
  await page.locator('select[name=lanes]').selectOption('actor');
  await expect(page).toHaveURL(/lanes=actor/);
  const heads = page.locator('.tl-lane-heads li');
  await expect(heads.first()).toBeVisible();
  const check = async () => {
    await frames(page);
    const columns = await heads.evaluateAll((els) =>
      els.map((e) => ({ text: e.textContent, left: e.getBoundingClientRect().left, right: e.getBoundingClientRect().right })),
    );
    expect(columns.length).toBeGreaterThan(1);
    const rows = await page.locator('.tl-rows > li').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return {
          id: e.querySelector<HTMLElement>('a.tl-ev')?.dataset.id ?? null,
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
        };
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    const lane = rows.map((r) => columns.findIndex((c) => r.left >= c.left - 2 && r.right <= c.right + 2));
    // Every row lies under exactly one heading, and an event under an actor's heading names that actor.
    rows.forEach((r, i) => {
      expect(lane[i], JSON.stringify(r)).toBeGreaterThanOrEqual(0);
      const head = columns[lane[i]!]!.text;
      if (r.id && head !== '其他') expect(actorsOf.get(r.id), `${r.id} under ${head}`).toContain(head);
    });
    // No two rows of one lane overlap.
    for (let i = 0; i < rows.length; i++)
      for (let j = i + 1; j < rows.length; j++)
        if (lane[i] === lane[j])
          expect(rows[i]!.bottom <= rows[j]!.top + 0.5 || rows[j]!.bottom <= rows[i]!.top + 0.5, `rows ${i} and ${j}`).toBeTruthy();
    return columns;
  };
  const columns = await check();
  await page.evaluate(() => scrollBy({ top: 1500, behavior: 'instant' }));
  await check();
  await page.reload();
  await expect(page.locator('event-timeline[data-state=ready]')).toBeAttached();
  await expect(page.locator('select[name=lanes]')).toHaveValue('actor');
  expect(await heads.allTextContents()).toEqual(columns.map((c) => c.text));
  // Back to one column: rows take the whole width again.
  await page.locator('select[name=lanes]').selectOption('');
  await expect(page.locator('.tl-lane-heads')).toBeHidden();
  const width = await page
    .locator('.tl-rows > li')
    .first()
    .evaluate((e) => e.getBoundingClientRect().width);
  expect(width).toBeGreaterThan((columns[0]!.right - columns[0]!.left) * 1.5);
  expect(page.url()).not.toContain('lanes=');
});
