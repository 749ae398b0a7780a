/** Forms met on the ninth round of unseen pages: other clocks, declined replies in reports, calls as topics. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/lib/extract/dates.ts';
import { fold } from '../../src/lib/extract/fold.ts';
import { extract, one } from './extract-helpers.ts';

const responses = (events: ReturnType<typeof one>) => events.filter((e) => e.type === 'ministry-response');
const meetings = (events: ReturnType<typeof one>) => events.filter((e) => e.type !== 'ministry-response');

test("a day on another place's clock is marked, 北京时间 is not, and a part of the day may follow a bracket", () => {
  const found = (text: string) => findDates(fold(text), { published: '2025-12-14' }).map((d) => [d.date, d.partOfDay ?? null, !!d.local]);
  assert.deepEqual(found('贝森特于美国东部时间星期四（11日）晚同何立峰通话'), [['2025-12-11', null, true], ['2025-12-11', 'evening', true]]);
  assert.deepEqual(found('北京时间12日上午通电话'), [['2025-12-12', 'morning', false]]);
});

test('one call on the clocks of Washington and Beijing, written with weekdays, is one event', () => {
  const events = meetings(
    extract('2025-12-14', [
      ['paragraph', '中国国务院副总理何立峰与美国财政部长贝森特星期五（12月12日）上午通电话。'],
      ['paragraph', '美国财政部稍后发表声明说，贝森特于美国东部时间星期四（11日）晚同何立峰通话。'],
    ], '联合早报'),
  );
  assert.equal(events.length, 1, events.map((e) => e.date).join(', '));
  assert.equal(events[0]!.date, '2025-12-12');
});

test('a reported reply that only declines is no response; one that also states a position is', () => {
  assert.equal(responses(one('2025-12-14', '中国外交部发言人郭嘉昆星期五在例行记者会上被问及通话时说：“我没有可以提供的信息，请向主管部门询问。”', '联合早报')).length, 0);
  assert.equal(responses(one('2026-03-14', '外交部發言人毛寧13日回應稱，中美雙方就元首交往保持著溝通，目前沒有可以發布的消息。')).length, 1);
});

test('a call named as what a statement answers is not reported there, and a joint statement signed is no answer', () => {
  const events = extract('2025-12-14', [['paragraph', '中国商务部新闻发言人星期六（13日）就中美经贸牵头人通话答记者问。']], '联合早报');
  assert.equal(meetings(events).length, 0);
  assert.equal(responses(events).length, 1);
  const signed = extract('2025-04-25', [['paragraph', '会谈后，两国外长共同签署《中华人民共和国外交部和斯洛伐克共和国外交部关于加强双边对话合作的联合声明》。']]);
  assert.equal(responses(signed).length, 0);
});

test("the EU's office in Hong Kong speaks as a mission", () => {
  const events = responses(one('2025-08-07', '歐盟駐港辦事處昨日發表聲明，稱有關措施損害香港的國際聲譽，促請特區政府撤回措施。', '明報'));
  assert.equal(events.length, 1);
  assert.equal(events[0]!.actors[0], '歐盟駐港辦事處');
  assert.equal(events[0]!.date, '2025-08-06');
});

test("a transcript whose answers are headed by the office (外务报道官：) and questions by 记者（outlet）： reads as one", () => {
  const events = responses(
    extract('2025-10-09', [
      ['headline', '【全文】日本外务省外务报道官记者会（10月8日）'],
      ['paragraph', '日期：令和7年10月8日（星期三）16时02分至16时31分'],
      ['paragraph', '记者（共同社 河野）：日方有没有就中国海警船的活动提出关切？'],
      ['paragraph', '外务报道官：中国海警船只进入尖阁诸岛周边领海，违反国际法，日方已通过外交渠道提出严正抗议。'],
    ]),
  );
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date, '2025-10-08');
  assert.equal(events[0]!.actors[0], '外务省');
});
