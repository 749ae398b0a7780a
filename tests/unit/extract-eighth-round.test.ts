/** Forms met on the eighth round of unseen pages: older wire copy, reprints, sidelines, follow-ups. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from '../../src/lib/ingest/page.ts';
import { extract, one } from './extract-helpers.ts';

const responses = (events: ReturnType<typeof one>) => events.filter((e) => e.type === 'ministry-response');
const meetings = (events: ReturnType<typeof one>) => events.filter((e) => e.type !== 'ministry-response');

test('a wire dateline in Chinese numerals opens a paragraph, even when its line breaks inside the brackets', () => {
  const page = parsePage(['▲九月十一日，两国元首举行会晤。  新华社记者 王新摄', '', '新华社奥克兰九月十一日电  （记者陈', '维）国家主席今天上午在下榻的', '饭店会见了智利总统。'].join('\n'));
  const body = page.passages.filter((p) => p.kind === 'paragraph');
  assert.equal(body.length, 1);
  assert.match(body[0]!.text, /^新华社奥克兰九月十一日电.*饭店会见了智利总统。$/u);
});

test("a dateline dates 今天 in its own sentence, and a paper's 昨天 counts from the paper's day", () => {
  const wire = meetings(one('1999-09-12', '新华社奥克兰九月十一日电（记者陈维）国家主席江泽民今天上午在下榻的饭店会见了智利总统弗雷。'));
  assert.equal(wire[0]!.date, '1999-09-11');
  const reprint = meetings(one('2014-11-12', '本报北京11月11日电（记者王俊岭）国务院副总理汪洋昨天在北京会见了秘鲁贸易和旅游部长席尔瓦。'));
  assert.equal(reprint[0]!.date, '2014-11-11');
});

test('those who took part in a meeting (王毅等参加会见) add no meeting of their own', () => {
  const events = meetings(
    extract('1999-09-12', [
      ['paragraph', '新华社奥克兰九月十一日电 国家主席江泽民今天下午在奥克兰同美国总统克林顿举行会晤。'],
      ['paragraph', '外交部长唐家璇、外经贸部部长石广生等参加了会晤。'],
    ]),
  );
  assert.equal(events.length, 1);
  assert.deepEqual(events[0]!.actors, ['江泽民', '克林顿']);
});

test("a meeting on a conference's sidelines takes the conference's day, not a plan's weekday", () => {
  const events = meetings(
    extract('2025-07-10', [
      ['paragraph', '第58届东盟外长会议星期三（7月9日）在吉隆坡开幕。东盟外长预计在星期五发表联合公报。'],
      ['paragraph', '会议间隙，我国外交部长维文分别会见了印度尼西亚外长苏吉约诺和菲律宾外长拉扎罗。'],
    ], '联合早报'),
  );
  assert.equal(events.length, 2);
  assert.ok(events.every((e) => e.date === '2025-07-09'), events.map((e) => e.date).join(', '));
});

test('a follow-up at the briefing is answered that day and on its question, not on a statement recalled from the day before', () => {
  const events = responses(
    extract('2024-06-14', [
      ['paragraph', '本报北京6月13日讯 商务部新闻发言人束珏婷13日在例行新闻发布会上表示，欧盟拟对自华进口电动汽车征收临时反补贴税，是典型的保护主义做法。'],
      ['paragraph', '就在前一天，商务部新闻发言人已于12日晚就欧方初裁信息发表谈话，表示中方将坚决采取一切必要措施。'],
      ['paragraph', '有记者追问，中方是否会对欧盟猪肉等产品采取反制措施。束珏婷表示，中方将依法依规进行审慎评估。'],
    ]),
  );
  const on13 = events.filter((e) => e.date === '2024-06-13');
  assert.equal(on13.length, 1, events.map((e) => `${e.date} ${e.title}`).join(' / '));
  assert.equal(on13[0]!.passages.length, 2);
});

test('questions on an exercise are one topic, and the last occasion (上一次) is no event', () => {
  const events = responses(
    extract('2024-10-15', [
      ['paragraph', '国防部新闻发言人吴谦昨天就东部战区“联合利剑-2024B”演习等问题答记者问。'],
      ['paragraph', '有记者问，东部战区组织此次演习有何考虑？吴谦表示，这次演习是对“台独”挑衅的强力震慑。'],
    ]),
  );
  assert.equal(new Set(events.map((e) => e.id)).size, 1);
  assert.match(events[0]!.id, /military-drills/u);
  assert.equal(meetings(one('2025-06-10', '石破茂上一次与韩国总统举行会谈是在去年。')).length, 0);
});

test("an office's readout of its own head's call is the call, not an answer; a readout given to a question is both", () => {
  const readout = extract('2025-08-26', [['paragraph', '（中央社華盛頓25日綜合外電報導）美國國務院表示，國務卿盧比歐當地時間25日與中國外交部長王毅通電話，雙方討論美中關係。']], '中央社');
  assert.equal(responses(readout).length, 0);
  assert.equal(meetings(readout).length, 1);
  const answered = extract('2025-06-18', [
    ['headline', '2025年6月18日外交部发言人郭嘉昆主持例行记者会'],
    ['paragraph', '彭博社记者：据报道，王毅外长昨天同埃及外长通电话。你能否介绍更多情况？'],
    ['paragraph', '郭嘉昆：6月17日，王毅外长应约同埃及外长阿卜杜勒阿蒂通电话，双方就中东局势交换了意见。'],
  ]);
  assert.equal(responses(answered).length, 1);
  assert.equal(meetings(answered).length, 1);
});
