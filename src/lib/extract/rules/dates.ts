/**
 * Date expressions: what counts as one (each form a rule with its pattern) and how it
 * resolves against the publication day and the story's own day.
 */
import { ALL_ON, rule, type Rule, type RuleSet } from '../engine.ts';
import { numeral } from '../numerals.ts';
import { FUTURE_JIANG } from '../nonevents.ts';
import type { DateMention, DateValue } from '../dates.ts';

// 「參考消息網9月21日報道」「【本報綜合報道】據中新社北京八日消息」 opening a paragraph: an outlet's report line is a dateline too (not 據…報道, which attributes).
const REPORT_LINE =
  /^(?:【[^】]{1,12}】)?[\p{Script=Han}A-Za-z]{1,8}?[网網社台报報][^据據，,。]{0,3}?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月)?(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日(?:报道|報道|報導|消息)$/u;

// 「環球時報消息，據外交部網站8月26日消息，」: at the story's head, the day of the source it is told from.
const SOURCE_LINE =
  /^(?:【[^】]{1,12}】)?(?:[\p{Script=Han}]{1,8}?(?:消息|讯|报道)[，,\s]*)?据[^，,。据]{2,12}?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月)?(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日(?:消息|报道|电)$/u;

// 「中新網北京12月20日消息：」: a wire's 消息 with a colon after its day is its dateline (not 據…消息, which attributes).
const WIRE_NEWS = /^消息[：:]/u;

/** Whether the day `d` closes a dateline in the folded passage `s` (台北30日電, 華盛頓14日專電, 1日綜合外電報導, 環球網3月14日報道). */
export function closesDateline(s: string, d: DateMention): boolean {
  const after = s.slice(d.end, d.end + 6);
  return (
    /^(?:专|法新|路透|美联|共同|韩联|德新|塔斯)?[电讯]|^综合(?:外电)?(?:报导|报道|电)/u.test(after) ||
    (WIRE_NEWS.test(after) && !/[据據]/u.test(s.slice(Math.max(0, d.start - 16), d.start))) ||
    REPORT_LINE.test(s.slice(0, d.end + 2)) ||
    SOURCE_LINE.test(s.slice(0, d.end + 2))
  );
}

/** What relative dates resolve against. */
export interface DateContext {
  published: string;
  /** The day the story is about so far (for 當日, and 今天 inside quoted speech). */
  contextDay?: string | undefined;
  /** The day of the briefing whose speech this is, when the page reports one. */
  speechDay?: string | undefined;
  /** The story's own 今天 when it differs from publication: a wire dateline's day. */
  today?: string | undefined;
  /** Whether the story names its today itself (今天(21日)), so no reprint shifts it. */
  todayNamed?: boolean | undefined;
  /** The rules switched on (all by default). */
  rules?: RuleSet;
  /** The text right after the expression (将, 起 …). */
  next?: string;
  /** The sentence's text before the expression (今年…：4月, 6月). */
  before?: string;
  /** The last day or month written with its year earlier in the paragraph (1971年4月10日…。4月14日, 2017年11月…。11月8日): a later month without a year may be in it. */
  yearWritten?: string | undefined;
  /** The last day written with its year in an earlier paragraph of the story (2005年4月26日…。 then 連戰此訪在4月29日…). */
  yearWrittenBefore?: string | undefined;
}

// 「這項對話9日將於華盛頓登場」: a day or month followed by 将 is ahead, not last month's or last year's.
/** Days ahead of publication a schedule reaches: a day further ahead is last month's. */
const WEEK = 7;
const FUTURE_NEXT = /^(?:[上下中]午|晚|晚间|晚上)?(?:将|即将|拟|要)/u;
// 「5月8日至12日，王岐山副總理將對英國進行正式訪問」: the date heads a clause whose subject then plans.
const FUTURE_CLAUSE = /^(?:[至到—~-](?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?[，,][^，,。；！？]{2,10}?(?:将|即将|拟)(?![军领士])/u;
// 「習近平7月3至6日將訪俄，並在7月7至8日出席G20峰會」: a plan earlier in the sentence carries on to the dates after it.
const PLANNED_BEFORE = new RegExp(`${FUTURE_JIANG.source}|拟|定于|预定`, 'u');

type Groups = Record<string, string | undefined>;
/** A form of date expression: its pattern (named groups unique to it) and how it resolves. */
export type DateForm = Rule<(g: Groups, ctx: DateContext, inSpeech: boolean, used: Set<string>) => DateValue | undefined> & {
  pattern: string;
};

const MON = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:3[01]|[12]\\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])';
const form = (f: DateForm): DateForm => f;
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Adds `days` to a YYYY-MM-DD day (UTC). */
export function addDays(day: string, days: number): string {
  const d = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function addMonths(y: number, m: number, months: number): [number, number] {
  const index = y * 12 + (m - 1) + months;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** The day y-m-d, or no date when it does not exist (2月30日). */
export function day(y: number, m: number, d: number): DateValue {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? { date: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' }
    : { date: null, precision: 'unknown' };
}

const published = (ctx: DateContext) => ctx.published.split('-').map(Number) as [number, number, number];
// The story's day for a time with no day of its own: the day it is about, else its today, else publication.
const storyDayOf = (ctx: DateContext) => ctx.contextDay ?? ctx.today ?? ctx.published;
// The day a bare day of the month counts from: the story's today (its dateline, 中新社北京4月12日電), else publication.
const anchor = (ctx: DateContext) => (ctx.today ?? ctx.published).split('-').map(Number) as [number, number, number];

const WEEKDAYS = '一二三四五六日';

// Weeks run Monday to Sunday; 星期X alone is the latest such day up to publication.
function weekday(prefix: string | undefined, wd: string, pub: string, ahead = false): DateValue {
  const target = wd === '天' ? 7 : WEEKDAYS.indexOf(wd) + 1;
  const today = new Date(`${pub}T00:00:00Z`).getUTCDay() || 7;
  let offset = target - today;
  if (!prefix && ahead) offset = offset < 0 ? offset + 7 : offset;
  else if (!prefix) offset = offset > 0 ? offset - 7 : offset;
  else if (prefix.startsWith('上')) offset -= 7;
  return { date: addDays(pub, offset), precision: 'day' };
}

// 「星期三將與總理會面」, 「周五会和他会谈」: 將 or 會 (not 會見, 會談) after a weekday looks ahead.
const WEEKDAY_AHEAD = /^(?:[上下中]午|晚|晚间|晚上)?(?:还)?(?:将|即将|拟|要|会(?=[和与同跟在到赴前出飞]))/u;

/** 週三較, 今天較 (folded): 早前 after it is earlier on the day written, not another occasion. */
export const EARLIER_ON_A_DAY = '(?:[一二三四五六日天]|今天|昨天|今日|昨日)较';

export const weekdayAhead = rule({
  id: 'date.weekday-ahead',
  decides:
    '「奧巴馬明日與胡錦濤會談，星期三會和溫家寶會面」「習近平將於星期五開始訪問」: a weekday that 將 or 會 follows, or 將於 or 定於 leads, or that glosses 明天 (明天（週日）), is the coming one, not the last (so a plan, not a past meeting); 星期三會見 is still the last.',
  examples: [
    {
      text: '國家主席習近平將於星期五，即11月6日，開始對新加坡進行國事訪問。',
      published: '2015-11-03',
      events: [],
    },
    {
      text: '国家主席习近平将于星期五，即11月6日，开始对新加坡进行国事访问。',
      published: '2015-11-03',
      events: [],
    },
    {
      text: '美國總統奧巴馬星期三會和國務院總理溫家寶會面。',
      published: '2009-11-16',
      events: [],
    },
    {
      text: '美国总统奥巴马星期三会和国务院总理温家宝会面。',
      published: '2009-11-16',
      events: [],
    },
  ],
  leaves: [
    {
      text: '國家主席習近平星期三會見美國總統奧巴馬。',
      published: '2009-11-20',
      events: [{ type: 'meeting', date: '2009-11-18', actors: ['習近平', '奧巴馬'] }],
    },
  ],
  apply: (ctx: DateContext) =>
    WEEKDAY_AHEAD.test(ctx.next ?? '') || /(?:明天|明日)[（(]$|(?:将于|将在|拟于|定于|预定于)$/u.test(ctx.before ?? ''),
});

export const monthAheadIsLastYear = rule({
  id: 'date.month-ahead-is-last-year',
  decides:
    'A month written without a year that lies after the publication month was last year’s, unless 将 follows it (a plan), or the subject of the clause it heads then plans (5月8日至12日，王岐山副總理將…), a plan comes before it in its sentence (將對俄國進行國事訪問，並在7月7至8日出席) or 今年 leads its sentence (今年的峰會外交：4月…、6月…).',
  examples: [
    { text: '12月18日，習近平同普京通電話。', published: '2025-01-02', events: [{ type: 'call', date: '2024-12-18' }] },
    { text: '12月18日，习近平同普京通电话。', published: '2025-01-02', events: [{ type: 'call', date: '2024-12-18' }] },
  ],
  leaves: [
    { text: '外長介紹今年的峰會外交：4月金磚國家領導人會晤、6月上合組織峰會。', published: '2011-03-08', events: [] },
    {
      text: '外交部發言人今天宣布，習近平7月3至6日將對俄羅斯進行國事訪問，並在7月8日與普京會晤。',
      published: '2017-06-27',
      events: [{ type: 'ministry-response', date: '2017-06-27' }],
    },
    { text: '外长介绍今年的峰会外交：4月金砖国家领导人会晤、6月上合组织峰会。', published: '2011-03-08', events: [] },
  ],
  apply: (month: number, ctx: DateContext) =>
    month > published(ctx)[1] &&
    !FUTURE_NEXT.test(ctx.next ?? '') &&
    !FUTURE_CLAUSE.test(ctx.next ?? '') &&
    !/今年/u.test(ctx.before ?? '') &&
    !PLANNED_BEFORE.test(ctx.before ?? ''),
});

export const yearCarriesOn = rule({
  id: 'date.year-carries-on',
  decides:
    '「1971年4月10日，美國乒乓球代表團訪華。4月14日，周恩來會見了代表團」: a month written without a year, in a paragraph that wrote an earlier year with a day before it, is in that year when it does not come before that day (a chronology told in order); so is one in a later paragraph of the story that the publication year would put after publication (「2005年4月26日至5月3日，連戰訪問大陸。」 then 「連戰此訪在4月29日達到最高潮」 in a paper of 2006-04-14).',
  examples: [
    {
      text: '2017年11月，特朗普對中國進行國事訪問。11月8日下午，專機抵達北京。11月9日，兩國元首在人民大會堂舉行會談。',
      published: '2024-12-12',
      events: [
        { type: 'other', date: '2017-11-08' },
        { type: 'meeting', date: '2017-11-09' },
      ],
    },
    {
      text: '2017年11月，特朗普对中国进行国事访问。11月8日下午，专机抵达北京。11月9日，两国元首在人民大会堂举行会谈。',
      published: '2024-12-12',
      events: [
        { type: 'other', date: '2017-11-08' },
        { type: 'meeting', date: '2017-11-09' },
      ],
    },
    {
      text: '1971年4月10日，美國乒乓球代表團應邀訪華。4月14日，周恩來總理在人民大會堂會見了美國乒乓球代表團。',
      published: '2013-05-31',
      events: [{ type: 'meeting', date: '1971-04-14', actors: ['周恩來'] }],
    },
    {
      text: '1971年4月10日，美国乒乓球代表团应邀访华。4月14日，周恩来总理在人民大会堂会见了美国乒乓球代表团。',
      published: '2013-05-31',
      events: [{ type: 'meeting', date: '1971-04-14', actors: ['周恩来'] }],
    },
    {
      text: [
        ['paragraph', '2005年4月26日至5月3日，連戰率國民黨大陸訪問團首次訪問大陸。'],
        ['paragraph', '連戰此訪在4月29日達到最高潮。當天，他與胡錦濤總書記在北京舉行會談。'],
      ],
      published: '2006-04-14',
      events: [{ type: 'meeting', date: '2005-04-29', actors: ['胡錦濤'] }],
    },
    {
      text: [
        ['paragraph', '2005年4月26日至5月3日，连战率国民党大陆访问团首次访问大陆。'],
        ['paragraph', '连战此访在4月29日达到最高潮。当天，他与胡锦涛总书记在北京举行会谈。'],
      ],
      published: '2006-04-14',
      events: [{ type: 'meeting', date: '2005-04-29', actors: ['胡锦涛'] }],
    },
  ],
  leaves: [
    {
      text: '2023年11月15日，兩國元首在舊金山會晤。3月18日，國家主席習近平同美國總統拜登通電話。',
      published: '2024-05-20',
      events: [
        { type: 'meeting', date: '2023-11-15' },
        { type: 'call', date: '2024-03-18', actors: ['習近平', '拜登'] },
      ],
    },
  ],
  apply: (month: number, dayOf: number | undefined, ctx: DateContext): number | undefined => {
    const ahead = () =>
      `${ctx.published.slice(0, 5)}${String(month).padStart(2, '0')}-${String(dayOf ?? 1).padStart(2, '0')}` > ctx.published;
    const w = ctx.yearWritten ?? (ctx.yearWrittenBefore && ahead() ? ctx.yearWrittenBefore : undefined);
    if (!w || w.slice(0, 4) >= ctx.published.slice(0, 4)) return undefined;
    const [wm, wd] = [Number(w.slice(5, 7)), Number(w.slice(8, 10))];
    return month > wm || (month === wm && (dayOf ?? wd) >= wd) ? Number(w.slice(0, 4)) : undefined;
  },
});

export const dayAheadIsLastMonth = rule({
  id: 'date.day-ahead-is-last-month',
  decides:
    'A day written without a month that lies more than a week after the publication day was last month’s; one within the coming week is this month’s, a schedule ahead (「6日下午飛抵新加坡」 in a paper of the 4th), as is one 将 follows (「對話9日將於華盛頓登場」).',
  examples: [
    { text: '習近平28日同普京通電話。', published: '2025-03-02', events: [{ type: 'call', date: '2025-02-28' }] },
    { text: '习近平28日同普京通电话。', published: '2025-03-02', events: [{ type: 'call', date: '2025-02-28' }] },
  ],
  leaves: [
    { text: '據報道，習近平6日下午飛抵新加坡，與總統陳慶炎會談。', published: '2015-11-04', events: [] },
    { text: '据报道，习近平6日下午飞抵新加坡，与总统陈庆炎会谈。', published: '2015-11-04', events: [] },
  ],
  apply: (d: number, ctx: DateContext) => d > anchor(ctx)[2] + WEEK && !FUTURE_NEXT.test(ctx.next ?? ''),
});

export const speechTodayIsStoryDay = rule({
  id: 'date.speech-today-is-story-day',
  decides:
    'Inside quoted or reported speech, 今天 and 昨天 count from the day the speaker spoke (the briefing’s day, else the story’s), not from publication; in an outlet’s report (彭博社報道稱，…前天), from the story’s today.',
  examples: [
    {
      text: [
        ['paragraph', '3月18日，國家主席習近平同法國總統馬克龍通電話。'],
        ['paragraph', '馬克龍表示：「今天我們通電話，是為了推動雙方合作。」'],
      ],
      published: '2025-03-20',
      events: [{ type: 'call', date: '2025-03-18' }],
    },
    {
      text: [
        ['paragraph', '3月18日，国家主席习近平同法国总统马克龙通电话。'],
        ['paragraph', '马克龙表示：“今天我们通电话，是为了推动双方合作。”'],
      ],
      published: '2025-03-20',
      events: [{ type: 'call', date: '2025-03-18' }],
    },
  ],
  leaves: [
    {
      text: [
        ['paragraph', '（北京綜合訊）中國外長王毅前天與烏克蘭外長庫列巴通電話。'],
        ['paragraph', '中國國家主席習近平上周五與歐盟領導人舉行視頻峰會。'],
        ['paragraph', '彭博社報道稱，中烏外長前天通電話，預示兩國元首近期可能通話。'],
      ],
      published: '2022-04-06',
      events: [
        { type: 'meeting', date: '2022-04-01', actors: ['習近平'] },
        { type: 'call', date: '2022-04-04', actors: ['王毅', '庫列巴'], passages: 2 },
      ],
    },
    {
      text: [
        ['paragraph', '（北京综合讯）中国外长王毅前天与乌克兰外长库列巴通电话。'],
        ['paragraph', '中国国家主席习近平上周五与欧盟领导人举行视频峰会。'],
        ['paragraph', '彭博社报道称，中乌外长前天通电话，预示两国元首近期可能通话。'],
      ],
      published: '2022-04-06',
      events: [
        { type: 'meeting', date: '2022-04-01', actors: ['习近平'] },
        { type: 'call', date: '2022-04-04', actors: ['王毅', '库列巴'], passages: 2 },
      ],
    },
  ],
  apply: (inSpeech: boolean, ctx: DateContext) => inSpeech && !!(ctx.speechDay ?? ctx.contextDay) && !OUTLET_REPORTS.test(ctx.before ?? ''),
});

// 「彭博社報道稱，中烏外長前天通電話」: an outlet's report is told as of the story's today, not of a day it reports.
const OUTLET_REPORTS = /(?:报道|报导|消息)(?:称|说|指出|指)[，,：:]?[^。，,]*$/u;

export const reprintYesterday = rule({
  id: 'date.reprint-yesterday',
  decides: 'A paper reprinting the day before’s wire (本报北京11月11日电…昨天) counts 昨天 from its own date, not from the dateline.',
  examples: [
    {
      text: '本报北京11月11日电（记者王俊岭）国务院副总理汪洋昨天在北京会见了秘鲁贸易和旅游部长席尔瓦。',
      published: '2014-11-12',
      events: [{ type: 'meeting', date: '2014-11-11' }],
    },
    {
      text: '本報北京11月11日電 國務院副總理汪洋昨天在北京會見了秘魯貿易和旅遊部長席爾瓦。',
      published: '2014-11-12',
      events: [{ type: 'meeting', date: '2014-11-11' }],
    },
  ],
  apply: (inSpeech: boolean, ctx: DateContext) =>
    !inSpeech && !!ctx.today && !ctx.todayNamed && ctx.today < ctx.published && addDays(ctx.today, 1) >= ctx.published,
});

function relativeDay(word: string, ctx: DateContext, inSpeech: boolean, used: Set<string>): DateValue {
  const story = ctx.contextDay;
  const rules = ctx.rules ?? ALL_ON;
  const spoken = rules.when(speechTodayIsStoryDay, { because: used }, () => speechTodayIsStoryDay.apply(inSpeech, ctx));
  const today = spoken ? (ctx.speechDay ?? story!) : (ctx.today ?? ctx.published);
  const at = (d: string | undefined, offset: number): DateValue =>
    d ? { date: addDays(d, offset), precision: 'day' } : { date: null, precision: 'unknown' };
  // 前一天: the day before the story's day (前天 counts two back from today); in reported speech, of what is told.
  if (/^前一/.test(word)) return at(inSpeech ? undefined : (story ?? today), -1);
  if (/^(昨|前)/.test(word)) {
    const from = rules.when(reprintYesterday, { because: used }, () => reprintYesterday.apply(inSpeech, ctx)) ? ctx.published : today;
    return at(from, word.startsWith('前') ? -2 : -1);
  }
  if (word.startsWith('今')) return at(today, 0);
  if (/^(当|同)/.test(word)) return at(story ?? ctx.published, 0);
  if (/^(次|翌)/.test(word)) return at(story, 1);
  return at(ctx.published, 1);
}

/** Every form of date expression, in the order the pattern tries them. */
export const DATE_FORMS: DateForm[] = [
  form({
    id: 'date.weekday',
    decides:
      '上周四, 本周一, 星期三: a weekday counted from the publication day (the latest such day unless 上周 or 本周 says which week).',
    pattern:
      '(?:(?<wp>上周|本周|这周|上星期|本星期|这星期|上礼拜|本礼拜)(?:周|星期|礼拜)?|星期|礼拜)(?<wd>[一二三四五六日天])(?![\\u4e00-\\u9fff]{0,1}[年届])',
    examples: [
      {
        text: '美國總統拜登上週四同國家主席習近平通電話。',
        published: '2022-11-18',
        events: [{ type: 'call', date: '2022-11-10', actors: ['拜登', '習近平'] }],
      },
      {
        text: '国家主席习近平星期三下午同法国总统马克龙通电话。',
        published: '2022-11-18',
        events: [{ type: 'call', date: '2022-11-16', actors: ['习近平', '马克龙'] }],
      },
    ],
    apply: (g, ctx, _speech, used) =>
      g.wd
        ? weekday(
            g.wp,
            g.wd,
            ctx.published,
            (ctx.rules ?? ALL_ON).when(weekdayAhead, { because: used }, () => weekdayAhead.apply(ctx)),
          )
        : undefined,
  }),
  form({
    id: 'date.bare-weekday',
    decides:
      '拜登週三在白宮…, 在周五的通話中, 大使（周日）被召見: a bare 周X is a weekday when a verb, a preposition, 的, 被, a pronoun (週一他與…), a time or a mark follows (周三平表示 is a name; 每周一 is every Monday).',
    pattern:
      '(?<![每一两二三四五六七八九十几数])周(?<bwd>[一二三四五六日])(?=[在于与和同跟就晚上下中午早凌较稍表称说宣会出举发致抵到访率起开前后则也再将亦曾已即召主接见通举的被他她（(）)，,。、晨夜时：:\\s])',
    examples: [
      {
        text: '日本首相菅直人在布魯塞爾出席歐亞峰會，週一他與法國總統薩科奇舉行會談。',
        published: '2010-10-05',
        events: [{ type: 'meeting', date: '2010-10-04', actors: ['菅直人', '薩科奇'] }],
      },
      {
        text: '日本首相菅直人在布鲁塞尔出席欧亚峰会，周一他与法国总统萨科奇举行会谈。',
        published: '2010-10-05',
        events: [{ type: 'meeting', date: '2010-10-04', actors: ['菅直人', '萨科奇'] }],
      },
      {
        text: '馬克龍與李強在周五的通話中談及貿易。',
        published: '2025-05-10',
        events: [{ type: 'call', date: '2025-05-09', actors: ['馬克龍', '李強'] }],
      },
      {
        text: '马克龙与李强在周五的通话中谈及贸易。',
        published: '2025-05-10',
        events: [{ type: 'call', date: '2025-05-09', actors: ['马克龙', '李强'] }],
      },
      {
        text: '美國總統拜登週三在白宮會見當選總統特朗普。',
        published: '2024-11-14',
        outlet: '星島日報',
        events: [{ type: 'meeting', date: '2024-11-13', actors: ['拜登', '特朗普'] }],
      },
      {
        text: '中國外交部週一就此回應說，中方對有關報道感到十分震驚。',
        published: '2024-09-10',
        events: [{ type: 'ministry-response', date: '2024-09-09', actors: ['中國外交部'] }],
      },
      {
        text: '德國駐華大使傅融周日被中國外交部召見。',
        published: '2023-09-19',
        events: [{ type: 'meeting', date: '2023-09-17', actors: ['傅融'] }],
      },
      {
        text: '德国驻华大使傅融（周日）被中国外交部召见。',
        published: '2023-09-19',
        events: [{ type: 'meeting', date: '2023-09-17', actors: ['傅融'] }],
      },
      {
        text: '外交部发言人林剑周二表示，中方坚决反对美方对华加征关税。',
        published: '2024-11-14',
        events: [{ type: 'ministry-response', date: '2024-11-12', actors: ['外交部', '林剑'] }],
      },
    ],
    leaves: [
      {
        text: '記者周三平報道：國家主席習近平昨日同法國總統馬克龍通電話。',
        published: '2024-11-14',
        events: [{ type: 'call', date: '2024-11-13', actors: ['習近平', '馬克龍'] }],
      },
    ],
    apply: (g, ctx, _speech, used) =>
      g.bwd
        ? weekday(
            undefined,
            g.bwd,
            ctx.published,
            (ctx.rules ?? ALL_ON).when(weekdayAhead, { because: used }, () => weekdayAhead.apply(ctx)),
          )
        : undefined,
  }),
  form({
    id: 'date.approximate',
    decides:
      '近日, 日前, 上星期, 本周早些時候: an approximate time, placed in the month it most likely fell in, never on a day (not the 早前 of 一早前往, early that morning, nor of 週三較早前, earlier on a day written).',
    pattern: `(?<approx>本周早些时候|本周稍早|上周末|上个星期|上个礼拜|上星期|上礼拜|上周|本周|近日|日前|近期|前不久|不久前|(?<![一大清今])(?<!${EARLIER_ON_A_DAY})早前|最近|近来)`,
    examples: [
      {
        text: '據報道，王毅近日同法國外長巴羅舉行會談。',
        published: '2026-02-05',
        events: [{ type: 'meeting', date: '2026-02', precision: 'approximate', actors: ['王毅', '巴羅'] }],
      },
      {
        text: '外交部长王毅日前同俄罗斯外长拉夫罗夫通电话。',
        published: '2026-02-05',
        events: [{ type: 'call', date: '2026-02', precision: 'approximate', actors: ['王毅', '拉夫罗夫'] }],
      },
      {
        text: '美國總統川普上星期跟中國國家主席習近平通電話，同意信守一中政策。',
        published: '2017-02-17',
        events: [{ type: 'call', date: '2017-02', precision: 'approximate', actors: ['川普', '習近平'] }],
      },
      {
        text: '美国总统特朗普上星期跟中国国家主席习近平通电话，同意信守一中政策。',
        published: '2017-02-17',
        events: [{ type: 'call', date: '2017-02', precision: 'approximate', actors: ['特朗普', '习近平'] }],
      },
    ],
    apply: (g, ctx) =>
      g.approx
        ? { date: addDays(ctx.published, /^上(?:周|个?星期|个?礼拜)/u.test(g.approx) ? -7 : -3).slice(0, 7), precision: 'approximate' }
        : undefined,
  }),
  form({
    id: 'date.relative-year',
    decides: '去年, 今年, 前年, with or without a month and day: counted from the publication year.',
    pattern: `(?<ry>去年|今年|前年)(?:(?<rym>${MON})月(?:(?<ryd>${DAY})[日号])?)?`,
    examples: [
      {
        text: '去年5月，國家主席習近平在巴黎同法國總統馬克龍舉行會談。',
        published: '2025-09-10',
        events: [{ type: 'meeting', date: '2024-05', precision: 'month' }],
      },
      {
        text: '前年11月，国家主席习近平同美国总统拜登在旧金山会晤。',
        published: '2025-03-01',
        events: [{ type: 'meeting', date: '2023-11', precision: 'month' }],
      },
    ],
    apply: (g, ctx) => {
      if (!g.ry) return undefined;
      const y = published(ctx)[0] + (g.ry === '去年' ? -1 : g.ry === '前年' ? -2 : 0);
      if (!g.rym) return { date: String(y), precision: 'year' };
      const mo = numeral(g.rym);
      return g.ryd ? day(y, mo, numeral(g.ryd)) : { date: `${y}-${pad(mo)}`, precision: 'month' };
    },
  }),
  form({
    id: 'date.relative-month',
    decides: '上月, 本月, 同月 (the story’s month), with or without a day (本月十四至十六日: the first of a range).',
    pattern: `(?<rm>上个月|上月|本月|这个月|同月)(?:(?<rmd>${DAY})(?:[日号]|(?=[至到](?:${DAY})[日号])))?`,
    examples: [
      {
        text: '中日兩國外長上月二十至二十二日在東京舉行會談。',
        published: '2005-09-04',
        events: [{ type: 'meeting', date: '2005-08-20' }],
      },
      {
        text: '中日两国外长上月二十至二十二日在东京举行会谈。',
        published: '2005-09-04',
        events: [{ type: 'meeting', date: '2005-08-20' }],
      },
      {
        text: '王毅上月同美國國務卿盧比歐通電話。',
        published: '2025-08-20',
        events: [{ type: 'call', date: '2025-07', precision: 'month', actors: ['王毅', '盧比歐'] }],
      },
      {
        text: '商务部部长王文涛上月16日与东盟秘书长高金洪举行视频会谈。',
        published: '2025-07-24',
        events: [{ type: 'meeting', date: '2025-06-16', precision: 'day' }],
      },
    ],
    apply: (g, ctx) => {
      if (!g.rm) return undefined;
      const anchor = g.rm === '同月' && ctx.contextDay ? ctx.contextDay : ctx.published;
      const [ay, am] = anchor.split('-').map(Number) as [number, number];
      const [y, mo] = addMonths(ay, am, g.rm.startsWith('上') ? -1 : 0);
      return g.rmd ? day(y, mo, numeral(g.rmd)) : { date: `${y}-${pad(mo)}`, precision: 'month' };
    },
  }),
  form({
    id: 'date.bracketed-day',
    decides:
      'Taiwanese papers write the day beside the word: 昨（5）日, 今（6）日, 明（30）日 is that day of the publication month (明 at a month’s end, of the next); 今（2/3）日 and 昨（2月24）日 give the month too.',
    pattern: '(?<pw>昨|今|前|明)[（(](?:(?<pm>1[0-2]|0?[1-9])[/／月])?(?<pd>3[01]|[12]\\d|0?[1-9])[）)](?:日|号)?',
    examples: [
      {
        text: '總統蔡英文昨（5）日在加州與美國眾議院議長麥卡錫會面。',
        published: '2023-04-06',
        events: [{ type: 'meeting', date: '2023-04-05', actors: ['蔡英文', '麥卡錫'] }],
      },
      {
        text: '国务院总理李强昨（5）日在北京会见新加坡总理黄循财。',
        published: '2024-03-06',
        events: [{ type: 'meeting', date: '2024-03-05', actors: ['李强', '黄循财'] }],
      },
      {
        text: '國民黨副主席蕭旭岑今（2/3）日與國台辦主任宋濤會面。',
        published: '2026-02-03',
        events: [{ type: 'meeting', date: '2026-02-03', actors: ['蕭旭岑', '宋濤'] }],
      },
      {
        text: '外交部昨（2月24）日晚間發布新聞稿表示，相關報導與事實不符。',
        published: '2019-02-25',
        events: [{ type: 'ministry-response', date: '2019-02-24', actors: ['外交部'] }],
      },
      {
        text: '外交部昨（2月24）日晚间发布新闻稿表示，相关报导与事实不符。',
        published: '2019-02-25',
        events: [{ type: 'ministry-response', date: '2019-02-24', actors: ['外交部'] }],
      },
    ],
    apply: (g, ctx, _speech, used) => {
      if (!g.pd) return undefined;
      // 明（1）日 at a month's end is the next month's first.
      if (!g.pm && g.pw === '明') {
        const [py, pm, pd] = anchor(ctx);
        const d = numeral(g.pd);
        const [y, mo] = d < pd ? addMonths(py, pm, 1) : [py, pm];
        return day(y, mo, d);
      }
      if (!g.pm) return dayOfMonth(numeral(g.pd), ctx, used);
      const mo = numeral(g.pm);
      return day(yearOfMonth(mo, ctx, used), mo, numeral(g.pd));
    },
  }),
  form({
    id: 'date.relative-day',
    decides:
      '昨日, 今天, 當日, 同一天 (at a clause’s head), 次日, 前一天, 明天, and 昨 alone before any word (發言人昨在記者會上, 昨稱, 外交部昨批評, 昨再度, 公署昨不點名反駁), 今 alone before a verb or a part of the day (總統今接見, 外交部今強調, 今下午4點; not 至今, 如今): a day counted from the story’s today (its dateline, else publication); 當日 is the story’s day.',
    pattern:
      '(?<rd>昨日|昨天|昨晚|昨夜|前一天|前一日|前天|前日|前晚|今日|今天|今晨|今早|今晚|当日|当天|当晚|同日(?![本方])|同天|(?<!\\p{Script=Han})同一[天日]|次日|翌日|明天|明日|(?<!今是)昨(?=\\p{Script=Han})(?!是今非)|(?<![至如迄而从现古当于自])今(?=[在于与和同向对就称说表指回发宣会接出赴抵率召致举访见批抨呛反重强透证驳谴斥怒再又也亦公首正已一])|(?<![至如迄而从现古当自])今(?=[上中下]午))',
    examples: [
      {
        text: [
          ['paragraph', '泰國副總理兼商業部長蒲謨探19日抵港訪問。'],
          ['paragraph', '行政長官李家超於今下午4時在禮賓府會見蒲謨探。'],
        ],
        published: '2024-03-21',
        events: [{ type: 'meeting', date: '2024-03-21', actors: ['李家超', '蒲謨探'] }],
      },
      {
        text: [
          ['paragraph', '泰国副总理兼商业部长蒲谟探19日抵港访问。'],
          ['paragraph', '行政长官李家超于今下午4时在礼宾府会见蒲谟探。'],
        ],
        published: '2024-03-21',
        events: [{ type: 'meeting', date: '2024-03-21', actors: ['李家超', '蒲谟探'] }],
      },
      {
        text: '行政長官李家超昨日會見泰國副總理兼商業部長蒲謨探。',
        published: '2024-03-21',
        events: [{ type: 'meeting', date: '2024-03-20', actors: ['李家超', '蒲謨探'] }],
      },
      {
        text: '国务委员兼外长王毅前晚应约同英国外交大臣拉布通电话。',
        published: '2020-05-09',
        events: [{ type: 'call', date: '2020-05-07', actors: ['王毅', '拉布'] }],
      },
      {
        text: '國防部發言人張曉剛昨在記者會上說，中方堅決反對。',
        published: '2024-12-18',
        events: [{ type: 'ministry-response', date: '2024-12-17', actors: ['國防部', '張曉剛'] }],
      },
      {
        text: '台灣外交部昨批評，白皮書違背兩岸互不隸屬的事實。',
        published: '2022-08-12',
        events: [{ type: 'ministry-response', date: '2022-08-11', actors: ['台灣外交部'] }],
      },
      {
        text: '台湾外交部昨批评，白皮书违背两岸互不隶属的事实。',
        published: '2022-08-12',
        events: [{ type: 'ministry-response', date: '2022-08-11', actors: ['台湾外交部'] }],
      },
      {
        text: '總統當選人蔡英文昨一整天馬不停蹄見外賓，上午先是在黨部與日本交流協會會長大橋光夫會面。',
        published: '2016-01-18',
        events: [{ type: 'meeting', date: '2016-01-17' }],
      },
      {
        text: '总统当选人蔡英文昨一整天马不停蹄见外宾，上午先是在党部与日本交流协会会长大桥光夫会面。',
        published: '2016-01-18',
        events: [{ type: 'meeting', date: '2016-01-17' }],
      },
      {
        text: '馬英九總統今接見美國聯邦參議員麥肯訪問團。',
        published: '2014-09-04',
        events: [{ type: 'meeting', date: '2014-09-04', actors: ['馬英九', '麥肯'] }],
      },
      {
        text: '马英九总统今接见美国联邦参议员麦肯访问团。',
        published: '2014-09-04',
        events: [{ type: 'meeting', date: '2014-09-04', actors: ['马英九', '麦肯'] }],
      },
      {
        text: '外交部駐港特派員公署昨不點名反駁美國副總統對香港的言論。',
        published: '2019-08-21',
        events: [{ type: 'ministry-response', date: '2019-08-20' }],
      },
      {
        text: '外交部驻港特派员公署昨不点名反驳美国副总统对香港的言论。',
        published: '2019-08-21',
        events: [{ type: 'ministry-response', date: '2019-08-20' }],
      },
      {
        text: '王毅22日在莫斯科與俄羅斯外長拉夫羅夫舉行會談。王毅於前一天在莫斯科同俄羅斯聯邦安全會議秘書帕特魯捨夫舉行了會談。',
        published: '2023-02-23',
        events: [
          { type: 'meeting', date: '2023-02-22', actors: ['王毅', '拉夫羅夫'] },
          { type: 'meeting', date: '2023-02-21' },
        ],
      },
      {
        text: '王毅22日在莫斯科与俄罗斯外长拉夫罗夫举行会谈。王毅于前一天在莫斯科同俄罗斯联邦安全会议秘书帕特鲁舍夫举行了会谈。',
        published: '2023-02-23',
        events: [
          { type: 'meeting', date: '2023-02-22', actors: ['王毅', '拉夫罗夫'] },
          { type: 'meeting', date: '2023-02-21' },
        ],
      },
      {
        text: '李鵬總理13日在盧森堡會見了首相容克。同一天，李鵬總理在澤寧根古堡會見了議長斯波茲。',
        published: '1998-02-15',
        events: [
          { type: 'meeting', date: '1998-02-13', actors: ['李鵬', '容克'] },
          { type: 'meeting', date: '1998-02-13', actors: ['李鵬', '斯波茲'] },
        ],
      },
      {
        text: '李鹏总理13日在卢森堡会见了首相容克。同一天，李鹏总理在泽宁根古堡会见了议长斯波兹。',
        published: '1998-02-15',
        events: [
          { type: 'meeting', date: '1998-02-13', actors: ['李鹏', '容克'] },
          { type: 'meeting', date: '1998-02-13', actors: ['李鹏', '斯波兹'] },
        ],
      },
    ],
    apply: (g, ctx, inSpeech, used) => (g.rd ? relativeDay(g.rd, ctx, inSpeech, used) : undefined),
  }),
  form({
    id: 'date.just-now',
    decides:
      '「就在剛才，國臺辦主任與陸委會主委通過熱線通話」: 剛才 (just now) is the day it was said: a briefing’s day in a spokesperson’s words, else the story’s day, else its today; 「你剛才提到」 dates the mention, not what it mentions.',
    pattern: '(?<jn>就在刚才|刚才)',
    examples: [
      {
        text: '國臺辦30日舉行例行記者會。發言人馬曉光說，就在剛才，國臺辦主任張志軍與陸委會主委夏立言通過兩岸熱線進行通話。',
        published: '2015-12-31',
        events: [
          { type: 'call', date: '2015-12-30', actors: ['張志軍', '夏立言'] },
          { type: 'ministry-response', date: '2015-12-30' },
        ],
      },
      {
        text: '国台办30日举行例行记者会。发言人马晓光说，就在刚才，国台办主任张志军与陆委会主委夏立言通过两岸热线进行通话。',
        published: '2015-12-31',
        events: [
          { type: 'call', date: '2015-12-30', actors: ['张志军', '夏立言'] },
          { type: 'ministry-response', date: '2015-12-30' },
        ],
      },
    ],
    apply: (g, ctx, inSpeech) => {
      // 「你剛才提到中歐經貿高層對話」: 剛才 tells when it was mentioned, not when what is mentioned happens.
      if (!g.jn || /^(?:所)?(?:提到|提及|谈到|说到|讲到|介绍|宣布|发布|说|讲|问)/u.test(ctx.next ?? '')) return undefined;
      const d = (inSpeech ? ctx.speechDay : undefined) ?? storyDayOf(ctx);
      return { date: d, precision: 'day' };
    },
  }),
  form({
    id: 'date.part-of-day-alone',
    decides:
      '「李顯龍早上在中南海與王岐山會面」「上午先在…會面」「。下午，…舉行會談」: a part of the day alone before where, with whom or 先, or opening a clause (or the text after a byline’s colon: CCTV.com消息：下午，…), is on the story’s day (else its today).',
    pattern: '(?<alone>今早|早上|上午|下午|中午|晚上|傍晚)(?=[在于与和同赴抵接出会先则]|(?<=(?:^|[。；;！：:]).{2})[，,])',
    examples: [
      {
        text: 'CCTV.com消息(新聞聯播)：下午，溫家寶在楠迪與斐濟總理恩加拉塞舉行會談。',
        published: '2006-04-04',
        events: [{ type: 'meeting', date: '2006-04-04', actors: ['溫家寶', '恩加拉塞'] }],
      },
      {
        text: 'CCTV.com消息(新闻联播)：下午，温家宝在楠迪与斐济总理恩加拉塞举行会谈。',
        published: '2006-04-04',
        events: [{ type: 'meeting', date: '2006-04-04', actors: ['温家宝', '恩加拉塞'] }],
      },
      {
        text: '正在北京訪問的新加坡總理李顯龍，早上在中南海與中紀委書記王岐山會面。',
        published: '2017-09-20',
        events: [{ type: 'meeting', date: '2017-09-20', actors: ['李顯龍', '王岐山'] }],
      },
      {
        text: '正在北京访问的新加坡总理李显龙，早上在中南海与中纪委书记王岐山会面。',
        published: '2017-09-20',
        events: [{ type: 'meeting', date: '2017-09-20', actors: ['李显龙', '王岐山'] }],
      },
      {
        text: '新加坡總理李顯龍上午先在中南海與中紀委書記王岐山會面，下午再會見總理。',
        published: '2017-09-20',
        events: [{ type: 'meeting', date: '2017-09-20', actors: ['李顯龍', '王岐山'] }],
      },
      {
        text: '新加坡总理李显龙上午先在中南海与中纪委书记王岐山会面，下午再会见总理。',
        published: '2017-09-20',
        events: [{ type: 'meeting', date: '2017-09-20', actors: ['李显龙', '王岐山'] }],
      },
      {
        text: '23日，李克強總理在馬來西亞的訪問進入尾聲。下午，李克強在總理府與馬來西亞總理納吉布舉行會談。',
        published: '2015-11-25',
        events: [{ type: 'meeting', date: '2015-11-23', actors: ['李克強', '納吉布'] }],
      },
      {
        text: '23日，李克强总理在马来西亚的访问进入尾声。下午，李克强在总理府与马来西亚总理纳吉布举行会谈。',
        published: '2015-11-25',
        events: [{ type: 'meeting', date: '2015-11-23', actors: ['李克强', '纳吉布'] }],
      },
    ],
    apply: (g, ctx) => {
      if (!g.alone) return undefined;
      const d = storyDayOf(ctx);
      return { date: d, precision: 'day' };
    },
  }),
  form({
    id: 'date.clock-time-alone',
    decides:
      '「10時15分，江主席同葉利欽總統舉行小範圍會談」: a clock time opening a sentence, with no day, is on the story’s day (a day’s timetable).',
    pattern:
      '(?<=^|[。；;！])(?<clock>(?:[01]?\\d|2[0-3]|[一二三四五六七八九十]{1,3})[时点](?:[0-5]?\\d分|[一二三四五六七八九十]{1,3}分|半|许)?)(?=[，,])',
    examples: [
      {
        text: [
          ['paragraph', '23日是國家主席訪俄的第二天。'],
          ['paragraph', '10時15分，江澤民主席同葉利欽總統在克里姆林宮舉行小範圍會談。'],
        ],
        published: '1997-04-24',
        events: [{ type: 'meeting', date: '1997-04-23', actors: ['江澤民', '葉利欽'] }],
      },
      {
        text: [
          ['paragraph', '23日是国家主席访俄的第二天。'],
          ['paragraph', '10时15分，江泽民主席同叶利钦总统在克里姆林宫举行小范围会谈。'],
        ],
        published: '1997-04-24',
        events: [{ type: 'meeting', date: '1997-04-23', actors: ['江泽民', '叶利钦'] }],
      },
    ],
    apply: (g, ctx) => (g.clock ? { date: storyDayOf(ctx), precision: 'day' } : undefined),
  }),
  form({
    id: 'date.zone-clock-time',
    decides:
      '「安倍在日本時間早上約10時與特朗普通電話」: a clock time given in a named zone’s time, with no day, is on the story’s day; right after a day (今天上午當地時間9時) it is that day’s hour.',
    pattern:
      '(?<![天日号晚午早晨间])(?<zclock>(?:当地|北京|日本|东京|香港|台北|华盛顿|美东|美国东部|欧洲中部|莫斯科)时间(?:早上|上午|下午|晚上|晚间|凌晨|中午|傍晚|清晨)?约?(?:[01]?\\d|2[0-3]|[一二三四五六七八九十]{1,3})[时点](?:[0-5]?\\d分|[一二三四五六七八九十]{1,3}分|半|许)?)',
    examples: [
      {
        text: '日本放送協會報道，日本首相安倍晉三在日本時間早上約10時與特朗普通電話，為時約30分鐘。',
        published: '2020-08-31',
        events: [{ type: 'call', date: '2020-08-31', actors: ['安倍晉三', '特朗普'] }],
      },
      {
        text: '日本放送协会报道，日本首相安倍晋三在日本时间早上约10时与特朗普通电话，为时约30分钟。',
        published: '2020-08-31',
        events: [{ type: 'call', date: '2020-08-31', actors: ['安倍晋三', '特朗普'] }],
      },
    ],
    leaves: [
      {
        text: [
          ['paragraph', '記者 1997-10-28 00:00'],
          ['paragraph', '本報檀香山10月26日電記者報道：今天上午當地時間9時，江澤民主席乘坐專機抵達檀香山，開始對美國進行國事訪問。'],
        ],
        published: '1997-10-28',
        events: [{ type: 'other', date: '1997-10-26' }],
      },
      {
        text: [
          ['paragraph', '记者 1997-10-28 00:00'],
          ['paragraph', '本报檀香山10月26日电记者报道：今天上午当地时间9时，江泽民主席乘坐专机抵达檀香山，开始对美国进行国事访问。'],
        ],
        published: '1997-10-28',
        events: [{ type: 'other', date: '1997-10-26' }],
      },
    ],
    apply: (g, ctx) => (g.zclock ? { date: storyDayOf(ctx), precision: 'day' } : undefined),
  }),
  form({
    id: 'date.minguo-year',
    decides:
      '八十八年七月十二日, 民國113年5月20日, 113年5月20日: a year of the Republic (Minguo) calendar, as Taiwan’s offices write it, is that year after 1911; a two-figure year in digits counts so only after 民國 (88年 may be 1988).',
    pattern: `(?<mgy>(?:[一二三四五六七八九]?百(?:[零〇][一二三四五六七八九]|[一二]?十[一二三四五六七八九]?)?|[一二三四五六七八九]?十[一二三四五六七八九]?)|(?<=民国\\s?)\\d{2,3}|1[01]\\d)年(?<mgm>${MON})月(?:(?<mgd>${DAY})[日号])?`,
    examples: [
      {
        text: '陸委會發言人於八十八年七月十二日下午表示，兩岸應以對話化解歧見。',
        published: '2001-03-01',
        events: [{ type: 'ministry-response', date: '1999-07-12' }],
      },
      {
        text: '外交部发言人于113年5月20日表示，感谢友邦的祝贺。',
        published: '2026-01-10',
        events: [{ type: 'ministry-response', date: '2024-05-20' }],
      },
    ],
    apply: (g, ctx) => {
      if (!g.mgy || !g.mgm) return undefined;
      const y = numeral(g.mgy) + 1911;
      if (y > Number(ctx.published.slice(0, 4))) return undefined;
      const mo = numeral(g.mgm);
      return g.mgd ? day(y, mo, numeral(g.mgd)) : { date: `${y}-${pad(mo)}`, precision: 'month' };
    },
  }),
  form({
    id: 'date.month-day',
    decides:
      '2025年1月21日, 1月21日, 一月二十一日, 2024年4月: a written month (and day), in the publication year unless written; 9月12至14日 is its first day.',
    pattern: `(?:(?<y>\\d{4}|[〇零一二三四五六七八九]{4})年)?(?<m>${MON})月(?:(?<d>${DAY})(?:[至到\\-－~～]${DAY})?[日号])?`,
    examples: [
      { text: '3月18日，國家主席習近平同法國總統馬克龍通電話。', published: '2025-05-20', events: [{ type: 'call', date: '2025-03-18' }] },
      {
        text: '一月二十一日，国家主席习近平同俄罗斯总统普京举行视频会晤。',
        published: '2025-03-02',
        events: [{ type: 'meeting', date: '2025-01-21' }],
      },
      {
        text: '中美兩國外長9月12至14日在華府舉行會談。',
        published: '2024-10-20',
        events: [{ type: 'meeting', date: '2024-09-12' }],
      },
      {
        text: '2024年4月，國家主席習近平在北京會見德國總理朔爾茨。',
        published: '2026-02-05',
        events: [{ type: 'meeting', date: '2024-04', precision: 'month' }],
      },
    ],
    apply: (g, ctx, _speech, used) => {
      if (!g.m) return undefined;
      const mo = numeral(g.m);
      const y = g.y ? numeral(g.y) : yearOfMonth(mo, ctx, used, g.d ? numeral(g.d) : undefined);
      return g.d ? day(y, mo, numeral(g.d)) : { date: `${y}-${pad(mo)}`, precision: 'month' };
    },
  }),
  form({
    id: 'date.numeric',
    decides:
      '2009/11/18, 2009-11-18, and 時間:90/01/15 (a Minguo year after a date label): a day written in figures, as page headers give it.',
    pattern:
      '(?:(?<ny>(?:19|20)\\d{2})|(?<=(?:时间|日期|民国)[:：]?\\s?)(?<roc>\\d{2,3}))[/.-](?<nm>1[0-2]|0?[1-9])[/.-](?<nd>3[01]|[12]\\d|0?[1-9])(?!\\d)',
    examples: [
      {
        text: '時間:90/01/15 外交部長田弘茂在新春記者會上表示，政府將全力協助薩爾瓦多救災。',
        published: '2001-01-16',
        events: [{ type: 'ministry-response', date: '2001-01-15' }],
      },
      {
        text: '日期：2009-11-18 外交部发言人在记者会上表示，中方愿同各方加强合作。',
        published: '2009-11-19',
        events: [{ type: 'ministry-response', date: '2009-11-18' }],
      },
    ],
    apply: (g) => {
      const y = g.ny ? Number(g.ny) : g.roc ? Number(g.roc) + 1911 : undefined;
      return y && g.nm && g.nd ? day(y, Number(g.nm), Number(g.nd)) : undefined;
    },
  }),
  form({
    id: 'date.english',
    decides:
      'Apr 11, 2025 and February 6, 2026 (a time stamp or a transcript’s English title on a Chinese page): a day written in English.',
    pattern:
      '(?<enm>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:[a-z]{0,6})\\.? (?<end>3[01]|[12]\\d|0?[1-9]), (?<eny>(?:19|20)\\d{2})(?!\\d)',
    examples: [
      {
        text: 'Apr 11, 2025 在北京，外交部發言人表示，中方不願打關稅戰，但也不怕打。',
        published: '2025-04-12',
        events: [{ type: 'ministry-response', date: '2025-04-11' }],
      },
      {
        text: 'Apr 11, 2025 在北京，外交部发言人表示，中方不愿打关税战，但也不怕打。',
        published: '2025-04-12',
        events: [{ type: 'ministry-response', date: '2025-04-11' }],
      },
    ],
    apply: (g) => {
      const m = ENGLISH_MONTHS.indexOf(g.enm ?? '') + 1;
      return m > 0 && g.end && g.eny ? day(Number(g.eny), m, Number(g.end)) : undefined;
    },
  }),
  form({
    id: 'date.year',
    decides: '2024年 alone: a year.',
    pattern: '(?<yo>(?:19|20)\\d{2})年',
    examples: [
      {
        text: '2023年，國家主席習近平同美國總統拜登在舊金山會晤。',
        published: '2025-01-22',
        events: [{ type: 'meeting', date: '2023', precision: 'year', actors: ['習近平', '拜登'] }],
      },
      {
        text: '2019年，国家主席习近平同俄罗斯总统普京在莫斯科举行会谈。',
        published: '2025-01-22',
        events: [{ type: 'meeting', date: '2019', precision: 'year', actors: ['习近平', '普京'] }],
      },
    ],
    apply: (g) => (g.yo ? { date: g.yo, precision: 'year' } : undefined),
  }),
  form({
    id: 'date.bare-day',
    decides:
      '20日 alone: that day of the month of the story’s today (its dateline, 中新社北京4月13日電, in a later reprint), else of the publication month (a digit or 第 before it makes it no date); 9至10日 is its first day (唐寧街10號 after a street, or 6-1號, ending before it starts, is a house number; 30日之內 is a span).',
    pattern: '(?<![街路道巷弄\\-－])(?<bd>3[01]|[12]\\d|0?[1-9])(?:[至到\\-－~～](?<bde>3[01]|[12]\\d|0?[1-9]))?[日号](?!之内|以内)',
    examples: [
      {
        text: '中新社北京4月13日電 國台辦發布消息。發言人朱鳳蓮12日在例行新聞發布會上表示，兩岸同胞都是中國人。',
        published: '2023-05-06',
        events: [{ type: 'ministry-response', date: '2023-04-12' }],
      },
      {
        text: '中新社北京4月13日电 国台办发布消息。发言人朱凤莲12日在例行新闻发布会上表示，两岸同胞都是中国人。',
        published: '2023-05-06',
        events: [{ type: 'ministry-response', date: '2023-04-12' }],
      },
      {
        text: '外交部發言人毛寧4日晚間回應稱，中方堅決反對。',
        published: '2026-02-05',
        events: [{ type: 'ministry-response', date: '2026-02-04', actors: ['外交部', '毛寧'] }],
      },
      {
        text: '国家主席习近平15日同美国总统拜登举行视频会晤。',
        published: '2021-11-16',
        events: [{ type: 'meeting', date: '2021-11-15', actors: ['习近平', '拜登'] }],
      },
      {
        text: '最新一輪中美貿易談判於美東時間9至10日在華府舉行。',
        published: '2019-05-11',
        events: [{ type: 'meeting', date: '2019-05-09' }],
      },
      {
        text: '最新一轮中美贸易谈判于美东时间9至10日在华府举行。',
        published: '2019-05-11',
        events: [{ type: 'meeting', date: '2019-05-09' }],
      },
      {
        text: [
          ['paragraph', '國台辦發言人楊毅30日在廣安門南街6-1號的新聞發布廳舉行新聞發布會。'],
          ['paragraph', '楊毅表示，兩岸同屬一個中國的事實沒有改變。'],
        ],
        published: '2012-05-31',
        events: [{ type: 'ministry-response', date: '2012-05-30', actors: ['國台辦', '楊毅'] }],
      },
      {
        text: [
          ['paragraph', '国台办发言人杨毅30日在广安门南街6-1号的新闻发布厅举行新闻发布会。'],
          ['paragraph', '杨毅表示，两岸同属一个中国的事实没有改变。'],
        ],
        published: '2012-05-31',
        events: [{ type: 'ministry-response', date: '2012-05-30', actors: ['国台办', '杨毅'] }],
      },
    ],
    // 「南街6-1號」: a span that ends before it starts is a house number, not days.
    apply: (g, ctx, _speech, used) =>
      g.bd && !(g.bde && numeral(g.bde) <= numeral(g.bd)) ? dayOfMonth(numeral(g.bd), ctx, used) : undefined,
  }),
  form({
    id: 'date.numeral-day',
    decides:
      '陳斌七日表示, 九月卅日, 十六號: a day in Chinese numerals, 廿 and 卅 too (not 一日, mostly "one day"; not 七日內 or 十日談; with 號 only from 十 on, as 二號人物 is a rank).',
    pattern:
      '(?<![〇零一二三四五六七八九十廿月第])(?:(?<cbd>[二三四五六七八九]|[一二]?十[一二三四五六七八九]?|三十一?|廿[一二三四五六七八九]?|卅一?)日(?![内以之后起来间游谈前左里子夜])|(?<cbh>[一二]?十[一二三四五六七八九]?|三十一?|廿[一二三四五六七八九]?|卅一?)号(?![人楼线文令码机舰院台房车字称]))',
    examples: [
      {
        text: '國台辦發言人李維一十六號在記者會上表示，兩岸同胞是一家人。',
        published: '2006-04-18',
        events: [{ type: 'ministry-response', date: '2006-04-16', actors: ['國台辦', '李維一'] }],
      },
      {
        text: '国台办发言人李维一十六号在记者会上表示，两岸同胞是一家人。',
        published: '2006-04-18',
        events: [{ type: 'ministry-response', date: '2006-04-16', actors: ['国台办', '李维一'] }],
      },
      {
        text: '國台辦發言人陳斌華七日在例行新聞發布會上表示，兩岸同胞是一家人。',
        published: '2025-05-10',
        events: [{ type: 'ministry-response', date: '2025-05-07' }],
      },
      {
        text: '外交部发言人毛宁二十三日表示，中方坚决反对。',
        published: '2025-05-30',
        events: [{ type: 'ministry-response', date: '2025-05-23' }],
      },
      {
        text: '國台辦發言人朱鳳蓮卅日表示，兩岸同胞是一家人。',
        published: '2025-05-31',
        events: [{ type: 'ministry-response', date: '2025-05-30' }],
      },
      {
        text: '国台办发言人朱凤莲卅一日表示，两岸同胞是一家人。',
        published: '2025-06-01',
        events: [{ type: 'ministry-response', date: '2025-05-31' }],
      },
    ],
    apply: (g, ctx, _speech, used) => {
      const d = g.cbd ?? g.cbh;
      return d ? dayOfMonth(numeral(d), ctx, used) : undefined;
    },
  }),
];

/** The year of a month written without one: the publication year, or the one before (date.month-ahead-is-last-year). */
function yearOfMonth(mo: number, ctx: DateContext, used: Set<string>, dayOf?: number): number {
  const carried = (ctx.rules ?? ALL_ON).first([yearCarriesOn], { because: used }, mo, dayOf, ctx);
  if (carried) return carried;
  const y = published(ctx)[0];
  return (ctx.rules ?? ALL_ON).when(monthAheadIsLastYear, { because: used }, () => monthAheadIsLastYear.apply(mo, ctx)) ? y - 1 : y;
}

function dayOfMonth(d: number, ctx: DateContext, used: Set<string>): DateValue {
  const [py, pm] = anchor(ctx);
  const [y, mo] = (ctx.rules ?? ALL_ON).when(dayAheadIsLastMonth, { because: used }, () => dayAheadIsLastMonth.apply(d, ctx))
    ? addMonths(py, pm, -1)
    : [py, pm];
  return day(y, mo, d);
}
