import { test, expect } from '@playwright/test';

// The machines these tests run on have no Chinese font of their own, as many readers' do not:
// the site's own face must then draw every Chinese character, from slices of a few kilobytes each.
test('with no Chinese font on the system, the page loads only the slices of the site font it needs and draws its text with them', async ({
  page,
}) => {
  const fonts: number[] = [];
  page.on('response', async (r) => {
    if (r.url().includes('/fonts/cjk-')) fonts.push((await r.body()).length);
  });
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
  const faces = await page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Site Noto Sans TC'));
  expect(faces.length).toBeGreaterThan(0);
  // Every Chinese character of the page's headline is covered by a loaded face of the site font.
  const covered = await page.evaluate(async () => {
    const text = document.querySelector('h1')?.textContent ?? '';
    await document.fonts.load(`16px "Site Noto Sans TC"`, text);
    return document.fonts.check(`16px "Site Noto Sans TC"`, text);
  });
  expect(covered).toBe(true);
  // A Chinese character drawn in the page's font is as wide as the font's em, not a narrow missing-glyph box.
  const width = await page.evaluate(() => {
    const span = document.createElement('span');
    span.textContent = '國國國國國國國國國國';
    span.style.fontSize = '20px';
    document.body.append(span);
    const w = span.getBoundingClientRect().width;
    span.remove();
    return w;
  });
  expect(width).toBeGreaterThan(190);
  expect(width).toBeLessThan(210);
  // Only some slices, not the whole set.
  const total = fonts.reduce((a, b) => a + b, 0);
  expect(fonts.length).toBeGreaterThan(0);
  expect(total).toBeLessThan(600 * 1024);
});
