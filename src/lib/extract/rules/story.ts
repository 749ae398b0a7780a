/**
 * The story as a reader walks it: which passages report anything, the story's own today
 * and day, and how an answer spreads over its question and the paragraphs that go on
 * with it. walk.ts applies these rules passage by passage.
 */
import { QUESTION_TURN } from './responses.ts';
import { PRESIDES } from './briefing.ts';
import { ALL_ON, rule } from '../engine.ts';
import { findDates } from '../dates.ts';
import { hash64 } from '../../hash.ts';
import type { Topic } from '../topics.ts';
import { fold } from '../fold.ts';
import { hasPlan } from '../nonevents.ts';
import { clauseStart, opensTurnOf } from '../text.ts';
import { addDays, closesDateline, day } from './dates.ts';
import type { Passage } from '../../schema.ts';
import type { DateMention } from '../dates.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Mention, MentionPerson } from '../mention.ts';
import type { MinistryMention } from '../ministries.ts';
import type { PersonMention } from '../actors.ts';

export const creditsReportNothing = rule({
  id: 'story.credits-report-nothing',
  decides: 'A credit (photographer, page furniture, a printed web page’s address) reports nothing.',
  examples: [
    {
      text: [
        ['credit', '首页 > 发言人表态 > 外交部发言人毛宁答记者问'],
        ['paragraph', '国家主席习近平17日同南非总统拉马福萨通电话。'],
      ],
      published: '2025-06-18',
      events: [{ type: 'call', date: '2025-06-17' }],
    },
    {
      text: [
        ['credit', '首頁 > 新聞稿 > 外交部發言人蕭光偉答記者問'],
        ['paragraph', '總統賴清德17日在總統府接見美國參議員葛瑞姆。'],
      ],
      published: '2025-06-18',
      events: [{ type: 'meeting', date: '2025-06-17' }],
    },
  ],
  apply: (p: Passage) => p.kind === 'credit',
});

// 2025年08月08日 19:11, 2009-11-16 (17:14), 2024-04-26 HKT 12:30: a day with a clock time.
const TIME_STAMP =
  /^\s*(?:[^\d\s]{1,6}[:：]\s*|(?:發布|发布|發佈|發表|发表|更新)(?:於|于)\s*)?(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?\s*(?:[（(]?(?:星期|週|周)[一二三四五六日天][)）]?)?\s*(?:[A-Z]{3}\s*)?[（(]?\s*(\d{1,2})[:：]\d{2}/u;

export const datelineOverStamp = rule({
  id: 'story.dateline-over-stamp',
  decides:
    '「中央社-2023-01-02 09:13」 under the headline, then 「(中央社華盛頓1日綜合外電報導)…他今天跟秦剛通了電話」: a dateline in the body gives the story its day over the page’s time stamp, so 今天 in what is reported is the wire’s day.',
  examples: [
    {
      text: [
        ['headline', '布林肯與中國新任外長秦剛通話'],
        ['credit', '中央社-2023-01-02 09:13:45'],
        ['paragraph', '(中央社華盛頓1日綜合外電報導)美國國務卿布林肯在推特發文表示，他今天跟新上任的中國外交部長秦剛通了電話。'],
      ],
      published: '2023-01-02',
      events: [{ type: 'call', date: '2023-01-01', actors: ['布林肯', '秦剛'] }],
    },
    {
      text: [
        ['headline', '布林肯与中国新任外长秦刚通话'],
        ['credit', '中央社-2023-01-02 09:13:45'],
        ['paragraph', '(中央社华盛顿1日综合外电报导)美国国务卿布林肯在推特发文表示，他今天跟新上任的中国外交部长秦刚通了电话。'],
      ],
      published: '2023-01-02',
      events: [{ type: 'call', date: '2023-01-01', actors: ['布林肯', '秦刚'] }],
    },
  ],
  /** `fromCredit`: the story's day so far is only the time stamp's. */
  apply: (fromCredit: boolean): boolean => fromCredit,
});

export const creditGivesDay = rule({
  id: 'story.credit-gives-day',
  decides:
    '「時間:2013年3月28日 15:00」「2009年09月16日11:35」 printed as a credit: its day is the story’s day when the story has none yet (the credit reports nothing itself).',
  examples: [
    {
      text: [
        ['credit', '2009年09月16日11:35'],
        [
          'paragraph',
          '國台辦發言人楊毅：朋友們，上午好。8月初颱風使台灣一些縣市遭受重大災害，8月19日胡錦濤總書記會見台灣少數民族代表團時表示，兩岸同胞血脈相連。',
        ],
      ],
      published: '2009-09-17',
      events: [
        { type: 'ministry-response', date: '2009-09-16' },
        { type: 'meeting', date: '2009-08-19' },
      ],
    },
    {
      text: [
        ['credit', '2009年09月16日11:35'],
        [
          'paragraph',
          '国台办发言人杨毅：朋友们，上午好。8月初台风使台湾一些县市遭受重大灾害，8月19日胡锦涛总书记会见台湾少数民族代表团时表示，两岸同胞血脉相连。',
        ],
      ],
      published: '2009-09-17',
      events: [
        { type: 'ministry-response', date: '2009-09-16' },
        { type: 'meeting', date: '2009-08-19' },
      ],
    },
  ],
  apply: (dates: readonly DateMention[], published: string, storyDay: string | undefined) =>
    storyDay ? undefined : (dates.find((d) => d.precision === 'day' && !!d.date && d.date <= published)?.date ?? undefined),
});

// 「- 2025年08月13日」: a web article's date line alone under its headline (no weekday, page or section).
const DATE_LINE = /^[\s\-–—·|｜]*(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?\s*$/u;

// 已, 曾, 以來, …後, 首次: the lead looks back on the call or meeting rather than reporting it.
const LOOKS_BACK = /已|曾|以来|后|前|首次|再次|上次/u;

export const undatedStoryLead = rule({
  id: 'story.undated-lead-is-publication-day',
  decides:
    '「【有線新聞】國家主席習近平與美國總統拜登在三藩市舉行會晤。」: in a story that writes no day anywhere, an undated call or meeting its first paragraph reports is the news of the day it is published; a lead that reports what someone said of it (白宮表示，…會面) or looks back on it (已, 曾, 首次, …後) is not dated so.',
  examples: [
    {
      text: [
        ['paragraph', '【有線新聞】國家主席習近平與美國總統拜登在三藩市舉行會晤。'],
        ['paragraph', '兩人在莊園門前握手後入內會談。'],
      ],
      published: '2023-11-15',
      events: [{ type: 'meeting', date: '2023-11-15', actors: ['習近平', '拜登'] }],
    },
    {
      text: [
        ['paragraph', '外交部长王毅与韩国外长郑义溶通电话，就两国关系交换意见。'],
        ['paragraph', '王毅表示，愿同韩方加强沟通。'],
      ],
      published: '2021-02-17',
      events: [{ type: 'call', date: '2021-02-17', actors: ['王毅', '郑义溶'] }],
    },
  ],
  leaves: [
    {
      text: [
        ['paragraph', '白宮表示，拜登與習近平會面時討論了貿易問題。'],
        ['paragraph', '雙方同意保持溝通。'],
      ],
      published: '2023-11-16',
      events: [],
    },
    {
      text: [
        ['paragraph', '白宫表示，拜登与习近平会面时讨论了贸易问题。'],
        ['paragraph', '双方同意保持沟通。'],
      ],
      published: '2023-11-16',
      events: [],
    },
  ],
  apply: (m: Mention, writesADay: () => boolean) => {
    const s = fold(m.sentence);
    return !LOOKS_BACK.test(s.slice(0, Math.max(0, s.indexOf(fold(m.word))))) && !writesADay();
  },
});

/** Whether a story's folded text writes a day, read with every dating rule on: a fact of its text, whatever rules run. */
export const storyWritesADay = (story: string, published: string): boolean =>
  findDates(story, { published, rules: ALL_ON }).some((d) => d.date && d.precision === 'day');

export const timeStampIsToday = rule({
  id: 'story.time-stamp-is-today',
  decides:
    '「2025年08月08日 19:11」「2009-11-16 (17:14)」「- 2025年08月13日」: a web page’s time stamp or date line under its headline is the story’s 今天, and an undated call or meeting its first paragraph reports happened that day, unless the paragraph wrote a day of its own before it (澤連斯基13日抵達柏林。澤連斯基與默茨會面).',
  examples: [
    {
      text: [
        ['headline', '應約同普京通話 習近平稱中方樂見俄美保持接觸'],
        ['credit', '2025年08月08日 19:11 最後更新:19:44'],
        ['paragraph', '國家主席習近平應約同俄羅斯總統普京通電話，他向普京表示，中方樂見俄美雙方保持接觸。'],
      ],
      published: '2025-08-08',
      events: [{ type: 'call', date: '2025-08-08', actors: ['習近平', '普京'] }],
    },
    {
      text: [
        ['headline', '应约同普京通话 习近平称中方乐见俄美保持接触'],
        ['credit', '2025-08-08 19:11'],
        ['paragraph', '国家主席习近平应约同俄罗斯总统普京通电话，他向普京表示，中方乐见俄美双方保持接触。'],
      ],
      published: '2025-08-09',
      events: [{ type: 'call', date: '2025-08-08', actors: ['习近平', '普京'] }],
    },
    {
      text: [
        ['headline', '澤連斯基與默茨會面'],
        ['credit', '- 2025年08月13日'],
        ['paragraph', '到訪德國的烏克蘭總統澤連斯基與德國總理默茨會面，商討停火安排。'],
      ],
      published: '2025-08-13',
      events: [{ type: 'meeting', date: '2025-08-13', actors: ['澤連斯基', '默茨'] }],
    },
    {
      text: [
        ['headline', '澤連斯基訪問德國'],
        ['credit', '2025年08月14日 09:30'],
        ['paragraph', '烏克蘭總統澤連斯基13日抵達柏林。澤連斯基與德國總理默茨會面，商討停火安排。'],
      ],
      published: '2025-08-14',
      events: [{ type: 'meeting', date: '2025-08-13', actors: ['澤連斯基', '默茨'] }],
    },
    {
      text: [
        ['headline', '泽连斯基访问德国'],
        ['credit', '2025年08月14日 09:30'],
        ['paragraph', '乌克兰总统泽连斯基13日抵达柏林。泽连斯基与德国总理默茨会面，商讨停火安排。'],
      ],
      published: '2025-08-14',
      events: [{ type: 'meeting', date: '2025-08-13', actors: ['泽连斯基', '默茨'] }],
    },
  ],
  apply: (p: Passage, published: string): string | undefined => {
    const m = TIME_STAMP.exec(p.text) ?? DATE_LINE.exec(p.text);
    const stamped = m ? day(Number(m[1]), Number(m[2]), Number(m[3])).date : null;
    return stamped && stamped <= published ? stamped : undefined;
  },
});

// 今日下午, 今天晚間, 今晚 (not 當地時間今天下午, another place's day).
const LATER_TODAY = /(?<!当地时间)今(?:天|日)?(?:[（(]\d{1,2}[)）]日?)?(?:下午|晚上|晚间|傍晚|晚)/u;

export const morningStampIsNextDay = rule({
  id: 'story.morning-stamp-is-next-day',
  decides:
    '「發布於 2023年07月25日07:35」 over 「外交部今日下午的例行記者會上」: a page stamped before noon cannot tell of this afternoon or evening, so it was written the day before, and that day is its 今天.',
  examples: [
    {
      text: [
        ['credit', '發布於 2023年07月25日07:35'],
        ['paragraph', '中國外交部今日下午的例行記者會上，外媒記者提出有關秦剛的問題。發言人毛寧回答說，沒有可提供的訊息。'],
      ],
      published: '2023-07-25',
      events: [{ type: 'ministry-response', date: '2023-07-24', actors: ['外交部', '毛寧'] }],
    },
    {
      text: [
        ['credit', '发布于 2023年07月25日07:35'],
        ['paragraph', '中国外交部今日下午的例行记者会上，外媒记者提出有关秦刚的问题。发言人毛宁回答说，没有可提供的信息。'],
      ],
      published: '2023-07-25',
      events: [{ type: 'ministry-response', date: '2023-07-24', actors: ['外交部', '毛宁'] }],
    },
  ],
  leaves: [
    {
      text: [
        ['credit', '2023年07月25日19:35'],
        ['paragraph', '中國外交部今日下午的例行記者會上，發言人毛寧回答說，沒有可提供的訊息。'],
      ],
      published: '2023-07-25',
      events: [{ type: 'ministry-response', date: '2023-07-25', actors: ['中國外交部', '毛寧'] }],
    },
  ],
  /** The day before the stamp's when it is before noon and the story (`folded`, its body) tells of later today. */
  apply: (p: Passage, stamped: string, folded: string): string | undefined => {
    const hour = TIME_STAMP.exec(p.text)?.[4];
    return hour !== undefined && Number(hour) < 12 && LATER_TODAY.test(folded) ? addDays(stamped, -1) : undefined;
  },
});

export const datelineToday = rule({
  id: 'story.dateline-today',
  decides:
    '「台北30日電」「華盛頓14日專電」「華盛頓三日法新電」「新華社北京3月28日電」「本報北京5月8日訊」「環球網3月14日報道」「中央社華盛頓1日綜合外電報導」「中新網北京12月20日消息：」「【本報綜合報道】據中新社北京八日消息：」「環球時報消息，據外交部網站8月26日消息，」: the dateline’s day is the story’s 今天, from the dateline’s own sentence on.',
  examples: [
    {
      text: '【大紀元9月4日報導】（中央社華盛頓三日法新電）白宮發言人說，布希和胡錦濤今晨通電話。',
      published: '2005-09-04',
      events: [{ type: 'call', date: '2005-09-03' }],
    },
    {
      text: '【大纪元9月4日报导】（中央社华盛顿三日法新电）白宫发言人说，布希和胡锦涛今晨通电话。',
      published: '2005-09-04',
      events: [{ type: 'call', date: '2005-09-03' }],
    },
    {
      text: '（中央社記者台北30日電）總統賴清德今天在總統府接見美國聯邦參議員葛瑞姆。',
      published: '2025-05-31',
      outlet: '中央社',
      events: [{ type: 'meeting', date: '2025-05-30', actors: ['賴清德', '葛瑞姆'] }],
    },
    {
      text: '新华社奥克兰九月十一日电（记者陈维）国家主席江泽民今天上午在下榻的饭店会见了智利总统弗雷。',
      published: '1999-09-12',
      events: [{ type: 'meeting', date: '1999-09-11', actors: ['江泽民', '弗雷'] }],
    },
    {
      text: '（中央社華盛頓1日綜合外電報導）美國國務卿今天與日本外相通電話。',
      published: '2023-01-02',
      outlet: '中央社',
      events: [{ type: 'call', date: '2023-01-01' }],
    },
    {
      text: '（中央社华盛顿1日综合外电报导）美国国务卿今天与日本外相通电话。',
      published: '2023-01-02',
      outlet: '中央社',
      events: [{ type: 'call', date: '2023-01-01' }],
    },
    {
      text: '環球網3月14日報道 據日本媒體報道，日本外相昨天與韓國外長通電話。',
      published: '2019-03-16',
      events: [{ type: 'call', date: '2019-03-13' }],
    },
    {
      text: '（中央社記者華盛頓14日專電）總統過境洛杉磯並發表談話。外交部發言人今天在例行記者會上表示，感謝美方的周到安排。',
      published: '2018-08-15',
      outlet: '中央社',
      events: [{ type: 'ministry-response', date: '2018-08-14' }],
    },
    {
      text: '（中央社记者华盛顿14日专电）总统过境洛杉矶并发表谈话。外交部发言人今天在例行记者会上表示，感谢美方的周到安排。',
      published: '2018-08-15',
      outlet: '中央社',
      events: [{ type: 'ministry-response', date: '2018-08-14' }],
    },
    {
      text: '答記者問實錄 2001年12月21日 08:11 中新網北京12月20日消息：外交部發言人章啟月今天在記者招待會上回答了記者提問，她表示，中方支持阿富汗重建。',
      published: '2001-12-21',
      events: [{ type: 'ministry-response', date: '2001-12-20' }],
    },
    {
      text: '答记者问实录 2001年12月21日 08:11 中新网北京12月20日消息：外交部发言人章启月今天在记者招待会上回答了记者提问，她表示，中方支持阿富汗重建。',
      published: '2001-12-21',
      events: [{ type: 'ministry-response', date: '2001-12-20' }],
    },
    {
      text: '【本報綜合報道】據中新社北京八日消息：大陸外交部發言人汪文斌今日在例行記者會上作出回應。',
      published: '2023-12-09',
      events: [{ type: 'ministry-response', date: '2023-12-08' }],
    },
    {
      text: '【本报综合报道】据中新社北京八日消息：大陆外交部发言人汪文斌今日在例行记者会上作出回应。',
      published: '2023-12-09',
      events: [{ type: 'ministry-response', date: '2023-12-08' }],
    },
    {
      text: [
        ['paragraph', '環球時報消息，據外交部網站8月26日消息，外交部發言人耿爽今天主持例行記者會。'],
        ['paragraph', '有記者問：美方稱周末與中方進行了通話，中方能否證實？耿爽表示，我沒有聽說過周末通話的情況。'],
      ],
      published: '2019-08-27',
      events: [{ type: 'ministry-response', date: '2019-08-26', actors: ['外交部', '耿爽'] }],
    },
    {
      text: [
        ['paragraph', '环球时报消息，据外交部网站8月26日消息，外交部发言人耿爽今天主持例行记者会。'],
        ['paragraph', '有记者问：美方称周末与中方进行了通话，中方能否证实？耿爽表示，我没有听说过周末通话的情况。'],
      ],
      published: '2019-08-27',
      events: [{ type: 'ministry-response', date: '2019-08-26', actors: ['外交部', '耿爽'] }],
    },
  ],
  apply: (dates: readonly DateMention[], s: string, published: string) =>
    dates.find((d) => d.precision === 'day' && d.date && d.date <= published && closesDateline(s, d)),
});

export const todayNamed = rule({
  id: 'story.today-named',
  decides: '「今天(14日)上午」: a story that names its own today counts 昨天 and 明天 from that day, even in a reprint published later.',
  examples: [
    {
      text: '今天(14日)上午，總理在社交媒體上貼出昨天他與印尼總統佐科會面的照片。',
      published: '2019-03-15',
      events: [{ type: 'meeting', date: '2019-03-13', actors: ['佐科'] }],
    },
    {
      text: '今天(14日)上午，总理在社交媒体上贴出昨天他与印尼总统佐科会面的照片。',
      published: '2019-03-15',
      events: [{ type: 'meeting', date: '2019-03-13', actors: ['佐科'] }],
    },
  ],
  apply: (dates: readonly DateMention[], s: string, published: string) =>
    dates.find(
      (d) =>
        d.precision === 'day' && d.date && d.date <= published && /(?:今天|今日)[（(]$/u.test(s.slice(Math.max(0, d.start - 3), d.start)),
    ),
});

// 「2013年1月10日，外交部發言人洪磊主持例行記者會。」: a spokesperson's briefing dated with its year.
const DATED_PRESIDING =
  /^(?:[^，。]{0,40}[：:])?(?:\d{4}|[〇零一二三四五六七八九]{4})年[^，。]{1,10}[日号][，,\s]*[^，。]{0,16}发言人[^，。]{1,6}$/u;

export const presidingLineIsToday = rule({
  id: 'story.presiding-line-is-today',
  decides:
    '「2013年1月10日，外交部發言人洪磊主持例行記者會。」「外交部今日舉行例行記者會…」: a line that dates the briefing with its year and tells who presided makes that day the story’s 今天, as a dateline does (and past one in the same sentence: 中評社北京4月3日電/外交部網站消息：2014年4月1日，…), so a reprint published days or weeks later still dates its answers and 昨天 on the briefing’s day.',
  examples: [
    {
      text: [
        ['paragraph', '2013年1月10日，外交部發言人洪磊主持例行記者會。'],
        ['paragraph', '外交部今日舉行例行記者會，有記者提問：美國參議員近期訪問臺灣，中方對此有何評論？'],
        ['paragraph', '洪磊表示，中方一貫堅決反對美臺官方往來。'],
      ],
      published: '2013-01-29',
      events: [{ type: 'ministry-response', date: '2013-01-10', actors: ['外交部', '洪磊'] }],
    },
    {
      text: [
        ['paragraph', '2013年1月10日，外交部发言人洪磊主持例行记者会。'],
        ['paragraph', '外交部今日举行例行记者会，有记者提问：美国参议员近期访问台湾，中方对此有何评论？'],
        ['paragraph', '洪磊表示，中方一贯坚决反对美台官方往来。'],
      ],
      published: '2013-01-29',
      events: [{ type: 'ministry-response', date: '2013-01-10', actors: ['外交部', '洪磊'] }],
    },
    {
      text: [
        ['paragraph', '中評社北京4月3日電/外交部網站消息：2014年4月1日，外交部發言人洪磊主持例行記者會。'],
        ['paragraph', '洪磊表示，中方在有關海域全力開展搜尋工作。'],
        ['paragraph', '昨天，外交部副部長張業遂與來華的馬來西亞副外長哈姆扎會見。'],
      ],
      published: '2014-04-03',
      events: [
        { type: 'meeting', date: '2014-03-31', actors: ['張業遂', '哈姆扎'] },
        { type: 'ministry-response', date: '2014-04-01', actors: ['外交部', '洪磊'] },
      ],
    },
    {
      text: [
        ['paragraph', '中评社北京4月3日电/外交部网站消息：2014年4月1日，外交部发言人洪磊主持例行记者会。'],
        ['paragraph', '洪磊表示，中方在有关海域全力开展搜寻工作。'],
        ['paragraph', '昨天，外交部副部长张业遂与来华的马来西亚副外长哈姆扎会见。'],
      ],
      published: '2014-04-03',
      events: [
        { type: 'meeting', date: '2014-03-31', actors: ['张业遂', '哈姆扎'] },
        { type: 'ministry-response', date: '2014-04-01', actors: ['外交部', '洪磊'] },
      ],
    },
  ],
  apply: (dates: readonly DateMention[], s: string, published: string) => {
    const presides = PRESIDES.exec(s);
    if (!presides || !DATED_PRESIDING.test(s.slice(0, presides.index))) return undefined;
    return [...dates].reverse().find((d) => d.precision === 'day' && d.date && d.date <= published && d.end <= presides.index);
  },
});

/** Whether `p` heads `ministry` (國務卿 the State Department, 外长 a foreign ministry), by title or by the people data. */
function headsMinistry(lex: Lexicon, p: MentionPerson, ministry: MinistryMention): boolean {
  const title = p.title ?? p.person?.role;
  if (!title) return false;
  const hit = lex.ministryHeads.all(fold(title))[0];
  if (!hit || hit.value !== ministry.entry) return false;
  const country = p.person?.country ?? p.country;
  return !country || country === ministry.country;
}

export const readoutIsTheCall = rule({
  id: 'response.readout-is-the-call',
  decides:
    '「外交部表示，外交部長王毅…與盧比歐通電話」 with no question put (a spokesperson answering the media’s questions, 答覆媒體相關提問時表示, has one put): the office’s readout of its own head’s call is how the call is known, not an answer; a call it dates only loosely (上星期, 日前) is one it speaks of later, and what it says of it answers.',
  examples: [
    {
      text: '外交部表示，外交部長王毅25日應約與美國國務卿盧比歐通電話，雙方討論中美關係。',
      published: '2025-08-26',
      events: [{ type: 'call', date: '2025-08-25', actors: ['王毅', '盧比歐'] }],
    },
    {
      text: '外交部表示，外交部长王毅25日应约与美国国务卿鲁比奥通电话，双方讨论了中美关系。',
      published: '2025-08-26',
      events: [{ type: 'call', date: '2025-08-25', actors: ['王毅', '鲁比奥'] }],
    },
  ],
  leaves: [
    {
      text: '國防部新聞發言人譚克非表示，國防部長魏鳳和上星期應約與美國防長奧斯汀通話，是落實兩國元首共識的舉措。',
      published: '2022-04-28',
      events: [
        { type: 'call', date: '2022-04', actors: ['魏鳳和', '奧斯汀'] },
        { type: 'ministry-response', date: '2022-04-28', actors: ['國防部', '譚克非'] },
      ],
    },
    {
      text: '国防部新闻发言人谭克非表示，国防部长魏凤和上星期应约与美国防长奥斯汀通话，是落实两国元首共识的举措。',
      published: '2022-04-28',
      events: [
        { type: 'call', date: '2022-04', actors: ['魏凤和', '奥斯汀'] },
        { type: 'ministry-response', date: '2022-04-28', actors: ['国防部', '谭克非'] },
      ],
    },
    {
      text: '中國商務部9日下午召開例行新聞發布會，商務部新聞發言人束玨婷答覆媒體相關提問時表示，商務部長王文濤與澳大利亞貿易部長法瑞爾6日舉行視頻會議。',
      published: '2023-02-10',
      events: [
        { type: 'meeting', date: '2023-02-06', actors: ['王文濤', '法瑞爾'] },
        { type: 'ministry-response', date: '2023-02-09', actors: ['商務部', '束玨婷'] },
      ],
    },
    {
      text: '中国商务部9日下午召开例行新闻发布会，商务部新闻发言人束珏婷答复媒体相关提问时表示，商务部长王文涛与澳大利亚贸易部长法瑞尔6日举行视频会议。',
      published: '2023-02-10',
      events: [
        { type: 'meeting', date: '2023-02-06', actors: ['王文涛', '法瑞尔'] },
        { type: 'ministry-response', date: '2023-02-09', actors: ['商务部', '束珏婷'] },
      ],
    },
    {
      text: [
        ['headline', '2025年6月18日外交部发言人郭嘉昆主持例行记者会'],
        ['paragraph', '彭博社记者：据报道，王毅外长昨天同埃及外长通电话。你能否介绍更多情况？'],
        ['paragraph', '郭嘉昆：6月17日，王毅外长应约同埃及外长阿卜杜勒阿蒂通电话，双方就中东局势交换了意见。'],
      ],
      published: '2025-06-18',
      events: [
        { type: 'call', date: '2025-06-17', actors: ['王毅', '阿卜杜勒阿蒂'] },
        { type: 'ministry-response', date: '2025-06-18', actors: ['外交部', '郭嘉昆'] },
      ],
    },
  ],
  // (A call told with a looser time, 上星期 or 日前, is spoken of later: a comment on it answers, as any does.)
  apply: (lex: Lexicon, said: Mention, asked: boolean, meetings: readonly Mention[]) =>
    !!said.ministry &&
    !asked &&
    meetings.some((m) => (!m.when.date || m.when.precision === 'day') && m.people.some((p) => headsMinistry(lex, p, said.ministry!))),
});

export const readoutOfTalks = rule({
  id: 'response.readout-of-talks',
  decides:
    '「我國外交部當晚發表文告說，維文與蘇吉約諾就…交換了意見」「據日本外務省透露，雙方就俄烏局勢交換了意見」「新聞司司長秦剛介紹，會談中…交換了看法」「新聞稿稱雙方認為，此次通話及時、必要」「外交部網站上的消息稱：『雙方討論了…』」「據中國外交部指，王毅介紹了中方立場」「新聞稿稱，王毅向巴羅介紹了…」 with no question put: an office telling what was said in talks is the talks’ readout, not an answer (at the office’s own press conference questions are put, printed or not).',
  examples: [
    {
      text: [
        ['paragraph', '外交部長王毅3日在北京會見法國外長巴羅。'],
        ['paragraph', '中國外交部新聞稿稱，王毅向巴羅「介紹了中方在烏克蘭問題上的立場」。'],
      ],
      published: '2025-12-04',
      events: [{ type: 'meeting', date: '2025-12-03', actors: ['王毅', '巴羅'] }],
    },
    {
      text: [
        ['paragraph', '外交部长王毅3日在北京会见法国外长巴罗。'],
        ['paragraph', '中国外交部新闻稿称，王毅向巴罗介绍了中方在乌克兰问题上的立场。'],
      ],
      published: '2025-12-04',
      events: [{ type: 'meeting', date: '2025-12-03', actors: ['王毅', '巴罗'] }],
    },
    {
      text: [
        ['paragraph', '12月3日，外交部長王毅在北京會見法國外長巴羅。'],
        ['paragraph', '據中國外交部指，王毅介紹了中方在烏克蘭危機上的立場，希望法方理解。'],
      ],
      published: '2025-12-04',
      events: [{ type: 'meeting', date: '2025-12-03', actors: ['王毅', '巴羅'] }],
    },
    {
      text: [
        ['paragraph', '12月3日，外交部长王毅在北京会见法国外长巴罗。'],
        ['paragraph', '据中国外交部指，王毅介绍了中方在乌克兰危机上的立场，希望法方理解。'],
      ],
      published: '2025-12-04',
      events: [{ type: 'meeting', date: '2025-12-03', actors: ['王毅', '巴罗'] }],
    },
    {
      text: '外交部當晚發表新聞稿說，王毅與印尼外長蘇吉約諾就兩國在能源和數碼經濟方面的合作交換了意見。',
      published: '2025-07-10',
      events: [],
    },
    {
      text: '外交部当晚发表新闻稿说，王毅与印尼外长苏吉约诺就两国在能源和数码经济方面的合作交换了意见。',
      published: '2025-07-10',
      events: [],
    },
    { text: '外交部的聲明則提到，外交部長王毅強調兩國交往要相互尊重。', published: '2020-06-18', events: [] },
    { text: '外交部網站上的消息稱：「雙方討論了進一步加強兩國合作的前景。」', published: '2022-01-06', events: [] },
    { text: '外交部网站上的消息称，双方讨论了进一步加强两国合作的前景。', published: '2022-01-06', events: [] },
    {
      text: '外交部前天深夜通報有關消息，新聞稿稱雙方認為，此次通話及時、必要，強調要進一步發揮元首外交的引領作用。',
      published: '2025-09-12',
      events: [],
    },
    {
      text: '外交部前天深夜通报有关消息，新闻稿称双方认为，此次通话及时、必要，强调要进一步发挥元首外交的引领作用。',
      published: '2025-09-12',
      events: [],
    },
    {
      text: '外交部新聞司司長秦剛介紹，會談中胡錦濤主席和李明博總統就雙邊關係和半島局勢交換了看法。',
      published: '2012-03-26',
      events: [],
    },
    {
      text: '外交部新闻司司长秦刚介绍，会谈中胡锦涛主席和李明博总统就双边关系和半岛局势交换了看法。',
      published: '2012-03-26',
      events: [],
    },
  ],
  leaves: [
    {
      text: [
        ['paragraph', '3日，外交部長王毅舉行記者會。'],
        ['paragraph', '王毅表示，英國一些人公然干預香港事務。'],
      ],
      published: '2019-07-05',
      events: [{ type: 'ministry-response', date: '2019-07-03', actors: ['外交部', '王毅'] }],
    },
    {
      text: [
        ['paragraph', '3日，外交部长王毅举行记者会。'],
        ['paragraph', '王毅表示，英国一些人公然干预香港事务。'],
      ],
      published: '2019-07-05',
      events: [{ type: 'ministry-response', date: '2019-07-03', actors: ['外交部', '王毅'] }],
    },
    {
      text: [
        ['headline', '2025年6月18日外交部發言人郭嘉昆主持例行記者會'],
        ['paragraph', '彭博社記者：據報道，王毅外長昨天同埃及外長通電話。你能否介紹更多情況？'],
        ['paragraph', '郭嘉昆：雙方就中東局勢交換了意見。'],
      ],
      published: '2025-06-18',
      events: [
        { type: 'call', date: '2025-06-17', actors: ['王毅'] },
        { type: 'ministry-response', date: '2025-06-18', actors: ['外交部', '郭嘉昆'] },
      ],
    },
  ],
  // After the office's verb: two sides (雙方, 甲與乙) and what they exchanged or discussed, or its own
  // head speaking (美國國務院的聲明提到蓬佩奧強調…).
  apply: (said: Mention, asked: boolean, sentence: string, meetings: readonly Mention[], headSpeaks: () => boolean) =>
    !!said.ministry &&
    !asked &&
    // With the talks themselves in the sentence (their sides named), response.readout-is-the-call decides.
    !meetings.some((m) => m.people.length) &&
    (/(?:表示|说|称|透露|指出|介绍|声明|文告)[，,：:]?[^。]{0,12}?(?:双方|两人|二人|[\u4e00-\u9fff]{1,14}?[与同和][\u4e00-\u9fff]{1,14}?)(?:在[^，。]{1,12}中)?(?:[，,]?就|[，,])[^。]{0,60}?(?:交换了?(?:意见|看法)|讨论了|探讨了|进行了?(?:深入)?(?:沟通|交流))/u.test(
      sentence,
    ) ||
      // 「外交部通報有關消息，新聞稿稱雙方認為，此次通話及時、必要」: what both sides found, told by a readout.
      /(?:新闻稿|文告|公报|通稿)[^。]{0,4}(?:称|说|指出|表示)[，,：:]?(?:双方|两国|两人)(?:一致)?(?:认为|同意|表示)/u.test(sentence) ||
      // 「外交部網站上的消息稱：『雙方討論了…』」: what both sides did, told right after the office's verb.
      /(?:表示|说|称|透露|指出|介绍)[，,：:]?[“「『"]?(?:双方|两人|二人)(?:还|也|并)?(?:讨论了|探讨了|交换了)/u.test(sentence) ||
      headSpeaks()),
});

/** The few characters after `at`, up to the clause's end. */
const clauseAfter = (s: string, at: number) => s.slice(at, at + 6).split(/[，,。]/u)[0]!;

/** True when a person heading the office that speaks is named after it, speaking (…聲明提到蓬佩奧強調). */
export function headSpeaksAfter(lex: Lexicon, said: Mention, people: readonly PersonMention[], s: string): boolean {
  const office = said.ministry;
  if (!office) return false;
  // 王毅表示, or 王毅介紹 (what he set out to his guest in the talks); to whom may come first, the verb a few
  // characters on (王毅向巴羅「介紹了…」).
  const speaks = (p: PersonMention) => {
    const after = clauseAfter(s, p.end);
    const reach = after.startsWith('向') ? 16 : 6;
    return lex.speechVerbs.has(after, 0, reach) || after.slice(0, reach === 6 ? 2 : reach).includes('介绍');
  };
  return people.some(
    (p) =>
      p.start >= office.end &&
      speaks(p) &&
      headsMinistry(
        lex,
        { ...p, name: p.folded, ...(p.titleStart !== undefined ? { title: s.slice(p.titleStart, p.titleEnd) } : {}) },
        office,
      ),
  );
}

export const answerCoversQuestion = rule({
  id: 'response.answer-covers-question',
  decides: 'An answer closes the open question, and the question’s passage is listed with the answer’s event.',
  examples: [
    {
      text: [
        ['paragraph', '2025年3月10日外交部發言人毛寧主持例行記者會。'],
        ['paragraph', '問：菲律賓海警船隻再次闖入仁愛礁鄰近海域。中方有何回應？'],
        ['paragraph', '答：中國對仁愛礁擁有無可爭辯的主權，敦促菲方停止挑釁。'],
      ],
      published: '2025-03-10',
      events: [{ type: 'ministry-response', date: '2025-03-10', passages: 3, actors: ['外交部', '毛寧'] }],
    },
    {
      text: [
        ['paragraph', '2025年3月10日外交部发言人毛宁主持例行记者会。'],
        ['paragraph', '问：菲律宾海警船只再次闯入仁爱礁邻近海域。中方有何回应？'],
        ['paragraph', '答：中国对仁爱礁拥有无可争辩的主权，敦促菲方停止挑衅。'],
      ],
      published: '2025-03-10',
      events: [{ type: 'ministry-response', date: '2025-03-10', passages: 3, actors: ['外交部', '毛宁'] }],
    },
  ],
  apply: (question: Passage | undefined, answer: Passage) => (question && question.id !== answer.id ? question : undefined),
});

// A paragraph that goes on with the last answer: 同時，中方… / 此外… / 「…」 without a new speaker.
// 「關於第二個問題，…」: the next of the questions put, answered by the same speaker.
const CONTINUES =
  /^(同时|此外|另外|他还|她还|他说|她说|他指出|她指出|中方|我们|「|“|(?:关于|至于)?(?:你的|您的)?第[一二三四五六七八九十两\d]{1,2}个问题)/u;

export const answerContinues = rule({
  id: 'response.answer-continues',
  decides:
    '同時，中方… / 此外… / 「…」 opening a paragraph with no new speaker goes on with the last answer; in a transcript, every paragraph up to the next turn does, after 答： or the presider’s named turn (趙立堅：).',
  examples: [
    {
      text: [
        ['paragraph', '2025年3月10日外交部發言人毛寧主持例行記者會。'],
        ['paragraph', '問：菲律賓海警船隻再次闖入仁愛礁鄰近海域。中方有何回應？'],
        ['paragraph', '答：中國對仁愛礁擁有無可爭辯的主權。'],
        ['paragraph', '菲方應停止在海上的侵權挑釁行為。'],
      ],
      published: '2025-03-10',
      events: [{ type: 'ministry-response', date: '2025-03-10', passages: 4 }],
    },
    {
      text: [
        ['paragraph', '2025年3月10日外交部发言人毛宁主持例行记者会。'],
        ['paragraph', '问：菲律宾海警船只再次闯入仁爱礁邻近海域。中方有何回应？'],
        ['paragraph', '答：中国对仁爱礁拥有无可争辩的主权。'],
        ['paragraph', '菲方应停止在海上的侵权挑衅行为。'],
      ],
      published: '2025-03-10',
      events: [{ type: 'ministry-response', date: '2025-03-10', passages: 4 }],
    },
    {
      text: [
        ['paragraph', '2021年11月19日外交部發言人趙立堅主持例行記者會。'],
        ['paragraph', '路透社記者：第一，南海行為準則磋商有何進展？第二，緬甸領導人能否出席峰會？'],
        ['paragraph', '趙立堅：關於你的第一個問題，南海局勢總體平靜。'],
        ['paragraph', '關於你的第二個問題，緬甸是東盟大家庭重要成員。'],
      ],
      published: '2021-11-20',
      events: [{ type: 'ministry-response', date: '2021-11-19', passages: 4 }],
    },
    {
      text: [
        ['paragraph', '2021年11月19日外交部发言人赵立坚主持例行记者会。'],
        ['paragraph', '路透社记者：第一，南海行为准则磋商有何进展？第二，缅甸领导人能否出席峰会？'],
        ['paragraph', '赵立坚：关于你的第一个问题，南海局势总体平静。'],
        ['paragraph', '关于你的第二个问题，缅甸是东盟大家庭重要成员。'],
      ],
      published: '2021-11-20',
      events: [{ type: 'ministry-response', date: '2021-11-19', passages: 4 }],
    },
  ],
  apply: (s: string, inAnswerTurn: boolean, questionOpen: boolean) => CONTINUES.test(s) || (inAnswerTurn && !questionOpen),
});

export const answerTellsAMeeting = rule({
  id: 'response.answer-tells-a-meeting',
  decides:
    '「答：…」 then 「昨天，李克強總理在同兩國領導人共同會見記者時已經作了評價。這裡我想強調的是…」: in a transcript, a paragraph of the answer turn that tells a call or meeting is still the answer; the response goes on through it, beside what it tells.',
  examples: [
    {
      text: [
        ['paragraph', '2019年12月25日外交部發言人耿爽主持例行記者會。'],
        ['paragraph', '問：中日韓領導人會議已經結束。中方如何評價會議成果？'],
        ['paragraph', '答：會議昨天在成都成功舉行，三國領導人深入交換看法。'],
        ['paragraph', '昨天，李克強總理同韓國總統文在寅舉行會談時已經作了評價。這裡我想強調的是，這次會議具有戰略性。'],
      ],
      published: '2019-12-25',
      events: [
        { type: 'ministry-response', date: '2019-12-25', passages: 4 },
        { type: 'meeting', date: '2019-12-24', actors: ['李克強', '文在寅'] },
      ],
    },
    {
      text: [
        ['paragraph', '2019年12月25日外交部发言人耿爽主持例行记者会。'],
        ['paragraph', '问：中日韩领导人会议已经结束。中方如何评价会议成果？'],
        ['paragraph', '答：会议昨天在成都成功举行，三国领导人深入交换看法。'],
        ['paragraph', '昨天，李克强总理同韩国总统文在寅举行会谈时已经作了评价。这里我想强调的是，这次会议具有战略性。'],
      ],
      published: '2019-12-25',
      events: [
        { type: 'ministry-response', date: '2019-12-25', passages: 4 },
        { type: 'meeting', date: '2019-12-24', actors: ['李克强', '文在寅'] },
      ],
    },
  ],
  apply: (inAnswerTurn: boolean, questionOpen: boolean) => inAnswerTurn && !questionOpen,
});

// 「此外，美國眾議員狄亞士巴拉特最近受訪時批評…」: who speaks after the opener, when it is not the last speaker.
const PRONOUN_SPEAKER = /^(?:他|她|其|中方|我|双方|发言人)/u;

export const anotherSpeaksBesides = rule({
  id: 'response.another-speaks-besides',
  decides:
    '「此外，美國眾議員狄亞士巴拉特最近批評…」: a paragraph opening with 此外, 另外 or 另一方面 whose words are someone else’s (a speaking verb, the last speaker not named before it) does not go on with the last answer; it tells the matter of the next.',
  examples: [
    {
      text: [
        ['paragraph', '外交部發言人劉永健19日在例行記者會表示，台灣獲邀參加民主峰會，中國一概反對。'],
        ['paragraph', '此外，美國眾議員狄亞士巴拉特最近受訪時批評中國，稱對台軍售必須加快。'],
        ['paragraph', '劉永健說，美國國會對台灣有跨黨派的支持。'],
      ],
      published: '2024-03-19',
      events: [
        { type: 'ministry-response', date: '2024-03-19', actors: ['外交部', '劉永健'] },
        { type: 'ministry-response', date: '2024-03-19', actors: ['外交部', '劉永健'] },
      ],
    },
    {
      text: [
        ['paragraph', '外交部发言人刘永健19日在例行记者会表示，台湾获邀参加民主峰会，中国一概反对。'],
        ['paragraph', '此外，美国众议员狄亚士巴拉特最近受访时批评中国，称对台军售必须加快。'],
        ['paragraph', '刘永健说，美国国会对台湾有跨党派的支持。'],
      ],
      published: '2024-03-19',
      events: [
        { type: 'ministry-response', date: '2024-03-19', actors: ['外交部', '刘永健'] },
        { type: 'ministry-response', date: '2024-03-19', actors: ['外交部', '刘永健'] },
      ],
    },
  ],
  apply: (lex: Lexicon, s: string, last: Mention): boolean => {
    const opener = lex.furtherPoint.at(s, 0);
    if (!opener) return false;
    const sentenceEnd = s.slice(opener.end).search(/[。！？]/u);
    const limit = sentenceEnd < 0 ? s.length : opener.end + sentenceEnd;
    const verb = [...lex.speechVerbs.all(s, opener.end, limit), ...lex.responseVerbs.all(s, opener.end, limit)].sort(
      (a, b) => a.start - b.start,
    )[0];
    if (!verb || verb.start - opener.end < 4) return false;
    const subject = s.slice(opener.end, verb.start).replace(/^[，,、\s]+/u, '');
    const names = [last.spokesperson?.folded, last.ministry?.folded, ...last.people.map((p) => p.folded)].filter((n): n is string => !!n);
    return !PRONOUN_SPEAKER.test(subject) && !names.some((n) => subject.includes(n));
  },
});

export const turnIsSpeech = rule({
  id: 'story.answer-turn-is-speech',
  decides:
    '「發言人：…主席昨晚已同總統通了電話」: a transcript’s answer turn, up to the next question, is the speaker’s speech, so its 昨晚 and 今天 count from the briefing’s day.',
  examples: [
    {
      text: [
        ['paragraph', '2023年3月28日外交部發言人毛寧主持例行記者會。'],
        ['paragraph', '問：中俄兩國元首近期有何接觸？'],
        ['paragraph', '毛寧：習近平主席昨晚已同普京總統通了電話。'],
      ],
      published: '2023-03-29',
      events: [
        { type: 'ministry-response', date: '2023-03-28' },
        { type: 'call', date: '2023-03-27', actors: ['習近平', '普京'] },
      ],
    },
    {
      text: [
        ['paragraph', '2023年3月28日外交部发言人毛宁主持例行记者会。'],
        ['paragraph', '问：中俄两国元首近期有何接触？'],
        ['paragraph', '毛宁：习近平主席昨晚已同普京总统通了电话。'],
      ],
      published: '2023-03-29',
      events: [
        { type: 'ministry-response', date: '2023-03-28' },
        { type: 'call', date: '2023-03-27', actors: ['习近平', '普京'] },
      ],
    },
  ],
  apply: (s: string, presider: string | undefined, lastWasTurn: boolean, answerCue: boolean) => {
    if (answerCue || opensTurnOf(s, presider)) return true;
    return lastWasTurn && !QUESTION_TURN.test(s);
  },
});

export const questionTurnAtBriefing = rule({
  id: 'story.question-turn-at-briefing',
  decides:
    '「問：昨晚，主席出席了視頻峰會…」「法新社記者：昨天…」: a reporter’s turn in a transcript is asked at the briefing, so its 昨晚 and 今天 count from the briefing’s day, not from the page’s.',
  examples: [
    {
      text: [
        ['paragraph', '11月22日，外交部發言人毛寧主持例行記者會。'],
        ['paragraph', '法新社記者：昨晚，習近平主席出席了金磚國家領導人視頻峰會。中方對會議成果有何評價？'],
        ['paragraph', '毛寧：這次會議是擴員後的首場領導人會晤。'],
      ],
      published: '2023-11-24',
      events: [
        { type: 'ministry-response', date: '2023-11-22' },
        { type: 'meeting', date: '2023-11-21', actors: ['習近平'] },
      ],
    },
    {
      text: [
        ['paragraph', '11月22日，外交部发言人毛宁主持例行记者会。'],
        ['paragraph', '问：昨晚，习近平主席出席了金砖国家领导人视频峰会。中方对会议成果有何评价？'],
        ['paragraph', '答：这次会议是扩员后的首场领导人会晤。'],
      ],
      published: '2023-11-24',
      events: [
        { type: 'ministry-response', date: '2023-11-22' },
        { type: 'meeting', date: '2023-11-21', actors: ['习近平'] },
      ],
    },
  ],
  apply: (s: string, briefingDay: string | null | undefined) => !!briefingDay && QUESTION_TURN.test(s),
});

// 「此外我還想就另外一個問題發表談話」「下面我還要發布一條消息」: the spokesperson turns to another statement.
const ANOTHER_STATEMENT =
  /^[^。！？]{0,12}(?:就另(?:外)?一(?:个|件|条)(?:问题|事情|事|消息)(?:发表|发布|宣布|通报|介绍)|(?:还|再)(?:要|想)?(?:发布|宣布|通报)(?:一|另一|另外一)条消息|还有一条消息)/u;

export const statementTurnsToAnother = rule({
  id: 'response.statement-turns-to-another',
  decides:
    '「此外我還想就另外一個問題發表談話。」「下面我還要發布一條消息。」: in a spokesperson’s statement before any question, a paragraph that announces another statement opens a response of its own, which the paragraphs under it go on with.',
  examples: [
    {
      text: [
        ['paragraph', '11月11日下午，外交部發言人章啟月主持例行記者會。'],
        ['paragraph', '章啟月說，女士們，先生們，下午好！'],
        ['paragraph', '早日實現中東和平是各國人民的共同願望，中方將繼續勸和促談。'],
        ['paragraph', '此外我還想就另外一個問題發表談話。'],
        ['paragraph', '中國政府對瓦努阿圖政府重申奉行一個中國政策表示讚賞。'],
      ],
      published: '2004-11-12',
      events: [
        { type: 'ministry-response', date: '2004-11-11', actors: ['外交部', '章啟月'], passages: 3 },
        { type: 'ministry-response', date: '2004-11-11', actors: ['外交部', '章啟月'], passages: 2 },
      ],
    },
    {
      text: [
        ['paragraph', '11月11日下午，外交部发言人章启月主持例行记者会。'],
        ['paragraph', '章启月说，女士们，先生们，下午好！'],
        ['paragraph', '早日实现中东和平是各国人民的共同愿望，中方将继续劝和促谈。'],
        ['paragraph', '此外我还想就另外一个问题发表谈话。'],
        ['paragraph', '中国政府对瓦努阿图政府重申奉行一个中国政策表示赞赏。'],
      ],
      published: '2004-11-12',
      events: [
        { type: 'ministry-response', date: '2004-11-11', actors: ['外交部', '章启月'], passages: 3 },
        { type: 'ministry-response', date: '2004-11-11', actors: ['外交部', '章启月'], passages: 2 },
      ],
    },
  ],
  apply: (s: string, questionOpen: boolean): Topic | undefined =>
    !questionOpen && ANOTHER_STATEMENT.test(s)
      ? { key: `t${hash64(`another-statement:${s.slice(0, 24)}`).slice(0, 6)}`, text: s }
      : undefined,
});

/** The text of `folded` outside its dates (in order). */
function outsideDates(folded: string, dates: readonly DateMention[]): string {
  let rest = '';
  let at = 0;
  for (const d of dates) {
    rest += folded.slice(at, d.start);
    at = Math.max(at, d.end);
  }
  return rest + folded.slice(at);
}

// What a line that is only a date holds besides its dates (民國…(2016.1.16), 2016年1月16日（星期六）).
const AROUND_DATES = /^(?:民国|[\s（）()【】\[\].．,，、:：-])*$/u;

// 「…在北京香山論壇發表演說。(Reuters)」: a wire agency credited in brackets after one sentence, as under a photo.
const PHOTO_CREDITED = /^[^。！？]{4,80}[。！？]\s*[（(](?:Reuters|AP|AFP|EPA|Getty Images|路透社?|美联社|法新社|欧新社)[）)]\s*$/u;

export const creditedPhotoIsCaption = rule({
  id: 'story.credited-photo-is-caption',
  decides:
    '「中國國防部長董軍於2025年9月18日在北京香山論壇發表演說。(Reuters)」: one sentence closed by a wire agency in brackets is a photo’s caption set among the paragraphs: its day is not the story’s (同日 after it keeps the story’s day).',
  examples: [
    {
      text: [
        ['paragraph', '東盟防長擴大會周六（11月1日）上午在吉隆坡舉行，國防部長董軍出席並發言。'],
        ['paragraph', '國防部長董軍於2025年9月18日在北京香山論壇發表演說。(Reuters)'],
        ['paragraph', '報道指，同日，董軍與日本防衛大臣中谷元舉行會談。'],
      ],
      published: '2025-11-02',
      events: [{ type: 'meeting', date: '2025-11-01', actors: ['董軍', '中谷元'] }],
    },
    {
      text: [
        ['paragraph', '东盟防长扩大会周六（11月1日）上午在吉隆坡举行，国防部长董军出席并发言。'],
        ['paragraph', '国防部长董军于2025年9月18日在北京香山论坛发表演说。(Reuters)'],
        ['paragraph', '报道指，同日，董军与日本防卫大臣中谷元举行会谈。'],
      ],
      published: '2025-11-02',
      events: [{ type: 'meeting', date: '2025-11-01', actors: ['董军', '中谷元'] }],
    },
  ],
  apply: (passage: Passage, folded: string): boolean => passage.kind === 'paragraph' && PHOTO_CREDITED.test(folded),
});

export const dateHeadingOpensEntry = rule({
  id: 'story.date-heading-opens-entry',
  decides:
    'A heading that is only a date (民國一百零五年一月十六日(2016.1.16), or a release’s 2023年8月28日，星期一) opens an entry of a chronology: what an office said under an earlier heading gives no day to what it says under this one, which is on the heading’s day, as are the calls and meetings told under it with no day of their own, and its 今天.',
  examples: [
    {
      text: [
        ['headline', '商務部長與美國商務部長會晤'],
        ['subheadline', '2023年8月28日，星期一'],
        ['paragraph', '今天，美國商務部長雷蒙多與中國商務部長王文濤舉行了會晤。'],
      ],
      published: '2023-08-29',
      events: [{ type: 'meeting', date: '2023-08-28', actors: ['雷蒙多', '王文濤'] }],
    },
    {
      text: [
        ['headline', '商务部长与美国商务部长会晤'],
        ['subheadline', '2023年8月28日，星期一'],
        ['paragraph', '今天，美国商务部长雷蒙多与中国商务部长王文涛举行了会晤。'],
      ],
      published: '2023-08-29',
      events: [{ type: 'meeting', date: '2023-08-28', actors: ['雷蒙多', '王文涛'] }],
    },
    {
      text: [
        ['subheadline', '民國一百零五年一月六日(2016.1.6)'],
        ['paragraph', '大陸國臺辦主任張志軍出席兩岸記者新年聯誼活動時表示，兩岸關係和平發展道路是正確的。'],
        ['subheadline', '民國一百零五年一月十六日(2016.1.16)'],
        ['paragraph', '大陸國臺辦發言人就選舉結果表示，我們的對臺大政方針是一貫的。'],
        ['subheadline', '民國一百零五年一月廿一日(2016.1.21)'],
        ['paragraph', '大陸國臺辦主任張志軍會見美國常務副國務卿布林肯。'],
      ],
      published: '2016-01-21',
      events: [
        { type: 'ministry-response', date: '2016-01-06' },
        { type: 'ministry-response', date: '2016-01-16' },
        { type: 'meeting', date: '2016-01-21', actors: ['張志軍', '布林肯'] },
      ],
    },
    {
      text: [
        ['subheadline', '2016年1月6日'],
        ['paragraph', '大陆国台办主任张志军出席两岸记者新年联谊活动时表示，两岸关系和平发展道路是正确的。'],
        ['subheadline', '2016年1月16日'],
        ['paragraph', '大陆国台办发言人就选举结果表示，我们的对台大政方针是一贯的。'],
        ['subheadline', '2016年1月21日'],
        ['paragraph', '大陆国台办主任张志军会见美国常务副国务卿布林肯。'],
      ],
      published: '2016-01-21',
      events: [
        { type: 'ministry-response', date: '2016-01-06' },
        { type: 'ministry-response', date: '2016-01-16' },
        { type: 'meeting', date: '2016-01-21', actors: ['张志军', '布林肯'] },
      ],
    },
  ],
  apply: (folded: string, dates: readonly DateMention[]) => {
    if (!dates.some((d) => d.precision === 'day' && d.date)) return false;
    return AROUND_DATES.test(outsideDates(folded, dates));
  },
});

// A scene line's words besides its day: the clock's zone and the time of day (北京時間…下午), folded.
const SCENE_TIME = /北京时间|当地时间|上午|下午|中午|晚上|晚间|傍晚|清晨|凌晨|早上|深夜|时许/gu;
// A place a scene is set in ends as a building or venue does (東大廳, 紫光閣, 國賓館, 會展中心).
const SCENE_PLACE = /(?:[厅堂馆阁宫园楼室场港站府院]|中心|大厦|酒店|宾馆|庄园|官邸)$/u;
// Words no place name holds but a clause that tells something does (在, 到, 說, 舉行, 同…).
const SCENE_VERB = /[在于到抵是有说称表指举访出同与和跟向将已了着过见谈]/u;

export const sceneLineDatesWhatFollows = rule({
  id: 'story.scene-line-dates-what-follows',
  decides:
    '「北京時間12月15日下午，人民大會堂東大廳。」: a paragraph that is only a day and a place (a building or venue: 廳, 閣, 賓館, 中心) sets a scene: the calls and meetings told after it with no day of their own (習近平主席在這裡同普京舉行視頻會晤) are on its day.',
  examples: [
    {
      text: [
        ['paragraph', '北京時間6月28日晚，中南海紫光閣。'],
        ['paragraph', '國家主席習近平在這裡同法國總統馬克龍舉行視頻會晤。'],
      ],
      published: '2022-06-30',
      events: [{ type: 'meeting', date: '2022-06-28', actors: ['習近平', '馬克龍'] }],
    },
    {
      text: [
        ['paragraph', '北京时间6月28日晚，中南海紫光阁。'],
        ['paragraph', '国家主席习近平在这里同法国总统马克龙举行视频会晤。'],
      ],
      published: '2022-06-30',
      events: [{ type: 'meeting', date: '2022-06-28', actors: ['习近平', '马克龙'] }],
    },
  ],
  leaves: [
    {
      text: [
        ['paragraph', '6月28日晚，北京下起大雨。'],
        ['paragraph', '國家主席習近平同法國總統馬克龍舉行視頻會晤。'],
      ],
      published: '2022-06-30',
      events: [],
    },
  ],
  apply: (folded: string, dates: readonly DateMention[]): boolean => {
    if (folded.length > 40 || !dates.some((d) => d.precision === 'day' && d.date)) return false;
    const place = outsideDates(folded, dates)
      .replace(SCENE_TIME, '')
      .replace(/[\s，,、。.]/gu, '');
    return /^\p{Script=Han}{2,16}$/u.test(place) && !SCENE_VERB.test(place) && SCENE_PLACE.test(place);
  },
});

export const storyDay = rule({
  id: 'story.day',
  decides:
    'The last day written in a sentence (up to publication) becomes the day the story is about, for 當日 and undated answers, when no call or meeting of the sentence gives it.',
  examples: [
    {
      text: [
        ['paragraph', '法國總統馬克龍6日在北京開始對中國的國事訪問。'],
        ['paragraph', '當天，習近平同馬克龍、歐盟委員會主席馮德萊恩舉行三方會晤。'],
      ],
      published: '2023-04-07',
      events: [{ type: 'meeting', date: '2023-04-06', actors: ['習近平', '馬克龍', '馮德萊恩'] }],
    },
    {
      text: [
        ['paragraph', '法国总统马克龙6日在北京开始对中国的国事访问。'],
        ['paragraph', '当天，习近平同马克龙、欧盟委员会主席冯德莱恩举行三方会晤。'],
      ],
      published: '2023-04-07',
      events: [{ type: 'meeting', date: '2023-04-06', actors: ['习近平', '马克龙', '冯德莱恩'] }],
    },
  ],
  apply: (dates: readonly DateMention[], published: string, setsDay: (d: DateMention) => boolean) =>
    [...dates].reverse().find((d) => d.precision === 'day' && d.date && d.date <= published && setsDay(d)),
});

export const eventDayIsStoryDay = rule({
  id: 'story.event-day-is-story-day',
  decides:
    '「王毅周一(6日)會見黃英賢，對於黃英賢周日(5日)在北京過生日…」: a sentence that reports a call or meeting on a day makes that day the story’s, not a later-written day of something else.',
  examples: [
    {
      text: [
        ['paragraph', '外交部長王毅周一(6日)在北京會見澳洲外長黃英賢，對於黃英賢周日(5日)在北京過生日，王毅認為有特殊意義。'],
        ['paragraph', '王毅另會見訪華的新西蘭前總理約翰‧基。'],
      ],
      published: '2023-11-06',
      events: [
        { type: 'meeting', date: '2023-11-06', actors: ['王毅', '黃英賢'] },
        { type: 'meeting', date: '2023-11-06' },
      ],
    },
    {
      text: [
        ['paragraph', '外交部长王毅周一(6日)在北京会见澳大利亚外长黄英贤，对于黄英贤周日(5日)在北京过生日，王毅认为有特殊意义。'],
        ['paragraph', '王毅另会见访华的新西兰前总理约翰‧基。'],
      ],
      published: '2023-11-06',
      events: [
        { type: 'meeting', date: '2023-11-06', actors: ['王毅', '黄英贤'] },
        { type: 'meeting', date: '2023-11-06' },
      ],
    },
  ],
  apply: (meetings: readonly Mention[], published: string): string | undefined =>
    meetings.find((m) => m.when.precision === 'day' && !!m.when.date && m.when.date <= published && !m.restates)?.when.date ?? undefined,
});

export const questionSetsNoDay = rule({
  id: 'story.question-sets-no-day',
  decides:
    '「記者：24日在台灣舉行的論壇上…發言人對此有何看法？」: while a reporter’s question is open and no answer has begun, its days are the matter asked about; they set no day for the answers that follow.',
  examples: [
    {
      text: [
        ['paragraph', '安峰山：'],
        ['paragraph', '您的第一個問題，今年兩岸年度漢字是「創」。'],
        ['paragraph', '記者：'],
        ['paragraph', '24日在台灣舉行的論壇上，台灣學生不敢和大陸學生交流。發言人對此有何看法？'],
        ['paragraph', '安峰山：'],
        ['paragraph', '任何打壓主張兩岸和平統一人士的做法，都必將遭到兩岸民眾的強烈反對。'],
      ],
      published: '2017-12-27',
      events: [
        { type: 'ministry-response', date: '2017-12-27', actors: ['安峰山'] },
        { type: 'ministry-response', date: '2017-12-27', actors: ['安峰山'] },
      ],
    },
    {
      text: [
        ['paragraph', '安峰山：'],
        ['paragraph', '您的第一个问题，今年两岸年度汉字是“创”。'],
        ['paragraph', '记者：'],
        ['paragraph', '24日在台湾举行的论坛上，台湾学生不敢和大陆学生交流。发言人对此有何看法？'],
        ['paragraph', '安峰山：'],
        ['paragraph', '任何打压主张两岸和平统一人士的做法，都必将遭到两岸民众的强烈反对。'],
      ],
      published: '2017-12-27',
      events: [
        { type: 'ministry-response', date: '2017-12-27', actors: ['安峰山'] },
        { type: 'ministry-response', date: '2017-12-27', actors: ['安峰山'] },
      ],
    },
  ],
  apply: (asking: boolean) => asking,
});

export const answerSetsNoDay = rule({
  id: 'story.answer-sets-no-day',
  decides:
    '「范麗青：第二屆兩岸漢字藝術節9月23日在台北開幕」: the days a spokesperson’s answer turn tells are its matter; they set no day for the answers after it (the briefing’s own day, or the page’s, dates them).',
  examples: [
    {
      text: [
        ['headline', '國台辦發言人范麗青主持例行新聞發布會'],
        ['paragraph', '記者：兩岸漢字藝術節日前在台北開幕，請介紹相關情況。'],
        ['paragraph', '范麗青：第二屆兩岸漢字藝術節9月23日在台北故宮博物院開幕，為期一周。'],
        ['paragraph', '記者：十一黃金周期間赴台旅遊的大陸遊客預計有多少？'],
        ['paragraph', '范麗青：我們一直積極推動大陸居民赴台旅遊，目前總體發展態勢良好。'],
      ],
      published: '2011-09-28',
      events: [
        { type: 'ministry-response', date: '2011-09-28' },
        { type: 'ministry-response', date: '2011-09-28' },
      ],
    },
    {
      text: [
        ['headline', '国台办发言人范丽青主持例行新闻发布会'],
        ['paragraph', '记者：两岸汉字艺术节日前在台北开幕，请介绍相关情况。'],
        ['paragraph', '范丽青：第二届两岸汉字艺术节9月23日在台北故宫博物院开幕，为期一周。'],
        ['paragraph', '记者：十一黄金周期间赴台旅游的大陆游客预计有多少？'],
        ['paragraph', '范丽青：我们一直积极推动大陆居民赴台旅游，目前总体发展态势良好。'],
      ],
      published: '2011-09-28',
      events: [
        { type: 'ministry-response', date: '2011-09-28' },
        { type: 'ministry-response', date: '2011-09-28' },
      ],
    },
  ],
  apply: (speaking: boolean) => speaking,
});

export const lookBackGivesNoDay = rule({
  id: 'story.look-back-gives-no-day',
  decides: '「這是去年10月9日…公告後的配套措施」: a sentence looking back gives the story no new day.',
  examples: [
    {
      text: '新華社北京3月5日電 國家主席習近平5日同法國總統馬克龍通電話。這是去年10月9日兩國元首會晤後的首次通話。當日，王毅同法國外長巴羅通電話。',
      published: '2025-03-06',
      events: [
        { type: 'call', date: '2025-03-05', actors: ['習近平', '馬克龍'] },
        { type: 'meeting', date: '2024-10-09' },
        { type: 'call', date: '2025-03-05', actors: ['王毅', '巴羅'] },
      ],
    },
    {
      text: '新华社北京3月5日电 国家主席习近平5日同法国总统马克龙通电话。这是去年10月9日两国元首会晤后的首次通话。当日，王毅同法国外长巴罗通电话。',
      published: '2025-03-06',
      events: [
        { type: 'call', date: '2025-03-05', actors: ['习近平', '马克龙'] },
        { type: 'meeting', date: '2024-10-09' },
        { type: 'call', date: '2025-03-05', actors: ['王毅', '巴罗'] },
      ],
    },
  ],
  apply: (lex: Lexicon, opening: string) => lex.nonEvent.lookBackStartPattern.test(opening),
});

export const otherReportGivesNoDay = rule({
  id: 'story.other-report-gives-no-day',
  decides:
    '「聯合報報導，史達偉2日出席活動時表示…」: a sentence retelling another outlet’s report of no call or meeting gives the story no new day; a later 上午 is still the dateline’s.',
  examples: [
    {
      text: [
        ['paragraph', '（中央社記者台北3日電）外交部今天表示，不需過度解讀美方說法。'],
        ['paragraph', '聯合報報導，美國助理國務卿史達偉2日出席智庫活動時表示，美方不稱台灣為國家。'],
        ['paragraph', '外交部發言人歐江安上午在例行記者會上表示，外交部有掌握情形。'],
      ],
      published: '2019-12-03',
      outlet: '中央社',
      events: [{ type: 'ministry-response', date: '2019-12-03', actors: ['外交部'] }],
    },
    {
      text: [
        ['paragraph', '（中央社记者台北3日电）外交部今天表示，不需过度解读美方说法。'],
        ['paragraph', '联合报报导，美国助理国务卿史达伟2日出席智库活动时表示，美方不称台湾为国家。'],
        ['paragraph', '外交部发言人欧江安上午在例行记者会上表示，外交部有掌握情形。'],
      ],
      published: '2019-12-03',
      outlet: '中央社',
      events: [{ type: 'ministry-response', date: '2019-12-03', actors: ['外交部'] }],
    },
  ],
  apply: (opening: string) => /^(?:据|根据)?[\u4e00-\u9fff《》]{1,12}?(?:报道|报导)(?:称|说|指出)?[，,]/u.test(opening),
});

export const planDayIsNoStoryDay = rule({
  id: 'story.plan-day-is-no-story-day',
  decides: '预计在星期五发表联合公报: a day after a plan’s word is the plan’s, not the day the story is about.',
  examples: [
    {
      text: [
        ['paragraph', '第58届东盟外长会议星期三（7月9日）在吉隆坡开幕。东盟外长预计在星期五发表联合公报。'],
        ['paragraph', '会议间隙，我国外交部长维文分别会见了印度尼西亚外长苏吉约诺和菲律宾外长拉扎罗。'],
      ],
      published: '2025-07-10',
      outlet: '联合早报',
      events: [
        { type: 'meeting', date: '2025-07-09', actors: ['维文', '苏吉约诺'] },
        { type: 'meeting', date: '2025-07-09', actors: ['维文', '拉扎罗'] },
      ],
    },
    {
      text: [
        ['paragraph', '第58屆東盟外長會議星期三（7月9日）在吉隆坡開幕。東盟外長預計在星期五發表聯合公報。'],
        ['paragraph', '會議間隙，新加坡外交部長維文分別會見了印尼外長蘇吉約諾和菲律賓外長拉扎羅。'],
      ],
      published: '2025-07-10',
      outlet: '聯合早報',
      events: [
        { type: 'meeting', date: '2025-07-09', actors: ['維文', '蘇吉約諾'] },
        { type: 'meeting', date: '2025-07-09', actors: ['維文', '拉扎羅'] },
      ],
    },
  ],
  leaves: [
    {
      text: [
        ['paragraph', '新華社北京9月14日電 針對美方近日發出磋商邀請，商務部新聞發言人13日表示，中方已經收到邀請。'],
        ['paragraph', '發言人在當日召開的新聞發布會上說，雙方一直保持溝通。'],
      ],
      published: '2018-09-14',
      events: [{ type: 'ministry-response', date: '2018-09-13', actors: ['商務部'] }],
    },
    {
      text: [
        ['paragraph', '新华社北京9月14日电 针对美方近日发出磋商邀请，商务部新闻发言人13日表示，中方已经收到邀请。'],
        ['paragraph', '发言人在当日召开的新闻发布会上说，双方一直保持沟通。'],
      ],
      published: '2018-09-14',
      events: [{ type: 'ministry-response', date: '2018-09-13', actors: ['商务部'] }],
    },
  ],
  // Only a plan word in the date's own clause: 「…发出磋商邀请，发言人13日表示」 is said on the 13th.
  apply: (lex: Lexicon, s: string, from: number, d: DateMention) => hasPlan(lex, s, clauseStart(s, d.start, from), d.start),
});

export const lastWeekIsNoStoryDay = rule({
  id: 'story.last-week-is-no-story-day',
  decides:
    '「美國總統上周五提名新任駐華大使。外交部發言人表示…」: a day of last week (上周五) tells what the story reacts to; an answer that follows with no day of its own is not dated by it.',
  examples: [
    {
      text: [
        ['paragraph', '美國總統上周五提名前副國務卿為新任駐華大使。'],
        ['paragraph', '外交部發言人汪文斌在記者會上表示，中方希望新任大使促進兩國友好合作。'],
      ],
      published: '2021-08-23',
      events: [{ type: 'ministry-response', date: '2021-08-23', actors: ['外交部', '汪文斌'] }],
    },
    {
      text: [
        ['paragraph', '美国总统上周五提名前副国务卿为新任驻华大使。'],
        ['paragraph', '外交部发言人汪文斌在记者会上表示，中方希望新任大使促进两国友好合作。'],
      ],
      published: '2021-08-23',
      events: [{ type: 'ministry-response', date: '2021-08-23', actors: ['外交部', '汪文斌'] }],
    },
  ],
  apply: (written: string) => /^上(?:周|星期|礼拜)/u.test(written),
});

export const saidDayIsNoStoryDay = rule({
  id: 'story.said-day-is-no-story-day',
  decides:
    '「發言人說，兩國於去年2月25日簽署合作備忘錄」: a day inside someone’s words is what they tell of; an answer that follows with no day of its own is not dated by it (a call or meeting told in them still dates the story).',
  examples: [
    {
      text: [
        ['paragraph', '（中央社記者台北12日電）總統府發言人今天表示，誠摯歡迎友邦外長來台訪問。'],
        ['paragraph', '發言人說，兩國於去年2月25日簽署合作備忘錄，已推動13項計畫。'],
        ['paragraph', '外交部下午發布新聞稿表示，訪團將拜會外交部長。'],
      ],
      published: '2023-03-13',
      outlet: '中央社',
      events: [{ type: 'ministry-response', date: '2023-03-12', actors: ['外交部'] }],
    },
    {
      text: [
        ['paragraph', '（中央社记者台北12日电）总统府发言人今天表示，诚挚欢迎友邦外长来台访问。'],
        ['paragraph', '发言人说，两国于去年2月25日签署合作备忘录，已推动13项计划。'],
        ['paragraph', '外交部下午发布新闻稿表示，访团将拜会外交部长。'],
      ],
      published: '2023-03-13',
      outlet: '中央社',
      events: [{ type: 'ministry-response', date: '2023-03-12', actors: ['外交部'] }],
    },
  ],
  apply: (said: boolean) => said,
});

/** Every rule of this file. */
export const STORY_RULES = [
  creditsReportNothing,
  timeStampIsToday,
  morningStampIsNextDay,
  datelineToday,
  todayNamed,
  presidingLineIsToday,
  turnIsSpeech,
  questionTurnAtBriefing,
  readoutIsTheCall,
  readoutOfTalks,
  answerCoversQuestion,
  answerContinues,
  answerTellsAMeeting,
  anotherSpeaksBesides,
  statementTurnsToAnother,
  storyDay,
  dateHeadingOpensEntry,
  sceneLineDatesWhatFollows,
  creditedPhotoIsCaption,
  eventDayIsStoryDay,
  questionSetsNoDay,
  answerSetsNoDay,
  lookBackGivesNoDay,
  otherReportGivesNoDay,
  creditGivesDay,
  datelineOverStamp,
  planDayIsNoStoryDay,
  lastWeekIsNoStoryDay,
  saidDayIsNoStoryDay,
];
