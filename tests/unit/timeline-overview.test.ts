import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overviewCss, overviewHtml, overviewTime, overviewX, overviewYears } from '../../src/lib/timeline/overview.ts';

const at = (s: string) => ({ at: Date.parse(`${s}T00:00:00Z`) });

test('the overview has every year from the first event to the last, quiet years narrow and not linked', () => {
  const years = overviewYears([at('2021-03-04'), at('2021-03-09'), at('2021-11-01'), at('2023-06-30')]);
  assert.deepEqual(
    years.map((y) => [y.year, y.count, y.grow]),
    [
      [2021, 3, 3],
      [2022, 0, 1],
      [2023, 1, 2],
    ],
  );
  assert.equal(years[0]!.from, Date.UTC(2021, 0, 1));
  assert.equal(years[0]!.to, years[1]!.from);
  const html = overviewHtml(years, '/en/years/', 'All years');
  assert.match(html, /<nav class="tl-ov" aria-label="All years">/);
  assert.deepEqual(
    [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]),
    ['/en/years/2021/', '/en/years/2023/'],
  );
  assert.match(html, /<span data-from="\d+" data-to="\d+" data-grow="1"><span class="tl-ov-cy">20<\/span>22<\/span>/);
  assert.equal(overviewCss(years), '.tl-ov>:nth-child(1){flex-grow:3}.tl-ov>:nth-child(3){flex-grow:2}');
  assert.deepEqual(overviewYears([]), []);
});

test('an instant and its place on the strip map to each other, clamped at both ends', () => {
  const cells = [
    { from: Date.UTC(2021, 0, 1), to: Date.UTC(2022, 0, 1), x: 0, w: 300 },
    { from: Date.UTC(2022, 0, 1), to: Date.UTC(2023, 0, 1), x: 300, w: 100 },
  ];
  const mid2022 = Date.UTC(2022, 0, 1) + (Date.UTC(2023, 0, 1) - Date.UTC(2022, 0, 1)) / 2;
  assert.equal(overviewX(cells, mid2022), 350);
  assert.equal(overviewTime(cells, 350), mid2022);
  assert.equal(overviewX(cells, Date.UTC(2019, 0, 1)), 0);
  assert.equal(overviewX(cells, Date.UTC(2030, 0, 1)), 400);
  assert.equal(overviewTime(cells, -20), Date.UTC(2021, 0, 1));
  assert.equal(overviewTime(cells, 999), Date.UTC(2023, 0, 1));
  for (const x of [0, 120, 299, 300, 377]) assert.ok(Math.abs(overviewX(cells, overviewTime(cells, x)) - x) < 1e-6);
});
