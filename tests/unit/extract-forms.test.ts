/**
 * Page forms no single rule decides (several rules each reach the same outcome, or none is
 * needed), and what an example cannot state: titles, summaries, modes, topics and the exact
 * list of actors. What one rule decides is shown by that rule's examples (extract-rules.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, one, type Part } from './extract-helpers.ts';
import { modeOf } from '../../src/lib/schema.ts';
import { QUESTION_TURN } from '../../src/lib/extract/rules/responses.ts';
import { peopleIn } from '../../src/lib/extract/actors.ts';
import { lexicon } from '../../src/lib/extract/lexicon.ts';
import { prepare } from '../../src/lib/extract/text.ts';
import { fold } from '../../src/lib/extract/fold.ts';

/** The events of a page of paragraphs. */
const fromParas = (published: string, paras: readonly string[]) =>
  extract(
    published,
    paras.map((t): Part => ['paragraph', t]),
  );
const responses = (events: ReturnType<typeof one>) => events.filter((e) => e.type === 'ministry-response');
const meetings = (events: ReturnType<typeof one>) => events.filter((e) => e.type !== 'ministry-response');

test('what is no happening, whichever of several rules says so', () => {
  // Denied, or heard of: call.denied-or-hearsay, and the call named as a thing (通電話的報道) with no day.
  assert.deepEqual(one('2024-11-14', '克里姆林宮發言人佩斯科夫否認有關普京與特朗普已通電話的報道。'), []);
  assert.deepEqual(one('2024-11-14', '外界流傳兩國元首上週通電話的傳聞。'), []);
  // Called off, and once planned (原定): call.called-off and call.plan-is-not-held.
  assert.deepEqual(one('2024-05-29', '原定今日在布城舉行的馬菲外長雙邊會晤，則因菲律賓外長行程調整而取消。'), []);
  // Those who took part: 參加會見 is no cue (trigger.inside-longer-word), and a look back (call.looks-back).
  assert.deepEqual(one('2021-12-16', '丁薛祥、杨洁篪、王毅等参加会见。'), []);
  // Counts with no one named: call.count-is-not-one or call.count-since, and nobody to stand alone.
  assert.deepEqual(one('2026-02-05', '习近平指出，过去一年我们两度会晤，引领中俄关系步入新阶段。'), []);
  assert.deepEqual(one('2021-12-16', '习近平指出，今年以来，我同总统先生两次通话，一次视频会晤。'), []);
  assert.deepEqual(one('2026-02-05', '從兩國防長通話到元首級視頻會晤，一系列互動構成立體化外交圖景。'), []);
  // A plan, a question, a hypothesis with no one named: each is dropped, and would not stand alone anyway.
  assert.deepEqual(one('2025-03-18', '兩國元首將於下月在北京舉行會談。'), []);
  assert.deepEqual(one('2026-03-14', '有記者問：兩國元首是否會在亞太經合組織會議期間會晤？'), []);
  assert.deepEqual(one('2026-03-14', '若雙方能在年內再度會晤，將為兩國關係注入新動力。'), []);
  assert.deepEqual(one('2026-03-14', '如果普京同意，特朗普愿意同他通电话。'), []);
  // A caption about an unrelated scene.
  assert.deepEqual(extract('2026-02-05', [['caption', '▲2月3日，市民在維多利亞公園參觀年宵市場。']]), []);
});

test('a statement answering questions dates its answers by the day before 答记者问, past the byline', () => {
  const events = responses(
    extract('2026-01-09', [
      ['paragraph', '本报讯（记者 钱 瑞）1月8日，商务部新闻发言人就近期出口管制相关问题答记者问。'],
      ['paragraph', '问：日本经济产业省宣布修订出口管制“最终用户清单”。请问商务部对此有何评论？'],
      ['paragraph', '答：我们注意到有关情况。中方对此坚决反对。'],
    ]),
  );
  assert.ok(events.length >= 1);
  assert.ok(
    events.every((e) => e.date === '2026-01-08'),
    events.map((e) => e.date).join(', '),
  );
});

test("a plan's future day is not the day a later 當天 refers to", () => {
  const events = extract('2019-09-10', [
    ['paragraph', '外交部发言人耿爽10日宣布：王毅将于9月23日至28日赴纽约出席联大。'],
    ['paragraph', '在当天的例行记者会上，有记者问及朝美磋商前景。耿爽表示，中方支持朝美双方通过对话解决关切。'],
  ]);
  assert.ok(events.length > 0 && events.every((e) => e.date === '2019-09-10'));
});

test('the actors are exactly the people named: offices, titles and credits are left out', () => {
  const actors = (published: string, text: string, outlet?: string) => meetings(one(published, text, outlet)).map((e) => e.actors);
  // An office's name before a title is not taken for a person's.
  assert.deepEqual(actors('2025-01-23', '外交部駐澳門特派員公署特派員劉顯法昨日上午在公署會見新任印度尼西亞駐香港總領事蘇哈迪。'), [
    ['劉顯法', '蘇哈迪'],
  ]);
  // Titles listed with 、 stand together before the name, and a listed leader is known.
  assert.deepEqual(actors('2026-04-02', '國家主席習近平昨日下午同老撾人民革命黨中央總書記、國家主席通倫舉行會談。'), [['習近平', '通倫']]);
  // A title run with 兼, and a long transliterated name, are read whole.
  assert.deepEqual(actors('2026-01-08', '王毅於當地時間6日在開羅同埃及外長阿卜杜勒阿蒂舉行會談。'), [['王毅', '阿卜杜勒阿蒂']]);
  assert.deepEqual(actors('2024-03-21', '行政長官李家超昨日會見泰國副總理兼商業部長蒲謨探。'), [['李家超', '蒲謨探']]);
  // A part of the day after a title (蔡總統上午) is no name.
  assert.ok(!actors('2020-03-05', '蔡總統上午在總統府接見美國在台協會主席莫健。').flat().includes('上午'));
  assert.ok(!actors('2020-03-05', '蔡总统下午在总统府接见美国在台协会主席莫健。').flat().includes('下午'));
  // A name written before a vice title (霍英東副主席) ends before 副.
  assert.deepEqual(actors('1997-09-01', '霍英東副主席今天會晤了俄國家杜馬國際事務委員會主席盧金。'), [['霍英東', '盧金']]);
  assert.deepEqual(actors('1997-09-01', '霍英东副主席今天会晤了俄国家杜马国际事务委员会主席卢金。'), [['霍英东', '卢金']]);
  // An adverb of the subject (都, 均) before the verb is not the end of a name nobody lists.
  const sorted = (list: string[][]) => list.map((a) => [...a].sort());
  assert.deepEqual(
    sorted(actors('2019-05-21', '20日，國家副主席韓明遠、政協主席周立新都分別會見了來訪的越南總理阮春福。')),
    sorted([
      ['韓明遠', '阮春福'],
      ['周立新', '阮春福'],
    ]),
  );
  assert.deepEqual(
    sorted(actors('2019-05-21', '20日，国家副主席韩明远、政协主席周立新均分别会见了来访的越南总理阮春福。')),
    sorted([
      ['韩明远', '阮春福'],
      ['周立新', '阮春福'],
    ]),
  );
  // A meeting named with who met and when has only those who met.
  const [delegation] = one('2025-01-22', '李強總理21日會見日本執政黨代表團時指出，雙方應維護產業鏈供應鏈穩定暢通。');
  assert.deepEqual([delegation?.date, delegation?.precision, delegation?.actors], ['2025-01-21', 'day', ['李強']]);
  // Those who took part in a meeting are not its sides.
  const summit = meetings(
    extract('1999-09-12', [
      ['paragraph', '新华社奥克兰九月十一日电 国家主席江泽民今天下午在奥克兰同美国总统克林顿举行会晤。'],
      ['paragraph', '外交部长唐家璇、外经贸部部长石广生等参加了会晤。'],
    ]),
  );
  assert.deepEqual(
    summit.map((e) => e.actors),
    [['江泽民', '克林顿']],
  );
  // A response names the office and its spokesperson, not the spokesperson's other titles.
  assert.deepEqual(
    responses(one('2025-12-19', '陸委會副主委兼發言人梁文傑昨天在例行記者會上表示，政府會依法行政。', '聯合報'))[0]?.actors,
    ['陸委會', '梁文傑'],
  );
  const [spoke] = one(
    '2026-01-08',
    '中國外交部發言人毛寧昨日（7日）在例行記者會上，就日本政府擬增加防衛預算一事回應稱，中方敦促日方停止軍事擴張。',
  );
  assert.deepEqual(spoke?.actors, ['中國外交部', '毛寧']);
});

test('a minister answering the press is titled by his own title', () => {
  const [press] = responses(one('2021-03-09', '國務委員兼外交部長王毅8日在記者會上回應提問表示，中方反對任何干涉。'));
  assert.match(press?.title ?? '', /外交部長王毅/u);
});

test('an answer that first refers the question on is summed up by the position it states', () => {
  const events = responses(
    extract('2025-06-18', [
      ['headline', '2025年6月18日外交部发言人郭嘉昆主持例行记者会'],
      ['paragraph', '总台央视记者：美国商务部昨天宣布将多家中国实体列入实体清单。中方对此有何评论？'],
      ['paragraph', '郭嘉昆：具体问题请向中方主管部门询问。原则上讲，中方一贯坚决反对美方泛化国家安全概念。'],
    ]),
  );
  assert.equal(events.length, 1);
  assert.match(events[0]!.summary, /泛化国家安全概念/u);
});

test('video talks are held by video', () => {
  const [talks] = one('2025-07-24', '本月16日，王文涛部长与东盟秘书长高金洪举行视频会谈。');
  assert.equal(talks?.type, 'meeting');
  assert.equal(talks?.mode, 'video');
});

test('questions on an exercise are one topic: the drills', () => {
  const events = responses(
    extract('2024-10-15', [
      ['paragraph', '国防部新闻发言人吴谦昨天就东部战区“联合利剑-2024B”演习等问题答记者问。'],
      ['paragraph', '有记者问，东部战区组织此次演习有何考虑？吴谦表示，这次演习是对“台独”挑衅的强力震慑。'],
    ]),
  );
  assert.equal(new Set(events.map((e) => e.id)).size, 1);
  assert.match(events[0]!.id, /military-drills/u);
});

test('致電 is a call unless it sends congratulations or condolences, a message (another act)', () => {
  const call = one('2024-06-08', '外交部副部長林峰7日晚致電英國駐華大使韋德，就有關問題提出嚴正交涉。');
  assert.deepEqual(
    call.map((e) => [e.type, modeOf(e), e.date]),
    [['call', 'phone', '2024-06-07']],
  );
  const simplified = one('2024-06-08', '外交部副部长林峰7日晚致电英国驻华大使韦德，就有关问题提出严正交涉。');
  assert.deepEqual(
    simplified.map((e) => [e.type, e.date]),
    [['call', '2024-06-07']],
  );
  assert.deepEqual(
    one('2024-09-11', '國家主席習近平10日致電新當選的斯里蘭卡總統，祝賀他就職。').map((e) => [e.type, e.date]),
    [['other', '2024-09-10']],
  );
});

test('撥通 (a call put through) and 通過電話 are calls, in both scripts', () => {
  for (const [text, people] of [
    ['6月3日晚上，國家主席習近平和德國總理默克爾撥通了今年以來的第三次電話。', ['習近平', '默克爾']],
    ['6月3日晚上，国家主席习近平和德国总理默克尔拨通了今年以来的第三次电话。', ['习近平', '默克尔']],
    ['外交部長王毅3日與法國外長通過電話交換意見。', ['王毅']],
  ] as const) {
    const events = one('2020-06-04', text);
    assert.deepEqual(
      events.map((e) => [e.type, modeOf(e), e.date]),
      [['call', 'phone', '2020-06-03']],
      text,
    );
    for (const p of people) assert.ok(events[0]!.actors.includes(p), `${p} in ${text}`);
  }
});

test('a name written before a leader’s title (德國的施羅德總理, 江澤民主席) is a person, in both scripts', () => {
  for (const [text, calls] of [
    [
      '昨天，江澤民主席先後與德國的施羅德總理和美國的布什總統通了電話。',
      [
        ['江澤民', '施羅德'],
        ['江澤民', '布什'],
      ],
    ],
    [
      '昨天，江泽民主席先后与德国的施罗德总理和美国的布什总统通了电话。',
      [
        ['江泽民', '施罗德'],
        ['江泽民', '布什'],
      ],
    ],
  ] as const) {
    const events = one('2003-03-11', text);
    assert.deepEqual(
      events.map((e) => [e.type, e.date, e.actors]),
      calls.map((who) => ['call', '2003-03-10', who]),
      text,
    );
  }
  // Not a name: an office or a chair's role before the title.
  assert.deepEqual(one('2003-03-11', '會議主席表示支持。'), []);
});

test('a name whose second character usually stops a name (劉為民) is read whole when a verb, time or title follows it', () => {
  for (const [first, second, name] of [
    ['外交部發言人劉為民4日表示，中方立場沒有變化。', '劉為民表示，中方認為，當務之急是落實公報精神。', '劉為民'],
    ['外交部发言人刘为民4日表示，中方立场没有变化。', '刘为民表示，中方认为，当务之急是落实公报精神。', '刘为民'],
  ] as const) {
    const events = extract('2012-07-05', [
      ['paragraph', first],
      ['paragraph', second],
    ]);
    assert.deepEqual(
      events.map((e) => [e.passages.length, e.actors.at(-1)]),
      [[2, name]],
      first,
    );
  }
});

test('a two-character name whose second character usually stops a name (羅強) is read whole before a verb', () => {
  const actors = (text: string) => one('2019-12-04', text).map((e) => e.actors);
  assert.deepEqual(actors('12月3日，市長羅強會見了美國駐成都總領事。'), [['羅強']]);
  assert.deepEqual(actors('12月3日，市长罗强会见了美国驻成都总领事。'), [['罗强']]);
  // 強調 is the verb, so 陳 alone is no name.
  assert.deepEqual(actors('外交部發言人陳強調，中方堅決反對。'), [['外交部']]);
  assert.deepEqual(actors('外交部发言人陈强调，中方坚决反对。'), [['外交部']]);
});

test('a reading whose bracket a wrong encoding lost (當?shù)貢r間), or a stray sign after a reading (領(lǐng)?;€), is no question mark', () => {
  const kinds = (text: string) => one('2018-05-10', text).map((e) => [e.type, e.date, e.actors]);
  assert.deepEqual(kinds('外交部發言人陸慷當?shù)貢r間9日表示堅決反對。'), [['ministry-response', '2018-05-09', ['外交部', '陸慷']]]);
  assert.deepEqual(kinds('外交部发言人陆慷9日表示坚决反对因?yàn)檫@违反国际法。'), [
    ['ministry-response', '2018-05-09', ['外交部', '陆慷']],
  ]);
  // 「領(lǐng)?;€法案」: a question mark between a reading and a stray sign.
  const days = (text: string) => one('2009-03-13', text).map((e) => [e.type, e.date]);
  assert.deepEqual(
    days('3月12日下午，外交部部長(zhǎng)助理胡正躍緊急召見(jiàn)菲律賓駐華大使布蕾迪，就菲總統簽署“領(lǐng)?;€法案”事提出嚴正交涉。'),
    [['meeting', '2009-03-12']],
  );
  assert.deepEqual(
    days('3月12日下午，外交部部长(zhǎng)助理胡正跃紧急召见(jiàn)菲律宾驻华大使布蕾迪，就菲总统签署“领(lǐng)?;€法案”事提出严正交涉。'),
    [['meeting', '2009-03-12']],
  );
});

test('an office named by a title (特首辦) is no name after that title', () => {
  for (const text of [
    '6月5日，本報就簡介會詳情向特首辦查詢，特首辦回覆時只說，林鄭與各國駐港領事代表會面。',
    '6月5日，本报就简介会详情向特首办查询，特首办回复时只说，林郑与各国驻港领事代表会面。',
  ]) {
    const events = one('2019-06-06', text);
    assert.equal(events.length, 1, text);
    assert.ok(!events[0]!.actors.some((a) => /[辦办]/u.test(a)), events[0]!.actors.join());
  }
});

test('a turn label set in Markdown bold (**趙立堅:**) is the answer turn it labels', () => {
  for (const [question, answer, name] of [
    [
      '據外交部網站6月23日消息，外交部發言人趙立堅主持當日例行記者會。會上，彭博社記者提問：印度外長稱中國仍在邊境部署部隊。中方對此有何評論？',
      '**趙立堅:**中方在中印邊界西段的軍事部署是正常的防衛安排。',
      '趙立堅',
    ],
    [
      '据外交部网站6月23日消息，外交部发言人赵立坚主持当日例行记者会。会上，彭博社记者提问：印度外长称中国仍在边境部署部队。中方对此有何评论？',
      '**赵立坚:**中方在中印边界西段的军事部署是正常的防卫安排。',
      '赵立坚',
    ],
  ] as const) {
    const events = fromParas('2021-06-24', [question, answer]);
    assert.deepEqual(
      events.map((e) => [e.type, e.date, e.actors, e.passages.length]),
      [['ministry-response', '2021-06-23', ['外交部', name], 2]],
    );
  }
});

test('a call the press reported on a day, with nothing else to date it, keeps that day (新華社11月24日晚上報道)', () => {
  const kinds = (text: string) => one('2025-11-25', text).map((e) => [e.type, e.date]);
  assert.deepEqual(kinds('新華社11月24日晚上報道，國家主席習近平與美國總統特朗普通電話。'), [['call', '2025-11-24']]);
  assert.deepEqual(kinds('新华社11月24日晚上报道，国家主席习近平与美国总统特朗普通电话。'), [['call', '2025-11-24']]);
});

test('a one-sided meeting’s title names the person once', () => {
  const [event] = one('1999-09-09', '今年四月我訪問美國期間，同克林頓總統進行了坦誠的會談。');
  assert.ok(event);
  assert.equal((event.title.match(/克林頓/gu) ?? []).length, 1, event.title);
});

test('a press conference that only says questions will be answered is its frame, not an answer', () => {
  const events = extract('2024-03-08', [
    ['paragraph', '全國人大會議7日下午舉行記者會，外交部長李明應大會發言人邀請，就中國外交政策和國際形勢等問題回答了中外記者的提問。'],
    ['paragraph', '李明在記者會開始時表示很高興再次同大家見面。他表示願意回答大家所提的一切問題。'],
    ['paragraph', '記者問：今年中美關係將如何發展？'],
    ['paragraph', '李明答：中方願同美方相向而行，妥善處理分歧。'],
    ['paragraph', '記者問：中方如何看待日本修改出口管制規定？'],
    ['paragraph', '李明答：中方對此表示嚴重關切。'],
  ]);
  assert.deepEqual(
    responses(events).map((e) => [e.date, e.actors.join('、')]),
    [
      ['2024-03-07', '外交部、李明'],
      ['2024-03-07', '外交部、李明'],
    ],
  );
});

test('talks held over several days from a named day are dated by their first day', () => {
  const dates = (published: string, text: string) => one(published, text).map((e) => [e.type, e.date]);
  assert.deepEqual(dates('2003-04-25', '三方會談於4月23日起在北京釣魚台國賓館舉行，外交部副部長主持開幕式。'), [['meeting', '2003-04-23']]);
  assert.deepEqual(dates('2003-04-25', '三方会谈于4月23日起在北京钓鱼台国宾馆举行，外交部副部长主持开幕式。'), [['meeting', '2003-04-23']]);
  // A span that starts on a day dates nothing (3月起, 以來).
  assert.deepEqual(dates('2025-06-10', '自3月起，兩國外長已多次會談。'), []);
});

test('readings printed after characters (發(fā)言人) are read past, and names are quoted without them', () => {
  const [call] = one('2016-04-02', '國(guó)家主席習(xí)近平1日同美國(guó)總統(tǒng)奧巴馬通電話(huà)。');
  assert.deepEqual([call?.type, call?.date, call?.actors], ['call', '2016-04-01', ['習近平', '奧巴馬']]);
  const [said] = one('2016-04-02', '外交部發(fā)言人洪磊1日表示，中方堅(jiān)決反對(duì)。');
  assert.deepEqual([said?.type, said?.date, said?.actors], ['ministry-response', '2016-04-01', ['外交部', '洪磊']]);
  // Some sites close a reading with a space: 會(huì )見.
  const [met] = one('2016-04-02', '國家主席習近平1日下午在人民大會(huì )堂會(huì )見(jiàn)了美國前總統卡特。');
  assert.deepEqual([met?.type, met?.date, met?.actors], ['meeting', '2016-04-01', ['習近平', '卡特']]);
});

test('a talk on the sidelines (場邊對談) is a meeting, and 電話對談 stays a call', () => {
  const kinds = (published: string, text: string) => one(published, text).map((e) => [e.type, e.date, e.actors]);
  assert.deepEqual(kinds('2026-02-16', '美國國務卿14日與日本外相茂木敏充舉行場邊對談。'), [['meeting', '2026-02-14', ['茂木敏充']]]);
  assert.deepEqual(kinds('2026-02-16', '日本外相茂木敏充14日与韩国外长赵显举行对谈。'), [['meeting', '2026-02-14', ['茂木敏充', '赵显']]]);
  assert.deepEqual(kinds('2026-02-16', '日本外相茂木敏充14日與韓國外長趙顯舉行電話對談。'), [['call', '2026-02-14', ['茂木敏充', '趙顯']]]);
});

test('a banquet given for a visiting leader (設宴款待, 宴請, 享用家宴) is a meeting', () => {
  const kinds = (published: string, text: string) => one(published, text).map((e) => [e.type, e.date, e.actors]);
  assert.deepEqual(kinds('2019-05-08', '泰國總理巴育7日晚在總理府設晚宴款待來訪的越南總理阮春福。'), [
    ['meeting', '2019-05-07', ['巴育', '阮春福']],
  ]);
  assert.deepEqual(kinds('2019-05-08', '泰国总理巴育7日晚在总理府宴请来访的越南总理阮春福。'), [
    ['meeting', '2019-05-07', ['巴育', '阮春福']],
  ]);
  assert.deepEqual(kinds('2019-05-08', '越南總理阮春福7日晚與泰國總理巴育夫婦享用家宴。'), [['meeting', '2019-05-07', ['阮春福', '巴育']]]);
});

test('a lunch or dinner with a leader is a meeting', () => {
  const kinds = (published: string, text: string) => one(published, text).map((e) => [e.type, e.date, e.actors]);
  assert.deepEqual(kinds('2024-07-22', '李顯龍星期天(7月21日)與馬來西亞首相安華在首相官邸共進午餐。'), [
    ['meeting', '2024-07-21', ['李顯龍', '安華']],
  ]);
  assert.deepEqual(kinds('2024-07-22', '李显龙星期天(7月21日)与马来西亚首相安华在首相官邸共进午餐。'), [
    ['meeting', '2024-07-21', ['李显龙', '安华']],
  ]);
});

test('a weekday where a name would stand is no name, and 近期 in what was asked does not date the answer', () => {
  const [said] = one('2025-10-15', '中國商務部新聞發言人周二（14日）說，中方對此堅決反對。');
  assert.deepEqual([said?.date, said?.actors], ['2025-10-14', ['中國商務部']]);
  const [asked] = one('2025-10-15', '商务部新闻发言人就近期美方宣布加征关税答记者问，表示中方坚决反对。');
  assert.notEqual(asked?.precision, 'approximate');
});

test('a bare 會談 that marks a time after a call (在會談後發文) is that call', () => {
  const events = one(
    '2025-09-20',
    '〔綜合報導〕美國總統川普與中國國家主席習近平於台灣時間19日晚上8點電話會談，這是兩人今年以來的第3次通話。川普在會談後發文，「感謝協議的批准」，期待在10月底的峰會上見面。',
  );
  assert.deepEqual(
    events.map((e) => [e.type, e.date]),
    [['call', '2025-09-19']],
  );
  // A face-to-face meeting counted from a call is not that call.
  // (Undated, the meeting is no event; kept, it stays apart from the call.)
  const text = '習近平與拜登在3月18日視頻通話後首次面對面會晤，雙方同意加強溝通。';
  assert.deepEqual(
    one('2022-11-16', text).map((e) => [e.type, e.date]),
    [['call', '2022-03-18']],
  );
  const kept = extract('2022-11-16', [['paragraph', text]], undefined, new Set(['event.undated-is-background']));
  assert.deepEqual(kept.map((e) => [e.type, e.date]).sort(), [
    ['call', '2022-03-18'],
    ['meeting', null],
  ]);
});

test('an answer that opens on these days (這幾天) and tells of answers given before answers its own question', () => {
  for (const [q2, a2] of [
    ['記者：美方有人稱應向中方索賠。中方對此有何評論？', '耿爽：這幾天我已多次回答了類似問題。事實已經很清楚了。'],
    ['记者：美方有人称应向中方索赔。中方对此有何评论？', '耿爽：这几天我已多次回答了类似问题。事实已经很清楚了。'],
  ] as const) {
    const events = responses(
      extract('2020-04-28', [
        ['headline', '2020年4月28日外交部發言人耿爽主持例行記者會'],
        ['paragraph', '記者：有官員指責中方出口的檢測試劑盒不合格。中方對此有何評論？'],
        ['paragraph', '耿爽：這種說法毫無根據。'],
        ['paragraph', q2],
        ['paragraph', a2],
      ]),
    );
    assert.equal(events.length, 2);
    assert.deepEqual(events[1]!.passages, ['p-3', 'p-4'], 'the second answer goes with the second question');
  }
});

test('a reporter’s turn opened inside a paragraph (…新聞發佈會，記者提問：…？) runs to its question mark', async () => {
  const { inQuestionTurn } = await import('../../src/lib/extract/rules/responses.ts');
  const { lexicon } = await import('../../src/lib/extract/lexicon.ts');
  const s =
    '国台办今天举行新闻发布会，中国国际广播电台记者提问：日前民进党主席表示欢迎张志军访台，请问发言人如何评价？范丽青表示，我们的立场是一贯的。';
  assert.equal(inQuestionTurn(lexicon(), s, s.indexOf('表示')), true);
  assert.equal(inQuestionTurn(lexicon(), s, s.lastIndexOf('表示')), false);
});

test('an ordinal after a title is no name (外長第二度通話), and 近期或, 或於 (may) make a call a plan', () => {
  const kinds = (published: string, text: string) => one(published, text).map((e) => [e.type, e.date, e.actors]);
  assert.deepEqual(kinds('2022-04-01', '30日，中烏外長第二度通話。'), [['call', '2022-03-30', []]]);
  assert.deepEqual(kinds('2022-04-01', '30日，中乌外长第二度通话。'), [['call', '2022-03-30', []]]);
  assert.deepEqual(kinds('2022-04-01', '外電30日報道，習近平與澤連斯基近期或通話。'), []);
  assert.deepEqual(kinds('2022-04-01', '外电报道，习近平与泽连斯基或于31日通话。'), []);
});

test("an embassy spokesperson's Q&A: the opening and 使館發言人說 or 使館發言人： are one answer, linked to both passages", () => {
  const kinds = (published: string, paras: string[]) =>
    extract(
      published,
      paras.map((t): Part => ['paragraph', t]),
    ).map((e) => [e.type, e.date, e.actors, e.passages.includes('p-0'), e.passages.includes('p-2')]);
  const told = [
    '5月21日，中國駐英國使館發言人就英國首相涉華言論答記者問。',
    '有記者問，英國首相聲稱中國是最大挑戰。你對此有何評論？',
    '使館發言人說，英方上述言論完全違背事實。',
  ];
  assert.deepEqual(kinds('2023-05-22', told), [['ministry-response', '2023-05-21', ['中國駐英國使館'], true, true]]);
  const turns = [
    '9月15日，驻英国使馆发言人就英方炒作所谓间谍案答记者问。',
    '记者：近日英国议会讨论了所谓间谍案。你对此有何评论？',
    '使馆发言人：英方炒作的所谓间谍案完全是无中生有。',
  ];
  assert.deepEqual(kinds('2023-09-16', turns), [['ministry-response', '2023-09-15', ['驻英国使馆'], true, true]]);
});

test("a ministry written with no country is its known spokesperson's, whatever the paper's region (外交部發言人耿爽 in a Taipei paper)", () => {
  const offices = (published: string, paras: string[], outlet?: string) =>
    extract(
      published,
      paras.map((t): Part => ['paragraph', t]),
      outlet,
    ).map((e) => [e.date, e.participants.find((p) => p.kind === 'organization')?.id, e.passages.length]);
  // The briefing and the answer are one response of China's foreign ministry, on the briefing's day.
  const taipei = ['台灣花蓮6日晚間發生強震。耿爽7日主持例行記者會。', '外交部發言人耿爽稱，台灣地震不是外交問題。'];
  assert.deepEqual(offices('2018-02-09', taipei, '自由時報'), [['2018-02-07', 'cn-mfa', 2]]);
  const taipeiHans = ['台湾花莲6日晚间发生强震。耿爽7日主持例行记者会。', '外交部发言人耿爽称，台湾地震不是外交问题。'];
  assert.deepEqual(offices('2018-02-09', taipeiHans, '自由时报'), [['2018-02-07', 'cn-mfa', 2]]);
  // Taiwan's ministry holds its own briefing yesterday, not on the day of the visit the story opens with.
  const mofa = ['日本眾議員22日訪台，中國外交部聲稱台灣沒有總統。', '外交部昨天舉行例行記者會，發言人蕭光偉表示，北京又再一次扭曲事實。'];
  assert.deepEqual(offices('2025-12-24', mofa), [['2025-12-23', 'tw-mfa', 1]]);
  const mofaHans = [
    '日本众议员22日访台，中国外交部声称台湾没有总统。',
    '外交部昨天举行例行记者会，发言人萧光伟表示，北京又再一次扭曲事实。',
  ];
  assert.deepEqual(offices('2025-12-24', mofaHans), [['2025-12-23', 'tw-mfa', 1]]);
});

test('a spokesperson who retorts, questions or speaks frankly (反嗆, 質疑, 痛批, 抨擊, 坦言) responds', () => {
  const kinds = (published: string, text: string) => one(published, text).map((e) => [e.type, e.date, e.actors]);
  assert.deepEqual(kinds('2025-09-25', '國台辦發言人陳斌華24日在例行記者會上反嗆，民進黨當局才是麻煩製造者。'), [
    ['ministry-response', '2025-09-24', ['國台辦', '陳斌華']],
  ]);
  assert.deepEqual(kinds('2025-12-05', '中国外交部发言人林剑4日质疑日方刻意不讲清楚既有承诺。'), [
    ['ministry-response', '2025-12-04', ['中国外交部', '林剑']],
  ]);
  assert.deepEqual(kinds('2018-10-12', '商務部新聞發言人高峰11日坦言，中方不願打貿易戰，但也不怕打貿易戰。'), [
    ['ministry-response', '2018-10-11', ['商務部', '高峰']],
  ]);
});

test('a party leader (黨首, 党魁) is a title, so each leader met separately is a meeting of their own', () => {
  const kinds = (published: string, text: string) => one(published, text).map((e) => [e.type, e.date, e.actors]);
  assert.deepEqual(kinds('2000-10-16', '國務院總理朱鎔基15日在東京分別會見了日本社民黨黨首土井多賀子、共產黨委員長不破哲三。'), [
    ['meeting', '2000-10-15', ['朱鎔基', '土井多賀子']],
    ['meeting', '2000-10-15', ['朱鎔基', '不破哲三']],
  ]);
  assert.deepEqual(kinds('2000-10-16', '国务院总理朱镕基15日在东京分别会见了日本社民党党首土井多贺子、共产党委员长不破哲三。'), [
    ['meeting', '2000-10-15', ['朱镕基', '土井多贺子']],
    ['meeting', '2000-10-15', ['朱镕基', '不破哲三']],
  ]);
});

test('a minister asked at his press conference who answers so (被問到…，外長如此作答) responds', () => {
  const kinds = (published: string, text: string) => one(published, text).map((e) => [e.type, e.date, e.actors]);
  assert.deepEqual(kinds('2011-03-08', '7日上午，當被問到中國購買歐洲國債的看法，外交部長楊潔篪如此作答。'), [
    ['ministry-response', '2011-03-07', ['外交部', '楊潔篪']],
  ]);
  assert.deepEqual(kinds('2011-03-08', '7日上午，当被问到中国购买欧洲国债的看法，外交部长杨洁篪如此作答。'), [
    ['ministry-response', '2011-03-07', ['外交部', '杨洁篪']],
  ]);
});

test('則 and 斥 after a name end it (國防部長奧斯汀則表示)', () => {
  const actors = (published: string, text: string) => one(published, text).map((e) => e.actors);
  assert.deepEqual(actors('2022-06-11', '美國國防部長奧斯汀則在10日與中國國防部長魏鳳和會談。'), [['奧斯汀', '魏鳳和']]);
  assert.deepEqual(actors('2022-06-11', '美国国防部长奥斯汀则在10日与中国国防部长魏凤和会谈。'), [['奥斯汀', '魏凤和']]);
});

test('a name may open with 通 (老撾總理通邢), while 總統通了電話 stays a call word', () => {
  const kinds = (published: string, text: string) => one(published, text).map((e) => [e.type, e.actors]);
  assert.deepEqual(kinds('2015-11-22', '國務院總理李克強21日在吉隆坡會見老撾總理通邢和新西蘭總理約翰·基。'), [
    ['meeting', ['李克強', '通邢']],
    ['meeting', ['李克強', '約翰·基']],
  ]);
  assert.deepEqual(kinds('2003-03-11', '江泽民主席10日先后与德国的施罗德总理和美国的布什总统通了电话。'), [
    ['call', ['江泽民', '施罗德']],
    ['call', ['江泽民', '布什']],
  ]);
});

test('another point (另外，…) on the known topic of the answer before is still an answer of its own', () => {
  const paras = (texts: string[]) => texts.map((t): Part => ['paragraph', t]);
  const hant = extract(
    '2018-09-14',
    paras(['商務部新聞發言人高峰13日表示，中美經貿關係應當回到正常軌道。', '另外，高峰表示，希望美方客觀公正對待中國企業在美的經貿活動。']),
  );
  assert.deepEqual(
    hant.map((e) => [e.type, e.date, e.passages.length]),
    [
      ['ministry-response', '2018-09-13', 1],
      ['ministry-response', '2018-09-13', 1],
    ],
  );
  const hans = extract(
    '2018-09-14',
    paras(['商务部新闻发言人高峰13日表示，中美经贸关系应当回到正常轨道。', '另外，高峰表示，希望美方客观公正对待中国企业在美的经贸活动。']),
  );
  assert.equal(hans.length, 2);
});

test('上星期四 after a rank is a day, not a name (發言人譚克非大校上星期四說)', () => {
  const kinds = (published: string, text: string) => one(published, text).map((e) => [e.type, e.date, e.actors]);
  assert.deepEqual(kinds('2022-10-31', '中國國防部新聞發言人譚克非大校上星期四說，中方高度重視中美兩軍關係。'), [
    ['ministry-response', '2022-10-27', ['中國國防部', '譚克非']],
  ]);
  assert.deepEqual(kinds('2022-10-31', '中国国防部新闻发言人谭克非大校上星期四说，中方高度重视中美两军关系。'), [
    ['ministry-response', '2022-10-27', ['中国国防部', '谭克非']],
  ]);
});

test("a spokesperson's greeting opens the statement that follows it: one answer, linked to the statement", () => {
  const parts = (texts: string[]) => texts.map((t): Part => ['paragraph', t]);
  const events = extract(
    '2023-01-12',
    parts([
      '國台辦1月11日上午舉行例行新聞發布會，由發言人馬曉光主持。',
      '馬曉光：各位媒體朋友，大家上午好，今天的發布會由我來主持。',
      '新年前夕，我們採取一系列措施關心慰問台灣同胞，推動恢復兩岸正常交流往來。',
    ]),
  );
  assert.deepEqual(
    events.map((e) => [e.type, e.date, e.passages.includes('p-2')]),
    [['ministry-response', '2023-01-11', true]],
  );
});

test('有媒體關切 or 有媒體問 puts a question of its own: its answer is another response', () => {
  const parts = (texts: string[]) => texts.map((t): Part => ['paragraph', t]);
  const events = extract(
    '2026-02-13',
    parts([
      '陸委會12日舉行例行記者會，發言人梁文傑表示，陸委會要保護台灣的民主制度。',
      '此外，有媒體關切兩岸航點何時恢復？梁文傑回應，航點恢復要看客源。',
    ]),
  );
  assert.deepEqual(
    events.map((e) => [e.type, e.date, e.passages]),
    [
      ['ministry-response', '2026-02-12', ['p-0']],
      ['ministry-response', '2026-02-12', ['p-1']],
    ],
  );
});

test('a column heading that names a briefing (專欄：外交部發言人答記者問) goes with its first answer, not the publication day', () => {
  for (const [heading, dateline, question, answer] of [
    [
      '專欄：外交部發言人答記者問',
      '新華社北京7月15日電外交部發言人吳建民今天下午在這裡舉行記者招待會，回答了記者提出的問題。',
      '記者問：法國總理特使訪華有何成果？中方有何評論？',
      '發言人答：這次訪問有助於增進相互了解。',
    ],
    [
      '专栏:外交部发言人答记者问',
      '新华社北京7月15日电外交部发言人吴建民今天下午在这里举行记者招待会,回答了记者提出的问题。',
      '记者问:法国总理特使访华有何成果?中方有何评论?',
      '发言人答:这次访问有助于增进相互了解。',
    ],
  ]) {
    const events = extract('1993-07-16', [
      ['headline', heading!.split(/[：:]/u)[1]!],
      ['standfirst', heading!],
      ['paragraph', dateline!],
      ['paragraph', question!],
      ['paragraph', answer!],
    ]);
    assert.ok(events.length > 0 && events.every((e) => e.date === '1993-07-15'), events.map((e) => e.date).join(', '));
  }
});

test('另悉 or 另據 opening a sentence of the same spokesperson is another point of the briefing: an answer of its own', () => {
  for (const [first, second] of [
    [
      '外交部發言人汪文斌23日在例行記者會上回應表示，中方對美方的無理行徑予以強烈譴責。',
      '另悉，汪文斌在例行記者會上答問時證實，美方曾兩次擅自開拆中方外交郵袋。',
    ],
    [
      '外交部发言人汪文斌23日在例行记者会上回应表示，中方对美方的无理行径予以强烈谴责。',
      '另据报道，汪文斌在例行记者会上答问时证实，美方曾两次擅自开拆中方外交邮袋。',
    ],
  ]) {
    const events = extract('2020-07-24', [
      ['paragraph', first!],
      ['paragraph', second!],
    ]);
    assert.deepEqual(
      events.map((e) => [e.type, e.date]),
      [
        ['ministry-response', '2020-07-23'],
        ['ministry-response', '2020-07-23'],
      ],
    );
  }
});

test('a meeting someone may hold (或與, 或會) is speculation, not an event', () => {
  assert.deepEqual(one('2023-02-14', '王毅今日出訪歐洲，有報道指王毅或與布林肯於慕尼黑會面。'), []);
  assert.deepEqual(one('2023-02-14', '王毅今日出访欧洲，有报道指王毅或会同布林肯在慕尼黑会面。'), []);
});

test('in a story that writes no day, a spokesperson named again goes on with the answer before', () => {
  for (const paras of [
    ['商務部發言人何咏前在新聞發布會上強調，必將採取有力措施捍衛正當權益。', '何咏前說：「如果美方一意孤行，中方將奉陪到底。」'],
    ['商务部发言人何咏前在新闻发布会上强调，必将采取有力措施捍卫正当权益。', '何咏前说：“如果美方一意孤行，中方将奉陪到底。”'],
  ]) {
    const events = fromParas('2025-04-10', paras);
    assert.deepEqual(
      events.map((e) => [e.type, e.date, e.passages.length]),
      [['ministry-response', '2025-04-10', 2]],
    );
  }
});

test('under a time stamp, a meeting the lead only reports someone speaking of is not dated on the stamp’s day', () => {
  for (const lead of [
    '香港《大公報》18日刊出文章說，儘管中美人文傳統不同，但胡錦濤與奧巴馬會晤，心有靈犀均繫上紅色領帶。',
    '香港《大公报》18日刊出文章说，尽管中美人文传统不同，但胡锦涛与奥巴马会晤，心有灵犀均系上红色领带。',
  ]) {
    const events = extract('2009-11-18', [
      ['headline', '拈花微笑「胡奧會」'],
      ['credit', '2009年11月18日 09:18'],
      ['paragraph', lead],
    ]);
    assert.deepEqual(
      events.filter((e) => e.date === '2009-11-18'),
      [],
    );
  }
});

test('a word holding a speech verb (稱呼, 名稱) opens no reported speech: the 昨 after it counts from publication', () => {
  for (const paras of [
    ['國台辦發言人朱鳳蓮5日回應，兩岸同胞是一家人。', '民進黨當局近日多次以「中國」稱呼大陸，國台辦發言人朱鳳蓮昨回應，這是自欺欺人。'],
    ['国台办发言人朱凤莲5日回应，两岸同胞是一家人。', '民进党当局近日多次以“中国”称呼大陆，国台办发言人朱凤莲昨回应，这是自欺欺人。'],
  ]) {
    const events = fromParas('2026-03-06', paras);
    assert.deepEqual([...new Set(events.map((e) => e.date))], ['2026-03-05']);
  }
});

test('其後 (afterwards) puts an undated meeting on the story’s day; 其後會 (will afterwards) makes it a plan', () => {
  for (const paras of [
    ['國務委員兼外長王毅周一在東京出席中日經濟高層對話。', '王毅其後會見日本首相安倍晉三。'],
    ['国务委员兼外长王毅周一在东京出席中日经济高层对话。', '王毅其后会见日本首相安倍晋三。'],
  ]) {
    const events = fromParas('2018-04-17', paras);
    assert.deepEqual(
      events.map((e) => [e.type, e.date]),
      [['meeting', '2018-04-16']],
    );
  }
  assert.deepEqual(one('2005-09-10', '代表團今日抵港後先到酒店休息，其後會與特區政府官員會面。'), []);
  assert.deepEqual(one('2005-09-10', '代表团今日抵港后先到酒店休息，其后会与特区政府官员会面。'), []);
});

test('應…邀請 (at the invitation of) tells why a guest came, not a plan; 邀請 alone still is one', () => {
  for (const text of [
    '商務部部長鍾山24日與應商務部邀請來訪的美國商務部長羅斯舉行工作會談。',
    '商务部部长钟山24日与应商务部邀请来访的美国商务部长罗斯举行工作会谈。',
  ])
    assert.deepEqual(
      one('2017-09-25', text).map((e) => [e.type, e.date]),
      [['meeting', '2017-09-24']],
    );
  assert.deepEqual(one('2017-09-25', '商務部部長鍾山邀請美國商務部長羅斯舉行工作會談。'), []);
});

test('；ends a statement: a second office answering the first in the same printed sentence is its own response, on its own day', () => {
  for (const text of [
    '國台辦發言人馬曉光昨日在例行記者會聲稱，民進黨當局插手香港事務；對此，陸委會副主委兼發言人邱垂正今日回應，政府從未介入香港的內部事務。',
    '国台办发言人马晓光昨日在例行记者会声称，民进党当局插手香港事务；对此，陆委会副主委兼发言人邱垂正今日回应，政府从未介入香港的内部事务。',
  ])
    assert.deepEqual(
      one('2020-09-17', text).map((e) => [e.date, e.actors.at(-1)]),
      [
        ['2020-09-16', text.slice(6, 9)],
        ['2020-09-17', '邱垂正'],
      ],
    );
});

test('a speech verb inside brackets closed before a day (釣魚島(日本稱尖閣諸島)) opens no reported speech around it', () => {
  for (const paras of [
    [
      '外交部發言人毛寧29日主持例行記者會，就中日關係回答記者提問。',
      '另針對日本教科書將釣魚島(日本稱尖閣諸島)表述為日本固有領土，毛寧昨日在記者會上指出，有關做法改變不了事實。',
    ],
    [
      '外交部发言人毛宁29日主持例行记者会，就中日关系回答记者提问。',
      '另针对日本教科书将钓鱼岛(日本称尖阁诸岛)表述为日本固有领土，毛宁昨日在记者会上指出，有关做法改变不了事实。',
    ],
  ])
    assert.deepEqual([...new Set(fromParas('2023-03-30', paras).map((e) => e.date))], ['2023-03-29']);
});

test('今日會, 今天會, 今晚會 (will, today) before the word make a meeting a plan; 今日會見 is still held today', () => {
  assert.deepEqual(one('2014-03-06', '特首梁振英今日會繼續與不同中央部委會面，明日返港。'), []);
  assert.deepEqual(one('2014-03-06', '特首梁振英今日会继续与不同中央部委会面，明日返港。'), []);
  assert.deepEqual(
    one('2014-03-06', '特首梁振英今日會見國務院港澳辦主任王光亞。').map((e) => [e.type, e.date]),
    [['meeting', '2014-03-06']],
  );
});

test('a date in Chinese numerals after a title (賴清德總統二月廿四日) is no name', () => {
  for (const text of ['賴清德總統二月廿四日會見美國聯邦參議員訪問團。', '赖清德总统二月廿四日会见美国联邦参议员访问团。'])
    assert.deepEqual(
      one('2026-03-05', text).map((e) => [e.date, e.actors]),
      [['2026-02-24', [text.slice(0, 3)]]],
    );
});

test('另一方面 opens another point of the same spokesperson: its own response', () => {
  for (const paras of [
    ['外交部發言人陸慷16日表示，沒聽說這項消息。', '另一方面，陸慷宣布，首輪中美外交與安全對話將於21日在華府舉行。'],
    ['外交部发言人陆慷16日表示，没听说这项消息。', '另一方面，陆慷宣布，首轮中美外交与安全对话将于21日在华府举行。'],
  ])
    assert.equal(fromParas('2017-06-17', paras).length, 2);
});

test('a source’s notice of a day (外交部網站2月12日消息) dates the answer it carries, not the story’s earlier day', () => {
  for (const paras of [
    [
      '美國白宮發言人當地時間2月11日宣布，美國總統將於下周會見達賴。',
      '中國外交部網站2月12日消息，外交部發言人馬朝旭就此表示，中方堅決反對。',
    ],
    [
      '美国白宫发言人当地时间2月11日宣布，美国总统将于下周会见达赖。',
      '中国外交部网站2月12日消息，外交部发言人马朝旭就此表示，中方坚决反对。',
    ],
  ])
    assert.deepEqual(
      responses(fromParas('2010-02-13', paras)).map((e) => e.date),
      ['2010-02-12'],
    );
});

test('a named talks mechanism held (混委會, 高層對話, 外交會議, 貿易談判) is a meeting; a negotiator’s title is none', () => {
  for (const text of ['第26屆中歐經貿混委會31日在布魯塞爾舉行。', '第26届中欧经贸混委会31日在布鲁塞尔举行。'])
    assert.deepEqual(
      one('2012-06-01', text).map((e) => [e.type, e.date]),
      [['meeting', '2012-05-31']],
    );
  for (const text of ['中日兩國官員星期六在東京舉行高級別外交會議。', '最新一轮的中美贸易谈判9日在华盛顿举行。'])
    assert.deepEqual(
      one('2019-05-13', text).map((e) => e.type),
      ['meeting'],
    );
  assert.deepEqual(one('2025-09-30', '商務部國際貿易談判代表李成鋼29日抵達華盛頓。'), []);
  assert.deepEqual(one('2025-09-30', '商务部国际贸易谈判代表李成钢29日抵达华盛顿。'), []);
});

test('an invitation or arrangement done (邀請了, 安排了) is no plan: the meeting was held', () => {
  for (const text of ['外長十二日邀請了五國外長共進早餐。', '外长十二日邀请了五国外长共进早餐。'])
    assert.deepEqual(
      one('2000-09-16', text).map((e) => [e.type, e.date]),
      [['meeting', '2000-09-12']],
    );
  assert.deepEqual(one('2000-09-16', '外長邀請五國外長下周共進早餐。'), []);
});

test('a call dated only by the report’s dateline is the one the report dates itself days before', () => {
  for (const [published, paras] of [
    [
      '2004-10-08',
      [
        '【大紀元10月8日訊】美國總統布什在同中國國家主席胡錦濤的電話交談中，就台灣問題交換了意見。',
        '胡錦濤星期四跟布什總統通話，要求美國停止向台灣出售武器。',
      ],
    ],
    ['2025-03-06', ['新华社北京3月5日电 国家主席习近平同法国总统马克龙通电话。', '两国元首星期二通电话时表示，愿加强合作。']],
  ] as const)
    assert.deepEqual(
      extract(
        published,
        paras.map((t): Part => ['paragraph', t]),
      ).map((e) => e.type),
      ['call'],
    );
});

test('a video summit attended (視頻峰會) is a video meeting; 新春 after a title is no name', () => {
  for (const text of ['習近平主席昨晚應邀出席金磚國家領導人特別視頻峰會。', '习近平主席昨晚应邀出席金砖国家领导人特别视频峰会。'])
    assert.deepEqual(
      one('2023-11-22', text).map((e) => [e.type, modeOf(e), e.date]),
      [['meeting', 'video', '2023-11-21']],
    );
  assert.deepEqual(
    one('2023-02-23', '2月22日，中國廣西與越南邊境四省黨委書記新春會晤以視頻連線方式舉行。').map((e) => e.actors),
    [[]],
  );
});

test('a ministry’s delegation (老撾外交部代表團) does not speak for the ministry', () => {
  for (const paras of [
    [
      '9月18日下午，中國外交部發言人孔泉主持例行記者招待會。',
      '孔泉說，大家下午好。',
      '今天來自老撾外交部高級外交官代表團來旁聽我們的發布會，向你們表示熱烈歡迎。',
    ],
    [
      '9月18日下午，中国外交部发言人孔泉主持例行记者招待会。',
      '孔泉说，大家下午好。',
      '今天来自老挝外交部高级外交官代表团来旁听我们的发布会，向你们表示热烈欢迎。',
    ],
  ])
    assert.ok(responses(fromParas('2003-09-18', paras)).every((e) => !e.actors.some((a) => a.startsWith('老'))));
});

test('the Liaison Office under its shorter full name (中央駐港聯絡辦公室) speaks for itself', () => {
  for (const text of [
    '中央駐港聯絡辦公室發言人周一(13日)表示，嚴厲譴責非法「初選」。',
    '中央驻港联络办公室发言人周一(13日)表示，严厉谴责非法“初选”。',
  ]) {
    const [response] = responses(one('2020-07-14', text));
    assert.equal(response?.date, '2020-07-13');
    assert.ok(response?.actors.some((a) => a.includes('聯絡辦公室') || a.includes('联络办公室')));
  }
});

test('the departments of several sides (中韓國防部門, 兩國外交部門) are no ministry speaking', () => {
  for (const text of [
    '韓國國家安保室長表示，兩國領導人商定推動中韓國防部門深化溝通。',
    '韩国国家安保室长表示，两国领导人商定推动中韩国防部门深化沟通。',
    '會談後，兩國外交部門表示將繼續推動合作。',
    '会谈后，两国外交部门表示将继续推动合作。',
  ])
    assert.deepEqual(responses(one('2026-01-06', text)), []);
});

test('bracketed turns ([新京報記者]:, [范麗青]:) ask and answer: one response per question', () => {
  for (const paras of [
    [
      '[聯合報記者]:最近有友邦總統到上海參訪,請問發言人有何評論?謝謝。',
      '[范麗青]:我也看到報道了,這位先生自己說,他到大陸來是個人行程。',
      '[新京報記者]:大陸將推動兩岸經貿交流,下一步有何安排?',
      '[范麗青]:我們推動兩岸經濟合作的出發點和落腳點,都是為兩岸民眾謀福祉。',
    ],
    [
      '[联合报记者]:最近有友邦总统到上海参访,请问发言人有何评论?谢谢。',
      '[范丽青]:我也看到报道了,这位先生自己说,他到大陆来是个人行程。',
      '[新京报记者]:大陆将推动两岸经贸交流,下一步有何安排?',
      '[范丽青]:我们推动两岸经济合作的出发点和落脚点,都是为两岸民众谋福祉。',
    ],
  ])
    assert.equal(responses(fromParas('2014-06-11', paras)).length, 2);
});

test('a foreign name in full and its last part alone (科林·鮑威爾, 鮑威爾) are one person: one meeting', () => {
  for (const paras of [
    ['中國外交部長唐家璇二十八日在北京釣魚臺國賓館會見美國國務卿鮑威爾。', '唐家璇與美國國務卿科林·鮑威爾今天在釣魚臺國賓館舉行會談。'],
    ['中国外交部长唐家璇二十八日在北京钓鱼台国宾馆会见美国国务卿鲍威尔。', '唐家璇与美国国务卿科林·鲍威尔今天在钓鱼台国宾馆举行会谈。'],
  ])
    assert.equal(meetings(fromParas('2001-07-28', paras)).length, 1);
});

test('a title quoted as the other side’s (臺“陸委會主委”吳釗燮) is still the speaker’s title', () => {
  for (const t of [
    '中新網4月30日電 臺“陸委會主委”吳釗燮29日舉行記者會稱，連戰此行未能表達臺灣人民心聲。',
    '中新网4月30日电 台“陆委会主委”吴钊燮29日举行记者会称，连战此行未能表达台湾人民心声。',
  ])
    assert.deepEqual(
      responses(one('2005-04-30', t)).map((e) => [e.date, e.actors.length]),
      [['2005-04-29', 2]],
    );
});

test('any title of the titles data may be quoted (台“僑委會委員長”吳新興): the name after it is a person', () => {
  for (const t of [
    '中新網5月3日電 臺“僑委會委員長”吳新興2日在臺北會見美國國會議員代表團。',
    '中新网5月3日电 台“侨委会委员长”吴新兴2日在台北会见美国国会议员代表团。',
  ])
    assert.equal(meetings(one('2016-05-03', t))[0]?.actors.length, 1);
});

test('a name in Latin letters after a title (新西蘭總理Christopher Luxon) is a person', () => {
  for (const t of [
    '新華社惠靈頓6月13日電 國務院總理李強13日在惠靈頓同新西蘭總理Christopher Luxon舉行會談。',
    '新华社惠灵顿6月13日电 国务院总理李强13日在惠灵顿同新西兰总理Christopher Luxon举行会谈。',
  ])
    assert.equal(meetings(one('2024-06-14', t))[0]?.actors[1], 'Christopher Luxon');
});

test('當地時間 and a day at the head after a dateline (【中新社北京二十三日電】當地時間二十二日) date the response, not the dateline', () => {
  for (const t of [
    '【中新社北京二十三日電】當地時間二十二日，中國駐英國使館發言人就英澳聯合聲明答記者問。',
    '【中新社北京二十三日电】当地时间二十二日，中国驻英国使馆发言人就英澳联合声明答记者问。',
  ])
    assert.deepEqual(
      responses(one('2024-03-24', t)).map((e) => e.date),
      ['2024-03-22'],
    );
});

test('a minister inside what the briefing answered about (就…印度外長慕克吉訪華等問題回答了提問) is not its speaker', () => {
  for (const paras of [
    [
      '2008年6月3日下午，外交部發言人秦剛舉行例行記者會，就抗震救災、印度外長慕克吉訪華等問題回答了記者提問。',
      '問：國務院今天任命了國台辦主任。你對此有何評論？',
      '答：這是正常的工作安排。',
    ],
    [
      '2008年6月3日下午，外交部发言人秦刚举行例行记者会，就抗震救灾、印度外长慕克吉访华等问题回答了记者提问。',
      '问：国务院今天任命了国台办主任。你对此有何评论？',
      '答：这是正常的工作安排。',
    ],
  ])
    assert.deepEqual(
      responses(fromParas('2008-06-03', paras)).map((e) => e.actors[1]),
      [paras[0]!.includes('秦剛') ? '秦剛' : '秦刚'],
    );
});

test('對此 at the head of the paragraph after a question still open answers that question, with the paragraph after it', () => {
  for (const paras of [
    [
      '8月31日下午，國防部新聞發言人吳謙答記者問。吳謙表示，中方敦促美方停止軍事挑釁。',
      '有記者問，美軍官員近日稱，中美兩軍戰區層級缺乏溝通將增加誤判風險。請問對此有何評論？',
      '對此，吳謙表示，美方有關言論是典型的惡人先告狀。',
      '吳謙強調，要想管控風險，首先要管好自己。',
    ],
    [
      '8月31日下午，国防部新闻发言人吴谦答记者问。吴谦表示，中方敦促美方停止军事挑衅。',
      '有记者问，美军官员近日称，中美两军战区层级缺乏沟通将增加误判风险。请问对此有何评论？',
      '对此，吴谦表示，美方有关言论是典型的恶人先告状。',
      '吴谦强调，要想管控风险，首先要管好自己。',
    ],
  ])
    assert.deepEqual(
      responses(fromParas('2022-09-01', paras)).map((e) => e.passages.length),
      [1, 3],
    );
});

test('one a question is put to (記者向張曉剛提問) is not the one speaking in it', () => {
  for (const paras of [
    [
      '5月17日，國防部新聞發言人張曉剛大校在國防部網站上發布了最新信息。',
      '有記者向張曉剛提問，提及菲律賓總統最近的聲明，表示無意加劇南海地區的緊張態勢。',
      '張曉剛回應指出，菲律賓方面的言論與行為自相矛盾。',
    ],
    [
      '5月17日，国防部新闻发言人张晓刚大校在国防部网站上发布了最新信息。',
      '有记者向张晓刚提问，提及菲律宾总统最近的声明，表示无意加剧南海地区的紧张态势。',
      '张晓刚回应指出，菲律宾方面的言论与行为自相矛盾。',
    ],
  ])
    assert.deepEqual(
      responses(fromParas('2024-05-18', paras)).map((e) => [e.date, e.precision]),
      [['2024-05-17', 'day']],
    );
});

test('他 after a call told since the spokesperson spoke is one of its people; a lead labelled 導語 keeps its day', () => {
  for (const paras of [
    [
      '導語：3月30日，中國外交部發言人陸慷宣布，中方將繼續推進中美關係。',
      '11月14日，習近平同特朗普通電話，祝賀他當選美國總統。',
      '特朗普對此表示感謝。他說，我贊同習主席對美中關係的看法。',
    ],
    [
      '导语：3月30日，中国外交部发言人陆慷宣布，中方将继续推进中美关系。',
      '11月14日，习近平同特朗普通电话，祝贺他当选美国总统。',
      '特朗普对此表示感谢。他说，我赞同习主席对美中关系的看法。',
    ],
  ])
    assert.deepEqual(
      responses(fromParas('2017-03-31', paras)).map((e) => [e.date, e.passages.length]),
      [['2017-03-30', 1]],
    );
});

test('another side’s words called 上述言論 (英方上述言論純屬…) are no look-back at the spokesperson’s own', () => {
  for (const paras of [
    [
      '中新社倫敦5月21日電 當地時間5月21日，中國駐英國使館發言人就英國首相涉華錯誤言論答記者問。',
      '有記者問，據報道，英國首相在東京聲稱，中國是全球安全的最大挑戰。你對此有何評論？',
      '使館發言人說，英方上述言論純屬鸚鵡學舌，中方對此堅決反對。',
      '使館發言人表示，中國是世界和平的建設者。',
    ],
    [
      '中新社伦敦5月21日电 当地时间5月21日，中国驻英国使馆发言人就英国首相涉华错误言论答记者问。',
      '有记者问，据报道，英国首相在东京声称，中国是全球安全的最大挑战。你对此有何评论？',
      '使馆发言人说，英方上述言论纯属鹦鹉学舌，中方对此坚决反对。',
      '使馆发言人表示，中国是世界和平的建设者。',
    ],
  ])
    assert.equal(responses(fromParas('2023-05-22', paras)).length, 1);
});

test('what the spokesperson also stresses or says (姜瑜還強調, 還說) goes on with the same answer', () => {
  for (const paras of [
    ['外交部發言人姜瑜16日在例行記者會上表示，中方希望日方立即無條件放人。', '姜瑜還強調，中國政府維護領土主權的決心堅定不移。'],
    ['外交部发言人姜瑜16日在例行记者会上表示，中方希望日方立即无条件放人。', '姜瑜还说，中国政府维护领土主权的决心坚定不移。'],
  ])
    assert.equal(responses(fromParas('2010-09-17', paras)).length, 1);
});

test('a relayed briefing: its opening, the record of its answers and the news before the questions join the one answer', () => {
  for (const paras of [
    [
      '中新網12月3日電 中國外交部發言人劉建超今天主持例行記者招待會。外交部通過其網站發布了劉建超回答記者提問的情況。',
      '劉建超說，在回答諸位提問之前我先發布2條消息：應外交部長唐家璇邀請，吉爾吉斯共和國外交部長將于12月10日至15日對我國進行正式訪問。',
      '問：請評價普京總統訪華成果。',
      '答：普京總統此次訪問取得了圓滿成功。',
    ],
    [
      '中新网12月3日电 中国外交部发言人刘建超今天主持例行记者招待会。外交部通过其网站发布了刘建超回答记者提问的情况。',
      '刘建超说，在回答诸位提问之前我先发布2条消息：应外交部长唐家璇邀请，吉尔吉斯共和国外交部长将于12月10日至15日对我国进行正式访问。',
      '问：请评价普京总统访华成果。',
      '答：普京总统此次访问取得了圆满成功。',
    ],
  ])
    assert.equal(responses(fromParas('2002-12-03', paras)).length, 1);
});

test('有外媒提問 puts a question: it is listed with the answer it gets', () => {
  for (const paras of [
    ['中國外交部22日例行記者會由發言人林劍主持。有外媒提問，日本議員訪台，外交部對此有何評論？', '林劍回應，中方堅決反對。'],
    ['中国外交部22日例行记者会由发言人林剑主持。有外媒提问，日本议员访台，外交部对此有何评论？', '林剑回应，中方坚决反对。'],
  ])
    assert.deepEqual(
      responses(fromParas('2025-12-22', paras)).map((e) => e.passages.length),
      [2],
    );
});

test('早前 read across 一早前往 (early that morning, then went) is no approximate time', () => {
  for (const t of ['裴洛西今天一早前往總統府會見總統蔡英文。', '裴洛西今天一早前往总统府会见总统蔡英文。'])
    assert.deepEqual(
      one('2022-08-03', t).map((e) => e.date),
      ['2022-08-03'],
    );
});

test('a party division’s head (自民黨外交部會長) is no ministry speaking', () => {
  assert.deepEqual(one('2025-11-15', '日本自民黨外交部會長高木啓在會後對記者表示，我們要求中方撤回言論。'), []);
  assert.deepEqual(one('2025-11-15', '日本自民党外交部会长高木启在会后对记者表示，我们要求中方撤回言论。'), []);
});

test('a bracketed outlet with no 記者 ([臺灣東森電視臺]:) asks too, and the day its question tells is not the briefing’s', () => {
  for (const paras of [
    [
      '[新華社記者]:兩岸航運合作下一步有何安排?',
      '[范麗青]:雙方正在溝通,有確切消息會及時發布。',
      '[臺灣東森電視臺]:昨天台灣有政界人士批評兩會協商,您有什麼評論?',
      '[范麗青]:這種說法不符合事實,兩岸同胞自有公論。',
    ],
    [
      '[新华社记者]:两岸航运合作下一步有何安排?',
      '[范丽青]:双方正在沟通,有确切消息会及时发布。',
      '[台湾东森电视台]:昨天台湾有政界人士批评两会协商,您有什么评论?',
      '[范丽青]:这种说法不符合事实,两岸同胞自有公论。',
    ],
  ]) {
    const found = responses(fromParas('2008-11-12', paras));
    assert.deepEqual(
      found.map((e) => e.date),
      ['2008-11-12', '2008-11-12'],
    );
  }
});

test('a transcript’s time label printed as a credit (時間:2013年3月28日 15:00) dates the answers of a page published the next day', () => {
  for (const paras of [
    [
      '時間:2013年3月28日 15:00—15:50',
      '記者：據報道，中國、東盟和美國將舉行聯合演習，請問是否屬實？',
      '楊宇軍：這個聯合演習不僅僅是三方參加。',
    ],
    [
      '时间:2013年3月28日 15:00—15:50',
      '记者：据报道，中国、东盟和美国将举行联合演习，请问是否属实？',
      '杨宇军：这个联合演习不仅仅是三方参加。',
    ],
  ])
    assert.deepEqual(
      responses(
        extract('2013-03-29', [
          ['headline', '國防部例行記者會'],
          ['credit', paras[0]!],
          ...paras.slice(1).map((t): Part => ['paragraph', t]),
        ]),
      ).map((e) => e.date),
      ['2013-03-28'],
    );
});

test('a name ends before 陪同 (陳國偉陪同下): the companion’s name is not run into it', () => {
  for (const text of ['他在首相對華特使陳國偉陪同下，24日會晤王毅。', '他在首相对华特使陈国伟陪同下，24日会晤王毅。'])
    assert.ok(one('2018-10-25', text).every((e) => e.actors.every((a) => !a.endsWith('陪'))));
});

test('a meeting with guests written but unnamed (會見中德工商界知名人士) is not the same day’s meeting with a named leader', () => {
  for (const text of [
    '當地時間27日上午，李克強與默克爾總理共進早餐。中午，李克強總理在下榻的飯店會見中德工商界知名人士。',
    '当地时间27日上午，李克强与默克尔总理共进早餐。中午，李克强总理在下榻的饭店会见中德工商界知名人士。',
  ])
    assert.equal(one('2013-05-28', text).length, 2);
});

test('what came next (王毅其後會見安倍晉三) is another meeting than the talks before it, unless it names the same people', () => {
  for (const text of [
    '中國與日本16日在東京舉行中日經濟高層對話。王毅其後會見日本首相安倍晉三。',
    '中国与日本16日在东京举行中日经济高层对话。王毅其后会见日本首相安倍晋三。',
  ])
    assert.equal(one('2018-04-17', text).length, 2);
  for (const text of [
    '王岐山16日在中南海會見菲律賓政府代表團團長洛欽，隨後雙方進行了會談。',
    '王岐山16日在中南海会见菲律宾政府代表团团长洛钦，随后双方进行了会谈。',
  ])
    assert.equal(one('2019-03-17', text).length, 1);
});

test('a day written after the byline (中新網1月16日電 在15日…記者會上) dates the briefing, not the byline’s day', () => {
  for (const text of [
    '中新網1月16日電 在15日外交部舉行的例行記者會上，外交部發言人孔泉表示，中方歡迎美方工作組來華。',
    '中新网1月16日电 在15日外交部举行的例行记者会上，外交部发言人孔泉表示，中方欢迎美方工作组来华。',
  ])
    assert.deepEqual(
      responses(one('2004-01-16', text)).map((e) => e.date),
      ['2004-01-15'],
    );
});

test('two acts of different kinds on one day (relations restored, a consulate opened) are two events', () => {
  for (const text of [
    '布吉納法索昨日與中國恢復建交。中國駐瓦加杜古大使館昨日正式開館。',
    '布基纳法索昨日与中国恢复建交。中国驻瓦加杜古大使馆昨日正式开馆。',
  ])
    assert.deepEqual(
      one('2018-05-27', text).map((e) => [e.type, e.date, e.titleEn]),
      [
        ['other', '2018-05-26', 'Diplomatic relations restored'],
        ['other', '2018-05-26', 'Mission opened'],
      ],
    );
});

test('an act dated only by the dateline (22日電 …總領事館正式開館) is the one the report dates a day before', () => {
  for (const text of [
    '（中央社記者吉隆坡22日電）中國駐檳城總領事館正式開館。中國駐馬大使黃惠康21日晚間宣布，中國駐檳城總領事館正式開館。',
    '（中央社记者吉隆坡22日电）中国驻槟城总领事馆正式开馆。中国驻马大使黄惠康21日晚间宣布，中国驻槟城总领事馆正式开馆。',
  ])
    assert.deepEqual(
      one('2015-12-22', text).map((e) => [e.type, e.date]),
      [['other', '2015-12-21']],
    );
});

test('a meeting attended by video (以視頻方式出席…外長會議) is a video meeting, titled without the dateline', () => {
  for (const text of [
    '新華社北京8月3日電 國務委員兼外長王毅3日以視頻方式出席中國-東盟外長會議。',
    '新华社北京8月3日电 国务委员兼外长王毅3日以视频方式出席中国-东盟外长会议。',
  ]) {
    const [e] = one('2021-08-04', text);
    assert.equal(e?.type, 'meeting');
    assert.equal(e?.type === 'meeting' && e.mode, 'video');
    assert.ok(!/[電电]/u.test(e?.title ?? ''), e?.title);
  }
});

test('a day after a word at the head (面對16日香港民眾上街，陸慷說) is what the answer is about, not its day', () => {
  for (const text of [
    '面對16日香港逾200萬民眾上街，外交部發言人陸慷今天說，中央政府堅定支持特區政府。',
    '面对16日香港逾200万民众上街，外交部发言人陆慷今天说，中央政府坚定支持特区政府。',
  ])
    assert.deepEqual(
      responses(one('2019-06-17', text)).map((e) => e.date),
      ['2019-06-17'],
    );
});

test('a meeting with many (與多名西方國家領袖視像會談) is one meeting; calls with many (與逾四十位領導人通電話) are a sum', () => {
  for (const text of [
    '澤連斯基12日與美國總統特朗普等多名西方國家領袖視像會談。',
    '泽连斯基12日与美国总统特朗普等多名西方国家领袖视像会谈。',
  ])
    assert.equal(one('2025-08-13', text).length, 1);
  for (const text of ['上月，國家主席習近平與逾四十位外國領導人通電話。', '上月，国家主席习近平与逾四十位外国领导人通电话。'])
    assert.equal(one('2020-05-02', text).length, 0);
});

test('計畫 (Taiwan’s spelling of 計劃) marks a plan: 戴琪計畫最早周四與台灣官員舉行視訊會議 has not been held', () => {
  assert.equal(one('2021-06-11', '美國貿易代表戴琪計畫最早周四與台灣官員舉行視訊會議。').length, 0);
});

test('an embassy in any country speaks (中國駐瑞典大使館發言人19日表示, 駐美國舊金山總領館 written short): the countries data holds every state, not only the usual few', () => {
  for (const [text, actor] of [
    ['中國駐瑞典大使館發言人19日表示，此類論調沒有任何事實依據。', '中國駐瑞典大使館'],
    ['中国驻挪威大使馆发言人19日表示，此类论调没有任何事实依据。', '中国驻挪威大使馆'],
    ['中國駐美國舊金山總領館發言人19日表示，此類論調沒有任何事實依據。', '中國駐美國舊金山總領館'],
    ['中国驻日本大阪总领馆发言人19日表示，此类论调没有任何事实依据。', '中国驻日本大阪总领馆'],
  ] as const)
    assert.deepEqual(
      responses(one('2019-01-20', text)).map((e) => [e.date, e.actors[0]]),
      [['2019-01-19', actor]],
    );
});

test('a department head whose 司 opens his title (外交部亞太司長葛葆萱) answers for the ministry; a Korean minister (外交通商部長官) is a person', () => {
  for (const text of [
    '外交部亞太司長葛葆萱今天表示，馬來西亞駐台機構運作正常。',
    '外交部亚太司长葛葆萱今天表示，马来西亚驻台机构运作正常。',
  ])
    assert.deepEqual(
      responses(one('2020-02-06', text)).map((e) => e.actors),
      [['外交部', '葛葆萱']],
    );
  for (const text of ['楊潔篪20日同韓國外交通商部長官金星煥通電話。', '杨洁篪20日同韩国外交通商部长官金星焕通电话。'])
    assert.equal(one('2011-12-21', text)[0]?.actors.length, 2);
});

test('透過電話 (by phone, as Taiwan and Malaysia write it) is a call', () => {
  for (const text of ['首相慕尤丁17日和新加坡總理李顯龍透過電話商討邊境管制。', '首相慕尤丁17日和新加坡总理李显龙透过电话商讨边境管制。'])
    assert.deepEqual(
      one('2020-03-18', text).map((e) => [e.type, e.date]),
      [['call', '2020-03-17']],
    );
});

test('the next part of one question (關於你的第二個問題) is answered in the same answer: one response per question asked', () => {
  for (const paras of [
    [
      '2009年9月3日外交部發言人姜瑜主持例行記者會。',
      '問：第一，中方如何看待朝核問題？第二，有報道稱中國漁船在附近海域作業，是否屬實？',
      '答：中方一直主張通過對話解決問題。',
      '關於第二個問題，據向有關部門了解，沒有發現你所說的情況。',
    ],
    [
      '2009年9月3日外交部发言人姜瑜主持例行记者会。',
      '问：第一，中方如何看待朝核问题？第二，有报道称中国渔船在附近海域作业，是否属实？',
      '答：中方一直主张通过对话解决问题。',
      '关于第二个问题，据向有关部门了解，没有发现你所说的情况。',
    ],
  ])
    assert.equal(responses(fromParas('2009-09-04', paras)).length, 1);
});

test('a reception (國慶招待會, 到任酒會) is a function attended, not a meeting; nor is a press conference (記者招待會)', () => {
  for (const text of [
    '中國駐英國大使傅瑩25日在使館舉行國慶招待會，英國外交大臣出席。',
    '中国驻英国大使傅莹25日在使馆举行国庆招待会，英国外交大臣出席。',
    '行政長官昨日出席公署特派員到任酒會並致辭。',
    '行政长官昨日出席公署特派员到任酒会并致辞。',
    '外交部長李肇星6日舉行記者招待會。',
  ])
    assert.deepEqual(
      one('2008-09-26', text).filter((e) => e.type === 'meeting'),
      [],
      text,
    );
});

test('two meetings of one leader with guests written but unnamed (查爾斯王子夫婦, 之後還會見了威廉王子) stay two, both on the story’s day', () => {
  for (const text of [
    '星期二當天，習近平先是在英國議會發表了講話。之後和夫人彭麗媛一道去會見了查爾斯王子夫婦，習近平之後還會見了威廉王子。',
    '星期二当天，习近平先是在英国议会发表了讲话。之后和夫人彭丽媛一道去会见了查尔斯王子夫妇，习近平之后还会见了威廉王子。',
  ])
    assert.deepEqual(
      one('2015-10-21', text).map((e) => [e.type, e.date]),
      [
        ['meeting', '2015-10-20'],
        ['meeting', '2015-10-20'],
      ],
    );
});

test('a working meal (共進工作早餐, 工作午餐會) is a meeting', () => {
  for (const text of [
    '國務委員戴秉國18日與美國國務卿希拉里共進工作早餐。',
    '国务委员戴秉国18日与美国国务卿希拉里共进工作早餐。',
    '外交部長王毅18日同美國國務卿布林肯舉行工作午餐會。',
    '外交部长王毅18日同美国国务卿布林肯举行工作午餐会。',
  ])
    assert.deepEqual(
      one('2009-11-19', text).map((e) => [e.type, e.date]),
      [['meeting', '2009-11-18']],
      text,
    );
});

test('intergovernmental consultations (政府磋商) held between two governments are a meeting', () => {
  for (const text of [
    '第五輪中德政府磋商9日在北京舉行。磋商開始前，國務院總理李強與德國總理朔爾茨在人民大會堂檢閱儀仗隊。',
    '第五轮中德政府磋商9日在北京举行。磋商开始前，国务院总理李强与德国总理朔尔茨在人民大会堂检阅仪仗队。',
  ])
    assert.deepEqual(
      one('2023-06-10', text).map((e) => [e.type, e.date]),
      [['meeting', '2023-06-09']],
      text,
    );
});

test('hosting a visiting leader (接待來訪的, 接待到訪的) is a meeting', () => {
  for (const text of [
    '美國總統拜登13日在白宮接待來訪的日本首相石破茂，雙方討論了貿易問題。',
    '美国总统拜登13日在白宫接待到访的日本首相石破茂，双方讨论了贸易问题。',
  ])
    assert.deepEqual(
      one('2025-02-14', text).map((e) => [e.type, e.date]),
      [['meeting', '2025-02-13']],
      text,
    );
});

test('a welcome dinner (為連戰接風洗塵, 設宴歡迎) or a state banquet (舉行國宴, 以國宴款待) is a meeting', () => {
  for (const text of [
    '昨晚全國政協主席賈慶林為連戰接風洗塵。',
    '昨晚全国政协主席贾庆林设宴欢迎连战一行。',
    '昨晚國家主席胡錦濤在人民大會堂舉行國宴，歡迎俄羅斯總統普京。',
    '昨晚国家主席胡锦涛在人民大会堂举行国宴，欢迎俄罗斯总统普京。',
    '昨晚國家主席胡錦濤在人民大會堂以國宴款待俄羅斯總統普京。',
  ])
    assert.deepEqual(
      one('2008-04-29', text).map((e) => [e.type, e.date]),
      [['meeting', '2008-04-28']],
    );
});

test('a day’s schedule with a plan in it (下午…將與胡錦濤會晤;晚上…家宴款待) is planned throughout, whatever the semicolon', () => {
  for (const text of [
    '今日中午宴請連戰;下午,連戰一行將與胡錦濤會晤;晚上,胡錦濤家宴款待連戰夫婦。',
    '今日中午宴请连战；下午，连战一行将与胡锦涛会晤；晚上，胡锦涛家宴款待连战夫妇。',
  ])
    assert.deepEqual(
      one('2008-04-29', text).filter((e) => e.date === '2008-04-29' && e.actors.includes(text.includes('錦') ? '胡錦濤' : '胡锦涛')),
      [],
    );
});

test('a briefing announced (將介紹…並回答媒體提問) or framed (就近期…情況答記者問) opens it and joins its first answer', () => {
  for (const paras of [
    [
      '商务部今天召开例行新闻发布会，新闻发言人将介绍近期商务领域重点工作情况，并回答媒体提问。',
      '提问：美方将举行关税听证会，商务部有何评论？',
      '高峰：中方坚决反对单边加征关税的做法。',
    ],
    [
      '中評社北京10月12日電／商務部新聞發言人12日就近期中方相關經貿政策措施情況答記者問。',
      '有記者問：商務部發佈公告對稀土物項實施出口管制，請問有什麼考慮？',
      '答：這是中國政府依法完善出口管制體系的正當舉措。',
    ],
  ])
    assert.equal(responses(fromParas('2019-06-20', paras)).length, 1, paras[0]);
});

test('之後 opening a clause tells the next happening of the day; after a span (兩個星期之後) it does not', () => {
  for (const [text, calls] of [
    ['習近平20日在北京會見法國總統馬克龍。之後，兩國外長通電話。', 1],
    ['习近平20日在北京会见法国总统马克龙。两个星期之后，两国外长通电话。', 0],
  ] as const)
    assert.equal(one('2020-02-22', text).filter((e) => e.type === 'call' && e.date === '2020-02-20').length, calls, text);
});

test('a greeting said (章啟月說，女士們，先生們，下午好！) opens a statement: the paragraphs under it, up to a question, are its answer', () => {
  for (const [greeting, statement] of [
    ['章啟月說，女士們，先生們，下午好！', '幾小時前，我們獲悉阿拉法特主席逝世，中方深表哀悼，並將繼續勸和促談。'],
    ['章启月说，女士们，先生们，下午好！', '几小时前，我们获悉阿拉法特主席逝世，中方深表哀悼，并将继续劝和促谈。'],
  ]) {
    const events = extract('2004-11-12', [
      ['paragraph', '11月11日下午，外交部发言人章启月主持例行记者会。'],
      ['paragraph', greeting!],
      ['paragraph', statement!],
    ]);
    assert.deepEqual(
      events.map((e) => [e.type, e.date, e.passages.includes('p-2')]),
      [['ministry-response', '2004-11-11', true]],
    );
  }
});

test('an envoy summoned (召見, 約見) is a meeting, titled by the word and the envoy', () => {
  for (const [text, title] of [
    ['中國外交部17日召見德國駐華大使傅融，提出嚴正交涉。', '召見傅融'],
    ['中国外交部17日召见德国驻华大使傅融，提出严正交涉。', '召见傅融'],
  ])
    assert.deepEqual(
      one('2023-09-18', text!).map((e) => [e.type, e.date, e.title, e.titleEn]),
      [['meeting', '2023-09-17', title, 'Envoy summoned: 傅融']],
    );
});

test('a visit begun is titled in English by how it began: arriving, setting out, or the visit itself beginning', () => {
  for (const [published, text, en] of [
    ['2019-11-05', '法國總統馬克龍4日下午乘專機抵達上海，開始對中國進行國事訪問。', 'Emmanuel Macron arrives on a visit'],
    ['2024-09-04', '国务院总理李强3日上午乘专机离开北京，前往新加坡进行正式访问。', 'Li Qiang sets out on a visit'],
    ['2023-10-27', '外交部長王毅周四開始對美國展開3天訪問。', 'Wang Yi begins a visit'],
  ])
    assert.deepEqual(
      one(published!, text!).map((e) => [e.type, e.titleEn]),
      [['other', en]],
      text,
    );
});

test('a month ahead that heads a clause whose subject then plans (5月8日至12日，王岐山將…) is this year’s: no day of last year for the story', () => {
  for (const [plan, next] of [
    [
      '外交部發言人姜瑜30日宣布，應英國財政大臣達林的邀請，5月8日至12日，王岐山副總理將對英國進行正式訪問。',
      '當天，楊潔篪會見了英國駐華大使。',
    ],
    [
      '外交部发言人姜瑜30日宣布，应英国财政大臣达林的邀请，5月8日至12日，王岐山副总理将对英国进行正式访问。',
      '当天，杨洁篪会见了英国驻华大使。',
    ],
  ])
    assert.deepEqual(
      meetings(
        extract('2009-04-30', [
          ['paragraph', plan!],
          ['paragraph', next!],
        ]),
      ).map((e) => e.date),
      ['2009-04-30'],
    );
});

test('「你剛才提到…對話」 in a question: 剛才 dates the mention, not the talks it names', () => {
  for (const [question, answer] of [
    ['問：你剛才提到第二次中歐經貿高層對話，請介紹這個會議的有關情況。', '答：雙方將圍繞危機時期的貿易合作交換看法。'],
    ['问：你刚才提到第二次中欧经贸高层对话，请介绍这个会议的有关情况。', '答：双方将围绕危机时期的贸易合作交换看法。'],
  ])
    assert.deepEqual(
      meetings(
        extract('2009-04-30', [
          ['paragraph', '2009年4月30日，外交部發言人姜瑜舉行例行記者會。'],
          ['paragraph', question!],
          ['paragraph', answer!],
        ]),
      ),
      [],
    );
});

test('應詢說 (said when asked) puts a question of its own: its answer is another response', () => {
  for (const text of [
    '國台辦發言人馬曉光30日在例行新聞發布會上表示，兩岸同胞是一家人。美國國會參議院通過所謂「台北法案」，馬曉光應詢說，這是干涉中國內政。',
    '国台办发言人马晓光30日在例行新闻发布会上表示，两岸同胞是一家人。美国国会参议院通过所谓“台北法案”，马晓光应询说，这是干涉中国内政。',
  ])
    assert.deepEqual(
      responses(one('2019-10-31', text)).map((e) => e.date),
      ['2019-10-30', '2019-10-30'],
    );
});

test('另外 (besides) turns the talk: an undated dialogue named after it is not dated on the story’s day', () => {
  for (const paras of [
    [
      '2008年1月22日下午，外交部發言人姜瑜舉行例行記者會，就中美戰略對話、中德關係等回答記者提問。',
      '姜瑜：大家下午好。',
      '首先發佈一條消息：應外交部長楊潔篪邀請，挪威外交大臣將於1月28日至31日訪華。',
      '現在我願意回答各位的提問。',
      '問：你能否總結一下中美第五次戰略對話情況？另外，美國政府稱該對話為「高層對話」，而中國政府稱之為「戰略對話」。為什麼措詞不一樣？',
    ],
    [
      '2008年1月22日下午，外交部发言人姜瑜举行例行记者会，就中美战略对话、中德关系等回答记者提问。',
      '姜瑜：大家下午好。',
      '首先发布一条消息：应外交部长杨洁篪邀请，挪威外交大臣将于1月28日至31日访华。',
      '现在我愿意回答各位的提问。',
      '问：你能否总结一下中美第五次战略对话情况？另外，美国政府称该对话为“高层对话”，而中国政府称之为“战略对话”。为什么措词不一样？',
    ],
  ])
    assert.deepEqual(meetings(fromParas('2008-01-22', paras)), []);
});

test('a ministry of a country named by one character (洪國外交部, 該國外交部) is another country’s: no response of ours, even through its spokesperson', () => {
  for (const text of [
    '洪國外交部昨日表示，總統卡斯特羅很快會訪問中國。',
    '该国外交部昨日表示，总统卡斯特罗很快会访问中国。',
    '洪國外交部發言人羅德里格斯昨日表示，總統卡斯特羅很快會訪問中國。',
  ])
    assert.deepEqual(responses(one('2023-03-30', text, '中央社')), [], text);
});

test('還 tells of another act only in the clause of its word: 「這還只是指…，不包括通話」 is no call', () => {
  for (const [said, tally] of [
    ['外交部副部長崔天凱11日在北京表示，胡主席已經和他舉行了11次會晤。', '「這還只是指他們面對面的會晤，不包括通話、信函往來等。」'],
    ['外交部副部长崔天凯11日在北京表示，胡主席已经和他举行了11次会晤。', '“这还只是指他们面对面的会晤，不包括通话、信函往来等。”'],
  ])
    assert.deepEqual(
      extract('2012-06-12', [
        ['paragraph', said!],
        ['paragraph', tally!],
      ]).filter((e) => e.type === 'call'),
      [],
    );
});

test('a general’s rank (上將, 少將) holds 將 but plans nothing: the meeting he held is reported', () => {
  for (const text of [
    '本報曼谷1月7日電 中國中央軍委副主席劉華清上將今天上午拜會了泰國最高司令沃拉納上將。',
    '本报曼谷1月7日电 中国中央军委副主席刘华清上将今天上午拜会了泰国最高司令沃拉纳上将。',
  ])
    assert.deepEqual(
      meetings(one('1994-01-08', text)).map((e) => e.date),
      ['1994-01-07'],
    );
});

test('a known person whose surname is also a word (曾 once, 于 at) is named after a title: 副主席曾慶紅, 署長于廣洲', () => {
  for (const [text, who] of [
    ['國家副主席曾慶紅19日在北京會見了美國財政部長保爾森。', '曾慶紅'],
    ['国家副主席曾庆红19日在北京会见了美国财政部长保尔森。', '曾庆红'],
    ['海關總署署長于廣洲19日在北京會見了美國財政部長保爾森。', '于廣洲'],
  ] as const)
    assert.deepEqual(
      meetings(one('2007-04-20', text)).map((e) => [e.date, e.actors.includes(who)]),
      [['2007-04-19', true]],
      text,
    );
});

test('a statement framed 「發言人就X答記者問」 over the question and answer printed below is one answer', () => {
  for (const [headline, opening, question, answer] of [
    [
      '中國駐英國使館發言人就英方涉港錯誤言論答記者問',
      '香港新聞網2月2日電 2月1日,中國駐英國使館發言人就英方涉港錯誤言論答記者問。',
      '記者:英國內政部在社交媒體渲染所謂“簽證政策實施2周年”,並聲稱英國將繼續履行對港人承諾。你對此有何評論?',
      '使館發言人:英方有關言論嚴重干涉香港事務和中國內政,中方堅決反對。',
    ],
    [
      '中国驻英国使馆发言人就英方涉港错误言论答记者问',
      '香港新闻网2月2日电 2月1日,中国驻英国使馆发言人就英方涉港错误言论答记者问。',
      '记者:英国内政部在社交媒体渲染所谓“签证政策实施2周年”,并声称英国将继续履行对港人承诺。你对此有何评论?',
      '使馆发言人:英方有关言论严重干涉香港事务和中国内政,中方坚决反对。',
    ],
  ])
    assert.deepEqual(
      responses(
        extract('2023-02-02', [
          ['headline', headline!],
          ['paragraph', opening!],
          ['paragraph', question!],
          ['paragraph', answer!],
        ]),
      ).map((e) => e.date),
      ['2023-02-01'],
    );
});

test('a day 將 leads (論壇將於2月3日舉辦) is a plan’s: it dates neither the briefing nor its answers', () => {
  for (const paras of [
    [
      '1月28日上午，國台辦舉行例行新聞發布會。發言人張晗首先宣布兩岸論壇將於2月3日在北京舉辦，然後就近期兩岸熱點問題回答了記者提問。',
      '記者：國民黨主席表示希望推動兩岸關係融冰，對此有何評論？',
      '張晗：要和平、要發展、要交流是島內主流民意。',
    ],
    [
      '1月28日上午，国台办举行例行新闻发布会。发言人张晗首先宣布两岸论坛将于2月3日在北京举办，然后就近期两岸热点问题回答了记者提问。',
      '记者：国民党主席表示希望推动两岸关系融冰，对此有何评论？',
      '张晗：要和平、要发展、要交流是岛内主流民意。',
    ],
  ])
    assert.deepEqual([...new Set(responses(fromParas('2026-01-28', paras)).map((e) => e.date))], ['2026-01-28']);
});

test('the national security office in Hong Kong speaks for itself, in both scripts, however its name is written', () => {
  for (const [published, text, office] of [
    ['2024-07-02', '駐港國家安全公署發言人今日（2日）發表談話表示，堅決支持特區政府依法懲治危害國家安全的行為。', '駐港國家安全公署'],
    ['2024-07-02', '中央人民政府驻香港特别行政区维护国家安全公署发言人2日表示，坚决支持特区政府依法履职。', '维护国家安全公署'],
  ] as const) {
    const events = responses(one(published, text));
    assert.equal(events.length, 1, text);
    assert.equal(events[0]!.date, '2024-07-02');
    assert.ok(
      events[0]!.actors.some((a) => a.includes(office)),
      events[0]!.actors.join(','),
    );
  }
});

test('a call made to someone (致電 X, 打電話給 X) names the one called as well as the caller', () => {
  for (const [text, called] of [
    ['美國國務卿蓬佩奧前日打電話給中共中央外事辦主任楊潔篪，討論疫情。', '楊潔篪'],
    ['美国国务卿蓬佩奥前日打电话给中共中央外事办主任杨洁篪，讨论疫情。', '杨洁篪'],
    ['美國國務卿蓬佩奧16日致電中共中央政治局委員楊潔篪，討論疫情。', '楊潔篪'],
  ] as const) {
    const calls = one('2020-03-18', text).filter((e) => e.type === 'call');
    assert.equal(calls.length, 1, text);
    assert.equal(calls[0]!.date, '2020-03-16');
    assert.ok(calls[0]!.actors.includes(called), calls[0]!.actors.join(','));
  }
});

test('a call asked for, one said to come soon, and a call to the police are no calls held', () => {
  for (const text of [
    '美國國防部7日表示，國防部長奧斯汀向中國國防部長提出通話請求，但遭中方拒絕。',
    '美国国防部7日表示，国防部长奥斯汀向中国国防部长提出通话请求，但遭中方拒绝。',
    '美國總統特朗普15日在接受採訪時稱，他很快會同中國國家主席習近平通話。',
    '美国总统特朗普15日在接受采访时称，他很快会同中国国家主席习近平通话。',
    '10月9日下午，中國警方接到韓國國際學校的報警電話。',
  ])
    assert.deepEqual(
      one('2023-02-08', text).filter((e) => e.type === 'call'),
      [],
      text,
    );
});

test('an embassy named short (駐日使館) answers, and a lead under a headline that repeats its answer is that answer', () => {
  for (const paras of [
    [
      ['headline', '中國駐日使館發言人回應日本議員訪台:強烈不滿'],
      [
        'paragraph',
        '中新網7月29日電 據中國駐日使館網站28日消息,駐日使館發言人就日本國會議員訪台答記者問時表示,中方對此強烈不滿,已向日方提出嚴正交涉。',
      ],
      ['paragraph', '有記者問:據報道,日本自民黨副總裁率多名國會議員訪台,並將會見台灣地區領導人。你對此有何評論?'],
      [
        'paragraph',
        '駐日使館發言人回應稱,日本國會議員竄訪台灣,嚴重違反一個中國原則,中方對此強烈不滿,已向日方提出嚴正交涉。我們敦促日方停止與台開展任何形式的官方往來。',
      ],
    ],
    [
      ['headline', '中国驻日使馆发言人回应日本议员访台:强烈不满'],
      [
        'paragraph',
        '中新网7月29日电 据中国驻日使馆网站28日消息,驻日使馆发言人就日本国会议员访台答记者问时表示,中方对此强烈不满,已向日方提出严正交涉。',
      ],
      ['paragraph', '有记者问:据报道,日本自民党副总裁率多名国会议员访台,并将会见台湾地区领导人。你对此有何评论?'],
      [
        'paragraph',
        '驻日使馆发言人回应称,日本国会议员窜访台湾,严重违反一个中国原则,中方对此强烈不满,已向日方提出严正交涉。我们敦促日方停止与台开展任何形式的官方往来。',
      ],
    ],
  ] as Part[][]) {
    const events = responses(extract('2023-07-29', paras));
    assert.equal(events.length, 1, events.map((e) => `${e.date} ${e.passages.length}`).join(' | '));
    assert.equal(events[0]!.date, '2023-07-28');
    assert.ok(
      events[0]!.actors.some((a) => a.endsWith('使館') || a.endsWith('使馆')),
      events[0]!.actors.join(','),
    );
  }
});

test('奉命 after a name is what the official did on orders, not part of the name', () => {
  for (const [text, who] of [
    ['9月7日，外交部副部長宋濤奉命約見日本駐華大使，提出嚴正交涉。', '宋濤'],
    ['9月7日，外交部副部长宋涛奉命约见日本驻华大使，提出严正交涉。', '宋涛'],
  ] as const) {
    const events = meetings(one('2010-09-08', text));
    assert.equal(events.length, 1, text);
    assert.ok(events[0]!.actors.includes(who), events[0]!.actors.join(','));
  }
});

test('又 or 亦 after a spokesperson is what the spokesperson did again, not a name', () => {
  for (const paras of [
    ['外交部駐港特派員公署發言人25日在答記者問時表示，香港事務純屬中國內政。', '發言人又重申，堅決反對外國政府和人士插手香港內部事務。'],
    ['外交部驻港特派员公署发言人25日在答记者问时表示，香港事务纯属中国内政。', '发言人亦重申，坚决反对外国政府和人士插手香港内部事务。'],
  ]) {
    const events = responses(fromParas('2014-03-26', paras));
    assert.equal(events.length, 1, paras[1]);
    assert.deepEqual(events[0]!.actors.length, 1, events[0]!.actors.join(','));
  }
});

test('電話溝通 is a call, with the day in brackets after the weekday', () => {
  for (const text of ['中美元首周二（18日）進行電話溝通，確定將在下周會晤。', '中美元首周二（18日）进行电话沟通，确定将在下周会晤。']) {
    const calls = one('2019-06-20', text).filter((e) => e.type === 'call');
    assert.equal(calls.length, 1, text);
    assert.equal(calls[0]!.date, '2019-06-18');
  }
});

test('媒體也問到 puts another question in a briefing report, answered apart from the first', () => {
  for (const paras of [
    [
      '外交部今日上午舉行例行新聞說明會，由發言人蕭光偉主持。',
      '媒體問到，美國總統表示不會對台灣動手，蕭光偉回應，外交部密切關注美中高層互動。',
      '媒體也問到，日本媒體報導日台簽署入出境管理合作備忘錄，外交部有何說明？',
      '蕭光偉說，台灣與日本人員往來頻密，外交部樂見雙方深化入出境管理合作。',
    ],
    [
      '外交部今日上午举行例行新闻说明会，由发言人萧光伟主持。',
      '媒体问到，美国总统表示不会对台湾动手，萧光伟回应，外交部密切关注美中高层互动。',
      '媒体也问到，日本媒体报导日台签署入出境管理合作备忘录，外交部有何说明？',
      '萧光伟说，台湾与日本人员往来频密，外交部乐见双方深化入出境管理合作。',
    ],
  ]) {
    const events = responses(fromParas('2025-08-19', paras));
    assert.equal(events.length, 2, events.map((e) => e.passages.join('+')).join(' | '));
  }
});

test('我國外交部 is the outlet’s own side: on a Taipei page it is the same office as its spokesperson’s', () => {
  for (const paras of [
    [
      '美國聯邦調查局局長前天演說時提到中國打壓台灣。我國外交部今日回應表示，中國政府無所不用其極。',
      '外交部發言人歐江安說，我們對此給予強烈譴責。',
    ],
    [
      '美国联邦调查局局长前天演说时提到中国打压台湾。我国外交部今日回应表示，中国政府无所不用其极。',
      '外交部发言人欧江安说，我们对此给予强烈谴责。',
    ],
  ]) {
    const events = responses(fromParas('2020-07-09', paras));
    assert.equal(events.length, 1, events.map((e) => e.id).join(' | '));
    assert.ok(events[0]!.id.includes('tw-mfa'), events[0]!.id);
  }
});

test('a heading’s day beats 近日 in the body of the same answer', () => {
  for (const parts of [
    [
      ['headline', '12月9日：國防部就美國會通過國防授權法表態'],
      ['paragraph', '近日，國防部新聞發言人楊宇軍就美國會通過國防授權法答記者問。'],
      ['paragraph', '記者問：美國參眾兩院日前通過國防授權法。中國國防部對此作何評論？'],
      ['paragraph', '國防部新聞發言人楊宇軍答：中國國防部對此表示堅決反對。'],
    ],
    [
      ['headline', '12月9日：国防部就美国会通过国防授权法表态'],
      ['paragraph', '近日，国防部新闻发言人杨宇军就美国会通过国防授权法答记者问。'],
      ['paragraph', '记者问：美国参众两院日前通过国防授权法。中国国防部对此作何评论？'],
      ['paragraph', '国防部新闻发言人杨宇军答：中国国防部对此表示坚决反对。'],
    ],
  ] as Part[][]) {
    const events = responses(extract('2016-12-16', parts));
    assert.equal(events.length, 1, events.map((e) => e.id).join(' | '));
    assert.equal(events[0]!.date, '2016-12-09');
    assert.equal(events[0]!.precision, 'day');
  }
});

test('a chargé d’affaires’ office (代辦處) answers as an embassy does', () => {
  for (const [text, office] of [
    ['中國駐立陶宛代辦處發言人24日表示，打台灣牌是在玩火。', '中國駐立陶宛代辦處'],
    ['中国驻立陶宛代办处发言人24日表示，打台湾牌是在玩火。', '中国驻立陶宛代办处'],
  ] as const) {
    const events = responses(one('2021-11-25', text));
    assert.equal(events.length, 1, text);
    assert.equal(events[0]!.date, '2021-11-24');
    assert.deepEqual(events[0]!.actors, [office]);
  }
});

test('舉行對話 (a dialogue held with someone) is a meeting', () => {
  for (const [text, people] of [
    ['美國國務卿蓬佩奧周一(8日)到訪北京，與中國外交部長王毅舉行對話。', ['蓬佩奧', '王毅']],
    ['美国国务卿蓬佩奥周一(8日)到访北京，与中国外交部长王毅举行对话。', ['蓬佩奥', '王毅']],
  ] as const) {
    const events = meetings(one('2018-10-09', text));
    assert.equal(events.length, 1, text);
    assert.equal(events[0]!.date, '2018-10-08');
    assert.deepEqual([...events[0]!.actors].sort(), [...people].sort());
  }
});

test('將於 after a general’s rank (少將於上月13日) is the rank and a date, not a plan', () => {
  for (const [text, guest] of [
    ['南部戰區司令員吳亞男少將於上月8日會見越南國防部副部長黃春戰。', '黃春戰'],
    ['南部战区司令员吴亚男少将于上月8日会见越南国防部副部长黄春战。', '黄春战'],
  ])
    assert.deepEqual(
      one('2024-07-10', text!).map((e) => [e.type, e.date, e.actors.includes(guest!)]),
      [['meeting', '2024-06-08', true]],
    );
});

test('a country named by one character before the office (俄外交部, 菲外交部) is that country’s, not China’s; 今日外交部 is still China’s', () => {
  for (const text of [
    '菲外交部25日發表聲明指出，中國船隻干擾菲方正常補給，令人無法接受。',
    '菲外交部25日发表声明指出，中国船只干扰菲方正常补给，令人无法接受。',
    '俄外交部發言人扎哈羅娃25日表示，俄方將對有關制裁作出回應。',
    '俄外交部发言人扎哈罗娃25日表示，俄方将对有关制裁作出回应。',
  ])
    assert.deepEqual(
      one('2024-03-26', text).filter((e) => e.type === 'ministry-response'),
      [],
      text,
    );
  for (const [text, name] of [
    ['今日外交部發言人林劍表示，中方堅決反對。', '林劍'],
    ['今日外交部发言人林剑表示，中方坚决反对。', '林剑'],
  ])
    assert.deepEqual(
      one('2024-03-26', text!).map((e) => [e.type, e.date, e.actors]),
      [['ministry-response', '2024-03-26', ['外交部', name]]],
      text,
    );
});

test('a meeting arranged at short notice (臨時安排李克強會見希拉里) is told as held, not planned', () => {
  for (const [text, guest] of [
    ['中方週三下午臨時安排國務院副總理李克強會見到訪的美國國務卿希拉里。', '希拉里'],
    ['中方周三下午临时安排国务院副总理李克强会见到访的美国国务卿希拉里。', '希拉里'],
  ])
    assert.deepEqual(
      one('2012-09-06', text!).map((e) => [e.type, e.date, e.actors.includes(guest!)]),
      [['meeting', '2012-09-05', true]],
    );
});

test('聯合 after a title is no name (外長聯合聲明): a joint statement of ministers is no minister speaking', () => {
  for (const text of [
    '答：連日來，中方多次作出嚴正表態。但美日澳等國在外長會期間又發表所謂外長聯合聲明，中方對此堅決反對，並表示強烈譴責。',
    '答：连日来，中方多次作出严正表态。但美日澳等国在外长会期间又发表所谓外长联合声明，中方对此坚决反对，并表示强烈谴责。',
  ])
    assert.deepEqual(one('2022-08-07', text), [], text);
});

test('a call told as a phone meeting, conference, summit or contact (電話會晤, 電話會議, 電話峰會, 電話聯繫) is a call', () => {
  for (const text of [
    '國家主席習近平3日和美國總統拜登電話會晤。',
    '国家主席习近平3日和美国总统拜登电话会晤。',
    '外交部長王毅3日與美國國務卿布林肯進行電話會議。',
    '外交部长王毅3日与美国国务卿布林肯进行电话会议。',
    '外交部次長3日電話聯繫日本駐台代表泉裕泰。',
    '外交部次长3日电话联系日本驻台代表泉裕泰。',
    '日本首相岸田文雄3日與韓國總統尹錫悅舉行電話峰會。',
    '日本首相岸田文雄3日与韩国总统尹锡悦举行电话峰会。',
  ])
    assert.deepEqual(
      one('2024-05-04', text).map((e) => [e.type, e.date]),
      [['call', '2024-05-03']],
      text,
    );
});

test('a tea meeting (茶敘) between two leaders is a meeting', () => {
  for (const text of ['國家主席習近平3日與法國總統馬克龍在廣州松園茶敘。', '国家主席习近平3日与法国总统马克龙在广州松园茶叙。'])
    assert.deepEqual(
      one('2024-05-04', text).map((e) => [e.type, e.date, e.actors.length]),
      [['meeting', '2024-05-03', 2]],
      text,
    );
});

test('a round of talks (第24輪邊界談判, 新一輪談判) held between two sides is a meeting', () => {
  for (const text of [
    '外交部長王毅19日與印度國家安全顧問多瓦爾舉行了第24輪邊界談判。',
    '外交部长王毅19日与印度国家安全顾问多瓦尔举行了第24轮边界谈判。',
  ])
    assert.deepEqual(
      one('2025-08-20', text).map((e) => [e.type, e.date, e.actors.length]),
      [['meeting', '2025-08-19', 2]],
      text,
    );
});

test('meeting the press (與媒體見面, 與記者見面) is no meeting between sides', () => {
  for (const text of ['外交部長王毅3日在記者會後與媒體見面。', '外交部长王毅3日在记者会后与记者见面。'])
    assert.deepEqual(
      one('2024-05-04', text).filter((e) => e.type === 'meeting'),
      [],
      text,
    );
});

test('其 (its) before an office points back at the country last named in the sentence (英國政府繼其外交部…)', () => {
  for (const text of [
    '特區政府今日回應查詢時指出，這是英國政府近日繼其外交部發表報告後的又一次挑釁，又對會面中有人展示區旗，表示強烈不滿。',
    '特区政府今日回应查询时指出，这是英国政府近日继其外交部发表报告后的又一次挑衅，又对会面中有人展示区旗，表示强烈不满。',
  ])
    assert.deepEqual(one('2020-12-10', text), [], text);
  for (const text of ['中國政府及其外交部3日表示，堅決反對。', '中国政府及其外交部3日表示，坚决反对。'])
    assert.deepEqual(
      one('2020-12-04', text).map((e) => [e.type, e.date, e.actors]),
      [['ministry-response', '2020-12-03', ['外交部']]],
      text,
    );
});

test('a hotline opened for the public (領事保護熱線電話) or a call asked for (通話的請求) is no call', () => {
  for (const text of [
    '外交部3日開通領事保護熱線電話。',
    '外交部3日开通领事保护热线电话。',
    '美方3日提出與中方通話的請求。',
    '美方3日提出与中方通话的请求。',
  ])
    assert.deepEqual(
      one('2024-05-04', text).filter((e) => e.type === 'call'),
      [],
      text,
    );
});

test('a time after a title (韓中外長自今年9月…) is no name: the meeting it tells again joins the one reported', () => {
  for (const [lead, text, host] of [
    [
      '韓國外交部長官鄭義溶4日在首爾與到訪的中國外交部長王毅舉行會談。',
      '這是韓中外長自今年9月在紐約舉行會談後時隔3個月再度會晤。',
      '鄭義溶',
    ],
    [
      '韩国外交部长官郑义溶4日在首尔与到访的中国外交部长王毅举行会谈。',
      '这是韩中外长自今年9月在纽约举行会谈后时隔3个月再度会晤。',
      '郑义溶',
    ],
  ] as const)
    assert.deepEqual(
      extract('2019-12-05', [
        ['paragraph', lead],
        ['paragraph', text],
      ]).map((e) => [e.type, e.date, e.actors]),
      [['meeting', '2019-12-04', [host, '王毅']]],
      text,
    );
});

test('a national security affairs assistant (國家安全事務助理) is a title: met with another, each is a meeting', () => {
  for (const [text, rice, powell] of [
    ['戴秉國18日分別會見了美國總統國家安全事務助理賴斯和國務卿鮑威爾。', '賴斯', '鮑威爾'],
    ['戴秉国18日分别会见了美国总统国家安全事务助理赖斯和国务卿鲍威尔。', '赖斯', '鲍威尔'],
  ] as const)
    assert.deepEqual(
      one('2003-07-19', text).map((e) => [e.type, e.date, e.actors.at(-1)]),
      [
        ['meeting', '2003-07-18', rice],
        ['meeting', '2003-07-18', powell],
      ],
      text,
    );
});

test('what follows a title with 之 (應川普總統之請, 应特朗普总统之请) is no name', () => {
  for (const [text, actors] of [
    ['高市早苗25日說，今天與美國總統通話是應川普總統之請舉行的電話會談。', ['高市早苗', '川普']],
    ['高市早苗25日说，今天与美国总统通话是应特朗普总统之请举行的电话会谈。', ['高市早苗', '特朗普']],
  ] as const)
    assert.deepEqual(
      one('2025-11-26', text).map((e) => [e.type, e.actors]),
      [['call', actors]],
      text,
    );
});

test("a Japanese governor (知事) is a title, and a delegation's head is named whole up to 一行 (橫內正明一行)", () => {
  for (const [text, actors] of [
    ['四川省省長蔣巨峰4日在成都會見了日本山梨縣知事橫內正明一行。', ['蔣巨峰', '橫內正明']],
    ['四川省省长蒋巨峰4日在成都会见了日本山梨县知事横内正明一行。', ['蒋巨峰', '横内正明']],
  ] as const)
    assert.deepEqual(
      one('2010-08-05', text).map((e) => [e.type, e.date, e.actors]),
      [['meeting', '2010-08-04', actors]],
      text,
    );
});

test('a time word or a meeting word after a title (就任首相之後, 省州長見面會) is no name', () => {
  for (const [text, date, actors] of [
    ['自從布雷爾就任首相之後，昨天還是第一次跟香港總督彭定康會面。', '1997-05-20', ['彭定康']],
    ['自从布雷尔就任首相之后，昨天还是第一次跟香港总督彭定康会面。', '1997-05-20', ['彭定康']],
    ['習近平和拜登17日在洛杉磯共同會見出席中美省州長見面會的兩國省州長。', '2012-02-17', ['習近平', '拜登']],
    ['习近平和拜登17日在洛杉矶共同会见出席中美省州长见面会的两国省州长。', '2012-02-17', ['习近平', '拜登']],
  ] as const)
    assert.deepEqual(
      one(date === '1997-05-20' ? '1997-05-21' : '2012-02-18', text).map((e) => [e.type, e.date, e.actors]),
      [['meeting', date, actors]],
      text,
    );
});

test("the China Coast Guard's spokesperson (中國海警局新聞發言人) speaks for an office; its ships (海警局船隻) do not", () => {
  for (const [text, office] of [
    ['中國海警局新聞發言人劉德軍周日（12日）表示，菲方船隻非法闖入鐵線礁海域。', '中國海警局'],
    ['中国海警局新闻发言人刘德军周日（12日）表示，菲方船只非法闯入铁线礁海域。', '中国海警局'],
  ] as const)
    assert.deepEqual(
      one('2025-10-13', text).map((e) => [e.type, e.date, e.actors[0]]),
      [['ministry-response', '2025-10-12', office]],
      text,
    );
  for (const text of [
    '報道說，林芳正12日也會對中國海警局船隻駛入周邊海域表示關切。',
    '报道说，林芳正12日也会对中国海警局船只驶入周边海域表示关切。',
  ])
    assert.deepEqual(one('2025-10-13', text), [], text);
});

test("a president's office (總統辦公室臉書表示) is no one's name: its account of a meeting is the meeting told before", () => {
  for (const [lead, text, host] of [
    [
      '帛琉昨日透過臉書指出，帛琉總統惠恕仁23日與林佳龍在紐約會晤。',
      '帛琉總統辦公室臉書表示，帛琉總統惠恕仁在聯合國大會期間，於紐約與林佳龍會面。',
      '林佳龍',
    ],
    [
      '帛琉昨日透过脸书指出，帛琉总统惠恕仁23日与林佳龙在纽约会晤。',
      '帛琉总统办公室脸书表示，帛琉总统惠恕仁在联合国大会期间，于纽约与林佳龙会面。',
      '林佳龙',
    ],
  ] as const)
    assert.deepEqual(
      extract('2025-09-25', [
        ['paragraph', lead],
        ['paragraph', text],
      ]).map((e) => [e.type, e.date, e.actors, e.passages.length]),
      [['meeting', '2025-09-23', ['惠恕仁', host], 2]],
      text,
    );
});

test("a leader's plane (總統專機上) after a title is no name", () => {
  for (const [text, actors] of [
    ['歐巴馬總統1日在「空軍一號」總統專機上和胡錦濤通了一個小時的電話。', ['歐巴馬', '胡錦濤']],
    ['奥巴马总统1日在“空军一号”总统专机上和胡锦涛通了一个小时的电话。', ['奥巴马', '胡锦涛']],
  ] as const)
    assert.deepEqual(
      one('2010-04-02', text).map((e) => [e.type, e.date, e.actors]),
      [['call', '2010-04-01', actors]],
      text,
    );
});

test("what a reporter does after a spokesperson's title (記者向外交部發言人提問) is no name", () => {
  for (const text of [
    '記者向外交部發言人提問：中方對此有何評論？外交部稱：我不能證實你的消息。',
    '记者向外交部发言人提问：中方对此有何评论？外交部称：我不能证实你的消息。',
  ])
    assert.deepEqual(
      one('2009-10-29', text).map((e) => [e.type, e.date, e.actors]),
      [['ministry-response', '2009-10-29', ['外交部']]],
      text,
    );
});

test('among them (其中) before a title and this time (此次) after one are no name', () => {
  for (const [text, published, actors] of [
    ['高市早苗表示，其中川普總統也說明昨晚與習近平通電話的情形。', '2025-11-26', ['川普', '習近平']],
    ['高市早苗表示，其中特朗普总统也说明昨晚与习近平通电话的情形。', '2025-11-26', ['特朗普', '习近平']],
    ['王毅國務委員此次30日在東京會見了日本外相岸田文雄。', '2016-05-01', ['王毅', '岸田文雄']],
    ['王毅国务委员此次30日在东京会见了日本外相岸田文雄。', '2016-05-01', ['王毅', '岸田文雄']],
  ] as const)
    assert.deepEqual(
      one(published, text).map((e) => e.actors),
      [actors],
      text,
    );
});

test("a duty report heard that only marks when a leader spoke (聽取行政長官述職報告時強調) names no one from the report's words", () => {
  for (const text of [
    '去年12月16日，習近平聽取行政長官述職報告時強調，香港要主動對接國家規劃。',
    '去年12月16日，习近平听取行政长官述职报告时强调，香港要主动对接国家规划。',
  ])
    assert.deepEqual(
      one('2026-01-10', text).map((e) => [e.type, e.date, e.actors]),
      [['meeting', '2025-12-16', [text.startsWith('去年12月16日，習') ? '習近平' : '习近平']]],
      text,
    );
});

test('a special representative (總統特別代表) is a title: the meeting told twice, with and without the leader who sent him, is one', () => {
  for (const [lead, body, guest] of [
    [
      '中新網6月1日電 國務院副總理王岐山今日下午在北京會見美國總統特別代表、財政部長蓋特納。',
      '6月1日，王岐山在人民大會堂會見美國總統奧巴馬特別代表、財政部長蓋特納。',
      '蓋特納',
    ],
    [
      '中新网6月1日电 国务院副总理王岐山今日下午在北京会见美国总统特别代表、财政部长盖特纳。',
      '6月1日，王岐山在人民大会堂会见美国总统奥巴马特别代表、财政部长盖特纳。',
      '盖特纳',
    ],
  ] as const)
    assert.deepEqual(
      extract('2009-06-02', [
        ['paragraph', lead],
        ['paragraph', body],
      ]).map((e) => [e.type, e.date, e.actors.includes(guest), e.passages.length]),
      [['meeting', '2009-06-01', true, 2]],
      lead,
    );
});

test('going to a place (赴大阪) after a title ends the name before it', () => {
  for (const [text, envoy, host] of [
    ['2月21日，駐日本大使程永華赴大阪出席中日友好交流大會期間會見大阪府知事松井一郎。', '程永華', '松井一郎'],
    ['2月21日，驻日本大使程永华赴大阪出席中日友好交流大会期间会见大阪府知事松井一郎。', '程永华', '松井一郎'],
  ] as const)
    assert.deepEqual(
      one('2017-02-22', text).map((e) => [e.type, e.date, e.actors]),
      [['meeting', '2017-02-21', [envoy, host]]],
      text,
    );
});

test('what a leader meant to do (原本想派…參加) is a plan, not a meeting', () => {
  for (const text of [
    '據外電25日報道，俄國總統葉利欽原本想派總理普京參加在吉爾吉斯召開的五國首腦會議。',
    '据外电25日报道，俄国总统叶利钦原本想派总理普京参加在吉尔吉斯召开的五国首脑会议。',
  ])
    assert.deepEqual(
      one('1999-08-26', text).filter((e) => e.type === 'meeting'),
      [],
      text,
    );
});

test('this spokesperson (這位發言人) after a matter led by 對於 is the one the story named: a second answer', () => {
  for (const [lead, next] of [
    [
      '中新社北京11月17日電 國務院臺辦發言人李維一今天在例行記者會上說，臺灣當局的做法是錯誤的。',
      '對於臺灣教育部門修改歷史課綱，這位發言人指出，其政治用意就是要把臺灣的教育變成臺獨思想教育。',
    ],
    [
      '中新社北京11月17日电 国务院台办发言人李维一今天在例行记者会上说，台湾当局的做法是错误的。',
      '对于台湾教育部门修改历史课纲，这位发言人指出，其政治用意就是要把台湾的教育变成台独思想教育。',
    ],
  ] as const)
    assert.deepEqual(
      extract('2004-11-18', [
        ['paragraph', lead],
        ['paragraph', next],
      ]).map((e) => [e.type, e.date, e.passages.length]),
      [
        ['ministry-response', '2004-11-17', 1],
        ['ministry-response', '2004-11-17', 1],
      ],
      next,
    );
});

test('a meal two sides share to talk (與陳元豐餐敘) is their meeting', () => {
  for (const [text, actors] of [
    ['國民黨副主席夏立言昨晚在上海與國台辦副主任陳元豐餐敘。', ['夏立言', '陳元豐']],
    ['国民党副主席夏立言昨晚在上海与国台办副主任陈元丰餐叙。', ['夏立言', '陈元丰']],
  ] as const)
    assert.deepEqual(
      one('2022-08-26', text).map((e) => [e.type, e.date, e.actors]),
      [['meeting', '2022-08-25', actors]],
      text,
    );
});

test('an honorific after a name (千英宇先生, 坤淑達薇女士) is not part of it', () => {
  for (const [text, actors] of [
    ['外交部副部長武大偉13日在北京會見韓國副外長千英宇先生。', ['武大偉', '千英宇']],
    ['外交部副部长武大伟13日在北京会见韩国副外长千英宇先生。', ['武大伟', '千英宇']],
    ['中國駐柬埔寨大使王文天28日拜會柬埔寨國會主席坤淑達薇女士。', ['王文天', '坤淑達薇']],
  ] as const)
    assert.deepEqual(
      one('2024-05-29', text).map((e) => e.actors),
      [actors],
      text,
    );
});

test('the party names of the Taiwan and Hong Kong offices (中共中央台灣工作辦公室, 中央港澳工作辦公室) are those offices', () => {
  for (const [text, office] of [
    ['中共中央台灣工作辦公室負責人18日答記者問時表示，歡迎國民黨主席率團來訪。', '中共中央台灣工作辦公室'],
    ['中共中央台湾工作办公室负责人18日答记者问时表示，欢迎国民党主席率团来访。', '中共中央台湾工作办公室'],
    ['中央港澳工作辦公室發言人18日表示，堅決支持特區政府依法施政。', '中央港澳工作辦公室'],
    ['中央港澳工作办公室发言人18日表示，坚决支持特区政府依法施政。', '中央港澳工作办公室'],
  ] as const)
    assert.deepEqual(
      one('2008-05-19', text).map((e) => [e.type, e.date, e.actors[0]]),
      [['ministry-response', '2008-05-18', office]],
      text,
    );
});

test('a meeting hoped for (盼與習近平共進晚餐, 想跟…見面) is a plan, not a meeting', () => {
  for (const text of [
    '賴清德7日表示，盼與習近平共進晚餐。',
    '赖清德7日表示，盼与习近平共进晚餐。',
    '石破茂7日受訪時表示，想跟習近平見面。',
    '石破茂7日受访时表示，想跟习近平见面。',
  ])
    assert.deepEqual(
      one('2024-01-08', text).filter((e) => e.type === 'meeting'),
      [],
      text,
    );
});

test('a name whose last character usually stops one (何立強) is read whole before a full stop or a list mark', () => {
  for (const [text, actors] of [
    ['23日，外交部副部長謝鋒會見前會長何立強。', ['謝鋒', '何立強']],
    ['23日，外交部副部长谢锋会见前会长何立强。', ['谢锋', '何立强']],
  ] as const)
    assert.deepEqual(
      one('2023-03-24', text).map((e) => e.actors),
      [actors],
      text,
    );
});

test('a company’s chairman or chief executive (董事長, 總裁, 董事總經理) is a title before a name, and a verb of wishing ends the name', () => {
  for (const [text, actors] of [
    ['外交部副部長謝鋒23日會見諮詢公司董事總經理何立強。', ['謝鋒', '何立強']],
    ['外交部副部长谢锋23日会见咨询公司董事总经理何立强。', ['谢锋', '何立强']],
    ['習近平23日會見基金會榮譽董事長蕭萬長，蕭萬長希望兩岸加強合作。', ['習近平', '蕭萬長']],
    ['习近平23日会见基金会荣誉董事长萧万长，萧万长希望两岸加强合作。', ['习近平', '萧万长']],
  ] as const)
    assert.deepEqual(
      one('2023-03-24', text).map((e) => e.actors),
      [actors],
      text,
    );
});

test('an office that 強烈不滿 or 堅決反對 something, with no 表示, responds', () => {
  for (const [text, office] of [
    ['外交部駐港公署27日強烈不滿並堅決反對英方發表涉港報告。', '外交部駐港公署'],
    ['外交部驻港公署27日强烈不满并坚决反对英方发表涉港报告。', '外交部驻港公署'],
  ] as const)
    assert.deepEqual(
      one('2025-03-28', text).map((e) => [e.type, e.date, e.actors]),
      [['ministry-response', '2025-03-27', [office]]],
      text,
    );
});

test('a consulate in a city (中國駐舊金山總領館, 驻大阪总领事馆) answers as its country’s office there', () => {
  for (const [text, office] of [
    ['當地時間9日，中國駐舊金山總領館發言人表示，總領館對事件表示強烈譴責。', '中國駐舊金山總領館'],
    ['当地时间9日，中国驻旧金山总领馆发言人表示，总领馆对事件表示强烈谴责。', '中国驻旧金山总领馆'],
  ] as const) {
    const events = one('2023-10-10', text);
    assert.deepEqual(
      events.map((e) => [e.type, e.date, e.actors]),
      [['ministry-response', '2023-10-09', [office]]],
      text,
    );
    assert.equal(events[0]!.participants?.[0]?.en, 'Consulate of China', text);
  }
});

test('one more met besides (王毅當天也會見了…) is a meeting apart from the one before, though they share the host', () => {
  for (const [first, second, guest] of [
    ['王毅13日在金邊同洪森會談。', '王毅當天也會見了柬埔寨國王西哈莫尼。', '西哈莫尼'],
    ['王毅13日在金边同洪森会谈。', '王毅当天也会见了柬埔寨国王西哈莫尼。', '西哈莫尼'],
  ] as const)
    assert.deepEqual(
      extract('2023-08-14', [
        ['paragraph', first],
        ['paragraph', second],
      ]).map((e) => [e.type, e.date, e.passages.length, e.actors.includes(guest)]),
      [
        ['meeting', '2023-08-13', 1, false],
        ['meeting', '2023-08-13', 1, true],
      ],
      second,
    );
});

test('a reporter’s turn may name the outlet in Latin letters (美國有線電視新聞CNN記者：)', () => {
  for (const text of ['美國有線電視新聞CNN記者：上周國防部發言人也被問到此事。', '美国有线电视新闻CNN记者：上周国防部发言人也被问到此事。'])
    assert.ok(QUESTION_TURN.test(fold(text)), text);
  assert.ok(!QUESTION_TURN.test(fold('國台辦發言人朱鳳蓮表示：我們注意到有關報導。')));
});

test('what follows a title and opens with 這 (發言人這個問題) is no name', () => {
  for (const text of ['上周有人拿國防部發言人這個問題的回答來比較。', '上周有人拿国防部发言人这个问题的回答来比较。'])
    assert.deepEqual(
      peopleIn(lexicon(), prepare(text)).map((p) => p.folded),
      [],
      text,
    );
});

test('a narrator’s label in a broadcast transcript (解說：) is no speech: its days set the story’s', () => {
  for (const text of [
    '解說：國務委員戴秉國緊急訪韓，28號與韓國總統李明博討論半島局勢。當天晚上，戴秉國應約同美國國務卿希拉里通電話。',
    '解说：国务委员戴秉国紧急访韩，28号与韩国总统李明博讨论半岛局势。当天晚上，戴秉国应约同美国国务卿希拉里通电话。',
  ])
    assert.deepEqual(
      one('2010-11-30', text)
        .filter((e) => e.type === 'call')
        .map((e) => e.date),
      ['2010-11-28'],
      text,
    );
});

test('a headline listing the topics answered (外交部就A、B等答問) frames the whole briefing: the opening joins the first answer', () => {
  for (const parts of [
    [
      '2008年2月21日外交部就衛星擊毀、北京奧運會等答問',
      '2008年2月21日，外交部發言人劉建超主持例行記者會。',
      '劉建超：各位下午好。首先我發布一條消息：應國家主席邀請，尼日利亞總統將於2月27日對中國進行國事訪問。',
      '問：美方今天擊毀了失控衛星，中方有何評價？',
      '答：中方正在密切跟蹤此事可能造成的影響。',
    ],
    [
      '2008年2月21日外交部就卫星击毁、北京奥运会等答问',
      '2008年2月21日，外交部发言人刘建超主持例行记者会。',
      '刘建超：各位下午好。首先我发布一条消息：应国家主席邀请，尼日利亚总统将于2月27日对中国进行国事访问。',
      '问：美方今天击毁了失控卫星，中方有何评价？',
      '答：中方正在密切跟踪此事可能造成的影响。',
    ],
  ])
    assert.deepEqual(
      extract('2008-02-22', [['headline', parts[0]!], ...parts.slice(1).map((t): Part => ['paragraph', t])]).map((e) => [
        e.type,
        e.date,
        e.passages.length,
      ]),
      [['ministry-response', '2008-02-21', 4]],
      parts[0],
    );
});

test('credentials presented on taking up a post (呈遞到任國書) are a diplomatic act', () => {
  for (const text of ['總統12日在總統府接受巴拉圭新任駐台大使呈遞到任國書。', '总统12日在总统府接受巴拉圭新任驻台大使呈递到任国书。'])
    assert.deepEqual(
      one('2025-09-13', text).map((e) => [e.type, e.date]),
      [['other', '2025-09-12']],
      text,
    );
});

test('an adverb between a title and its verb (總統密集會見, 外長相繼會見) is no name', () => {
  for (const text of ['當天，總統密集會見了前來出席峰會的三國領導人。', '当天，外长相继会见了前来出席会议的各国代表。'])
    assert.deepEqual(
      peopleIn(lexicon(), prepare(text)).map((p) => p.folded),
      [],
      text,
    );
});

test('how long or how often between a title and its verb (主席六天密集會見, 外長三度會見) is no name', () => {
  for (const text of ['截至19日，主席六天密集會見了19國領導人。', '截至19日，外长三度会见了到访的各国代表。'])
    assert.deepEqual(
      peopleIn(lexicon(), prepare(text)).map((p) => p.folded),
      [],
      text,
    );
});

test('點名 after a spokesperson (發言人點名指) is no name', () => {
  for (const text of ['港澳辦發言人點名指初選組織者是策動者。', '港澳办发言人点名指初选组织者是策动者。'])
    assert.deepEqual(
      peopleIn(lexicon(), prepare(text)).map((p) => p.folded),
      [],
      text,
    );
});

test('a name after a title stops before 提議 (部長奧斯汀提議與…通話)', () => {
  for (const text of ['美國國防部長奧斯汀提議與中國防長通話。', '美国国防部长奥斯汀提议与中国防长通话。'])
    assert.deepEqual(
      peopleIn(lexicon(), prepare(text)).map((p) => p.folded),
      ['奥斯汀'],
      text,
    );
});

test('a meal or function after a title (防長午餐會, 防長茶敘, 部長晚宴) is no name', () => {
  for (const text of [
    '董軍出席東盟防長午餐會，美國防長赫格塞斯出席防長茶敘與部長晚宴。',
    '董军出席东盟防长午餐会，美国防长赫格塞斯出席防长茶叙与部长晚宴。',
  ])
    assert.deepEqual(
      peopleIn(lexicon(), prepare(text)).map((p) => p.folded),
      ['董军', '赫格塞斯'],
      text,
    );
});

test('what was said after a title (發言人評論, 總統講話, 外長聲明) is no name', () => {
  for (const text of ['媒體關切國台辦對總統府發言人評論的回應。', '媒体关切国台办对总统府发言人评论的回应。'])
    assert.deepEqual(
      peopleIn(lexicon(), prepare(text)).map((p) => p.folded),
      [],
      text,
    );
});

test('the speaker before a long matter 就 opens stays the speaker (毛寧8日就…出席…會議並進行國事訪問答記者問)', () => {
  for (const text of [
    '外交部發言人毛寧8日就國家主席習近平將赴秘魯出席亞太經合組織領導人非正式會議並進行國事訪問答記者問。',
    '外交部发言人毛宁8日就国家主席习近平将赴秘鲁出席亚太经合组织领导人非正式会议并进行国事访问答记者问。',
  ])
    assert.deepEqual(
      one('2024-11-09', text).map((e) => [e.type, e.date, e.actors]),
      [['ministry-response', '2024-11-08', [text.slice(0, 3), text.slice(6, 8)]]],
      text,
    );
});

test('a full stop between the parts of a transliterated name (霍爾斯特.克勒) is its middle dot', () => {
  for (const [text, name] of [
    ['溫家寶總理14日在柏林與聯邦總統霍爾斯特.克勒會晤。', '霍爾斯特.克勒'],
    ['温家宝总理14日在柏林与联邦总统霍尔斯特．克勒会晤。', '霍尔斯特．克勒'],
  ] as const)
    assert.deepEqual(
      one('2006-09-15', text).map((e) => [e.type, e.date, e.actors.at(-1)]),
      [['meeting', '2006-09-14', name]],
      text,
    );
});

test('通了話 is a call, as 通了電話 is', () => {
  for (const text of ['美國商務部長雷蒙多與中國商務部長王文濤10日晚間通了話。', '美国商务部长雷蒙多与中国商务部长王文涛10日晚间通了话。'])
    assert.deepEqual(
      one('2024-01-12', text).map((e) => [e.type, e.date, e.actors.length]),
      [['call', '2024-01-10', 2]],
      text,
    );
});

test('a minister 發表以下談話 (or 如下談話) before the press gives a response, as 發表談話 does', () => {
  for (const text of ['外交部長唐家璇21日就亞歐會議的成果向記者發表以下談話：', '外交部长唐家璇21日就亚欧会议的成果向记者发表如下谈话：'])
    assert.deepEqual(
      one('2000-10-22', text).map((e) => [e.type, e.date]),
      [['ministry-response', '2000-10-21']],
      text,
    );
});

test('不久前 after a title (主席不久前在峰會期間會晤) is no name', () => {
  for (const text of ['普京說，我同習近平主席不久前在峰會期間會晤。', '普京说，我同习近平主席不久前在峰会期间会晤。'])
    assert.deepEqual(
      peopleIn(lexicon(), prepare(text)).map((p) => p.folded),
      ['普京', '习近平'],
      text,
    );
});

test('部長助理 is a title (外交部部長助理何亞非), not part of the name', () => {
  for (const text of ['外交部部長助理何亞非為中外記者舉行吹風會。', '外交部部长助理何亚非为中外记者举行吹风会。'])
    assert.deepEqual(
      peopleIn(lexicon(), prepare(text)).map((p) => p.folded),
      ['何亚非'],
      text,
    );
});

test('開嗆 (lashed out) is a spokesperson’s answer, as 反嗆 and 回嗆 are', () => {
  for (const text of ['外交部發言人郭嘉昆16日開嗆，「台灣是中國的一個省」。', '外交部发言人郭嘉昆16日开呛，“台湾是中国的一个省”。'])
    assert.deepEqual(
      one('2026-01-17', text).map((e) => [e.type, e.date]),
      [['ministry-response', '2026-01-16']],
      text,
    );
});

test('one named inside the matter 就 names (就英國外交大臣亨特表達希望訪華意向一事表示) is not the speaker', () => {
  for (const text of [
    '中國駐英大使劉曉明5日在記者會上就英國外交大臣亨特表達希望年內訪華意向一事表示，雙方正通過外交渠道溝通。',
    '中国驻英大使刘晓明5日在记者会上就英国外交大臣亨特表达希望年内访华意向一事表示，双方正通过外交渠道沟通。',
  ]) {
    const events = one('2019-03-06', text);
    assert.deepEqual(
      events.map((e) => [e.type, e.date]),
      [['ministry-response', '2019-03-05']],
      text,
    );
    assert.ok(
      events[0]!.actors.some((a) => a.startsWith('劉曉') || a.startsWith('刘晓')),
      events[0]!.actors.join('、'),
    );
  }
});

test('會 meaning "will" before 見證 or 見識 (同時亦會見證…簽署) is no meeting', () => {
  const types = (text: string) => one('2017-07-04', text).map((e) => e.type);
  assert.deepEqual(types('國家主席習近平昨日抵達莫斯科進行國事訪問，同時亦會見證兩國企業簽署數十份合作文件。'), ['other']);
  assert.deepEqual(types('外长王毅昨日抵达雅加达，同时也会见识当地的发展成就。'), []);
});

test('an office that only says it has no comment (沒有評論, 不便評論) gives no response', () => {
  assert.deepEqual(one('2025-09-25', '外交部對此僅說，沒有評論。'), []);
  assert.deepEqual(one('2025-09-25', '外交部发言人表示，对此不便评论。'), []);
});

test('a bilateral or closed-door meeting (雙邊會議, 閉門會議) between named sides is a meeting', () => {
  const types = (text: string) => one('2025-11-01', text).map((e) => [e.type, e.date]);
  assert.deepEqual(types('美國總統30日結束與國家主席習近平的雙邊會議後便離開釜山。'), [['meeting', '2025-10-30']]);
  assert.deepEqual(types('日本首相31日和国家主席习近平举行双边会议。'), [['meeting', '2025-10-31']]);
  assert.deepEqual(types('理事長31日與全國政協主席汪洋舉行閉門會議。'), [['meeting', '2025-10-31']]);
});

test('a bare name opening with a common surname, right after a meeting word or between 與 and one, is a person', () => {
  const actors = (text: string) => one('2025-09-04', text).flatMap((e) => e.actors);
  assert.deepEqual(actors('政協主席王滬寧今天下午在人民大會堂接見洪秀柱與台灣嘉賓一行。'), ['王滬寧', '洪秀柱']);
  assert.deepEqual(actors('行政长官今天下午在礼宾府与曾荫权会面。'), ['曾荫权']);
  // A side (陸方), or a surname with a title (朱總理), is no bare name.
  assert.deepEqual(actors('海基會董事長今天與陸方舉行會談。'), []);
});

test('a vice minister written with the ministry before the press (外交部副部長…在記者會上表示) answers for it', () => {
  for (const text of [
    '外交部副部長孫衛東29日在中外記者會上表示，台灣問題是中國核心利益中的核心。',
    '外交部副部长孙卫东29日在中外记者会上表示，台湾问题是中国核心利益中的核心。',
  ])
    assert.deepEqual(
      one('2025-08-30', text).map((e) => [e.type, e.date, e.actors[0]]),
      [['ministry-response', '2025-08-29', '外交部']],
      text,
    );
});

test('曾 before 根 is part of a Japanese surname (外相中曾根弘文), not "once", so the name runs on', () => {
  for (const text of ['國務卿分別與日本外相中曾根弘文和韓國外長通電話。', '国务卿分别与日本外相中曾根弘文和韩国外长通电话。'])
    assert.ok(
      peopleIn(lexicon(), prepare(text))
        .map((p) => p.folded)
        .includes('中曾根弘文'),
      text,
    );
});

test('one more met besides, unnamed (也與歐盟外長共進早餐), beside a meeting whose two sides are named, is another meeting', () => {
  for (const paras of [
    ['外交部長楊潔篪24日會見了聯大主席克里姆。', '楊潔篪周一也與歐盟三國外長共進早餐，就非洲問題交換看法。'],
    ['外交部长杨洁篪24日会见了联大主席克里姆。', '杨洁篪周一也与欧盟三国外长共进早餐，就非洲问题交换看法。'],
  ])
    assert.equal(
      extract(
        '2007-09-25',
        paras.map((t) => ['paragraph', t] as Part),
      ).filter((e) => e.type === 'meeting').length,
      2,
    );
});

test('a number after a street (唐寧街10號), or a span ending before it starts (南街6-1號), is a house number, not a day', () => {
  for (const text of [
    '英國首相蘇納克在唐寧街10號會見來訪的美國國務卿布林肯，雙方討論了烏克蘭局勢。',
    '英国首相苏纳克在唐宁街10号会见来访的美国国务卿布林肯，双方讨论了乌克兰局势。',
  ])
    assert.deepEqual(
      one('2024-05-04', text).map((e) => [e.type, e.date]),
      [['meeting', '2024-05-04']],
      text,
    );
});

test('a message of congratulations or condolences sent (致賀電, 致唁電, 致賀信) is a diplomatic act', () => {
  for (const text of ['11月7日，國家主席向美國當選總統奧巴馬致賀電。', '11月7日，国家主席向美国当选总统奥巴马致贺电。'])
    assert.deepEqual(
      one('2012-11-08', text).map((e) => [e.type, e.date]),
      [['other', '2012-11-07']],
      text,
    );
});

test('當天 later in a reporter’s question is the day the question wrote, though the question sets no day for the answers', () => {
  for (const paras of [
    [
      '2023年3月17日外交部發言人汪文斌主持例行記者會。',
      '記者：據報道，3月16日，韓國總統開始訪問日本。當天，他同日本首相岸田文雄舉行會談。中方有何評論？',
    ],
    [
      '2023年3月17日外交部发言人汪文斌主持例行记者会。',
      '记者：据报道，3月16日，韩国总统开始访问日本。当天，他同日本首相岸田文雄举行会谈。中方有何评论？',
    ],
  ])
    assert.deepEqual(
      extract(
        '2023-03-17',
        paras.map((t) => ['paragraph', t] as Part),
      )
        .filter((e) => e.type === 'meeting')
        .map((e) => e.date),
      ['2023-03-16'],
    );
});
