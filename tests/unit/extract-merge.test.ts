import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, one } from './extract-helpers.ts';

test('standfirst, body, caption and headline about one meeting make one event listing every passage', () => {
  const events = extract('2025-01-22', [
    ['standfirst', '1月21日下午，國家主席習近平在北京人民大會堂同俄羅斯總統普京舉行視頻會晤。'],
    ['paragraph', '習近平指出，很高興在這一辭舊迎新的時刻同總統先生視頻會晤。'],
    ['headline', '同普京視頻會晤 強調繼續深化戰略協作'],
    ['caption', '▲1月21日下午，國家主席習近平在北京人民大會堂同俄羅斯總統普京舉行視頻會晤。'],
  ]);
  assert.equal(events.length, 1);
  const [e] = events;
  assert.equal(e!.type, 'meeting');
  assert.equal(e!.mode, 'video');
  assert.equal(e!.date, '2025-01-21');
  assert.equal(e!.partOfDay, 'afternoon');
  assert.deepEqual(e!.actors, ['習近平', '普京']);
  assert.deepEqual(e!.passages, ['p-0', 'p-1', 'p-2', 'p-3']);
  assert.equal(e!.title, '習近平同普京視頻會晤');
  assert.equal(e!.titleEn, 'Xi Jinping holds video meeting with Vladimir Putin');
  assert.equal(e!.location, '北京人民大會堂');
});

test('the same call reported by a Hong Kong paper and a Taiwanese one gets the same id', () => {
  const hk = one('2025-03-19', '美國總統特朗普昨日與俄羅斯總統普京通電話。', '大公報');
  const tw = one('2025-03-18', '美國總統川普今天與俄羅斯總統普丁通電話。', '中央社');
  const cn = one('2025-03-19', '新华社莫斯科3月18日电 俄罗斯总统普京18日同美国总统特朗普通电话。', '新华社');
  assert.equal(hk.length, 1);
  assert.equal(hk[0]!.id, tw[0]!.id);
  assert.equal(hk[0]!.id, cn[0]!.id);
  assert.match(hk[0]!.id, /^[a-z0-9][a-z0-9-]*$/);
});

test('the same answer reported in both scripts gets the same id', () => {
  const hant = one(
    '2025-01-22',
    '對於美國總統特朗普表示將調查中國貿易行為，中國外交部發言人郭嘉昆21日表示，中美經貿合作的本質是互利共贏。',
  );
  const hans = one(
    '2025-01-21',
    '就美国总统特朗普要求调查中国贸易做法，外交部发言人郭嘉昆21日答记者问时表示，中美经贸合作的本质是互利共赢。',
  );
  assert.equal(hant[0]!.id, hans[0]!.id);
  // Each names the ministry as it is written.
  assert.deepEqual(hant[0]!.actors, ['中國外交部', '郭嘉昆']);
  assert.deepEqual(hans[0]!.actors, ['外交部', '郭嘉昆']);
});

test('two questions on two topics are two responses; a follow-up paragraph joins its answer, the briefing’s line the first', () => {
  const events = extract('2025-03-10', [
    ['paragraph', '2025年3月10日外交部发言人毛宁主持例行记者会。'],
    ['paragraph', '问：菲律宾海警船只再次闯入仁爱礁邻近海域。中方有何回应？'],
    ['paragraph', '答：中国对仁爱礁拥有无可争辩的主权。'],
    ['paragraph', '问：美国宣布对中国商品加征关税。中方将如何应对？'],
    ['paragraph', '答：单边加征关税违反世贸组织规则。'],
    ['paragraph', '同时，中方将采取一切必要措施维护自身权益。'],
  ]);
  assert.equal(events.length, 2);
  for (const e of events) {
    assert.equal(e.type, 'ministry-response');
    assert.equal(e.date, '2025-03-10');
    assert.deepEqual(e.actors, ['外交部', '毛宁']);
  }
  assert.deepEqual(
    events.map((e) => e.passages),
    [
      ['p-0', 'p-1', 'p-2'],
      ['p-3', 'p-4', 'p-5'],
    ],
  );
  assert.notEqual(events[0]!.id, events[1]!.id);
});

test('two ministries answering the same question are two events', () => {
  const events = one(
    '2026-02-05',
    '歐委會近日宣布對中國風電企業啟動外國補貼深入調查。中國外交部4日回應表示，歐盟頻繁動用單邊經貿工具。中國商務部在4日晚間回應指出，中方對此高度關切。',
  );
  assert.deepEqual(events.map((e) => e.actors[0]).sort(), ['中國商務部', '中國外交部']);
  assert.ok(events.every((e) => e.date === '2026-02-04'));
});

test('an unqualified 外交部 in a Taipei paper is the ROC foreign ministry', () => {
  const [e] = one('2025-03-18', '外交部今天表示，台灣持續關注俄烏情勢發展。', '中央社');
  assert.equal(e?.participants[0]?.country, 'TW');
  assert.match(e.id, /tw-mfa/);
  const [cn] = one('2025-03-18', '外交部今天表示，中方持續關注烏克蘭局勢發展。', '大公報');
  assert.match(cn!.id, /cn-mfa/);
});

test('an embassy spokesperson answers for the embassy', () => {
  const [e] = one('2025-05-08', '中国驻美国使馆发言人刘鹏宇7日在答复媒体提问时表示，中方对此坚决反对。');
  assert.equal(e?.date, '2025-05-07');
  assert.deepEqual(e?.actors, ['中国驻美国使馆', '刘鹏宇']);
  assert.match(e.id, /cn-embassy-us/);
});
