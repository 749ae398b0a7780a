import { test, expect, type Page } from '@playwright/test';

/** The timeline's filter controls as a comparable snapshot. */
async function filterState(page: Page) {
  return page.evaluate(() => ({
    types: [...document.querySelectorAll<HTMLInputElement>('input[name=type]')].filter((i) => i.checked).map((i) => i.value),
    actor: document.querySelector<HTMLSelectElement>('select[name=actor]')?.value ?? '',
    q: document.querySelector<HTMLInputElement>('input[name=q]')?.value ?? '',
    search: location.search,
  }));
}

test.describe('without the Web Share API', () => {
  test.beforeEach(async ({ context, page }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    });
  });

  test('the share button copies the current timeline view, and that link reopens the same view', async ({ page, browser }) => {
    await page.goto('/?type=call,meeting&q=%E7%BF%92%E8%BF%91%E5%B9%B3');
    // The timeline script applies the view in the URL to the controls once it has loaded.
    await expect.poll(async () => (await filterState(page)).types.sort()).toEqual(['call', 'meeting']);
    // Share straight after a zoom, before the view has settled into the address: the link still holds the new view.
    await page.getByRole('button', { name: '放大' }).click();
    await page.locator('share-button button').first().click();
    await expect(page.locator('share-button .share-status').first()).not.toBeEmpty();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('from')).toBeTruthy();
    await page.waitForTimeout(500);
    expect(copied).toBe(page.url());
    const other = await browser.newPage();
    await other.goto(copied);
    const shared = await filterState(page);
    await expect.poll(() => filterState(other)).toEqual(shared);
    await other.close();
  });

  test('on an event page the share button copies the absolute permalink given in og:url', async ({ page }) => {
    const exported = (await (await page.request.get('/events.json')).json()) as { events: { url: string }[] };
    const first = new URL(exported.events[0]!.url);
    await page.goto(first.pathname);
    const ogUrl = await page.locator('meta[property="og:url"]').getAttribute('content');
    await page.locator('share-button button').click();
    await expect(page.locator('share-button .share-status')).not.toBeEmpty();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ogUrl);
  });
});

test('with the Web Share API the button opens the share sheet with the page title and URL', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shared: ShareData[] };
    w.shared = [];
    Object.defineProperty(Navigator.prototype, 'share', {
      value: (data: ShareData) => {
        w.shared.push(data);
        return Promise.resolve();
      },
      configurable: true,
    });
    Object.defineProperty(Navigator.prototype, 'canShare', { value: () => true, configurable: true });
  });
  const exported = (await (await page.request.get('/events.json')).json()) as { events: { url: string; title: string }[] };
  const event = exported.events[0]!;
  await page.goto(new URL(event.url).pathname);
  await page.locator('share-button button').click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toHaveLength(1);
  expect(shared[0]!.url).toBe(event.url);
  expect(shared[0]!.title).toBe(event.title);
});
