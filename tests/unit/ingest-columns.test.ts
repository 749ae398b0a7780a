/** Column repair: lines holding two or three columns side by side are unwoven before layout repair. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitColumns } from '../../src/lib/ingest/columns.ts';
import { parsePage } from '../../src/lib/ingest/page.ts';

test('two columns printed side by side are unwoven, the left one first', () => {
  const lines = [
    '外交部發言人毛寧11日主持例行記者會。        商務部新聞發言人昨日表示，美方',
    '毛寧表示，中方堅決反對美方有關法案，        做法嚴重破壞國際經貿秩序。',
    '敦促美方停止錯誤做法。',
  ];
  assert.deepEqual(splitColumns(lines).filter(Boolean), [
    '外交部發言人毛寧11日主持例行記者會。',
    '毛寧表示，中方堅決反對美方有關法案，',
    '敦促美方停止錯誤做法。',
    '商務部新聞發言人昨日表示，美方',
    '做法嚴重破壞國際經貿秩序。',
  ]);
});

test('a table row keeps its cells together and a spaced-out page header stays one line', () => {
  const lines = ['南方都市報          2019年7月12日 星期五          AA05', '', '項目    金額    同比', '出口    79527   6.1%'];
  assert.deepEqual(splitColumns(lines), lines);
});

test('a page whose columns interleave line by line reads each sentence whole', () => {
  const page = parsePage(
    [
      '國台辦發言人朱鳳蓮17日在例行新聞        本報北京11月16日電 國家主席習近平16日上午',
      '發布會上表示，立陶宛當局的做法是        在北京同美國總統拜登舉行視頻會晤。兩國元首',
      '粗暴干涉中國內政。                      進行了充分、深入的溝通和交流。',
    ].join('\n'),
  );
  const texts = page.passages.map((p) => p.text);
  assert.ok(texts.some((t) => t.includes('例行新聞發布會上表示，立陶宛當局的做法是粗暴干涉中國內政。')));
  assert.ok(texts.some((t) => t.includes('在北京同美國總統拜登舉行視頻會晤。兩國元首進行了充分')));
});
