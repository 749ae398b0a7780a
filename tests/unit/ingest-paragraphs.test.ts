/** Where paragraphs begin and end: jumps to another page, printed web pages, chronologies, wire datelines. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toBlocks } from '../../src/lib/ingest/blocks.ts';
import { parsePage } from '../../src/lib/ingest/page.ts';

test('a jump to another page ends the paragraph and is page furniture', () => {
  const lines = [
    '新華社北京11月15日電 國家主席習近平15日',
    '同來訪的法國總統舉行會談，兩國元首同意',
    '保持經常性聯繫，雙方',
    '（下轉A3版）',
    '',
    '外長會談取得成果',
  ];
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
  const page = parsePage(
    ['■兩國元首互動', '2021年9月10日 甲國總統同乙國總統通電話', '2021年11月16日 甲國總統同乙國總統舉行視頻會晤'].join('\n'),
  );
  const entries = page.passages.filter((p) => p.kind === 'paragraph');
  assert.equal(entries.length, 2);
  assert.ok(entries[0]!.text.startsWith('2021年9月10日'));
});

test("a chronology's dated line cut at a column's width (2021年2月11日 習近平應約同) is no page header either", () => {
  for (const lines of [
    ['■兩國元首互動', '2021年2月11日 習近平應約同', '拜登通電話，互致新春祝福', '2021年9月10日 習近平同拜登通電話'],
    ['■两国元首互动', '2021年2月11日 习近平应约同', '拜登通电话，互致新春祝福', '2021年9月10日 习近平同拜登通电话'],
  ]) {
    const page = parsePage(lines.join('\n'));
    assert.ok(!page.passages.some((p) => p.kind === 'credit' && p.text.startsWith('2021年2月11日')), lines[1]);
    assert.ok(
      page.passages.some((p) => /^2021年2月11日.*通[電电][話话]/u.test(p.text)),
      lines[1],
    );
  }
});

test('a wire dateline in Chinese numerals opens a paragraph, even when its line breaks inside the brackets', () => {
  const page = parsePage(
    [
      '▲九月十一日，两国元首举行会晤。  新华社记者 王新摄',
      '',
      '新华社奥克兰九月十一日电  （记者陈',
      '维）国家主席今天上午在下榻的',
      '饭店会见了智利总统。',
    ].join('\n'),
  );
  const body = page.passages.filter((p) => p.kind === 'paragraph');
  assert.equal(body.length, 1);
  assert.match(body[0]!.text, /^新华社奥克兰九月十一日电.*饭店会见了智利总统。$/u);
});

/** A briefing transcript printed in a 13-character column: every body line is cut at that width. */
const columnTranscript = [
  '外交部發言人答記者問',
  '',
  '2024年11月18日外交部發言人',
  '林海主持例行記者會',
  '',
  '問：有報道稱，兩國外長昨天',
  '通了電話，中方能否介紹有關',
  '情況？',
  '',
  '答：兩國外長昨天通電話，就',
  '雙邊關係和共同關心的問題交',
  '換了意見。雙方同意保持溝通',
  '，推動雙邊合作取得新進展。',
  '',
  '問：日前，一艘外國軍艦駛近',
  '南海有關島礁。中方對此有何',
  '評論？',
  '',
  '答：中方敦促有關國家停止挑',
  '釁。我們將繼續採取必要措施',
  '，維護國家主權和海上安全。',
].join('\n');

test('a heading cut at the column width is one passage with its date, not a page header and a headline', () => {
  const blocks = toBlocks(columnTranscript);
  assert.deepEqual(
    blocks.slice(0, 3).map((b) => [b.type, b.text]),
    [
      ['headline', '外交部發言人答記者問'],
      ['paragraph', '2024年11月18日外交部發言人林海主持例行記者會'],
      ['paragraph', '問：有報道稱，兩國外長昨天通了電話，中方能否介紹有關情況？'],
    ],
  );
});

test('a first line that fills the column runs on across the blank line of a column break', () => {
  const lines = [
    '記者：兩國何時舉行下一輪磋商？',
    '',
    '發言人：雙方保持溝通。有關',
    '安排，我們會適時發布消息。',
    '',
    '澳大利亞總理本周二在雅加達',
    '',
    '同印尼總統會面，這是兩國領',
    '導人今年首次正式會談。雙方',
    '同意加強海上合作，擴大貿易',
    '往來，並就地區局勢交換意見',
    '。雙方還簽署了多項合作文件',
    '，涵蓋能源和教育等領域。',
  ];
  const blocks = toBlocks(lines.join('\n'));
  assert.equal(blocks.at(-1)!.type, 'paragraph');
  assert.ok(blocks.at(-1)!.text.startsWith('澳大利亞總理本周二在雅加達同印尼總統會面'), blocks.at(-1)!.text);
});

test('a picture caption closed by an agency credit ends before the story, across blank lines', () => {
  const blocks = toBlocks(
    ['英國首相（左）與法國總統9月3日在倫敦舉行會談。路透社', '', '', '英法兩國領導人週一晚間通電話，就烏克蘭局勢交換意見。'].join('\n'),
  );
  assert.deepEqual(
    blocks.map((b) => [b.type, b.text]),
    [
      ['caption', '英國首相（左）與法國總統9月3日在倫敦舉行會談。'],
      ['credit', '路透社'],
      ['paragraph', '英法兩國領導人週一晚間通電話，就烏克蘭局勢交換意見。'],
    ],
  );
});

test("a sentence closed by an agency's name in brackets (。（新華社）) has ended: the blank line after it parts it from the next paragraph", () => {
  for (const [first, next] of [
    ['11月1日下午，兩國總統在慶州舉行會談。（新華社）', '韓國總統在峰會期間分別會晤了中國總理和日本首相。'],
    ['11月1日下午，两国总统在庆州举行会谈。（新华社）', '韩国总统在峰会期间分别会晤了中国总理和日本首相。'],
  ]) {
    const blocks = toBlocks([first, '', next].join('\n'));
    assert.deepEqual(
      blocks.map((b) => b.text),
      [first, next],
    );
  }
});

test('a short text that says what its picture shows (…，圖為一名男子…) is a caption', () => {
  for (const caption of [
    '2009年11月11日，中印邊境，圖為一名男子經過邊境附近的一處會議室。',
    '2009年11月11日，中印边境，图为一名男子经过边境附近的一处会议室。',
  ]) {
    const blocks = toBlocks([caption, '', '對此，發言人同日在例行記者會上指出，雙方保持各層級往來。'].join('\n'));
    assert.deepEqual(
      blocks.map((b) => b.type),
      ['caption', 'paragraph'],
      caption,
    );
  }
});

test("a caption with no full stop closed by who took the picture (…回答記者提問 中國網 張琳 攝) is a caption, not a headline or the story's first words", () => {
  for (const [caption, credit] of [
    ['新聞發言人楊毅回答記者提問', '中國網 張琳 攝'],
    ['新闻发言人杨毅回答记者提问', '中国网? 张琳 摄'],
  ]) {
    const blocks = toBlocks([`${caption} ${credit}`, '國台辦29日上午舉行例行新聞發佈會，由發言人楊毅主持。', '責編:李賢'].join('\n'));
    assert.deepEqual(
      blocks.map((b) => [b.type, b.text]),
      [
        ['caption', caption],
        ['credit', credit],
        ['paragraph', '國台辦29日上午舉行例行新聞發佈會，由發言人楊毅主持。'],
        ['furniture', '責編:李賢'],
      ],
    );
  }
});

test('a caption closed by where its picture was captured from (（圖擷取自…Facebook）), however long, is a caption with its credit', () => {
  for (const [caption, credit] of [
    ['帛琉總統在聯合國大會期間，於紐約會晤我國外長。', '（圖擷取自Office of the President, Republic of Palau Facebook）'],
    ['帛琉总统在联合国大会期间，于纽约会晤我国外长。', '（图撷取自帛琉总统府脸书）'],
  ] as const) {
    const blocks = toBlocks([caption + credit, '', '外交部長甫結束訪歐行程，已返台。'].join('\n'));
    assert.deepEqual(
      blocks.map((b) => [b.type, b.text]),
      [
        ['caption', caption],
        ['credit', credit],
        ['paragraph', '外交部長甫結束訪歐行程，已返台。'],
      ],
    );
  }
});

test('a caption closed by where its picture was taken from is a caption with its credit', () => {
  const blocks = toBlocks(
    ['外長昨晚與來訪的鄰國外長在湖邊散步。(取材自推特)', '', '兩國外長昨天在杭州舉行會談，同意加強經貿合作。'].join('\n'),
  );
  assert.deepEqual(
    blocks.map((b) => b.type),
    ['caption', 'credit', 'paragraph'],
  );
  for (const source of ['（圖：新華網）', '（图/新华社）', '(圖片來源:國防部網站)', '（图片来源：外交部网站）']) {
    const credited = toBlocks([`兩國外長在記者會上握手。${source}`, '', '兩國外長昨天在杭州舉行會談，同意加強經貿合作。'].join('\n'));
    assert.deepEqual(
      credited.map((b) => b.type),
      ['caption', 'credit', 'paragraph'],
      source,
    );
  }
});

test('paragraphs run together on one line with a space after each full stop come apart', () => {
  const line =
    '外交部發言人林海5日主持例行記者會。 林海說，各位下午好，我先發布一條消息。 問：兩國外長昨天通電話，中方能否介紹有關情況？ 答：兩國外長就雙邊關係交換了意見。';
  assert.deepEqual(
    toBlocks(line).map((b) => b.text),
    [
      '外交部發言人林海5日主持例行記者會。',
      '林海說，各位下午好，我先發布一條消息。',
      '問：兩國外長昨天通電話，中方能否介紹有關情況？',
      '答：兩國外長就雙邊關係交換了意見。',
    ],
  );
});

test('a half-width question mark closing Chinese text ends a run-on paragraph too, an English one does not', () => {
  const line =
    '路透社記者:美方昨天宣布對華加徵關稅。中方有何回應? 林海:中方堅決反對,將採取必要措施。 法新社記者:白宮稱“Is China ready? We are.”雙方會否再談?';
  assert.deepEqual(
    toBlocks(line).map((b) => b.text),
    [
      '路透社記者:美方昨天宣布對華加徵關稅。中方有何回應?',
      '林海:中方堅決反對,將採取必要措施。',
      '法新社記者:白宮稱“Is China ready? We are.”雙方會否再談?',
    ],
  );
});

test('a photo credit closing a run-on line ends its paragraph: the dateline after it opens the story', () => {
  const line =
    '外交部發言人主持例行記者會並回答記者提問（本報記者 陳明攝） 本報北京1月28日電 外交部發言人28日主持例行記者會，就近期熱點問題回答記者提問。';
  assert.deepEqual(
    toBlocks(line).map((b) => b.text),
    [
      '外交部發言人主持例行記者會並回答記者提問（本報記者 陳明攝）',
      '本報北京1月28日電 外交部發言人28日主持例行記者會，就近期熱點問題回答記者提問。',
    ],
  );
});
