/** Forms met on the sixth round of unseen pages: printed web transcripts, declined answers, looking back. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from '../../src/lib/ingest/page.ts';
import { extract, one } from './extract-helpers.ts';

const responses = (events: ReturnType<typeof one>) => events.filter((e) => e.type === 'ministry-response');
const meetings = (events: ReturnType<typeof one>) => events.filter((e) => e.type !== 'ministry-response');

test("a web page printed to PDF keeps one story across its page break, and its furniture is credits", () => {
  const page = parsePage(
    [
      '2025/6/18 17:06            2025年6月18日外交部发言人主持例行记者会_外交部',
      '',
      '首页 > 发言人表态 > 例行记者会',
      '',
      '2025年6月18日外交部发言人主持例行记者会',
      '【打印】 【关闭】',
      '',
      '记者：欧洲议会昨天通过一项决议。中方对此有何回应？',
      '',
      '发言人：中方对此强烈不满、坚决反对。',
      '',
      'https://www.example.gov.cn/web/t20250618.shtml        1/2',
      '2025/6/18 17:06            2025年6月18日外交部发言人主持例行记者会_外交部',
      '',
      '记者：美国商务部昨天宣布新的出口管制措施。中方有何评论？',
      '',
      '发言人：中方将坚定维护中国企业的正当权益。',
      '',
      '主办单位：外交部　　　版权所有',
    ].join('\n'),
  );
  assert.equal(page.stories.length, 1);
  const credits = page.passages.filter((p) => p.kind === 'credit').map((p) => p.text);
  assert.ok(credits.some((t) => t.startsWith('https://')));
  assert.ok(credits.some((t) => t.startsWith('首页')));
  assert.ok(credits.some((t) => t.includes('版权所有')));
  assert.ok(!page.passages.some((p) => p.kind === 'headline' && p.text.includes('17:06')));
});

test("a chronology's dated lines are paragraphs, one each, not a page header", () => {
  const page = parsePage(['■兩國元首互動', '2021年9月10日 甲國總統同乙國總統通電話', '2021年11月16日 甲國總統同乙國總統舉行視頻會晤'].join('\n'));
  const entries = page.passages.filter((p) => p.kind === 'paragraph');
  assert.equal(entries.length, 2);
  assert.ok(entries[0]!.text.startsWith('2021年9月10日'));
});

const transcript = (lines: string[]) =>
  extract(
    '2025-06-18',
    [['headline', '2025年6月18日外交部发言人郭嘉昆主持例行记者会'], ...lines.map((t) => ['paragraph', t] as ['paragraph', string])],
  );

test('a turn that declines to answer is no response; one that refers the question on but states a position is', () => {
  const events = responses(
    transcript([
      '共同社记者：据报道，日方有意在秋天举行领导人会晤。中方对此持何态度？',
      '郭嘉昆：我没有可以提供的信息。',
      '总台央视记者：美国商务部昨天宣布将多家中国实体列入实体清单。中方对此有何评论？',
      '郭嘉昆：具体问题请向中方主管部门询问。原则上讲，中方一贯坚决反对美方泛化国家安全概念。',
    ]),
  );
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date, '2025-06-18');
  assert.match(events[0]!.summary, /泛化国家安全概念/u);
});

test('an opening announcement of a visit is not an answer, and a follow-up stays on its question', () => {
  const events = responses(
    transcript([
      '郭嘉昆：应外交部长王毅邀请，斯里兰卡外长将于6月23日至26日对中国进行正式访问。',
      '路透社记者：美方表示将对中国半导体产品征收新的关税。中方是否会采取反制措施？',
      '郭嘉昆：关税战、贸易战没有赢家。',
      '追问：中美双方目前是否就此保持沟通？',
      '郭嘉昆：中美双方在经贸问题上一直保持着沟通。',
    ]),
  );
  assert.equal(events.length, 1, events.map((e) => e.title).join(' / '));
  assert.equal(events[0]!.actors[0], '外交部');
});

test("two questions on one broad topic get two answers", () => {
  const events = responses(
    transcript([
      '记者：美方宣布扩大对华半导体出口管制。中方有何回应？',
      '郭嘉昆：中方坚决反对。',
      '记者：美国商务部把更多中国实体列入出口管制清单。中方有何评论？',
      '郭嘉昆：中方将采取必要措施。',
    ]),
  );
  assert.equal(new Set(events.map((e) => e.id)).size, 2);
});

test("a transcript's head dates its answers, not the day a question mentions", () => {
  const events = responses(
    extract('2025-07-24', [
      ['headline', '商务部召开例行新闻发布会（2025年7月24日）'],
      ['paragraph', '时间：2025年7月24日（星期四）下午3:00'],
      ['paragraph', '发布人：商务部新闻发言人 何亚东'],
      ['paragraph', '记者：荷兰政府上周五发布出口管制新规。商务部对此有何回应？'],
      ['paragraph', '何亚东：中方注意到有关情况，对荷方扩大出口管制表示不满。'],
    ]),
  );
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date, '2025-07-24');
});

test("another office's briefing of the day before does not redate a ministry's own answers", () => {
  const events = responses(
    one(
      '2025-08-26',
      '外交部發言人蕭光偉今天在例行記者會上表示，中國無權代表台灣。中國外交部發言人毛寧昨天在例行記者會上聲稱，台灣參與國際組織必須按照一個中國原則處理。蕭光偉回應，中國無權在國際場合為台灣發聲。',
      '中央社',
    ),
  );
  const own = events.filter((e) => e.actors.includes('蕭光偉'));
  assert.ok(own.length >= 1);
  assert.ok(own.every((e) => e.date === '2025-08-26'), own.map((e) => e.date).join(', '));
});

test('a clause looking back on the call just reported is not another call', () => {
  const events = meetings(one('2026-01-08', '國家主席習近平昨晚應約與法國總統馬克龍通電話，這是兩國元首在馬克龍上月訪華後首次通話。'));
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date, '2026-01-07');
});

test('video talks are a meeting, and two who co-chair a commission meet', () => {
  const talks = meetings(one('2025-07-24', '本月16日，王文涛部长与东盟秘书长高金洪举行视频会谈。'));
  assert.equal(talks[0]!.type, 'meeting');
  assert.equal(talks[0]!.mode, 'video');
  const chaired = meetings(one('2026-01-09', '中国国务院副总理丁薛祥昨天与新加坡副总理颜金勇共同主持双边合作联合委员会第21次会议。', '联合早报'));
  assert.equal(chaired.length, 1);
  assert.deepEqual([...chaired[0]!.actors].sort(), ['丁薛祥', '颜金勇'].sort());
});

test("an office's name before a title is not taken for a person's", () => {
  const events = meetings(one('2025-01-23', '外交部駐澳門特派員公署特派員劉顯法昨日上午在公署會見新任印度尼西亞駐香港總領事蘇哈迪。'));
  assert.equal(events.length, 1);
  assert.deepEqual(events[0]!.actors, ['劉顯法', '蘇哈迪']);
});
