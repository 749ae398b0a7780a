import { test, expect } from '@playwright/test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [375, 1280]) {
    for (const path of ['/', '/en/']) {
      test(`the timeline and the content after it do not overlap (${path} at ${width} px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        const { drawn, canvas, next } = await page.evaluate(() => {
          const timeline = document.querySelector('event-timeline')!;
          const bottoms = [...timeline.querySelectorAll('.tl-rows > li, .tl-axis > *, .tl-spans > *')].map((el) => el.getBoundingClientRect().bottom + scrollY);
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
