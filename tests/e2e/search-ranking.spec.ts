import { test, expect, type Page } from '@playwright/test';

/** Runs a search from the search page's URL; returns the status line and each result's visible text. */
async function search(page: Page, query: string, prefix = ''): Promise<{ status: string; results: string[] }> {
  await page.goto(`${prefix}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('site-search[data-state=done]')).toBeAttached({ timeout: 15_000 });
  return {
    status: (await page.locator('.search-status').textContent()) ?? '',
    results: await page.locator('.search-result').allInnerTexts(),
  };
}

for (const query of ['xyzzy', 'putinx']) {
  test(`a query that matches nothing (${query}) says so in the page's language and lists nothing`, async ({ page }) => {
    const zh = await search(page, query);
    expect(zh.results).toEqual([]);
    expect(zh.status).toBe(`沒有與「${query}」相符的事件或文章。`);
    const en = await search(page, query, '/en');
    expect(en.results).toEqual([]);
    expect(en.status).toBe(`No event or article matches “${query}”.`);
  });
}

test('a two-word query (特朗普 通話) lists the results holding both words before those holding one', async ({ page }) => {
  const { results } = await search(page, '特朗普 通話');
  const both = results.map((text) => /特朗普/.test(text) && /通話|通话/.test(text));
  expect(both.filter(Boolean).length, results.join('\n')).toBeGreaterThan(2);
  expect(both.filter((b) => !b).length, 'results holding one of the words are still listed').toBeGreaterThan(0);
  expect(both.indexOf(false), results.join('\n')).toBeGreaterThan(both.lastIndexOf(true));
  // The calls with Trump come first, and they are what a reader sees at the top.
  expect(results[0]).toMatch(/特朗普/);
});

test('an article result always shows a passage holding a word of the query', async ({ page }) => {
  await search(page, '普京 xyzzy');
  const articles = page.locator('.search-article');
  expect(await articles.count()).toBeGreaterThan(0);
  for (const article of await articles.all()) await expect(article.locator('.search-excerpt mark').first()).toBeVisible();
});
