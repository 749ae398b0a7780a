/**
 * Date expressions in folded text, resolved against the publication day: absolute
 * (2024年4月, 1月21日下午, 一月二十一日, 20日), relative (昨日, 今天, 上月, 去年8月),
 * anaphoric (當日: the day the story is about) and approximate (近日, 本周早些時候).
 */
import type { Precision } from '../schema.ts';
import { ALL_ON, rule, type RuleSet } from './engine.ts';
import { numeral } from './numerals.ts';
import { startChars } from './starts.ts';
import { DATE_FORMS, day, speechTodayIsStoryDay, type DateContext, type DateForm } from './rules/dates.ts';

export { addDays, type DateContext } from './rules/dates.ts';

export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

/** A resolved date: "YYYY-MM-DD", "YYYY-MM", "YYYY" or null, with its precision. */
export interface DateValue {
  date: string | null;
  precision: Precision;
  partOfDay?: PartOfDay;
  /** Given in the local time of a place abroad (当地时间11日晚): the home day may be the next or the one before. */
  local?: boolean;
  /** The report's dateline day (【大紀元10月8日訊】), not one written for the event itself. */
  dateline?: boolean;
}

/** A date expression found in a text. */
export interface DateMention extends DateValue {
  start: number;
  end: number;
  /** True for 當日/當天/同日: the day comes from the story, not the words. */
  anaphoric?: boolean;
  /** True for the second day of a range (10日至11日): a happening is dated by the first. */
  rangeEnd?: boolean;
  /** The rules that recognised and resolved it. */
  because: string[];
}

const POD = '(?<pod>上午|下午|中午|午间|晚间|晚上|傍晚|凌晨|早上|早晨|清晨|深夜|夜间|晚)?';

const PARTS: Record<string, PartOfDay> = {
  上午: 'morning',
  早上: 'morning',
  早晨: 'morning',
  清晨: 'morning',
  今晨: 'morning',
  今早: 'morning',
  中午: 'noon',
  午间: 'noon',
  下午: 'afternoon',
  晚间: 'evening',
  晚上: 'evening',
  傍晚: 'evening',
  晚: 'evening',
  昨晚: 'evening',
  昨夜: 'night',
  前晚: 'evening',
  今晚: 'evening',
  当晚: 'evening',
  凌晨: 'night',
  深夜: 'night',
  夜间: 'night',
};

// 华盛顿当地时间11日晚, 美国东部时间星期四, 日本时间7日晚: a day on another place's clock (北京时间 is home).
const LOCAL_TIME =
  /(?:当地|(?!北京|第一|同一|这段|那段|一段)(?:东部|西部|中部|太平洋|[\u4e00-\u9fff]{2}))时间\s*(?:星期[一二三四五六日天]\s*[（(]?)?$/u;

const sinceIsNoDate = rule({
  id: 'date.since-is-no-date',
  decides:
    '2020年以來, 今年以来, 1949年以後, 1949年分治以來, 3月起: where a span starts is not when anything happened (but 會談於23日起在北京舉行 is held from that day on).',
  examples: [
    { text: '今年以來，韓國總統李在明已同美國總統特朗普通電話。', published: '2025-06-10', events: [] },
    { text: '自今年3月以来，韩国总统李在明已同美国总统特朗普通电话。', published: '2025-06-10', events: [] },
    { text: '汪辜會談是1949年以後兩岸首次舉行的高層會談。', published: '2023-04-27', events: [] },
    { text: '汪辜会谈是1949年以后两岸首次举行的高层会谈。', published: '2023-04-27', events: [] },
    {
      text: '王郁琦與張志軍11日下午在南京舉行會談，這是兩岸1949年分治以來，雙方主管官員首次正式會談。',
      published: '2014-02-12',
      events: [{ type: 'meeting', date: '2014-02-11' }],
    },
    {
      text: '王郁琦与张志军11日下午在南京举行会谈，这是两岸1949年分治以来，双方主管官员首次正式会谈。',
      published: '2014-02-12',
      events: [{ type: 'meeting', date: '2014-02-11' }],
    },
  ],
  apply: (s: string, after: number, start: number) =>
    s.startsWith('以来', after) ||
    /^(?:以后|之后)/u.test(s.slice(after, after + 2)) ||
    /^\p{Script=Han}{1,3}以来/u.test(s.slice(after, after + 5)) ||
    s[after] === '来' ||
    (s[after] === '起' && !(/[于於]$/u.test(s.slice(0, start)) && HELD_FROM.test(s.slice(after)))),
});
// 「於4月23日起在釣魚台舉行」: the first day of talks held over several days.
const HELD_FROM = /^起[^，。；,;]{0,14}?(?:举行|舉行|进行|進行|召开|召開)/u;

// 為期, 結束, 展開 … a few characters before a number of days that measures a stay.
const STAY_OPENS = /(?:为期|历时|结束|展开|开始|完成)/u;

const lengthOfStay = rule({
  id: 'date.length-of-stay',
  decides:
    '結束4日訪華行程, 為期三日的訪問, 展開5天之旅: a number of days that measures a visit or a trip (為期, 結束 or 展開 before it, 行程, 之行, 之旅 or 訪問 after it) is how long it lasts, not a day of the month.',
  examples: [
    { text: '奧巴馬在結束4日訪華行程前，與國務院總理溫家寶會面。', published: '2009-11-19', events: [] },
    { text: '奥巴马在结束4日访华行程前，与国务院总理温家宝会面。', published: '2009-11-19', events: [] },
  ],
  apply: (s: string, start: number, after: number) =>
    STAY_OPENS.test(s.slice(Math.max(0, start - 2), start)) ||
    /^[^，。；,;]{0,4}?(?:行程|之行|之旅)/u.test(s.slice(after, after + 8)) ||
    (/^的?(?:国事|正式|工作)?访问/u.test(s.slice(after, after + 7)) && STAY_OPENS.test(s.slice(Math.max(0, start - 6), start))),
});

// What a number with 号 names when it is no day: 2号机场, 1号文件, 3号线.
const NUMBERED_THING =
  /^(?:机场|航站楼|大楼|楼|线|文件|决议|公告|令|码头|门|馆|院|站|舰|公路|大街|路|街|厅|桥|口|舱|车|区|卫星|火箭|飞船|会议室)/u;

const numberNamesAThing = rule({
  id: 'date.number-names-a-thing',
  decides: '伏努科沃2號機場, 1號文件, 3號線: a number with 號 (号) that names a thing after it is no day of the month.',
  examples: [
    {
      text: '新華社莫斯科10月12日電 國務院總理李克強於當地時間12日下午乘專機抵達伏努科沃2號機場，與俄羅斯總理梅德韋傑夫舉行會談。',
      published: '2014-10-13',
      events: [
        { type: 'other', date: '2014-10-12' },
        { type: 'meeting', date: '2014-10-12', actors: ['李克強', '梅德韋傑夫'] },
      ],
    },
    {
      text: '新华社莫斯科10月12日电 国务院总理李克强于当地时间12日下午乘专机抵达伏努科沃2号机场，与俄罗斯总理梅德韦杰夫举行会谈。',
      published: '2014-10-13',
      events: [
        { type: 'other', date: '2014-10-12' },
        { type: 'meeting', date: '2014-10-12', actors: ['李克强', '梅德韦杰夫'] },
      ],
    },
  ],
  apply: (s: string, text: string, after: number) => /号$/u.test(text) && NUMBERED_THING.test(s.slice(after, after + 4)),
});

// 「1936年奧運會」「2020年大選」: an occasion a year names.
const YEAR_OCCASION = /^(?:的)?(?:奥运会|奥运|冬奥会|冬奥|亚运会|世界杯|世博会|大选|总统大选|总统选举|选举)/u;

const yearNamesAnOccasion = rule({
  id: 'date.year-names-an-occasion',
  decides:
    '「英報將北京奧運會比作1936年奧運會」「2020年大選」: a year written as part of an occasion’s name names it, and dates nothing said about it.',
  examples: [
    { text: '美國2020年大選後，拜登與習近平首次通電話。', published: '2021-01-10', events: [] },
    { text: '美国2020年大选后，拜登与习近平首次通电话。', published: '2021-01-10', events: [] },
  ],
  leaves: [
    {
      text: [
        ['headline', '外交部就英報將北京奧運會比作1936年奧運會答問'],
        ['paragraph', '外交部發言人秦剛21日在例行記者會上表示，把北京奧運會比作1936年奧運會是別有用心。'],
      ],
      published: '2008-08-22',
      events: [{ type: 'ministry-response', date: '2008-08-21', actors: ['外交部', '秦剛'] }],
    },
    {
      text: [
        ['headline', '外交部就英报将北京奥运会比作1936年奥运会答问'],
        ['paragraph', '外交部发言人秦刚21日在例行记者会上表示，把北京奥运会比作1936年奥运会是别有用心。'],
      ],
      published: '2008-08-22',
      events: [{ type: 'ministry-response', date: '2008-08-21', actors: ['外交部', '秦刚'] }],
    },
  ],
  apply: (s: string, text: string, after: number) => /年$/u.test(text) && YEAR_OCCASION.test(s.slice(after, after + 6)),
});

const rangeSecondDay = rule({
  id: 'date.range-second-day',
  decides:
    '9月23日至28日, 3月27日至4月1日: the second day of a range (taking the first one’s month when it has none) dates nothing by itself.',
  examples: [
    {
      text: '9月29日至30日，外交部長王毅在紐約會見了聯合國秘書長古特雷斯。',
      published: '2025-10-10',
      events: [{ type: 'meeting', date: '2025-09-29' }],
    },
    {
      text: '9月29日至30日，外交部长王毅在纽约会见了联合国秘书长古特雷斯。',
      published: '2025-10-10',
      events: [{ type: 'meeting', date: '2025-09-29' }],
    },
    {
      text: '新加坡總理李顯龍3月27日至4月1日訪問中國，並會晤國家主席習近平。',
      published: '2023-04-03',
      events: [{ type: 'meeting', date: '2023-03-27', actors: ['李顯龍', '習近平'] }],
    },
  ],
  apply: (between: string) => /^[至到—\-~～]$/u.test(between),
});

const anaphorFollowsDay = rule({
  id: 'date.anaphor-follows-written-day',
  decides:
    '「2日下午…當晚」: 當晚 and 同日, or a part of the day alone (「周日(18日)早上抵達北京，下午與秦剛會談」), refer to the day just written in the sentence, before the story’s day; so do 前一天 and 次日, which count from it (戴兵19日發文披露，他前一天與金碩基會晤).',
  examples: [
    {
      text: '中國駐韓國大使戴兵於19日在社交平台發文披露，他前一天與國會外交統一委員會委員長金碩基會晤。',
      published: '2025-02-20',
      events: [{ type: 'meeting', date: '2025-02-18', actors: ['戴兵', '金碩基'] }],
    },
    {
      text: '中国驻韩国大使戴兵于19日在社交平台发文披露，他前一天与国会外交统一委员会委员长金硕基会晤。',
      published: '2025-02-20',
      events: [{ type: 'meeting', date: '2025-02-18', actors: ['戴兵', '金硕基'] }],
    },
    {
      text: '對於賴清德2日下午的講話，國台辦發言人朱鳳蓮當晚回應稱，兩岸同屬一中。',
      published: '2024-01-04',
      events: [{ type: 'ministry-response', date: '2024-01-02' }],
    },
    {
      text: '对于赖清德2日下午的讲话，国台办发言人朱凤莲当晚回应称，两岸同属一中。',
      published: '2024-01-04',
      events: [{ type: 'ministry-response', date: '2024-01-02' }],
    },
    {
      text: '美國國務卿布林肯周日（18日）早上抵達北京，下午與外交部長秦剛舉行會談。',
      published: '2023-06-19',
      events: [
        { type: 'other', date: '2023-06-18' },
        { type: 'meeting', date: '2023-06-18', actors: ['布林肯', '秦剛'] },
      ],
    },
    {
      text: '美国国务卿布林肯周日（18日）早上抵达北京，下午与外交部长秦刚举行会谈。',
      published: '2023-06-19',
      events: [
        { type: 'other', date: '2023-06-18' },
        { type: 'meeting', date: '2023-06-18', actors: ['布林肯', '秦刚'] },
      ],
    },
  ],
  // A part of the day matched alone (date.part-of-day-alone's form) always refers back.
  apply: (word: string | undefined, partAlone: boolean) => partAlone || /^(?:当|同|前一|次|翌)/u.test(word ?? ''),
});

// 「15日上午（台灣時間16日清晨）」: after a day, the same moment again on another clock, in brackets.
const OTHER_CLOCK_IN_BRACKETS = /^[^，。；、]{0,6}[（(][\p{Script=Han}]{0,4}时间$/u;

const clockInBrackets = rule({
  id: 'date.clock-in-brackets',
  decides:
    '「習近平15日上午（台灣時間16日清晨）於舊金山會晤」: a day given again in brackets on another clock right after a day is that moment, not a day of its own.',
  examples: [
    {
      text: '美國總統拜登與國家主席習近平15日上午（台灣時間16日清晨）於舊金山舉行會晤。',
      published: '2023-11-16',
      events: [{ type: 'meeting', date: '2023-11-15', actors: ['拜登', '習近平'] }],
    },
    {
      text: '美国总统拜登与国家主席习近平15日上午（北京时间16日凌晨）在旧金山举行会晤。',
      published: '2023-11-16',
      events: [{ type: 'meeting', date: '2023-11-15', actors: ['拜登', '习近平'] }],
    },
  ],
  apply: (s: string, prev: DateMention | undefined, start: number) =>
    !!prev && prev.precision === 'day' && prev.end <= start && OTHER_CLOCK_IN_BRACKETS.test(s.slice(prev.end, start)),
});

const weekdayInBrackets = rule({
  id: 'date.weekday-in-brackets',
  decides:
    '「11月9日（星期二）」「18日(周四)」「2008年11月09日 星期一」: a weekday in brackets (or after a space, as a page header prints it) right after a day names that day’s weekday, not a day of its own (the last Tuesday).',
  examples: [
    {
      text: [
        ['paragraph', '11月9日（星期二），外交部發言人洪磊在例行記者會上回答了記者提問。'],
        ['paragraph', '問：緬甸大選已經結束，中方對此有何評論？'],
        ['paragraph', '答：我們希望緬甸保持穩定。'],
      ],
      published: '2010-11-19',
      events: [{ type: 'ministry-response', date: '2010-11-09', actors: ['外交部', '洪磊'] }],
    },
    {
      text: [
        ['paragraph', '11月9日（星期二），外交部发言人洪磊在例行记者会上回答了记者提问。'],
        ['paragraph', '问：缅甸大选已经结束，中方对此有何评论？'],
        ['paragraph', '答：我们希望缅甸保持稳定。'],
      ],
      published: '2010-11-19',
      events: [{ type: 'ministry-response', date: '2010-11-09', actors: ['外交部', '洪磊'] }],
    },
  ],
  apply: (s: string, prev: DateMention | undefined, start: number, text: string) =>
    !!prev && prev.precision === 'day' && /^(?:\s*[（(]|\s+)$/u.test(s.slice(prev.end, start)) && /^(?:星期|礼拜|周|週)/u.test(text),
});

// 「上月13日、即6.12衝突翌日」: after a day, 即 (that is) and the same day told another way.
const NAMELY = /^[、，,]?\s*(?:即|亦即|也就是)[^，。；,]{0,20}$/u;

const namelyRestatesDay = rule({
  id: 'date.namely-restates-day',
  decides:
    '「陳道祥上月13日、即警民衝突翌日會見海大衞」: after a day, what 即 (亦即, 也就是) introduces tells that day again another way (the day after some happening), not a day of its own.',
  examples: [
    {
      text: '駐港部隊司令陳道祥上月13日、即警民衝突翌日會見美國國防部副助理部長海大衞。',
      published: '2019-07-10',
      events: [{ type: 'meeting', date: '2019-06-13', actors: ['海大衞'] }],
    },
    {
      text: '驻港部队司令陈道祥上月13日、即警民冲突翌日会见美国国防部副助理部长海大卫。',
      published: '2019-07-10',
      events: [{ type: 'meeting', date: '2019-06-13', actors: ['海大卫'] }],
    },
  ],
  apply: (s: string, prev: DateMention | undefined, start: number) =>
    !!prev && prev.precision === 'day' && prev.end <= start && NAMELY.test(s.slice(prev.end, start)),
});

const localClock = rule({
  id: 'date.local-clock',
  decides: '华盛顿当地时间11日晚, 日本时间7日晚: the day is on another place’s clock, so the home day may differ by one.',
  examples: [
    {
      text: [
        ['paragraph', '新華社北京3月12日電 外交部長王毅12日上午同美國國務卿盧比歐進行視頻通話。'],
        ['paragraph', '據美國國務院新聞稿，盧比歐於華盛頓當地時間11日晚同王毅進行視頻通話。'],
      ],
      published: '2026-03-12',
      events: [{ type: 'call', date: '2026-03-12', actors: ['王毅', '盧比歐'] }],
    },
    {
      text: [
        ['paragraph', '新华社北京3月12日电 中共中央政治局委员、外交部长王毅12日上午同美国国务卿鲁比奥进行视频通话。'],
        ['paragraph', '据美国国务院网站发布的新闻稿，鲁比奥于华盛顿当地时间11日晚同王毅进行视频通话。'],
      ],
      published: '2026-03-12',
      events: [{ type: 'call', date: '2026-03-12', actors: ['王毅', '鲁比奥'] }],
    },
  ],
  apply: (before: string) => LOCAL_TIME.test(before),
});

const relativeInPastSpeech = rule({
  id: 'date.relative-in-past-speech',
  decides:
    '「兩人上次通話是在春天，當時主席指出，上個月我們舉行了會晤」: 上個月, 昨天 or 上週 in words spoken on an earlier occasion (當時) count from that occasion, not from publication: no date.',
  examples: [
    {
      text: '兩人上次見面是在4月，當時李強表示，上個月他同石破茂在東京舉行會晤。',
      published: '2025-12-20',
      events: [],
    },
    {
      text: '两人上次见面是在4月，当时李强表示，上个月他同石破茂在东京举行会晤。',
      published: '2025-12-20',
      events: [],
    },
  ],
  apply: (before: string, form: string) =>
    /当时/u.test(before) && /^(?:上个月|上月|本月|这个月|昨|前天|前日|今|上周|本周|这周|上星期|本星期)/u.test(form),
});

const speechDayWrittenBefore = rule({
  id: 'date.speech-day-written-before',
  decides:
    '「高市早苗今日在首相官邸表示，今日稍早她和川普進行電話會談」: a 今日 that dates the speaking, written before the words in the same sentence, is the day those words count 今日 from, before the story’s day.',
  examples: [
    {
      text: [
        ['paragraph', '美國總統川普24日晚間與國家主席習近平通電話。'],
        ['paragraph', '日本首相高市早苗今日在首相官邸回答記者提問時表示，今日稍早她和川普進行電話會談。'],
      ],
      published: '2025-11-25',
      events: [
        { type: 'call', date: '2025-11-24', actors: ['川普', '習近平'] },
        { type: 'call', date: '2025-11-25', actors: ['高市早苗', '川普'] },
      ],
    },
    {
      text: [
        ['paragraph', '美国总统特朗普24日晚间与国家主席习近平通电话。'],
        ['paragraph', '日本首相高市早苗今日在首相官邸回答记者提问时表示，今日稍早她和特朗普进行电话会谈。'],
      ],
      published: '2025-11-25',
      events: [
        { type: 'call', date: '2025-11-24', actors: ['特朗普', '习近平'] },
        { type: 'call', date: '2025-11-25', actors: ['高市早苗', '特朗普'] },
      ],
    },
  ],
  apply: (word: string | undefined) => /^今/u.test(word ?? ''),
});

/** The rules of this file, for the registry. */
export const DATE_FILTERS = [
  lengthOfStay,
  numberNamesAThing,
  yearNamesAnOccasion,
  sinceIsNoDate,
  rangeSecondDay,
  anaphorFollowsDay,
  localClock,
  clockInBrackets,
  namelyRestatesDay,
  weekdayInBrackets,
  relativeInPastSpeech,
  speechDayWrittenBefore,
];

interface DatePattern {
  re: RegExp;
  forms: DateForm[];
  /** The same pattern, sticky, tried only where a match can start. */
  sticky: RegExp;
  /** The codes of the characters a match can start with (undefined: any). */
  starts: ReadonlySet<number> | undefined;
}

const patterns = new Map<string, DatePattern>();
const byRules = new WeakMap<RuleSet, DatePattern>();

// One pattern of the enabled forms, built once per set of rules switched off.
function patternFor(rules: RuleSet): DatePattern {
  const known = byRules.get(rules);
  if (known) return known;
  const forms = DATE_FORMS.filter((f) => rules.on(f));
  const key = forms.map((f) => f.id).join('|');
  let hit = patterns.get(key);
  if (!hit) {
    const alternation = forms.map((f) => `(?:${f.pattern})`).join('|');
    const source = `(?:${alternation})(?:[）)](?=[上下中午晚早凌清深夜傍]))?${POD}`;
    hit = { re: new RegExp(source, 'gu'), forms, sticky: new RegExp(source, 'uy'), starts: codesOf(startChars(source)) };
    patterns.set(key, hit);
  }
  byRules.set(rules, hit);
  return hit;
}

const codesOf = (chars: ReadonlySet<string> | undefined) => chars && new Set([...chars].map((c) => c.charCodeAt(0)));

/** Every match of the pattern in `s`, as matchAll gives them, trying only the positions where one can start. */
function matchesIn(s: string, { re, sticky, starts }: DatePattern): RegExpExecArray[] {
  if (!starts) return [...s.matchAll(re)];
  const out: RegExpExecArray[] = [];
  for (let i = 0; i < s.length;) {
    if (!starts.has(s.charCodeAt(i))) {
      i++;
      continue;
    }
    sticky.lastIndex = i;
    const m = sticky.exec(s);
    if (m) {
      out.push(m);
      i += m[0].length;
    } else i++;
  }
  return out;
}

/** Whether the match `text` at `start` tells the day just written again (on another clock, after 即, as its weekday). */
function restatesDayBefore(s: string, prev: DateMention | undefined, start: number, text: string, rules: RuleSet): boolean {
  return (
    rules.when(clockInBrackets, undefined, () => clockInBrackets.apply(s, prev, start)) ||
    rules.when(namelyRestatesDay, undefined, () => namelyRestatesDay.apply(s, prev, start)) ||
    rules.when(weekdayInBrackets, undefined, () => weekdayInBrackets.apply(s, prev, start, text))
  );
}

/** Whether the match `text` at `start` is no date: a digit run's tail, 自…以來, a relative day recalled in past speech. */
function notADate(s: string, g: Record<string, string | undefined>, start: number, text: string, rules: RuleSet): boolean {
  // A bare day needs a non-digit before it; 3日 in 第3日 or 13日's tail is not a date.
  if (g.bd && start > 0 && /[\d第]/u.test(s[start - 1]!)) return true;
  if (g.m && !g.y && start > 0 && /[\d]/u.test(s[start - 1]!)) return true;
  if (rules.when(lengthOfStay, undefined, () => lengthOfStay.apply(s, start, start + text.length))) return true;
  if (rules.when(numberNamesAThing, undefined, () => numberNamesAThing.apply(s, text, start + text.length))) return true;
  if (rules.when(yearNamesAnOccasion, undefined, () => yearNamesAnOccasion.apply(s, text, start + text.length))) return true;
  if (rules.when(sinceIsNoDate, undefined, () => sinceIsNoDate.apply(s, start + text.length, start))) return true;
  return rules.when(relativeInPastSpeech, undefined, () => relativeInPastSpeech.apply(s.slice(0, start), text));
}

/** The value of the first form that reads the match, noting that form in `used`. */
function firstForm(
  forms: readonly DateForm[],
  g: Record<string, string | undefined>,
  context: Parameters<DateForm['apply']>[1],
  speech: boolean,
  used: Set<string>,
): DateValue | undefined {
  for (const form of forms) {
    const value = form.apply(g, context, speech, used);
    if (value) {
      used.add(form.id);
      return value;
    }
  }
  return undefined;
}

/** 9月29日至30日, and 3月27日至4月1日: whether a day at `start` is the second end of a range, which dates nothing by itself. */
function endsRange(s: string, prev: DateMention | undefined, start: number, rules: RuleSet, used: Set<string>): boolean {
  return (
    prev?.precision === 'day' &&
    !!prev.date &&
    rules.when(rangeSecondDay, { because: used }, () => rangeSecondDay.apply(s.slice(prev.end, start)))
  );
}

/** The day a sentence gives its speaking (今日…表示), for the words spoken after it in that sentence. */
function speakingDay(rules: RuleSet) {
  let day: string | undefined;
  return {
    context: (inSpeech: boolean) => (inSpeech && day ? { speechDay: day } : {}),
    note: (word: string | undefined, value: DateValue, inSpeech: boolean, used: Set<string>) => {
      if (inSpeech) {
        if (day && used.has(speechTodayIsStoryDay.id)) used.add(speechDayWrittenBefore.id);
      } else if (
        value.precision === 'day' &&
        value.date &&
        rules.when(speechDayWrittenBefore, undefined, () => speechDayWrittenBefore.apply(word))
      )
        day = value.date;
    },
  };
}

/** Finds and resolves every date expression in `s`; `speechAt(i)` tells quoted or reported speech. */
export function findDates(s: string, ctx: DateContext, speechAt: (i: number) => boolean = () => false): DateMention[] {
  const rules = ctx.rules ?? ALL_ON;
  const pattern = patternFor(rules);
  const { forms } = pattern;
  const out: DateMention[] = [];
  const spoken = speakingDay(rules);
  for (const m of matchesIn(s, pattern)) {
    // Read, never written: the match's own groups (the pattern always has some), not a copy.
    const g: Record<string, string | undefined> = m.groups!;
    const start = m.index;
    if (notADate(s, g, start, m[0], rules)) continue;
    const used = new Set<string>();
    const after = start + m[0].length;
    const prev = out[out.length - 1];
    if (restatesDayBefore(s, prev, start, m[0], rules)) continue;
    const bareDay = g.bd ?? g.cbd ?? g.cbh;
    const rangeTail = endsRange(s, prev, start, rules, used);
    const range = rangeTail && !!bareDay;
    const anaphor =
      !!(g.rd ?? g.alone) &&
      prev?.precision === 'day' &&
      !!prev.date &&
      rules.when(anaphorFollowsDay, { because: used }, () => anaphorFollowsDay.apply(g.rd, !!g.alone));
    const inSpeech = speechAt(start);
    const context = {
      ...ctx,
      ...(anaphor ? { contextDay: prev.date! } : {}),
      ...spoken.context(inSpeech),
      next: s.slice(after, after + 14),
      before: s.slice(0, start),
    };
    const value = range
      ? day(Number(prev!.date!.slice(0, 4)), Number(prev!.date!.slice(5, 7)), numeral(bareDay))
      : firstForm(forms, g, context, inSpeech, used);
    if (!value) continue;
    spoken.note(g.rd, value, inSpeech, used);
    const pod = PARTS[g.pod ?? ''] ?? PARTS[g.rd ?? ''] ?? PARTS[g.alone ?? ''];
    const local =
      value.precision === 'day' &&
      rules.when(localClock, { because: used }, () => localClock.apply(s.slice(Math.max(0, start - 14), start)));
    out.push({
      ...value,
      ...(pod && value.precision === 'day' ? { partOfDay: pod } : {}),
      ...(local ? { local: true } : {}),
      start,
      end: after,
      ...(g.rd && /当|同/.test(g.rd) ? { anaphoric: true } : {}),
      ...(rangeTail && value.precision === 'day' ? { rangeEnd: true } : {}),
      because: [...used],
    });
  }
  return out;
}
