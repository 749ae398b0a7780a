/**
 * Date expressions in folded text, resolved against the publication day: absolute
 * (2024年4月, 1月21日下午, 一月二十一日, 20日), relative (昨日, 今天, 上月, 去年8月),
 * anaphoric (當日: the day the story is about) and approximate (近日, 本周早些時候).
 */
import type { Precision } from '../schema.ts';
import { numeral } from './numerals.ts';

export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

/** A resolved date: "YYYY-MM-DD", "YYYY-MM", "YYYY" or null, with its precision. */
export interface DateValue {
  date: string | null;
  precision: Precision;
  partOfDay?: PartOfDay;
  /** Given in the local time of a place abroad (当地时间11日晚): the home day may be the next or the one before. */
  local?: boolean;
}

/** A date expression found in a text. */
export interface DateMention extends DateValue {
  start: number;
  end: number;
  /** True for 當日/當天/同日: the day comes from the story, not the words. */
  anaphoric?: boolean;
  /** True for the second day of a range (10日至11日): a happening is dated by the first. */
  rangeEnd?: boolean;
}

/** What relative dates resolve against. */
export interface DateContext {
  published: string;
  /** The day the story is about so far (for 當日, and 今天 inside quoted speech). */
  contextDay?: string | undefined;
  /** The story's own 今天 when it differs from publication: a wire dateline's day. */
  today?: string | undefined;
}

const MON = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:3[01]|[12]\\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|廿[一二三四五六七八九]?|[一二三四五六七八九])';
const POD = '(?<pod>上午|下午|中午|午间|晚间|晚上|傍晚|凌晨|早上|早晨|清晨|深夜|夜间|晚)?';
const PATTERN = new RegExp(
  [
    // 上周四, 本周一, 星期三: a weekday counted from the publication day (a bare 周三 may be a surname).
    '(?:(?<wp>上周|本周|这周|上星期|本星期|这星期|上礼拜|本礼拜)(?:周|星期|礼拜)?|星期|礼拜)(?<wd>[一二三四五六日天])(?![\\u4e00-\\u9fff]{0,1}[年届])',
    // 拜登週三在白宮…: a bare 周X is a weekday when what follows is a verb, a preposition, a time or a
    // mark (周三平表示 is a name); 每周一 is every Monday.
    '(?<![每一两二三四五六七八九十几数])周(?<bwd>[一二三四五六日])(?=[在于与和同跟晚上下中午早凌表称说宣会出举发致抵到访率起前后则也再将亦曾已即召主接见通举（(，,。、晨夜时：:\\s])',
    '(?<approx>本周早些时候|本周稍早|上周末|上周|本周|近日|日前|近期|前不久|不久前|早前|最近|近来)',
    `(?<ry>去年|今年|前年)(?:(?<rym>${MON})月(?:(?<ryd>${DAY})[日号])?)?`,
    `(?<rm>上个月|上月|本月|这个月|同月)(?:(?<rmd>${DAY})[日号])?`,
    // Taiwanese papers write the day beside the word: 昨（5）日, 今（6）日.
    '(?<pw>昨|今|前)[（(](?<pd>3[01]|[12]\\d|0?[1-9])[）)](?:日|号)?',
    '(?<rd>昨日|昨天|昨晚|昨夜|前天|前日|前晚|今日|今天|今晨|今早|今晚|当日|当天|当晚|同日|同天|次日|翌日|明天|明日)',
    `(?:(?<y>\\d{4}|[〇零一二三四五六七八九]{4})年)?(?<m>${MON})月(?:(?<d>${DAY})[日号])?`,
    '(?<yo>(?:19|20)\\d{2})年',
    '(?<bd>3[01]|[12]\\d|0?[1-9])[日号]',
    // 陳斌七日表示: a day in Chinese numerals (not 一日, which is mostly "one day"), not 七日內 or 十日談.
    '(?<![〇零一二三四五六七八九十廿月第])(?<cbd>[二三四五六七八九]|[一二]?十[一二三四五六七八九]?|三十一?|廿[一二三四五六七八九]?)日(?![内以之后起来间游谈前左里子夜])',
  ]
    .map((alt) => `(?:${alt})`)
    .join('|')
    .replace(/^/, '(?:') + `)(?:[）)](?=[上下中午晚早凌清深夜傍]))?${POD}`,
  'gu',
);

const PARTS: Record<string, PartOfDay> = {
  上午: 'morning', 早上: 'morning', 早晨: 'morning', 清晨: 'morning', 今晨: 'morning', 今早: 'morning',
  中午: 'noon', 午间: 'noon',
  下午: 'afternoon',
  晚间: 'evening', 晚上: 'evening', 傍晚: 'evening', 晚: 'evening', 昨晚: 'evening', 昨夜: 'night', 前晚: 'evening', 今晚: 'evening', 当晚: 'evening',
  凌晨: 'night', 深夜: 'night', 夜间: 'night',
};

const pad = (n: number) => String(n).padStart(2, '0');

// 华盛顿当地时间11日晚, 美国东部时间星期四, 日本时间7日晚: a day on another place's clock (北京时间 is home).
const LOCAL_TIME = /(?:当地|(?!北京|第一|同一|这段|那段|一段)(?:东部|西部|中部|太平洋|[\u4e00-\u9fff]{2}))时间\s*(?:星期[一二三四五六日天]\s*[（(]?)?$/u;

/** Adds `days` to a YYYY-MM-DD day (UTC). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addMonths(y: number, m: number, months: number): [number, number] {
  const index = y * 12 + (m - 1) + months;
  return [Math.floor(index / 12), (index % 12) + 1];
}

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function day(y: number, m: number, d: number): DateValue {
  const date = validDay(y, m, d);
  return date ? { date, precision: 'day' } : { date: null, precision: 'unknown' };
}

/** Finds and resolves every date expression in `s`; `speechAt(i)` tells quoted or reported speech. */
export function findDates(s: string, ctx: DateContext, speechAt: (i: number) => boolean = () => false): DateMention[] {
  const out: DateMention[] = [];
  for (const m of s.matchAll(PATTERN)) {
    const g: Record<string, string | undefined> = { ...m.groups };
    g.bd ??= g.cbd;
    const start = m.index;
    // A bare day needs a non-digit before it; 3日 in 第3日 or 13日's tail is not a date.
    if (g.bd && start > 0 && /[\d第]/u.test(s[start - 1]!)) continue;
    if (g.m && !g.y && start > 0 && /[\d]/u.test(s[start - 1]!)) continue;
    // 2020年以來, 今年以来: where a span starts, not when anything happened.
    const after = start + m[0].length;
    if (s.startsWith('以来', after) || s[after] === '来' || s[after] === '起') continue;
    const prev = out[out.length - 1];
    // 9月23日至28日: the second day of a range takes the first one's month.
    const range = g.bd && prev?.precision === 'day' && prev.date && /^[至到—\-~～]$/u.test(s.slice(prev.end, start));
    // 「2日下午…當晚」: 當晚 and 同日 refer to the day just written, before the story's.
    const anaphor = g.rd && /^(当|同)/u.test(g.rd) && prev?.precision === 'day' && prev.date ? { ...ctx, contextDay: prev.date } : ctx;
    const value = range ? day(Number(prev.date!.slice(0, 4)), Number(prev.date!.slice(5, 7)), numeral(g.bd!)) : resolve(g, anaphor, speechAt(start));
    if (!value) continue;
    const pod = PARTS[g.pod ?? ''] ?? PARTS[g.rd ?? ''];
    out.push({
      ...value,
      ...(pod && value.precision === 'day' ? { partOfDay: pod } : {}),
      ...(value.precision === 'day' && LOCAL_TIME.test(s.slice(Math.max(0, start - 14), start)) ? { local: true } : {}),
      start,
      end: start + m[0].length,
      ...(g.rd && /当|同/.test(g.rd) ? { anaphoric: true } : {}),
      ...(range ? { rangeEnd: true } : {}),
    });
  }
  return out;
}

function resolve(g: Record<string, string | undefined>, ctx: DateContext, inSpeech: boolean): DateValue | undefined {
  const [py, pm, pd] = ctx.published.split('-').map(Number) as [number, number, number];
  if (g.wd) return weekday(g.wp, g.wd, ctx.published);
  if (g.bwd) return weekday(undefined, g.bwd, ctx.published);
  // 近日, 本周早些時候: placed in the month it most likely fell in, never on a day.
  if (g.approx) return { date: addDays(ctx.published, /上周/u.test(g.approx) ? -7 : -3).slice(0, 7), precision: 'approximate' };
  if (g.ry) {
    const y = py + (g.ry === '去年' ? -1 : g.ry === '前年' ? -2 : 0);
    if (!g.rym) return { date: String(y), precision: 'year' };
    const mo = numeral(g.rym);
    return g.ryd ? day(y, mo, numeral(g.ryd)) : { date: `${y}-${pad(mo)}`, precision: 'month' };
  }
  if (g.rm) {
    const anchor = g.rm === '同月' && ctx.contextDay ? ctx.contextDay : ctx.published;
    const [ay, am] = anchor.split('-').map(Number) as [number, number];
    const [y, mo] = addMonths(ay, am, g.rm.startsWith('上') ? -1 : 0);
    return g.rmd ? day(y, mo, numeral(g.rmd)) : { date: `${y}-${pad(mo)}`, precision: 'month' };
  }
  if (g.rd) return relativeDay(g.rd, ctx, inSpeech);
  if (g.m) {
    const mo = numeral(g.m);
    let y = g.y ? numeral(g.y) : py;
    // A month after the publication month, with no year, was last year's.
    if (!g.y && mo > pm) y -= 1;
    return g.d ? day(y, mo, numeral(g.d)) : { date: `${y}-${pad(mo)}`, precision: 'month' };
  }
  if (g.yo) return { date: g.yo, precision: 'year' };
  if (g.bd || g.pd) {
    const d = numeral(g.bd ?? g.pd!);
    // A day after the publication day, with no month, was last month's.
    const [y, mo] = d > pd ? addMonths(py, pm, -1) : [py, pm];
    return day(y, mo, d);
  }
  return undefined;
}

const WEEKDAYS = '一二三四五六日';

// Weeks run Monday to Sunday; 星期X alone is the latest such day up to publication.
function weekday(prefix: string | undefined, wd: string, published: string): DateValue {
  const target = wd === '天' ? 7 : WEEKDAYS.indexOf(wd) + 1;
  const pub = new Date(`${published}T00:00:00Z`).getUTCDay() || 7;
  let offset = target - pub;
  if (!prefix) offset = offset > 0 ? offset - 7 : offset;
  else if (prefix.startsWith('上')) offset -= 7;
  return { date: addDays(published, offset), precision: 'day' };
}

function relativeDay(word: string, ctx: DateContext, inSpeech: boolean): DateValue {
  const story = ctx.contextDay;
  // In quoted speech, 今天 is the day the speaker spoke: the story's day, not publication.
  const today = inSpeech && story ? story : ctx.today ?? ctx.published;
  const at = (d: string | undefined, offset: number): DateValue =>
    d ? { date: addDays(d, offset), precision: 'day' } : { date: null, precision: 'unknown' };
  // A paper reprinting the day before's wire (本报北京11月11日电…昨天) counts 昨天 from its own date, and
  // keeps 今天 as the dateline's day; a dateline further back is the story's own clock.
  const yesterdayFrom = !inSpeech && ctx.today && ctx.today < ctx.published && addDays(ctx.today, 1) >= ctx.published ? ctx.published : today;
  if (/^(昨|前)/.test(word)) return at(yesterdayFrom, word.startsWith('前') ? -2 : -1);
  if (word.startsWith('今')) return at(today, 0);
  if (/^(当|同)/.test(word)) return at(story ?? ctx.published, 0);
  if (/^(次|翌)/.test(word)) return at(story, 1);
  return at(ctx.published, 1);
}
