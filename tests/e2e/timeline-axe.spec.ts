import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openTimeline, zoomUntilEvents } from './timeline-helpers.ts';

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

test('axe finds no violations on the timeline, its open panel, article, list and year pages, in both languages', async ({ page }) => {
  test.setTimeout(120_000);
  await openTimeline(page);
  await noViolations(page, 'timeline');
  await zoomUntilEvents(page);
  await page.locator('a.tl-ev').first().click();
  await expect(page.locator('.tl-d-sources a').first()).toBeVisible();
  await noViolations(page, 'timeline with the event panel open');
  const article = (await page.locator('.tl-d-sources a').first().getAttribute('href'))!;
  const year = (await page.locator('.years-nav a').first().getAttribute('href'))!;
  for (const path of [article, year, '/articles/', '/en/articles/', article.replace(/^\//, '/en/')]) {
    await page.goto(path);
    await noViolations(page, path);
  }
  await openTimeline(page, '/en/');
  await noViolations(page, '/en/');
});

test('with reduced motion asked for, nothing on the timeline animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTimeline(page);
  const animated = await page.evaluate(
    () =>
      [...document.querySelectorAll('.tl *')].filter((el) => {
        const s = getComputedStyle(el);
        return parseFloat(s.transitionDuration) > 0 || s.animationName !== 'none';
      }).length,
  );
  expect(animated).toBe(0);
});
