/**
 * Ministries, offices and embassies named in folded text, with the country they speak
 * for: the data's country, else the country written before (俄羅斯外交部), else the
 * outlet's side (外交部 in a Taipei paper is the ROC's).
 */
import type { Lexicon } from './lexicon.ts';
import { fold } from './fold.ts';
import { hash64 } from '../hash.ts';
import ministriesData from '../data/ministries.json' with { type: 'json' };
import { originalSlice, type Prepared } from './text.ts';

/** A ministry or embassy found in the text. */
export interface MinistryMention {
  start: number;
  end: number;
  /** Folded name without the country in front (外交部, 驻美国大使馆). */
  folded: string;
  /** Stable id: country and office (cn-mfa, tw-mfa, cn-embassy-us). */
  id: string;
  /** The office without the country (mfa, embassy-us). */
  entry: string;
  country: string;
  en: string;
}

// 外交部長, 國防部部長, 商務部副部長 are titles, not the ministry speaking (陸委會副主委 is the office and a title);
// so is a party division's head (自民黨外交部會長), whom no ministry has.
const TITLE_AFTER = /^(长|部长|副部长|副长|次长|官员|会长)/u;
// 外交部高級外交官代表團: a delegation from the ministry, not the ministry speaking; nor are its ships (海警局船隻).
/** The governments whose ministries' words the timeline follows whatever the form. */
export const HOME_OFFICES: ReadonlySet<string> = new Set(['CN', 'TW', 'HK', 'MO']);
// 「中韓國防部門」「兩國外交部門」「各有關部門」: the departments of several sides, not one ministry.
const SEVERAL_BEFORE = /(?:两国|双方|各国|各方|各|相关|有关|[中美日韩俄朝越印英法德澳菲泰][美日韩俄朝越印英法德澳菲泰中])$/u;
const DELEGATION_AFTER = /^(?:[^，。；、,]{0,8}?(?:代表团|访问团|考察团|访华团)|的?(?:船|舰|艇))/u;

/**
 * The country named right before `at`. 我國 (our country) is the outlet's own side (`region`, as
 * homeCountry reads it): 我國外交部 in a Taipei paper is the ROC's.
 */
export function countryEndingAt(lex: Lexicon, s: string, at: number, region?: string): { code: string; start: number } | undefined {
  for (let k = Math.max(0, at - 9); k < at; k++) {
    const hit = lex.countries.at(s, k);
    if (hit && hit.end === at) return { code: /^我[国國]$/u.test(hit.phrase) ? homeCountry(region) : hit.value.code, start: k };
  }
  // 俄外交部, 菲外交部發表聲明: a country named by its one character right before the office, where a clause
  // starts or after a joining word (與俄外交部); not 今日外交部, 23日外交部, 參加外交部.
  const short = at >= 1 ? lex.postedHosts.get(s[at - 1]!) : undefined;
  if (short && (at === 1 || SHORT_NAME_AFTER.test(s[at - 2]!))) return { code: short, start: at - 1 };
  // 洪國外交部, 星國外交部, 該國外交部: a country the press names by one character (or the one just named) is
  // another country, whichever it is.
  if (at >= 2 && ABBREVIATED_COUNTRY.test(s.slice(at - 2, at))) return { code: 'XX', start: at - 2 };
  // 「英國政府近日繼其外交部發表報告後」: 其 (its) before the office points back at the country last named in its sentence.
  if (at >= 1 && s[at - 1] === '其') {
    const from = Math.max(0, s.lastIndexOf('。', at - 1) + 1, at - 40);
    const named = lex.countries.all(s, from, at - 1).pop();
    if (named) return { code: named.value.code, start: at };
  }
  return undefined;
}

const SHORT_NAME_AFTER = /[^\p{Script=Han}\d]|[与和及同向对据由是称但而]/u;

const ABBREVIATED_COUNTRY = /^[^\s我本中祖和民两各全多数诸大小强一二三四五六七八九十美英法德日俄韩朝印澳加泰]国$/u;

// An unqualified ministry speaks for the outlet's side: 外交部 in a Taipei paper is the ROC's.
export const homeCountry = (region: string | undefined): string => (region === 'TW' || region === 'MY' || region === 'SG' ? region : 'CN');

/**
 * The ministry a titled person heads: the one named right before the title (陸委會主委X,
 * 國台辦主任X), else the one the title itself names (外交部長X, 伊朗外長X), or undefined.
 */
export function ministryHeaded(
  lex: Lexicon,
  s: string,
  titleStart: number,
  titleEnd: number,
  before: MinistryMention | undefined,
  region?: string,
): MinistryMention | undefined {
  if (before && before.end <= titleStart && titleStart - before.end <= 1) return before;
  // 「外交部副部長謝鋒」: the title read is 部長, the head's title (外交部副部長) ends with it.
  const hit =
    lex.ministryHeads.all(s, titleStart, titleEnd)[0] ??
    lex.ministryHeads.all(s, Math.max(0, titleStart - 6), titleEnd).find((h) => h.end === titleEnd);
  if (!hit) return undefined;
  const entry = lex.ministryEntries.get(hit.value);
  if (!entry) return undefined;
  // 「中國駐英國大使」: the country posted to is not the one the envoy speaks for; that one stands before 駐.
  const posted = postingBefore(lex, s, titleStart, titleEnd);
  const from = posted === undefined ? titleStart : s.indexOf('驻', posted);
  const country = entry.country ?? countryEndingAt(lex, s, from, region)?.code ?? homeCountry(region);
  return {
    start: titleStart,
    end: titleStart,
    folded: entry.names[0]!,
    id: `${country.toLowerCase()}-${entry.id}`,
    entry: entry.id,
    country,
    en: entry.en,
  };
}

/**
 * 「中國駐英國大使」「駐英大使」: where an ambassador's title is written with the posting before it, the
 * start of that posting, with the sending country when one is named before 駐; else undefined.
 */
export function postingBefore(lex: Lexicon, s: string, titleStart: number, titleEnd: number): number | undefined {
  if (!/大使$/u.test(s.slice(titleStart, titleEnd))) return undefined;
  const at = s.lastIndexOf('驻', titleStart - 1);
  if (at < 0 || !/^驻[\u4e00-\u9fff]{1,6}$/u.test(s.slice(at, titleStart))) return undefined;
  return countryEndingAt(lex, s, at)?.start ?? at;
}

/** The office as written, with the country written right before it (中國外交部, 美國國務院, 俄外交部). */
export function nameAsWritten(lex: Lexicon, prep: Prepared, m: { start: number; end: number }): string {
  return originalSlice(prep, countryEndingAt(lex, prep.folded, m.start)?.start ?? m.start, m.end);
}

/**
 * 「外交部今天舉行例行記者會，發言人蕭光偉指出」, 「外交部發言人耿爽」 in a Taiwan paper: a ministry written with no country
 * before it is the one its known spokesperson speaks for, whatever the page's region would make it.
 */
export function ministryOfSpokesperson(
  lex: Lexicon,
  prep: Prepared,
  m: MinistryMention,
  person: { ministry?: string | undefined; country: string } | undefined,
): MinistryMention {
  if (!person || person.ministry !== m.entry || person.country === m.country) return m;
  if (countryEndingAt(lex, prep.folded, m.start)) return m;
  return { ...m, country: person.country, id: `${person.country.toLowerCase()}-${m.entry}` };
}

// 總領館, 領事館: a consulate, posted to a city the data need not know.
const CONSULATE = /领事馆$|领馆$/u;

/**
 * 「中國駐舊金山總領館」「駐大阪總領事館」: a consulate in a city (two to five characters after 駐) is its sending country's
 * office there, a hash of the city kept in its id.
 */
function consulateIn(
  lex: Lexicon,
  s: string,
  at: number,
  hit: { start: number; end: number; phrase: string },
  region: string | undefined,
): MinistryMention | undefined {
  const city = s.slice(at + 1, hit.start);
  if (!CONSULATE.test(hit.phrase) || !/^[\u4e00-\u9fff]{2,5}$/u.test(city)) return undefined;
  const sender = countryEndingAt(lex, s, at, region)?.code ?? homeCountry(region);
  const entry = `consulate-${hash64(city).slice(0, 6)}`;
  return {
    start: at,
    end: hit.end,
    folded: s.slice(at, hit.end),
    id: `${sender.toLowerCase()}-${entry}`,
    entry,
    country: sender,
    en: 'Consulate',
  };
}

/** Ministries and embassies in `s[from, to)`. */
export function findMinistries(lex: Lexicon, s: string, from: number, to: number, region?: string): MinistryMention[] {
  const out: MinistryMention[] = [];
  for (const hit of lex.ministries.all(s, from, to)) {
    if (TITLE_AFTER.test(s.slice(hit.end, hit.end + 3)) || DELEGATION_AFTER.test(s.slice(hit.end, hit.end + 11))) continue;
    if (s[hit.end] === '门' && SEVERAL_BEFORE.test(s.slice(Math.max(0, hit.start - 2), hit.start))) continue;
    const named = countryEndingAt(lex, s, hit.start, region);
    // 「美國商務部在聲明中說」: another country written before an office the data gives to China is that country's office.
    const foreign = hit.value.country && named && !HOME_OFFICES.has(named.code) && named.start < hit.start - 1 ? named.code : undefined;
    const country = foreign ?? hit.value.country ?? named?.code ?? homeCountry(region);
    out.push({
      start: hit.start,
      end: hit.end,
      folded: hit.phrase,
      id: `${country.toLowerCase()}-${hit.value.id}`,
      entry: hit.value.id,
      country,
      en: hit.value.en,
    });
  }
  for (const hit of lex.embassyWords.all(s, from, to)) {
    const at = s.lastIndexOf('驻', hit.start);
    if (at < 0 || hit.start - at > 10) continue;
    const host =
      s[at + 1] === '华'
        ? 'CN'
        : (lex.countries.at(s, at + 1)?.value.code ?? (hit.start === at + 2 ? lex.postedHosts.get(s[at + 1]!) : undefined));
    if (!host) {
      const consulate = consulateIn(lex, s, at, hit, region);
      if (consulate) out.push(consulate);
      continue;
    }
    const sender = countryEndingAt(lex, s, at, region)?.code ?? (host === 'CN' ? undefined : homeCountry(region));
    if (!sender) continue;
    out.push({
      start: at,
      end: hit.end,
      folded: s.slice(at, hit.end),
      id: `${sender.toLowerCase()}-embassy-${host.toLowerCase()}`,
      entry: `embassy-${host.toLowerCase()}`,
      country: sender,
      en: 'Embassy',
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

const found = new WeakMap<Prepared, MinistryMention[]>();

/** Ministries in `prep.folded[from, to)`, from one scan of the passage kept for later calls. */
export function ministriesIn(lex: Lexicon, prep: Prepared, from: number, to: number, region?: string): MinistryMention[] {
  let all = found.get(prep);
  if (!all) {
    all = findMinistries(lex, prep.folded, 0, prep.folded.length, region);
    found.set(prep, all);
  }
  return all.filter((m) => m.start >= from && m.end <= to);
}

/** The ministry's name in the article's script, for a spokesperson named without it. */
export function ministryName(entryId: string, simplified: boolean): string {
  const entry = ministriesData.ministries.find((m) => m.id === entryId);
  const names = entry?.names ?? [entryId];
  return (simplified ? names.find((n) => fold(n) === n) : undefined) ?? names[0]!;
}
