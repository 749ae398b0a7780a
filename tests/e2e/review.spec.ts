import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openTimeline } from './timeline-helpers.ts';

async function noViolations(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary, label).toEqual([]);
}

interface Exported {
  id: string;
  confidence: number;
  reviewed: boolean;
}

test('the review page lists unreviewed events lowest confidence first, each with its passage and what to check', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  await page.goto('/review/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('待核事件');
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('.rv-count')).toContainText(/\d+ 件事件待核/);

  // Text content, not innerText: items far below the screen are not laid out (content-visibility) until scrolled to.
  const texts = await page.locator('.rv-conf').allTextContents();
  expect(texts.filter((t) => !/^\d{1,3}%$/.test(t))).toEqual([]);
  const percents = texts.map((t) => Number(t.replace('%', '')));
  expect(percents.length).toBeGreaterThan(1);
  expect(percents).toEqual([...percents].sort((a, b) => a - b));

  // Events an editor has reviewed are not listed.
  const shown = new Set(await page.locator('.rv-id').allTextContents());
  const { events } = (await (await request.get('/events.json')).json()) as { events: Exported[] };
  const reviewed = events.filter((e) => e.reviewed);
  expect(reviewed.length).toBeGreaterThan(0);
  for (const e of reviewed) expect(shown.has(e.id), `${e.id} is reviewed`).toBe(false);
  expect(shown.size).toBe(events.length - reviewed.length);

  const first = page.locator('.rv-item').first();
  await expect(first.locator('.tl-unv')).toHaveText('待核');
  await expect(first.locator('.rv-file')).toHaveText(/^content\/articles\/[^/]+\.md$/);
  const quote = (await first.locator('.rv-quote').innerText()).trim();
  expect(quote.length).toBeGreaterThan(4);
  await expect(first.locator('.rv-hints dt').first()).toBeVisible();
  await expect(first.locator('.rv-hints dd').first()).toContainText('reviewed: true');

  await noViolations(page, '/review/');

  const passage = first.locator('a.rv-passage');
  const href = (await passage.getAttribute('href'))!;
  expect(href).toMatch(/^\/articles\/[^/]+\/#p-[0-9a-f]+$/);
  const eventHref = (await first.locator('a.rv-event').getAttribute('href'))!;
  await passage.click();
  await expect(page).toHaveURL(href);
  const target = page.locator(':target');
  await expect(target).toHaveAttribute('id', href.split('#')[1]!);
  await expect(target).toBeInViewport();
  await expect(target).toContainText(quote.slice(0, 12));
  const bg = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');

  // The event page says the same: unverified, and why.
  await page.goto(eventHref);
  await expect(page.locator('.unverified-note')).toBeVisible();
  await expect(page.locator('.unverified-note dd').first()).toContainText('reviewed: true');
  await noViolations(page, eventHref);
});

test('on the timeline an uncertain event shows its mark and says it is unconfirmed; a confident one does not', async ({
  page,
  request,
}) => {
  const data = (await (await request.get('/timeline-data/events.json')).json()) as { e: [string, number, number, string, ...unknown[]][] };
  // Events alone on their day, so zooming to one draws it as a row, not a count.
  const perDay = new Map<string, number>();
  for (const row of data.e) perDay.set(row[3], (perDay.get(row[3]) ?? 0) + 1);
  const alone = data.e.filter((row) => row[3].length === 10 && perDay.get(row[3]) === 1);
  const unsure = alone.find((row) => row[8] === 1)![0];
  const sure = alone.find((row) => row[8] !== 1)![0];

  await openTimeline(page, `/?event=${unsure}`);
  const unsureRow = page.locator(`a.tl-ev[data-id="${unsure}"]`);
  await expect(unsureRow.locator('.tl-unv')).toHaveText('待核');
  await expect(unsureRow.locator('.tl-unv')).toBeVisible();
  await expect(unsureRow).toHaveAccessibleName(/待核\s*（機器擷取，未經核實）/);
  await expect(page.locator('.tl-detail .tl-unv')).toBeVisible();

  await openTimeline(page, `/?event=${sure}`);
  const sureRow = page.locator(`a.tl-ev[data-id="${sure}"]`);
  await expect(sureRow).toBeVisible();
  await expect(sureRow.locator('.tl-unv')).toHaveCount(0);
  await expect(sureRow).not.toHaveAccessibleName(/機器擷取/);
  await expect(page.locator('.tl-detail-body .tl-d-meta')).toBeVisible();
  await expect(page.locator('.tl-detail .tl-unv')).toHaveCount(0);
});
