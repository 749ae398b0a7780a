import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, one } from './extract-helpers.ts';

const calls = (events: ReturnType<typeof one>) => events.filter((e) => e.type !== 'ministry-response');

test('a count of meetings is not a meeting, in either script', () => {
  assert.deepEqual(calls(one('2025-01-22', '習近平指出，2024年，我們3次會晤，達成許多重要共識。')), []);
  assert.deepEqual(calls(one('2026-02-05', '习近平指出，过去一年我们两度会晤，引领中俄关系步入新阶段。')), []);
  assert.deepEqual(calls(one('2025-01-02', '回顾2024年，习近平主席同外国领导人会见会谈200余场。')), []);
});

test('plans and invitations for later are not events', () => {
  assert.deepEqual(calls(one('2025-03-18', '馬克龍表示，期待年內再次訪華，同習近平主席舉行會晤。')), []);
  assert.deepEqual(calls(one('2025-03-18', '兩國元首將於下月在北京舉行會談。')), []);
  assert.deepEqual(calls(one('2025-03-18', '中方邀請美國總統特朗普訪華並與習近平會晤。')), []);
});

test('a question about a meeting is not a meeting', () => {
  assert.deepEqual(calls(one('2026-03-14', '有記者問：兩國元首是否會在亞太經合組織會議期間會晤？')), []);
});

test('a hypothetical meeting is not a meeting', () => {
  assert.deepEqual(calls(one('2026-03-14', '若雙方能在年內再度會晤，將為兩國關係注入新動力。')), []);
  assert.deepEqual(calls(one('2026-03-14', '如果普京同意，特朗普愿意同他通电话。')), []);
});

test('an anniversary of a meeting is not a meeting', () => {
  assert.deepEqual(calls(one('2025-11-15', '今年是中美元首舊金山會晤兩周年。')), []);
});

test('what someone said on another occasion does not make that occasion an event', () => {
  assert.deepEqual(calls(one('2025-01-22', '習近平曾在會見美國國會議員時表示，中美關係好，兩國和世界都受益。')), []);
  assert.deepEqual(one('2025-01-22', '外交部發言人此前曾表示，中方反對單邊制裁。'), []);
});

test('a photo caption about an unrelated scene gives no event', () => {
  assert.deepEqual(extract('2026-02-05', [['caption', '▲2月3日，市民在維多利亞公園參觀年宵市場。']]), []);
});

test('a mention with nobody named and no date is left out', () => {
  assert.deepEqual(one('2026-02-05', '從兩國防長通話到元首級視頻會晤，一系列互動構成立體化外交圖景。'), []);
});

test('a background mention with a named person but no date is kept with no date', () => {
  const [e] = one('2025-01-22', '李強總理會見日本執政黨代表團時指出，雙方應維護產業鏈供應鏈穩定暢通。');
  assert.equal(e?.type, 'meeting');
  assert.equal(e?.date, null);
  assert.equal(e?.precision, 'unknown');
  assert.deepEqual(e?.actors, ['李強']);
});

test('a meeting dated only 近日 is approximate, never an exact day', () => {
  const [e] = one('2026-02-05', '據報道，王毅近日同法國外長巴羅舉行會談。');
  assert.equal(e?.precision, 'approximate');
  assert.equal(e?.date, '2026-02');
});

test('a minister speaking is not a ministry response', () => {
  assert.deepEqual(one('2025-02-07', '外交部長林佳龍今天表示，台灣樂見美日同盟深化。', '自由時報'), []);
});
