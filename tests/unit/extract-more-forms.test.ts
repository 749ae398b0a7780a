/** Date, actor, non-event and response forms met on pages from other outlets and regions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/lib/extract/dates.ts';
import { fold } from '../../src/lib/extract/fold.ts';
import { extract, one } from './extract-helpers.ts';

const dates = (text: string, published: string) => findDates(fold(text), { published }).map((d) => [d.date, d.precision]);
const calls = (events: ReturnType<typeof one>) => events.filter((e) => e.type !== 'ministry-response');

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

test('the second day of a range takes the first day\'s month, and a span\'s start is no date', () => {
  assert.deepEqual(dates('将于9月23日至28日赴纽约', '2019-09-10'), [['2019-09-23', 'day'], ['2019-09-28', 'day']]);
  assert.deepEqual(dates('這是兩人自2020年以來首度通話', '2025-01-18'), []);
});

test('a plan\'s future day is not the day a later 當天 refers to', () => {
  const events = extract('2019-09-10', [
    ['paragraph', '外交部发言人耿爽10日宣布：王毅将于9月23日至28日赴纽约出席联大。'],
    ['paragraph', '在当天的例行记者会上，有记者问及朝美磋商前景。耿爽表示，中方支持朝美双方通过对话解决关切。'],
  ]);
  assert.ok(events.length > 0 && events.every((e) => e.date === '2019-09-10'));
});

test('counts of counterparts and counts after 以來 are aggregates, not calls', () => {
  assert.deepEqual(calls(one('2020-05-09', '疫情爆發以來，國家主席習近平已與逾四十位外國領導人通電話。')), []);
  assert.deepEqual(calls(one('2021-12-16', '习近平指出，今年以来，我同总统先生两次通话，一次视频会晤。')), []);
});

test('attending a meeting and confirming a call are not meetings or calls of their own', () => {
  assert.deepEqual(calls(one('2021-12-16', '丁薛祥、杨洁篪、王毅等参加会见。')), []);
  assert.deepEqual(calls(one('2025-01-18', '中國外交部發言人毛寧17日晚間在答記者問時證實了通話。')), []);
});

test('a clause without a subject answers for the spokesperson named earlier in the sentence', () => {
  const [e] = one('2026-01-08', '中國外交部發言人毛寧昨日（7日）在例行記者會上，就日本政府擬增加防衛預算一事回應稱，中方敦促日方停止軍事擴張。');
  assert.equal(e?.type, 'ministry-response');
  assert.equal(e?.date, '2026-01-07');
  assert.deepEqual(e?.actors, ['中國外交部', '毛寧']);
});

test('an undated answer in a dated wire story takes the story\'s day', () => {
  const events = one('2022-04-15', '（中央社記者游凱翔台北15日電）日本眾議員日前致函世衛。外交部發言人歐江安表示，台灣願對國際社會有所貢獻。');
  assert.deepEqual(events.map((e) => [e.type, e.date]), [['ministry-response', '2022-04-15']]);
});

test('還 and 期間 put an undated meeting on the story\'s day', () => {
  const events = extract('2018-09-04', [
    ['paragraph', '本报北京9月3日电 国家主席习近平3日同南非总统拉马福萨举行会谈。'],
    ['paragraph', '峰会期间，习近平还分别会见了塞内加尔总统萨勒。'],
  ]);
  assert.deepEqual(events.map((e) => e.date), ['2018-09-03', '2018-09-03']);
});

test('two questions that only name the same country are two answers', () => {
  const events = extract('2024-02-19', [
    ['paragraph', '外交部发言人毛宁18日就美方涉华言论答记者问。'],
    ['paragraph', '问：美国国会有议员称将推动对华限制法案。中方对此有何回应？'],
    ['paragraph', '答：我们敦促美方停止把经贸问题政治化。'],
    ['paragraph', '问：中方是否会邀请美国企业家出席论坛？'],
    ['paragraph', '答：论坛向各国工商界开放。'],
  ]);
  assert.equal(events.filter((e) => e.type === 'ministry-response').length, 2);
});

test('a title run with 兼 and a long transliterated name are read whole', () => {
  const [e] = one('2026-01-08', '王毅於當地時間6日在開羅同埃及外長阿卜杜勒阿蒂舉行會談。');
  assert.deepEqual(e?.actors, ['王毅', '阿卜杜勒阿蒂']);
  const [m] = one('2024-03-21', '行政長官李家超昨日會見泰國副總理兼商業部長蒲謨探。');
  assert.deepEqual(m?.actors, ['李家超', '蒲謨探']);
});
