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
