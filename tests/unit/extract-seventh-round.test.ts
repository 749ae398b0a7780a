/** Forms met on the seventh round of unseen pages: weekdays, calls denied or called off, two clocks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/lib/extract/dates.ts';
import { fold } from '../../src/lib/extract/fold.ts';
import { extract, one } from './extract-helpers.ts';

const responses = (events: ReturnType<typeof one>) => events.filter((e) => e.type === 'ministry-response');
const meetings = (events: ReturnType<typeof one>) => events.filter((e) => e.type !== 'ministry-response');

test('a bare weekday after a name is the latest such day, and a surname is not a weekday', () => {
  const dates = (text: string) => findDates(fold(text), { published: '2024-11-14' }).map((d) => d.date);
  // 2024-11-14 is a Thursday.
  assert.deepEqual(dates('拜登週三在白宮會見特朗普'), ['2024-11-13']);
  assert.deepEqual(dates('林劍週二表示'), ['2024-11-12']);
  assert.deepEqual(dates('記者周三平報道'), []);
  assert.deepEqual(dates('每周一舉行例會'), []);
});

test('a weekday dates the meeting it stands before', () => {
  const events = meetings(one('2024-11-14', '美國總統拜登週三在白宮會見當選總統特朗普。', '星島日報'));
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date, '2024-11-13');
});

test('a call denied, or only reported by others, is no event', () => {
  assert.equal(meetings(one('2024-11-14', '克里姆林宮發言人佩斯科夫否認有關普京與特朗普已通電話的報道。')).length, 0);
  assert.equal(meetings(one('2024-11-14', '外界流傳兩國元首上週通電話的傳聞。')).length, 0);
});

test('a meeting called off, or only scheduled, is no event; one that ended is', () => {
  assert.equal(meetings(one('2024-05-29', '原定今日在布城舉行的馬菲外長雙邊會晤，則因菲律賓外長行程調整而取消。')).length, 0);
  assert.equal(meetings(one('2024-05-29', '兩國外長昨日在布城會晤後宣布取消簽證限制。')).length, 1);
});

test('one call on two clocks, the evening abroad and the next morning at home, is one event dated at home', () => {
  const events = meetings(
    extract('2026-03-12', [
      ['paragraph', '新华社北京3月12日电 中共中央政治局委员、外交部长王毅12日上午同美国国务卿鲁比奥进行视频通话。'],
      ['paragraph', '据美国国务院网站发布的新闻稿，鲁比奥于华盛顿当地时间11日晚同王毅进行视频通话。'],
    ]),
  );
  assert.equal(events.length, 1, events.map((e) => e.date).join(', '));
  assert.equal(events[0]!.date, '2026-03-12');
  assert.equal(events[0]!.passages.length, 2);
});

test("a summit's second day in the same place is not taken for a time-zone shift", () => {
  const events = meetings(
    extract('2013-06-09', [
      ['paragraph', '当地时间6月7日下午，国家主席习近平同美国总统奥巴马举行中美元首会晤。'],
      ['paragraph', '两国元首8日上午继续会晤。'],
    ]),
  );
  assert.deepEqual(events.map((e) => e.date).sort(), ['2013-06-07', '2013-06-08']);
});

test("a statement answering questions dates its answers by the day before 答记者问, past the byline", () => {
  const events = responses(
    extract('2026-01-09', [
      ['paragraph', '本报讯（记者 钱 瑞）1月8日，商务部新闻发言人就近期出口管制相关问题答记者问。'],
      ['paragraph', '问：日本经济产业省宣布修订出口管制“最终用户清单”。请问商务部对此有何评论？'],
      ['paragraph', '答：我们注意到有关情况。中方对此坚决反对。'],
    ]),
  );
  assert.ok(events.length >= 1);
  assert.ok(events.every((e) => e.date === '2026-01-08'), events.map((e) => e.date).join(', '));
});

test("a deputy head who is also the spokesperson answers for the office", () => {
  const events = responses(one('2025-12-19', '陸委會副主委兼發言人梁文傑昨天在例行記者會上表示，政府會依法行政。', '聯合報'));
  assert.equal(events.length, 1);
  assert.deepEqual(events[0]!.actors, ['陸委會', '梁文傑']);
  assert.equal(events[0]!.date, '2025-12-18');
});

test('「另一議題」 opens a second answer of the same briefing', () => {
  const events = responses(
    extract('2025-12-19', [
      ['paragraph', '陸委會發言人梁文傑昨天在例行記者會上表示，台灣人民不得在大陸設籍。'],
      ['paragraph', '記者會上另一議題聚焦金門海域。梁文傑指出，陸委會對中國海警船艦闖入表達嚴正抗議。'],
    ], '聯合報'),
  );
  assert.equal(new Set(events.map((e) => e.id)).size, 2);
});

test('titles listed with 、 stand together before the name, and a listed leader is known', () => {
  const events = meetings(one('2026-04-02', '國家主席習近平昨日下午同老撾人民革命黨中央總書記、國家主席通倫舉行會談。'));
  assert.equal(events.length, 1);
  assert.deepEqual(events[0]!.actors, ['習近平', '通倫']);
});
