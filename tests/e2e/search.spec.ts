import { test, expect, type Page } from '@playwright/test';

/** Runs a search from the search page's URL and returns the result links (title links only). */
async function search(page: Page, query: string): Promise<{ title: string; url: string }[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('site-search[data-state=done]')).toBeAttached({ timeout: 15_000 });
  return page
    .locator('.search-title')
    .evaluateAll((links) => links.map((a) => ({ title: a.textContent ?? '', url: (a as HTMLAnchorElement).href })));
}

/** The text of the page a result points at, without its header and navigation. */
async function pageText(page: Page, url: string): Promise<string> {
  const response = await page.request.get(url);
  expect(response.ok(), url).toBeTruthy();
  return (await response.text()).replace(/<header[\s\S]*?<\/header>/, '');
}

test('searching 普京 finds the Xi–Putin meeting, and every result is a page that names Putin', async ({ page }) => {
  const results = await search(page, '普京');
  expect(results.some((r) => /習近平|习近平/.test(r.title) && /普京/.test(r.title))).toBeTruthy();
  for (const r of results) expect(await pageText(page, r.url), `${r.url} does not mention Putin`).toMatch(/普京/);
});

test('searching 视频会晤 in Simplified finds the Xi–Putin meeting written in Traditional', async ({ page }) => {
  const results = await search(page, '视频会晤');
  const meeting = results.find((r) => /普京/.test(r.title) && r.url.includes('/events/'));
  expect(meeting, JSON.stringify(results)).toBeTruthy();
  expect(await pageText(page, meeting!.url)).toMatch(/視頻會晤|视频会晤/);
});

test('article results link to the passage that matched, and that passage holds the query', async ({ page }) => {
  await search(page, '普京');
  const passages = await page
    .locator('.search-article .search-passage')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(passages.length).toBeGreaterThan(0);
  for (const href of passages.slice(0, 5)) {
    const url = new URL(href);
    expect(url.hash).toMatch(/^#p-/);
    await page.goto(href);
    await expect(page.locator(url.hash)).toContainText('普京');
  }
});

test('a query typed in Traditional finds the same events as the same query in Simplified', async ({ page }) => {
  const traditional = (await search(page, '視頻會晤')).map((r) => r.url).sort();
  const simplified = (await search(page, '视频会晤')).map((r) => r.url).sort();
  expect(traditional.length).toBeGreaterThan(0);
  expect(traditional).toEqual(simplified);
});

for (const prefix of ['', '/en']) {
  test(`searching ${prefix}/search/ finds an article of an older year than the newest, from an index merged into the newest year's`, async ({
    page,
  }) => {
    // The archive's indexes (the tested site is cut into parts of 30 records): the newest
    // year's is the main one, the older years' are merged into it.
    const parts = (await (await page.request.get('/pagefind/parts.json')).json()) as { main: string; merge: string[] };
    expect(parts.main).toBe('2026');
    expect(parts.merge.filter((p) => p.startsWith('2025')).length).toBeGreaterThan(0);
    await page.goto(`${prefix}/search/?q=${encodeURIComponent('戰略夥伴')}`);
    await expect(page.locator('site-search[data-state=done]')).toBeAttached({ timeout: 15_000 });
    const article = page.locator('.search-article', { hasText: '習近平：中俄要做彼此信賴的戰略夥伴' });
    await expect(article).toBeVisible();
    await expect(article.locator('.muted')).toContainText('2025');
  });
}

test('with several indexes, what a word finds is listed only from the indexes that hold it, and the count says as many', async ({
  page,
}) => {
  // 戰略夥伴 is in one year's index; 视频会晤 in some: the others answer with what a shorter
  // prefix finds, which must neither hide the word's results nor be counted.
  for (const query of ['戰略夥伴', '视频会晤']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('site-search[data-state=done]')).toBeAttached({ timeout: 15_000 });
    const results = await page.locator('.search-result').allInnerTexts();
    expect(results.length, query).toBeGreaterThan(0);
    expect(results.length, 'all fit on the page').toBeLessThan(30);
    await expect(page.locator('.search-status')).toHaveText(`找到 ${results.length} 項結果`);
  }
  const strategic = await page.goto(`/search/?q=${encodeURIComponent('戰略夥伴')}`).then(() => page.locator('.search-result'));
  await expect(page.locator('site-search[data-state=done]')).toBeAttached({ timeout: 15_000 });
  for (const text of await strategic.allInnerTexts()) expect(text).toMatch(/戰略夥伴|战略伙伴/);
});
