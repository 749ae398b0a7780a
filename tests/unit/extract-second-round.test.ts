/** Forms met on the second round of unseen pages: ministers before the press, transcripts, columns. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/lib/extract/dates.ts';
import { fold } from '../../src/lib/extract/fold.ts';
import { toBlocks } from '../../src/lib/ingest/blocks.ts';
import { extract, one } from './extract-helpers.ts';

const responses = (events: ReturnType<typeof one>) => events.filter((e) => e.type === 'ministry-response');
const meetings = (events: ReturnType<typeof one>) => events.filter((e) => e.type !== 'ministry-response');

test('a minister speaking to the press answers for his ministry, but not when he speaks in his own meeting', () => {
  const press = responses(one('2021-03-09', '國務委員兼外交部長王毅8日在記者會上回應提問表示，中方反對任何干涉。'));
  assert.equal(press.length, 1);
  assert.equal(press[0]!.date, '2021-03-08');
  assert.match(press[0]!.title, /外交部長王毅/u);
  assert.equal(responses(one('2021-03-09', '外交部長王毅8日在北京會見來訪的伊朗外長扎里夫時表示，雙方要加強合作。')).length, 0);
  // Without the press, a minister's remark is not a ministry's answer.
  assert.equal(responses(one('2021-03-09', '外交部長王毅8日表示，中方樂見合作。', '自由時報')).length, 0);
});

test('an office head who calls a press conference answers the lines that open with his name', () => {
  const mac = extract('2022-06-10', [
    ['paragraph', '陸委會主委李大明昨（9）日召開記者會，以下為問答：'],
    ['paragraph', '記者：兩岸航線何時恢復？'],
    ['paragraph', '李大明：我們已請對岸盡快回應。'],
  ]);
  const answer = responses(mac).find((e) => e.passages.includes('p-2'));
  assert.ok(answer, 'the named answer line is a response');
  assert.equal(answer.date, '2022-06-09');
});

test('分別會見 several leaders is one meeting with each', () => {
  const events = meetings(one('2023-09-11', '國務院總理李強10日在雅加達分別會見印尼總統佐科、越南總理范明政和菲律賓總統小馬科斯。'));
  assert.equal(events.length, 3);
  assert.ok(events.every((e) => e.actors.includes('李強') && e.actors.length === 2));
});

test('a date before a speech verb dates the speaking, not the call it confirms', () => {
  const events = extract('2020-03-29', [
    ['paragraph', '美國總統特朗普27日同國家主席習近平通電話。'],
    ['paragraph', '白宮發言人28日證實，特朗普與習近平通話約一小時。'],
  ]);
  const calls = events.filter((e) => e.type === 'call');
  assert.equal(calls.length, 1);
  assert.equal(calls[0]!.date, '2020-03-27');
});

test('a call counted from does not date the meeting after it', () => {
  const events = meetings(one('2022-11-16', '這是習近平與拜登3月18日視頻通話後首次面對面會晤。'));
  // The meeting looked back on (這是…首次會晤) is the one reported before it, not another.
  assert.deepEqual(events.map((e) => [e.type, e.date]), [['call', '2022-03-18']]);
});

test('當晚 refers to the day written just before it in the sentence', () => {
  const found = findDates(fold('對於總統2日下午的講話，發言人當晚回應'), { published: '2019-01-04', contextDay: '2018-12-28' });
  assert.deepEqual(found.map((d) => d.date), ['2019-01-02', '2019-01-02']);
});

test('a dated past call written with 曾 is an event, an undated one is not', () => {
  assert.equal(meetings(one('2024-01-16', '去年12月中旬，帛琉總統惠恕仁曾與外交部長視訊通話。')).length, 1);
  assert.equal(meetings(one('2024-01-16', '帛琉總統惠恕仁曾與外交部長視訊通話。')).length, 0);
});

test('a jump to another page ends the paragraph and is page furniture', () => {
  const lines = ['新華社北京11月15日電 國家主席習近平15日', '同來訪的法國總統舉行會談，兩國元首同意', '保持經常性聯繫，雙方', '（下轉A3版）', '', '外長會談取得成果'];
  const blocks = toBlocks(lines.join('\n'));
  assert.deepEqual(
    blocks.map((b) => b.type),
    ['paragraph', 'furniture', 'headline'],
  );
  assert.ok(blocks[0]!.text.endsWith('雙方'));
});

test('a three-sided meeting on the same day stays apart from the two-sided talks', () => {
  const events = meetings(
    extract('2023-04-07', [
      ['paragraph', '國家主席習近平6日同法國總統馬克龍舉行會談。'],
      ['paragraph', '當天，習近平同馬克龍、歐盟委員會主席馮德萊恩舉行三方會晤。'],
    ]),
  );
  assert.equal(events.length, 2);
});
