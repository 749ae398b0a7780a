/** Layout repair on page shapes from other outlets: headers, bracketed bylines, wire endings, unmarked captions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from '../../src/lib/ingest/page.ts';

const kinds = (text: string) => parsePage(text).passages.map((p) => [p.kind, p.text]);
const kindOf = (text: string, start: string) => kinds(text).find(([, t]) => t!.startsWith(start))?.[0];

test('a page header with date, page and section is furniture, not a headline or body', () => {
  for (const header of [
    '环球时报 2024年5月16日 第3版 国际·新闻',
    '聯合報 2025-01-18 A1版 要聞',
    '二〇一八年九月四日 星期二',
    '戊戌年七月廿五',
  ]) {
    const page = `${header}\n\n中美會談登場\n\n新華社北京3月12日電 國家主席習近平12日同法國總統通電話。`;
    assert.equal(kindOf(page, header), 'credit', header);
    assert.equal(kindOf(page, '中美會談登場'), 'headline', header);
  }
});

test('bracketed bylines open the paragraph they lead, so the line is not a headline', () => {
  for (const byline of [
    '【环球时报报道 记者 倪浩】',
    '〔記者蘇永耀／綜合報導〕',
    '［東方日報］',
    '【本報消息】',
    '【記者廖漢原／華盛頓17日電】',
  ]) {
    const page = `標題在這裏\n\n${byline}國防\n部發言人15日就近期熱點\n問題發布消息。`;
    const para = kinds(page).find(([, t]) => t!.includes('發布消息'));
    assert.equal(para?.[0], 'paragraph', byline);
    assert.ok(para?.[1]!.startsWith(byline), byline);
  }
});

test('a byline written with slashes on a line of its own (聯合報／記者X／台北即時報導) is a byline, not the start of the paragraph below', () => {
  for (const byline of ['聯合報／記者林小明／台北即時報導', '记者王小红／综合报导']) {
    const page = `陸委會回應外長記者會：兩岸互不隸屬\n\n${byline}\n陸委會今天下午發出新聞稿表示，針對大陸外長今天上午在記者會上有關台灣的說法，陸委會予以嚴正駁斥，並強調任何扭曲歷史的說法都無法改變事實。（本報系資料照）\n`;
    assert.equal(kindOf(page, byline), 'byline', byline);
    assert.equal(kindOf(page, '陸委會今天下午'), 'paragraph', byline);
  }
});

test("a wire story's closing mark ends its paragraph and the next headline stands apart", () => {
  const page =
    '（中央社記者台北15日電）外交部今天表示感謝。（編輯：林克倫）1110415\n\n陸委會：中共軍演無助兩岸關係\n\n（中央社記者台北15日電）陸委會今天回應。';
  assert.equal(kindOf(page, '陸委會：'), 'headline');
  assert.equal(kindOf(page, '（編輯：林克倫）'), 'credit');
  const wire = '新华社北京9月10日电 双方回顾了合作进展。（完）\n\n9月10日，李克强会见王瑞杰。\n新华社记者 黄敬文 摄';
  assert.equal(kindOf(wire, '9月10日，李克强'), 'caption');
});

test("a caption without a marker is known by the photographer's credit at its end", () => {
  const page =
    '12月15日下午，习近平在北京同普京举行视频会晤。 新华社记者 鞠鹏摄\n\n李克强应约同德国总理通电话\n\n本报北京12月15日电 李克强15日晚应约同德国总理通电话。';
  assert.equal(kindOf(page, '12月15日下午'), 'caption');
  assert.equal(kindOf(page, '李克强应约'), 'headline');
});

test('a line never opens with closing punctuation, and 昨 / 日 across lines stay together', () => {
  const page =
    '川普與習近平通話\n\n中國外交部發言人毛寧17日晚間證實了通話\n，並說中方願加強溝通。\n\n【本報消息】行政長官賀一誠昨\n日下午會見葡萄牙大使。';
  assert.ok(kinds(page).some(([k, t]) => (k === 'paragraph' || k === 'standfirst') && t!.includes('證實了通話，並說')));
  assert.ok(kinds(page).some(([k, t]) => k === 'paragraph' && t!.includes('賀一誠昨日下午')));
});

test('a headline as wide as the column, alone between blank lines, is still a headline', () => {
  const page =
    '星島日報 2020年5月9日 A14 中國\n\n疫下「雲外交」北京密集通話\n\n國務院總理李克強昨日下午在中\n南海紫光閣與世衞總幹事譚德塞\n視像通話。李克強表示支持世衞。';
  assert.equal(kindOf(page, '疫下'), 'headline');
  assert.ok(kinds(page).some(([k, t]) => k === 'paragraph' && t!.startsWith('國務院總理李克強昨日下午在中南海')));
});

test('a transcript heading cut over two lines is one headline, and a reporter naming the outlet opens a turn', () => {
  for (const [heading, rest, turn] of [
    ['2024年6月3日外交部發言人林劍', '主持例行記者會', '香港電台記者：'],
    ['2024年6月3日外交部发言人林剑', '主持例行记者会', '新京报记者:'],
  ] as const) {
    const page = `${heading}\n\n${rest}\n\nRegular Press Conference on June 3, 2024\n\n${turn}有報道說雙方將舉行會談。你能否證實？\n\n林劍：我們會適時發布消息。`;
    assert.equal(kindOf(page, heading), 'headline', heading);
    assert.ok(
      kinds(page).some(([k, t]) => k === 'headline' && t === heading + rest),
      heading,
    );
    assert.equal(kindOf(page, turn), 'paragraph', turn);
  }
  // A headline and a subheadline that are two sentences stay two.
  const page = '王毅會見美國國務卿\n\n雙方就中美關係交換意見\n\n新華社北京6月3日電 王毅3日會見布林肯。';
  assert.equal(kindOf(page, '王毅會見'), 'headline');
  assert.equal(kindOf(page, '雙方就'), 'headline');
});

test('a bracketed reporter before a colon (【中國國際電視台記者】：) is a turn of the same transcript, not the byline of a new story', () => {
  for (const [answer, turn] of [
    ['【高峰】：中美雙方就經貿問題進行了坦誠交流。', '【中國國際電視台記者】：請問這次磋商是否涉及企業問題？'],
    ['【高峰】:中美双方就经贸问题进行了坦诚交流。', '【中国国际电视台记者】:请问这次磋商是否涉及企业问题？'],
  ] as const) {
    const page = `商務部召開例行新聞發布會（2019年8月1日）\n\n【鳳凰衛視記者】：請問這一輪磋商取得了哪些成果？\n\n${answer}\n\n${turn}\n\n【高峰】：我們希望美方落實承諾。`;
    const { passages } = parsePage(page);
    assert.equal(new Set(passages.map((p) => p.story)).size, 1, turn);
    assert.equal(kindOf(page, turn), 'paragraph', turn);
  }
});

test('a subheading as wide as an indented first line, above a paragraph whose next line is wider, stands apart', () => {
  // Paragraphs whose first line lost its two-character indent: first lines 12 wide, the rest 14.
  const paragraph = ['這是另一段用來設定欄寬的', '正文內容，並沒有其他特別意義', '只是讓版面像報紙。'];
  const body = [
    ...paragraph,
    '',
    '企業盼規則清晰而可以預期',
    '多家外資企業負責人昨日表',
    '示，中國市場仍然具有吸引力，',
    '希望兩國保持溝通協調。',
  ];
  for (let k = 0; k < 6; k++) body.push('', ...paragraph);
  const page = body.join('\n');
  assert.match(kindOf(page, '企業盼規則') ?? '', /headline/);
  assert.ok(kinds(page).some(([k, t]) => k === 'paragraph' && t!.startsWith('多家外資企業負責人昨日表示，')));
});

test('a page with no headline or byline is one story across its photo, unless the text after it reads as another', () => {
  const lead = '商務部新聞發言人就美方加徵關稅答記者問，表示美方不能一邊要談，一邊威脅。';
  const body = '商務部新聞發言人周二說，中方注意到美方宣布加徵關稅的有關情況，美方不能一邊要談一邊威脅。';
  const page = `網站編譯 2025-10-14 09:32\n\n${lead}\n\n▲美方宣布加徵關稅，商務部回應。\n（圖：新華網）\n\n${body}`;
  const passages = parsePage(page).passages;
  const storyOf = (start: string) => passages.find((p) => p.text.startsWith(start))?.story;
  assert.equal(storyOf(lead.slice(0, 10)), storyOf(body.slice(0, 10)));
});

test("a transcript's time label (时间：2024年5月30日15:00) is text the reader keeps, not a page header", () => {
  const page =
    '2024年5月国防部例行记者会文字实录\n\n时间：2024年5月30日15:00—16:50\n\n地点：国防部新闻发布厅\n\n吴谦：中方认为，两军保持沟通有利于稳定两军关系。';
  assert.notEqual(kindOf(page, '时间：'), 'credit');
  assert.equal(kindOf(page, '2024年5月国防部'), 'headline');
});

test('an unwrapped line that ends on a colon (下文為…全文：) introduces the next paragraph rather than running into it', () => {
  const lead = '中新網11月5日電 中國外交部發言人孔泉在今天下午的例行記者會上，就當前熱點問題回答了記者的提問。下文為孔泉答記者問全文：';
  const page = `${lead}\n孔泉說：女士們，先生們，下午好。今天我沒有消息向大家發布，下面我願意回答大家的提問。`;
  assert.ok(kinds(page).some(([k, t]) => k === 'paragraph' && t!.startsWith('孔泉說：女士們')));
});

test('a speaker’s name alone on its line (安峰山:) is a transcript turn, read with the answer under it, not a headline', () => {
  for (const [label, answer] of [
    ['安峰山:', '我想再次強調，任何打壓主張兩岸和平統一人士的做法，都必將遭到兩岸民眾的反對。'],
    ['耿爽：', '我们已经多次阐明了中方的立场，这里不再重复。'],
  ] as const) {
    const page = `國台辦記者會實錄\n\n記者：發言人對此有何看法？\n\n${label}\n\n${answer}`;
    const passages = kinds(page);
    assert.ok(!passages.some(([kind, text]) => kind !== 'paragraph' && text!.trim() === label), label);
    assert.equal(kindOf(page, label), 'paragraph', label);
    assert.ok(
      passages.some(([, text]) => text!.replace(/\s+/g, '').startsWith(`${label}${answer}`.replace(/\s+/g, ''))),
      label,
    );
  }
});

test('a photographer’s credit closes its caption even with readings printed after the characters (中國(guó)網(wǎng) 張琳 攝)', () => {
  const page = [
    '記者：大陸方面怎麼評論這樣的論述？',
    '臺(tái)灣記者。中國(guó)網(wǎng) 張琳 攝',
    '楊毅:最近我也聽(tīng)到島內(nèi)有些說(shuō)法。',
  ].join('\n');
  const texts = kinds(page).map(([, text]) => text!.replace(/\s+/g, ''));
  assert.ok(
    texts.some((t) => t.startsWith('楊毅:')),
    texts.join(' / '),
  );
});

test('a live transcript’s time stamp after a turn’s full stop (謝謝。[10:34]) still ends the turn', () => {
  const page = [
    '[聯合報記者]:最近有友邦總統到上海參訪,請問發言人有何評論?謝謝。[10:34]',
    '[范麗青]:我也看到報道了,這位先生自己說,他到大陸來是個人行程。謝謝。[10:35]',
    '[新京報記者]:兩岸經貿交流下一步有何安排?謝謝。[10:35]',
  ].join('\n');
  assert.equal(kinds(page).length, 3);
});

test('a wire dateline reprinted with 据 (据新华社北京9月5日电) opens a new story under its own one-line heading', () => {
  const page = [
    '外交部发言人谈中英关系',
    '据新华社北京9月5日电 外交部发言人今天说，中英关系的改善有利于地区稳定。',
    '他说，双方将继续保持高层交往。',
    '中方关注中东局势',
    '据新华社北京9月5日电 外交部发言人今天表示，中国政府对中东局势深表关注。',
  ].join('\n');
  assert.equal(kindOf(page, '中方关注中东局势'), 'headline');
  const stories = new Set(parsePage(page).passages.map((p) => p.story));
  assert.equal(stories.size, 2);
});

test('an outlet’s dateline with no place (财联社12月8日电) opens the body under a heading that has no stop', () => {
  const pages: [string, string][] = [
    ['气象气球越过海峡中线？外交部回应', '财联社12月8日电，外交部发言人汪文斌主持例行记者会。'],
    ['氣象氣球越過海峽中線？外交部回應', '財聯社12月8日電，外交部發言人汪文斌主持例行記者會。'],
  ];
  for (const [heading, body] of pages) {
    const page = `2023年12月08日 16:34:02\n${heading}\n${body}`;
    assert.equal(kindOf(page, body.slice(0, 6)), 'paragraph');
    assert.notEqual(kindOf(page, heading), 'paragraph');
  }
});

test('a feed item’s address and English time stamp end it: the next item’s title opens another story', () => {
  const page = [
    '中方願同德國新政府鞏固中德關係',
    '德國聯邦議院選舉初步結果顯示聯盟黨獲勝。在北京，外交部發言人林劍表示，中方始終從戰略高度看待中德關係。',
    '原始網址 Original URL：https://news.example.hk/item/1792939-20250224.htm',
    'Mon, 24 Feb 2025 15:45:00 +0800',
    '俄烏衝突三周年　外交部：中方致力為止戰凝聚共識',
    '俄烏衝突持續三年，外交部發言人林劍表示，中方在烏克蘭危機問題上的立場是一貫的、明確的。',
  ].join('\n');
  const passages = parsePage(page).passages;
  assert.equal(passages.find((p) => p.text.startsWith('Mon, 24 Feb'))?.kind, 'credit');
  assert.equal(passages.find((p) => p.text.startsWith('原始網址'))?.kind, 'credit');
  assert.equal(kindOf(page, '俄烏衝突三周年'), 'headline');
  assert.equal(new Set(passages.map((p) => p.story)).size, 2);
});

test('a line opening with a day and 電話 (旅行社3日電話通知) is no dateline', () => {
  const page = '旅行社春節旺季團費上漲\n春節將至，不少市民查詢團費，\n旅行社3日電話通知旅客，春節團費將上調一成。';
  assert.ok(parsePage(page).passages.some((p) => p.text.includes('查詢團費，旅行社3日電話')));
});

test('a site’s next item under the story (its title, its time stamp, its text) is another story, the stamp its own', () => {
  for (const page of [
    [
      '外交部約見日本駐華大使 就涉台錯誤言論提出交涉',
      '2021年12月02日 11:02 最後更新:11:20',
      '在北京，外交部部長助理約見日本駐華大使，就日本前首相發表涉華錯誤言論提出嚴正交涉，強調中方堅決反對。',
      '中方引述大使說，重視中方交涉，會立即報告日本政府。',
      '巴勒斯坦各派赴北京磋商 中方稱對話取得積極進展',
      '2024年04月30日 16:17 最後更新:16:30',
      '在北京，外交部發言人林劍在例行記者會上表示，對話雙方充分表達了透過協商實現和解的政治意願。',
    ],
    [
      '外交部约见日本驻华大使 就涉台错误言论提出交涉',
      '2021年12月02日 11:02 最后更新:11:20',
      '在北京，外交部部长助理约见日本驻华大使，就日本前首相发表涉华错误言论提出严正交涉，强调中方坚决反对。',
      '中方引述大使说，重视中方交涉，会立即报告日本政府。',
      '巴勒斯坦各派赴北京磋商 中方称对话取得积极进展',
      '2024年04月30日 16:17 最后更新:16:30',
      '在北京，外交部发言人林剑在例行记者会上表示，对话双方充分表达了透过协商实现和解的政治意愿。',
    ],
  ]) {
    const passages = parsePage(page.join('\n\n')).passages;
    const storyOf = (start: string) => passages.find((p) => p.text.startsWith(start))?.story;
    assert.equal(new Set(passages.map((p) => p.story)).size, 2);
    assert.equal(storyOf('2024年04月30日'), storyOf('巴勒斯坦'));
    assert.equal(storyOf('2024年04月30日'), storyOf(page[6]!.slice(0, 12)));
  }
});

test('a caption closed by its bracketed picture credit ends there, with no blank line before the text', () => {
  for (const page of [
    [
      '日本外相與美國國務卿通電話',
      '',
      '日本外務大臣今日上午與美國國務卿進行電話會談，雙方同意加強合作。',
      '',
      '美國國務卿布林肯(Antony Blinken)。(圖/達志影像美聯社)',
      '在接受日本媒體訪問時，外相還表示，希望加強同盟合作。',
    ],
    [
      '日本外相与美国国务卿通电话',
      '',
      '日本外务大臣今日上午与美国国务卿进行电话会谈，双方同意加强合作。',
      '',
      '美国国务卿布林肯(Antony Blinken)。(图/达志影像美联社)',
      '在接受日本媒体访问时，外相还表示，希望加强同盟合作。',
    ],
  ]) {
    const text = page.join('\n');
    assert.equal(kindOf(text, '在接受日本'), 'paragraph');
    assert.ok(!kinds(text).some(([, t]) => t!.includes('美聯社)在接受') || t!.includes('美联社)在接受')));
  }
});

test('a site’s time stamp and source on one line (2013年11月19日08:37 来源:外交部) is furniture, not the first paragraph’s head', () => {
  for (const page of [
    ['2013年11月19日08:37 來源:中華人民共和國外交部', '2013年11月18日，外交部發言人秦剛主持例行記者會，回答了記者的提問。'],
    ['2013年11月19日08:37 来源:中华人民共和国外交部', '2013年11月18日，外交部发言人秦刚主持例行记者会，回答了记者的提问。'],
  ]) {
    const text = page.join('\n');
    assert.equal(kindOf(text, '2013年11月19日'), 'credit');
    assert.equal(kindOf(text, '2013年11月18日'), 'paragraph');
  }
});

test('a labelled time stamp with its author and source (发稿时间:… 作者:… 来源:…) is furniture; 图片来自… closes its caption line', () => {
  for (const page of [
    [
      '毛寧回應日本議員竄台',
      '發稿時間:2026-01-06 17:03:00 作者:蔣繼璇 來源: 中國青年報客戶端',
      '中國青年報客戶端北京1月6日電 中國外交部發言人毛寧今天下午在例行記者會上應詢表示，宵小狂言，不值一評。',
      '外交部發言人毛寧。圖片來自外交部',
      '據日媒報道，日本議員日前竄訪台灣。',
    ],
    [
      '毛宁回应日本议员窜台',
      '发稿时间:2026-01-06 17:03:00 作者:蒋继璇 来源: 中国青年报客户端',
      '中国青年报客户端北京1月6日电 中国外交部发言人毛宁今天下午在例行记者会上应询表示，宵小狂言，不值一评。',
      '外交部发言人毛宁。图片来自外交部',
      '据日媒报道，日本议员日前窜访台湾。',
    ],
  ]) {
    const text = page.join('\n');
    assert.equal(kindOf(text, page[1]!.slice(0, 4)), 'credit');
    assert.ok(kinds(text).some(([, t]) => t!.startsWith(page[4]!.slice(0, 4))));
  }
});

test('an archive’s page label with its section (第4版(要闻)) and an empty column label (专栏:) are furniture', () => {
  for (const [page, section, column] of [
    ['第4版(要闻)', '专栏:', '新华社北京4月7日电 外交部发言人今天在这里说，中方主张通过对话解决问题。'],
    ['第2版(要聞)', '專欄：', '新華社北京4月7日電 外交部發言人今天在這裏說，中方主張通過對話解決問題。'],
  ] as const) {
    const text = `外交部发言人谈半岛局势\n\n发表于: 1994-04-08\n${page}\n${section}\n\n  外交部发言人谈半岛局势\n${column}`;
    assert.equal(kindOf(text, page), 'credit', page);
    assert.equal(kindOf(text, section), 'credit', section);
    assert.equal(kindOf(text, column.slice(0, 6)), 'paragraph', column);
  }
});

test('a site’s time stamp run into the story’s bracketed byline on one line is furniture, and the byline opens the paragraph', () => {
  for (const line of [
    '2013年12月16日 06:35 新聞類別 中國 詳情# 【明報專訊】外交部發言人洪磊前日稱，日方有關言論不負責任。',
    '2013年12月16日 06:35 新闻类别 中国 详情# 【明报专讯】外交部发言人洪磊前日称，日方有关言论不负责任。',
  ]) {
    assert.equal(kindOf(line, '2013年12月16日'), 'credit', line);
    assert.equal(kindOf(line, '【'), 'paragraph', line);
  }
});

test('翻攝… (a picture reproduced from a site) closes its caption line, and the paragraph after it stands apart', () => {
  for (const page of [
    [
      '外交部長林佳龍5日宴請代表團，並於宴前致歡迎詞。翻攝外交部網站',
      '根據我外交部新聞稿，外長林佳龍昨天中午設宴款待訪問團，表達誠摯歡迎。',
    ],
    [
      '外交部长林佳龙5日宴请代表团，并于宴前致欢迎词。翻摄外交部网站',
      '根据我外交部新闻稿，外长林佳龙昨天中午设宴款待访问团，表达诚挚欢迎。',
    ],
  ]) {
    const text = `林佳龍宴請訪團\n\n${page.join('\n')}`;
    assert.ok(
      kinds(text).some(([, t]) => t!.startsWith(page[1]!.slice(0, 6))),
      JSON.stringify(kinds(text)),
    );
  }
});

test('a forum post’s header (看板…作者…標題…時間…) and its news template’s labels are furniture', () => {
  const text = [
    '看板 Gossiping作者 someone (某人)標題 [新聞] 中外交部回應時間 Fri May 18 22:35:15 2018',
    '1.媒體來源:',
    '自由',
    '3.完整新聞內文:',
    '〔即時新聞/綜合報導〕中國外交部發言人今日在例行記者會上表示，這是中國內部事務。',
  ].join('\n');
  assert.equal(kindOf(text, '看板'), 'credit');
  assert.equal(kindOf(text, '1.媒體'), 'credit');
  assert.equal(kindOf(text, '3.完整'), 'credit');
  assert.equal(kindOf(text, '〔即時'), 'paragraph');
});

test('a web item’s date stamp run onto its last sentence (…優勢。2010/04/02) closes it: the next item’s heading stands apart', () => {
  for (const [last, heading, body] of [
    ['這次峰會結束後不久，美國財政部將發表報告。2010/04/02', '歐巴馬與胡錦濤通電話', '白宮星期四表示，兩國元首1日晚間通了一個小時的電話。'],
    ['这次峰会结束后不久，美国财政部将发表报告。2010/04/02', '奥巴马与胡锦涛通电话', '白宫星期四表示，两国元首1日晚间通了一个小时的电话。'],
  ] as const) {
    const text = `胡錦濤將赴美出席峰會\n中國外交部發言人星期四宣布，胡錦濤本月將前往美國。\n${last}\n\n\n${heading}\n\n${body}`;
    assert.equal(kindOf(text, heading), 'headline', JSON.stringify(kinds(text)));
    assert.equal(kindOf(text, '2010/04/02'), 'credit');
  }
});

test('a file photo labelled 資料圖： (资料图：) is a caption, not a paragraph of the story', () => {
  for (const [caption, body] of [
    ['資料圖：唐家璇2005年訪朝與金正日會面', '外交部發言人劉建超今天在例行記者會上透露，唐家璇將訪問朝鮮。'],
    ['资料图：唐家璇2005年访朝与金正日会面', '外交部发言人刘建超今天在例行记者会上透露，唐家璇将访问朝鲜。'],
  ] as const) {
    const page = `唐家璇訪朝\n\n${body}\n\n${caption}\n\n唐家璇將轉達胡錦濤主席的口信。`;
    assert.equal(kindOf(page, caption.slice(0, 4)), 'caption', caption);
  }
});
