import { test, expect, type Page } from '@playwright/test';

/** What the article page shows for a passage: the headline of its story (or the article's title) and the outlet. */
async function passageOrigin(page: Page, href: string): Promise<{ headline: string; outlet: string }> {
  await page.goto(href);
  return page.evaluate(
    (id) => {
      const passage = document.getElementById(id)!;
      const headline = passage.closest('.story')?.querySelector('.p-headline')?.textContent ?? document.querySelector('h1')!.textContent;
      const outlet = document.querySelector('.article-meta [lang]')!.textContent;
      return { headline: headline.trim(), outlet: outlet.trim() };
    },
    decodeURIComponent(new URL(href, 'http://x').hash.slice(1)),
  );
}

for (const path of ['/years/2016/', '/en/years/2016/']) {
  test(`on ${path} every source link names outlet, date and story headline, and two sources of one event never read the same`, async ({
    page,
  }) => {
    await page.goto(path);
    const lists = await page
      .locator('.el-sources')
      .evaluateAll((ps) =>
        ps.map((p) => [...p.querySelectorAll('a')].map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href')! }))),
      );
    const several = lists.filter((l) => l.length > 1);
    expect(several.length).toBeGreaterThan(0);
    for (const sources of several) expect(new Set(sources.map((s) => s.text)).size, JSON.stringify(sources)).toBe(sources.length);
    const date = path.startsWith('/en/') ? /\d{1,2} [A-Z][a-z]+ \d{4}/ : /\d{4}年\d{1,2}月\d{1,2}日/;
    for (const { text, href } of several.slice(0, 4).flat()) {
      expect(text).toMatch(date);
      const { headline, outlet } = await passageOrigin(page, href);
      expect(text).toContain(outlet);
      expect(text).toContain(headline);
    }
  });
}

test('on an event page with two sources in one story, the source links say which paragraph each is', async ({ page }) => {
  const events = (await (await page.request.get('/events.json')).json()) as { events: { id: string; sources: { article: string }[] }[] };
  const event = events.events.find((e) => e.sources.length > 1 && e.sources.every((s) => s.article === e.sources[0]!.article));
  expect(event).toBeTruthy();
  await page.goto(`/events/${event!.id}/`);
  const links = await page.locator('.event-sources a').allTextContents();
  expect(links.length).toBeGreaterThan(1);
  expect(new Set(links).size).toBe(links.length);
  for (const l of links) expect(l).toMatch(/「.+」 (第 \d+ 段|標題)$/);
});

test('CAMEO labels are in the interface language: Chinese on Chinese pages, English on English ones', async ({ page }) => {
  const { events } = (await (await page.request.get('/events.json')).json()) as {
    events: { id: string; type: string; cameo: { code: string } | null }[];
  };
  const codes = new Set<string>();
  const sample = events.filter((e) => e.cameo && !codes.has(e.cameo.code) && codes.add(e.cameo.code));
  expect(sample.length).toBeGreaterThan(2);
  for (const e of sample) {
    await page.goto(`/events/${e.id}/`);
    const zh = (await page.locator('.event-facts dt:text("CAMEO 代碼") + dd .muted').textContent()) ?? '';
    expect(zh, e.id).toMatch(/\p{Script=Han}/u);
    expect(zh, e.id).not.toMatch(/[A-Za-z]{2,}/);
    await page.goto(`/en/events/${e.id}/`);
    const en = (await page.locator('.event-facts dt:text("CAMEO code") + dd .muted').textContent()) ?? '';
    expect(en, e.id).toMatch(/^[A-Z][a-z]+/);
    expect(en, e.id).not.toMatch(/\p{Script=Han}/u);
  }
});
