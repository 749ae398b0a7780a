/**
 * The timeline's server-rendered markup for a small fixed data set, in both languages, against a
 * reviewed snapshot: rows (events, a count, an uncertain event, a month-wide event), axis ticks,
 * a quiet-stretch break, date spans, the position stylesheet and the overview strip.
 * `UPDATE_SNAPSHOTS=1` rewrites the snapshot for review as a diff.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTimeScale, defaultScaleOptions, mergeSpans } from '../../src/lib/timeline/scale.ts';
import { dateInterval } from '../../src/lib/timeline/interval.ts';
import { layoutRows } from '../../src/lib/timeline/layout.ts';
import { axisTicks } from '../../src/lib/timeline/ticks.ts';
import { breaksHtml, positionCss, rowsHtml, spansHtml, ticksHtml, type RenderContext } from '../../src/lib/timeline/render.ts';
import { overviewHtml, overviewYears } from '../../src/lib/timeline/overview.ts';
import type { TimelineItem } from '../../src/lib/timeline/timeline-data.ts';
import type { EventType, Precision } from '../../src/lib/schema.ts';

const snapshots = join(import.meta.dirname, 'snapshots');
const update = process.env.UPDATE_SNAPSHOTS === '1';

const fixed: [EventType, Precision, string, string, boolean][] = [
  ['call', 'day', '2024-03-04', '兩國元首通電話', false],
  ['meeting', 'day', '2024-03-04', '外長在北京會談', false],
  ['ministry-response', 'day', '2024-03-04', '外交部發言人回應關稅', true],
  ['meeting', 'day', '2024-03-04', '總理會見來訪代表團', false],
  ['meeting', 'day', '2024-03-04', '副外長會見大使', false],
  ['other', 'month', '2024-05', '兩國簽署合作文件', false],
  ['call', 'day', '2024-11-20', '兩國外長通電話 <確認>', false],
  ['ministry-response', 'day', '2025-01-08', '商務部就出口管制答記者問', false],
];

function items(): TimelineItem[] {
  return fixed.map(([type, precision, date, title, uncertain], i) => ({
    id: `e${i}`,
    type,
    precision,
    date,
    title,
    source: `article-${i}#p-${i}`,
    actors: [],
    pairs: [],
    search: title,
    uncertain,
    ...dateInterval(date, precision),
  }));
}

const contexts: Record<'zh-hant' | 'en', RenderContext> = {
  'zh-hant': {
    lang: 'zh-hant',
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    types: { call: '通話', meeting: '會晤', 'ministry-response': '回應', other: '其他' },
    cluster: '{range} {n} 件事件',
    count: '{n} 件',
    quiet: '{n} 天沒有事件',
    quietMonths: '{n} 個月沒有事件',
    articles: '/articles/',
    years: '/years/',
    unverified: '待核',
    unverifiedLabel: '機器抽取，未經核對',
  },
  en: {
    lang: 'en',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    types: { call: 'Call', meeting: 'Meeting', 'ministry-response': 'Response', other: 'Other' },
    cluster: '{n} events, {range}',
    count: '{n} events',
    quiet: '{n} days without events',
    quietMonths: '{n} months without events',
    articles: '/en/articles/',
    years: '/en/years/',
    unverified: 'Unverified',
    unverifiedLabel: 'machine-extracted, not checked',
  },
};

function render(lang: 'zh-hant' | 'en', pxPerDay: number): string {
  const list = items();
  const ctx = contexts[lang];
  const scale = buildTimeScale(mergeSpans(list), { ...defaultScaleOptions, pxPerDay });
  const rows = layoutRows(list, scale, 28);
  const html = [
    rowsHtml(rows, list, ctx),
    ticksHtml(axisTicks(scale, 0, scale.height), ctx),
    breaksHtml(scale.breaks, ctx),
    spansHtml(rows, list, scale),
  ].join('\n');
  return [
    `<!-- ${lang}, ${pxPerDay} px a day -->`,
    html,
    `<style>${positionCss('.tl', html)}</style>`,
    overviewHtml(overviewYears(list), ctx.years, 'overview'),
  ].join('\n');
}

test('the timeline renders the same markup for a fixed set of events, in both languages and two zooms', () => {
  const got = `${(['zh-hant', 'en'] as const).flatMap((lang) => [render(lang, 3), render(lang, 300)]).join('\n\n')}\n`;
  const file = join(snapshots, 'timeline-render.html');
  if (update || !existsSync(file)) {
    mkdirSync(snapshots, { recursive: true });
    writeFileSync(file, got);
  }
  assert.equal(got, readFileSync(file, 'utf8'));
});

test('a busy day is one count when zoomed out and five linked rows when zoomed in, the unsure one marked', () => {
  const out = render('en', 3);
  assert.match(out, /<strong class="tl-n">5 events<\/strong>/);
  assert.ok(!out.includes('data-id="e0"'));
  const zoomed = render('en', 300);
  for (let i = 0; i < 5; i++) assert.ok(zoomed.includes(`href="/en/articles/article-${i}/#p-${i}" data-id="e${i}"`), `row e${i}`);
  const unsure = zoomed.split('</li>').find((li) => li.includes('data-id="e2"'))!;
  assert.ok(unsure.includes('tl-unv') && unsure.includes('Unverified'), unsure);
  assert.ok(zoomed.includes('&#60;確認&#62;') && !zoomed.includes('<確認>'), 'a title is escaped');
});
