import { test, expect } from '@playwright/test';

for (const { lang, missing, heading, timeline, search, query, home, searchPath } of [
  {
    lang: 'zh-Hant',
    missing: '/articles/no-such-article/',
    heading: '找不到頁面',
    timeline: '回到時間線',
    search: '搜尋事件和文章',
    query: '普京',
    home: '/',
    searchPath: '/search/',
  },
  {
    lang: 'en',
    missing: '/en/events/no-such-event/',
    heading: 'Page not found',
    timeline: 'Back to the timeline',
    search: 'Search events and articles',
    query: 'Putin',
    home: '/en/',
    searchPath: '/en/search/',
  },
]) {
  test(`a missing page (${missing}) answers 404 with, in ${lang} and in view, a link to the timeline and a search that works without script`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(missing);
    expect(response!.status()).toBe(404);
    const part = page.getByRole('region', { name: heading });
    await expect(part).toHaveAttribute('lang', lang);
    await expect(part).toBeInViewport();
    await expect(part.getByRole('link', { name: timeline })).toHaveAttribute('href', home);

    await part.getByRole('searchbox', { name: search }).fill(query);
    await part.getByRole('searchbox', { name: search }).press('Enter');
    await expect(page).toHaveURL(`${searchPath}?q=${encodeURIComponent(query)}`);
    await context.close();

    // With script, the search page it opened shows results for the query.
    const live = await browser.newPage();
    await live.goto(`${searchPath}?q=${encodeURIComponent(query)}`);
    await expect(live.locator('site-search[data-state=done]')).toBeAttached({ timeout: 15_000 });
    await expect(live.getByRole('searchbox')).toHaveValue(query);
    await expect(live.locator('.search-result').first()).toBeVisible();
    await live.close();
  });
}

test('the link back to the timeline from the 404 page opens the timeline', async ({ page }) => {
  await page.goto('/en/nowhere/');
  await page.getByRole('link', { name: 'Back to the timeline' }).click();
  // The timeline writes the days in view into the address once it has drawn (?from=…&to=…).
  await expect(page).toHaveURL(/\/en\/(?:\?from=[\d-]+&to=[\d-]+)?$/);
  await expect(page.locator('event-timeline[data-state=ready]')).toBeAttached({ timeout: 15_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
