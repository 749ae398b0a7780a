/**
 * Shared steps of the timeline specs: open the timeline and wait for its script.
 */
import { expect, type Page } from '@playwright/test';

/** Opens a timeline page and waits until its script has taken over. */
export async function openTimeline(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('event-timeline[data-state=ready]')).toBeAttached({ timeout: 15_000 });
}

/** The height of the drawn timeline, in CSS pixels. */
export function canvasHeight(page: Page): Promise<number> {
  return page.locator('.tl-canvas').evaluate((el) => el.getBoundingClientRect().height);
}

/** Zooms in with the button until at least one event row is drawn (not only counts). */
export async function zoomUntilEvents(page: Page): Promise<void> {
  for (let i = 0; i < 12 && (await page.locator('a.tl-ev').count()) === 0; i++) {
    await page.getByRole('button', { name: /放大|Zoom in/ }).click();
  }
  await expect(page.locator('a.tl-ev').first()).toBeAttached();
}
