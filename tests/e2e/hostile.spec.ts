import { test, expect } from '@playwright/test';
import { htmlFiles } from '../helpers/dist.ts';

// The hostile build holds article text full of markup, script and template syntax.
const pages = htmlFiles(process.env.HOSTILE_DIST ?? 'dist-hostile').map((f) => '/' + f.replace(/index\.html$/, ''));

test('the hostile build has pages to visit', () => {
  expect(pages.length).toBeGreaterThan(3);
});

test('no script from article text runs on any page, under the Content-Security-Policy', async ({ page }) => {
  const dialogs: string[] = [];
  const violations: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('console', (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`);
  });
  for (const path of pages) {
    await page.goto(path);
    // Clicking through links in the article text must not run anything either.
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    expect(pwned, `script ran on ${path}`).toBeUndefined();
    const scriptLinks = await page.locator('a[href^="javascript:" i], a[href^="data:" i], iframe, [onerror], [onload]').count();
    expect(scriptLinks, `live markup from article text on ${path}`).toBe(0);
  }
  expect(dialogs).toEqual([]);
  expect(violations.filter((v) => !/wasm/i.test(v))).toEqual([]);
});

test('article text shows the markup as text', async ({ page }) => {
  const article = pages.find((p) => p.startsWith('/articles/') && p !== '/articles/');
  expect(article).toBeTruthy();
  await page.goto(article!);
  await expect(page.getByText('<script>', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('onerror', { exact: false }).first()).toBeVisible();
});
