import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/lib/extract/dates.ts';
import { fold } from '../../src/lib/extract/fold.ts';
import { extract } from './extract-helpers.ts';

const at = (text: string, published: string, contextDay?: string) => findDates(fold(text), { published, contextDay })[0];

test('a month and day take the publication year, with the part of day', () => {
  assert.deepEqual(at('1月21日下午，國家主席', '2025-01-22'), {
    date: '2025-01-21',
    precision: 'day',
    partOfDay: 'afternoon',
    start: 0,
    end: 7,
    because: ['date.month-day'],
  });
});

test('a bare day takes the publication month, and 晚間 is evening in both scripts', () => {
  for (const text of ['4日晚間回應', '4日晚间回应']) {
    const d = at(text, '2026-02-05');
    assert.equal(d?.date, '2026-02-04');
    assert.equal(d?.partOfDay, 'evening');
  }
});

test('a bare day after the publication day belongs to the previous month', () => {
  assert.equal(at('28日舉行會談', '2025-03-02')?.date, '2025-02-28');
  // February has no 30th: no date rather than a false one.
  assert.deepEqual([at('30日舉行會談', '2025-03-02')?.date, at('30日舉行會談', '2025-03-02')?.precision], [null, 'unknown']);
});

test('a month after the publication month rolls back to the previous year', () => {
  assert.equal(at('12月18日，習近平', '2025-01-02')?.date, '2024-12-18');
  assert.equal(at('11月，习近平', '2025-01-02')?.date, '2024-11');
  assert.equal(at('1月2日', '2025-01-02')?.date, '2025-01-02');
});

test('yesterday and today resolve against publication in both scripts', () => {
  assert.equal(at('昨日下午', '2024-12-17')?.date, '2024-12-16');
  assert.equal(at('昨天', '2024-03-01')?.date, '2024-02-29');
  assert.equal(at('今天', '2025-03-18')?.date, '2025-03-18');
  assert.equal(at('今日', '2025-03-18')?.date, '2025-03-18');
});

test('當日 and 当天 take the day the story is about, not the publication day', () => {
  assert.equal(at('當日例行記者會上', '2026-02-05', '2026-02-04')?.date, '2026-02-04');
  assert.equal(at('当天下午', '2025-04-03', '2025-04-02')?.date, '2025-04-02');
});

test('上月, 去年8月 and 2024年4月 are month dates; 2024年 is a year', () => {
  assert.deepEqual([at('上月召開', '2025-01-22')?.date, at('上月召開', '2025-01-22')?.precision], ['2024-12', 'month']);
  assert.equal(at('去年8月，中國', '2025-01-22')?.date, '2024-08');
  assert.equal(at('2024年4月。', '2026-02-05')?.date, '2024-04');
  assert.deepEqual([at('2024年，我們', '2025-01-22')?.date, at('2024年，我們', '2025-01-22')?.precision], ['2024', 'year']);
});

test('本周早些時候 and 近日 are approximate and never an exact day', () => {
  for (const text of ['本周早些時候', '本周早些时候', '近日聲稱', '日前表示']) {
    const d = at(text, '2026-02-05');
    assert.equal(d?.precision, 'approximate');
    assert.match(d?.date ?? '', /^2026-0[12]$/);
  }
});

test('Chinese numerals read as dates, with and without a year', () => {
  assert.equal(at('一月二十一日', '2025-01-22')?.date, '2025-01-21');
  assert.equal(at('二〇二四年十二月三十一日', '2025-01-22')?.date, '2024-12-31');
  assert.equal(at('本报北京四月二日电', '2025-04-03')?.date, '2025-04-02');
});

test('numbers that are not dates are ignored', () => {
  assert.equal(at('勝利80周年', '2025-01-22'), undefined);
  assert.equal(at('第3日', '2025-01-22'), undefined);
});

test('今天 inside quoted speech is the day of the reported event, not publication', () => {
  const events = extract('2025-03-20', [
    ['paragraph', '3月18日，國家主席習近平同法國總統馬克龍通電話。'],
    ['paragraph', '馬克龍表示：「今天我們通電話，是為了推動雙方合作。」'],
  ]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date, '2025-03-18');
});

test('a date in a caption stays in the caption', () => {
  const events = extract('2025-01-22', [
    ['caption', '▲1月13日，貨輪停靠碼頭。'],
    ['paragraph', '外交部發言人郭嘉昆表示，中方願同各方加強合作。'],
  ]);
  assert.equal(events.length, 1);
  // Not the caption's 13th: with no day of its own, the answer stands on the publication day.
  assert.equal(events[0]!.date, '2025-01-22');
  assert.ok(events[0]!.because?.includes('merge.undated-answer-on-publication-day'));
});

test('a date never carries across a headline into another story', () => {
  const events = extract('2025-01-22', [
    ['paragraph', '1月21日，外交部發言人郭嘉昆主持例行記者會。', 'a'],
    ['headline', '專家熱議中美關係', 'b'],
    ['paragraph', '多位專家認為，中美關係仍有變數。', 'b'],
    ['paragraph', '國家主席習近平與特朗普通電話，強調中美應加強合作。', 'b'],
  ]);
  // The call is left with no date, so it is background, not an event (event.undated-is-background).
  assert.equal(
    events.some((e) => e.type === 'call'),
    false,
  );
  const kept = extract(
    '2025-01-22',
    [
      ['paragraph', '1月21日，外交部發言人郭嘉昆主持例行記者會。', 'a'],
      ['headline', '專家熱議中美關係', 'b'],
      ['paragraph', '多位專家認為，中美關係仍有變數。', 'b'],
      ['paragraph', '國家主席習近平與特朗普通電話，強調中美應加強合作。', 'b'],
    ],
    undefined,
    new Set(['event.undated-is-background']),
  );
  const call = kept.find((e) => e.type === 'call');
  assert.equal(call?.date, null);
  assert.equal(call?.precision, 'unknown');
});

test('a bare day in Chinese numerals is a date, but not 一日 or 七日內', () => {
  assert.equal(at('國台辦發言人陳斌七日在例行新聞發布會上表示', '2025-05-10')?.date, '2025-05-07');
  assert.equal(at('发言人二十三日表示', '2025-05-30')?.date, '2025-05-23');
  assert.equal(at('七日內完成', '2025-05-10'), undefined);
  assert.equal(at('一日三餐', '2025-05-10'), undefined);
});

const dates = (text: string, published: string, contextDay?: string) =>
  findDates(fold(text), { published, contextDay }).map((d) => [d.date, d.precision]);

test('the Taiwanese 昨（5）日 form and 前晚 resolve to days', () => {
  assert.deepEqual(dates('總統蔡英文昨（5）日在加州', '2023-04-06'), [['2023-04-05', 'day']]);
  assert.deepEqual(dates('王毅前晚應約', '2020-05-09'), [['2020-05-07', 'day']]);
});

test('weekdays count from the publication day, this week and last', () => {
  // 2019-11-18 is a Monday.
  assert.deepEqual(dates('上周四在記者會上', '2019-11-18')[0], ['2019-11-14', 'day']);
  assert.deepEqual(dates('本周一在巴厘岛', '2022-11-18')[0], ['2022-11-14', 'day']);
  assert.deepEqual(dates('星期三下午', '2022-11-18')[0], ['2022-11-16', 'day']);
});

test('a bare weekday after a name is the latest such day, and a surname is not a weekday', () => {
  const days = (text: string) => findDates(fold(text), { published: '2024-11-14' }).map((d) => d.date);
  // 2024-11-14 is a Thursday.
  assert.deepEqual(days('拜登週三在白宮會見特朗普'), ['2024-11-13']);
  assert.deepEqual(days('林劍週二表示'), ['2024-11-12']);
  assert.deepEqual(days('記者周三平報道'), []);
  assert.deepEqual(days('每周一舉行例會'), []);
});

test("the second day of a range takes the first day's month, and a span's start is no date", () => {
  assert.deepEqual(dates('将于9月23日至28日赴纽约', '2019-09-10'), [
    ['2019-09-23', 'day'],
    ['2019-09-28', 'day'],
  ]);
  assert.deepEqual(dates('這是兩人自2020年以來首度通話', '2025-01-18'), []);
});

test('當晚 refers to the day written just before it in the sentence', () => {
  assert.deepEqual(
    dates('對於總統2日下午的講話，發言人當晚回應', '2019-01-04', '2018-12-28').map(([d]) => d),
    ['2019-01-02', '2019-01-02'],
  );
});

test("a day on another place's clock is marked, 北京时间 is not, and a part of the day may follow a bracket", () => {
  const found = (text: string) => findDates(fold(text), { published: '2025-12-14' }).map((d) => [d.date, d.partOfDay ?? null, !!d.local]);
  assert.deepEqual(found('贝森特于美国东部时间星期四（11日）晚同何立峰通话'), [
    ['2025-12-11', null, true],
    ['2025-12-11', 'evening', true],
  ]);
  assert.deepEqual(found('北京时间12日上午通电话'), [['2025-12-12', 'morning', false]]);
});

test('a plan earlier in the sentence carries on to a later month (將訪俄，並在7月7至8日出席G20): this year, not last', () => {
  for (const text of [
    '習近平7月3至6日將對俄羅斯進行國事訪問，並在7月7至8日出席G20峰會',
    '习近平7月3至6日将对俄罗斯进行国事访问，并在7月7至8日出席G20峰会',
  ])
    assert.deepEqual(
      findDates(fold(text), { published: '2017-06-27' }).map((d) => d.date),
      ['2017-07-03', '2017-07-07'],
    );
});

test('a weekday glossing 明天 (明天（週日）) is the coming one, not the last', () => {
  for (const text of ['明天（週日），副主席將展開訪問', '明天(周日),副主席将展开访问']) {
    const days = findDates(fold(text), { published: '2005-09-10' });
    assert.ok(
      days.every((d) => d.date === null || d.date > '2005-09-10'),
      days.map((d) => d.date).join(', '),
    );
  }
});

test('昨 in the idiom 昨是今非 (今是昨非) is no yesterday', () => {
  for (const text of ['兩國如今的姿態令人有昨是今非之感', '两国如今的姿态令人有今是昨非之感'])
    assert.deepEqual(findDates(fold(text), { published: '2025-11-01' }), [], text);
});

test('a count of days within which something is done (30日之內, 7日以內) is a span, not a day', () => {
  for (const text of ['雙方約定在30日之內完成換文', '双方约定在7日以内完成换文'])
    assert.deepEqual(findDates(fold(text), { published: '2025-11-01' }), [], text);
});
