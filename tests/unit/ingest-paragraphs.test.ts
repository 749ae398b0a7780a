/** Where paragraphs begin and end: jumps to another page, printed web pages, chronologies, wire datelines. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toBlocks } from '../../src/lib/ingest/blocks.ts';
import { parsePage } from '../../src/lib/ingest/page.ts';

test('a jump to another page ends the paragraph and is page furniture', () => {
  const lines = ['新華社北京11月15日電 國家主席習近平15日', '同來訪的法國總統舉行會談，兩國元首同意', '保持經常性聯繫，雙方', '（下轉A3版）', '', '外長會談取得成果'];
  const blocks = toBlocks(lines.join('\n'));
  assert.deepEqual(
    blocks.map((b) => b.type),
    ['paragraph', 'furniture', 'headline'],
  );
  assert.ok(blocks[0]!.text.endsWith('雙方'));
});

test('a web page printed to PDF keeps one story across its page break, and its furniture is credits', () => {
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

test('a wire dateline in Chinese numerals opens a paragraph, even when its line breaks inside the brackets', () => {
  const page = parsePage(['▲九月十一日，两国元首举行会晤。  新华社记者 王新摄', '', '新华社奥克兰九月十一日电  （记者陈', '维）国家主席今天上午在下榻的', '饭店会见了智利总统。'].join('\n'));
  const body = page.passages.filter((p) => p.kind === 'paragraph');
  assert.equal(body.length, 1);
  assert.match(body[0]!.text, /^新华社奥克兰九月十一日电.*饭店会见了智利总统。$/u);
});
