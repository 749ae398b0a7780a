/**
 * People named in a span of folded text: known people from the data (any script or
 * transliteration), and unknown names standing after a title (俄羅斯總統普京, 斯洛伐克總理菲佐),
 * each with the title and country written around it.
 */
import { rule } from './engine.ts';
import type { Lexicon, PersonEntry, TitleEntry } from './lexicon.ts';
import { PhraseMatcher } from './matcher.ts';
import { originalSlice, type Prepared } from './text.ts';

/** A person found in the text. */
export interface PersonMention {
  start: number;
  end: number;
  /** The name as it stands in the folded text (map back with originalSlice). */
  folded: string;
  person?: PersonEntry;
  titleStart?: number;
  titleEnd?: number;
  /** Country code from the words before the title (美國總統 → US). */
  country?: string;
  /** Known only because a title introduced the name elsewhere on the page (people.named-on-page): that title as written. */
  onPage?: { title: string };
}

// Characters that never continue a name after a title: particles, verbs, punctuation.
const STOP = new Set([
  ...'在同与和或又亦跟及举会表说于就时今昨前将并也还对向等率一出进发应共分已曾的了是为以从到再首正近主强指称答介回重敦驳呼透证告访抵致讲谈因被打斥则陪乘搭赴互',
  ...'、，。：；「」“”（）《》()0123456789 ',
]);
const NOT_NAMES = new Set(['先生', '女士', '阁下', '本人', '一行', '夫妇', '夫人', '办公室', '先生阁下']);
// Words that follow a title without being a name (议长公开会晤, 主席密集会见, 总统相继会见, 外长联合声明, 特首办查询 (the office of the title), 总理特恩布尔邀请, 部长奥斯汀提议, 主席不久前, 防长午餐会 (a meal, 茶叙, 晚宴: a function, not a name), 总统首度访华, 总理巴育夫妇, 外长第二度通话, 主席六天密集会见, 发言人点名指, 国务卿期间, 副部长宋涛奉命约见, 外长自今年9月, 应总统之请, 首相之后, 省州长见面会, 总统小马可斯辞行, 总统办公室, 总统专机上, 发言人提问, 发言人这个问题, 发言人评论, 总统讲话, 外长声明: what was said); a name stops before them.
const NOT_NAME_START =
  /^(这|公开|正式|联合|联名|首次|首度|再次|再度|分别|共同|一起|亲切|友好|举行|进行|视频|电话|通过|以及|先后|随后|近日|不久|此前|周[一二三四五六日]|本人|上周|本周|上月|本月|上星期|本星期|上礼拜|今年|去年|当地|当天|当日|星期|日前|提名|提问|提出|候任|当选|本报|本网|本台|涉|综合|报道|报导|专电|摄影|年度|定期|例行|通报|通知|通告|通了|通电|通话|通信|夫妇|伉俪|第[一二三四五六七八九十两0-9]+[度次轮]|[一二三四五六七八九十两几数0-9]+(?:天|日|周|个月|年|次|度|轮)|上午|下午|中午|晚间|晚上|早上|早晨|清晨|凌晨|傍晚|深夜|今天|今日|昨天|昨日|明天|明日|新春|春节|新年|元旦|圣诞|期间|任内|任上|任期|时期|以来|之际|之后|之前|以后|以前|见面|办公室|办公厅|专机|专程|身份|奉命|紧急|自(?:今年|去年|前年|上|本|\d)|之[请邀约托命嘱]|述职|辞行|此次|此番|其中|办|邀请|邀约|提议|建议|推动|促成|点名|午餐|早餐|晚餐|午宴|晚宴|国宴|宴会|茶叙|餐叙|酒会|招待会|密集|频繁|热情|隆重|集中|陆续|相继|依次|逐一|单独|简短|顺道|专门|特意|特地|接连|连续|评论|谈话|讲话|声明|言论|说法|表态)/u;
const NOT_NAME_FIRST = new Set([
  ...'公正首再分共一亲友举进视电通以先随近此本上今去当星日提候年定例夫伉第下中晚早清凌傍深昨明奉紧之述其办邀辞',
]);
// 总统图书馆, 议长办公厅: the title names a place or office, not a person.
const PLACE_END = /[馆府厅局署院堂楼宫]$/u;
// A title glued to these is part of another word (总统府, 大使馆, 主席国).
const TITLE_TAILS = new Set([...'馆级们团府国台官处署候位']);

function isHan(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || c === '·' || c === '•';
}

function countryBefore(lex: Lexicon, s: string, at: number): string | undefined {
  for (let k = Math.max(0, at - 8); k < at; k++) {
    const hit = lex.countries.at(s, k);
    if (hit && hit.end === at) return hit.value.code;
  }
  return undefined;
}

// 周二（14日）: a weekday where a name would stand.
const WEEKDAY = /^(?:周|星期|礼拜)[一二三四五六日天]$/u;

// Prepositions and particles never end a name, even before a verb (高峰在回答…時表示).
const NEVER_LAST = new Set([...'在同与和跟及于就对向将也还并已曾的了是为以从到再今昨']);
// A date in Chinese numerals (陳斌七日表示, 總統二月廿四日) ends the name before it, and is no name itself.
const NUMERAL_DAY = /^[〇零一二三四五六七八九十廿卅]{1,3}[日号月年]/u;

// 「王岐山都分別會見了」「三人均出席」: an adverb of the subject before a verb ends the name.
const adverbBeforeVerb = (lex: Lexicon, s: string, j: number) =>
  /[都均亦]/u.test(s[j]!) &&
  (NOT_NAME_START.test(s.slice(j + 1, j + 3)) || !!lex.triggers.at(s, j + 1) || !!lex.responseVerbs.at(s, j + 1));

// Transliterated names run long (阿卜杜勒阿蒂); Chinese ones stop at a particle or verb first.
const MAX_NAME = 7;

// 岡田健一, 山田一郎: 一 inside a name, unless it opens 一行, 一道 ….
const japaneseOne = (s: string, i: number, j: number) => s[j] === '一' && j >= i + 2 && !/[行道起同些并直再致度次起]/u.test(s[j + 1] ?? '');

// 中曾根弘文, 曾根: 曾 before 根 is part of a Japanese surname, not 'once'.
const sone = (s: string, j: number) => s[j] === '曾' && s[j + 1] === '根';

/** Whether a date, a trigger, a response verb or a word that opens no name starts at `j`: the name ends before it. */
function wordStartsAt(lex: Lexicon, s: string, j: number): boolean {
  return (
    NUMERAL_DAY.test(s.slice(j, j + 4)) ||
    // 「大使傅融周日被召見」: a weekday after the name.
    /^[周週][一二三四五六日天]/u.test(s.slice(j, j + 2)) ||
    // 「坤淑達薇女士辭行」「千英宇先生」: an honorific after the name.
    /^(?:女士|先生|阁下)/u.test(s.slice(j, j + 2)) ||
    // 「董事長蕭萬長希望兩岸…」: a verb of wishing or thinking after the name.
    /^(?:希望|认为|期待|期盼|盼望)/u.test(s.slice(j, j + 2)) ||
    adverbBeforeVerb(lex, s, j) ||
    !!lex.triggers.at(s, j) ||
    !!lex.responseVerbs.at(s, j) ||
    (NOT_NAME_FIRST.has(s[j]!) && NOT_NAME_START.test(s.slice(j, j + 2)))
  );
}

/** Whether a name may end before `k`: a verb, title, time or punctuation stands there. */
function nameEndsBefore(lex: Lexicon, s: string, k: number): boolean {
  return (
    !!(lex.responseVerbs.at(s, k) || lex.speechVerbs.at(s, k) || lex.titles.at(s, k)) || /[：:，,（(。；;、昨今前在0-9]/u.test(s[k] ?? '')
  );
}

/** Whether the stop character at `j` is a two-character name's last: a verb, title, time or punctuation follows it. */
function endsNameAt(lex: Lexicon, s: string, j: number, trigger = false): boolean {
  if (!STOP.has(s[j]!) || NEVER_LAST.has(s[j]!) || !isHan(s[j])) return false;
  if (lex.responseVerbs.at(s, j) || lex.speechVerbs.at(s, j) || lex.triggers.at(s, j)) return false;
  return (
    !!(lex.responseVerbs.at(s, j + 1) || lex.speechVerbs.at(s, j + 1) || lex.titles.at(s, j + 1)) ||
    (trigger && !!lex.triggers.at(s, j + 1)) ||
    /[：:，,（(。；;、昨今前在0-9]/u.test(s[j + 1]!)
  );
}

/** A short name cut at a character that usually stops one, read whole when what follows ends a name. */
function extendShortName(lex: Lexicon, s: string, i: number, j: number, to: number): number {
  // 橫內正明一行: a delegation's head, named whole up to 一行 (four characters at most) whatever stops in it.
  const near = s.slice(j, i + 6).indexOf('一行');
  const party = near < 0 ? -1 : j + near;
  if (j - i >= 2 && party > j && party - i <= 4 && party + 2 <= to && [...s.slice(j, party)].every((c) => isHan(c))) return party;
  // 任國強大校, 陳明通：: a third character that usually stops a name (強, 通) ends it when a verb, title, time or punctuation follows.
  if (j - i === 2 && j + 1 < to && endsNameAt(lex, s, j)) return j + 1;
  // 市長羅強會見, 王正表示: a second character that usually stops a name (強, 正) ends a two-character one when a
  // verb, title, time or punctuation follows it.
  if (j - i === 1 && j + 1 < to && endsNameAt(lex, s, j, true)) return j + 1;
  // 劉為民表示, 李和平在: a second character that usually stops a name (為, 和) when a third ends it so.
  if (
    j - i === 1 &&
    j + 2 < to &&
    isHan(s[j]) &&
    isHan(s[j + 1]) &&
    !STOP.has(s[j + 1]!) &&
    !lex.triggers.at(s, j) &&
    nameEndsBefore(lex, s, j + 2)
  )
    return j + 2;
  return j;
}

// 新西蘭總理Christopher Luxon: a name in Latin letters after a title, up to four capitalised words.
const LATIN_NAME = /^[A-Z][A-Za-z'’.-]*[a-z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*[a-z][A-Za-z'’.-]*){0,3}/u;

function unknownNameAt(lex: Lexicon, s: string, i: number, to: number): number {
  // 「賴清德總統二月廿四日出席」: a date after the title, not a name.
  if (NUMERAL_DAY.test(s.slice(i, i + 4))) return i;
  const latin = LATIN_NAME.exec(s.slice(i, Math.min(to, i + 48)));
  if (latin) return i + latin[0].replace(/[.'’-]+$/u, '').length;
  let j = i;
  // 亞西爾·阿拉法特: a transliterated name with a middle dot runs longer.
  const longest = /[·・]/u.test(s.slice(i, i + MAX_NAME)) ? MAX_NAME + 6 : MAX_NAME;
  while (j < to && j - i < longest && isHan(s[j]) && (!STOP.has(s[j]!) || japaneseOne(s, i, j) || sone(s, j))) {
    if (j > i + 1 && wordStartsAt(lex, s, j)) break;
    // 駐澳門特派員公署特派員劉顯法: another title inside means this run is an office's name, not a person's.
    if (j > i && lex.titles.at(s, j)) break;
    // 江澤民專程飛抵: how the journey is made follows the name; so does an interview given (史明德接受路透社採訪).
    if (j > i + 1 && /^(?:专(?:程|机)|接受)/u.test(s.slice(j, j + 2))) break;
    // 霍英東副主席: 副 before a title opens the title, not the end of the name.
    if (j > i + 1 && s[j] === '副' && lex.titles.at(s, j + 1)) break;
    j++;
  }
  j = extendShortName(lex, s, i, j, to);
  // 會見阿盟秘書長穆薩時，: 时 before a comma closes the clause, not the name.
  if (j - i > 2 && s[j - 1] === '时' && /^[，,。、]/u.test(s[j] ?? '')) j--;
  return notAName(lex, s, i, j) ? i : j;
}

/** Whether the run `s[i, j)` after a title is too short, or a word, weekday, place, country, title or verb, not a name. */
function notAName(lex: Lexicon, s: string, i: number, j: number): boolean {
  const name = s.slice(i, j);
  return (
    j - i < 2 ||
    NOT_NAMES.has(name) ||
    WEEKDAY.test(name) ||
    NOT_NAME_START.test(name) ||
    PLACE_END.test(name) ||
    !!lex.countries.at(s, i) ||
    !!lex.titles.at(s, i) ||
    // 「大使館發言人批評，…」: a verb of what is said, right after the title, is no name.
    (lex.responseVerbs.at(s, i)?.end ?? -1) >= j ||
    (lex.speechVerbs.at(s, i)?.end ?? -1) >= j
  );
}

/** The end of a run of titles: 國務委員兼外長, 副總理兼商業部長 (a portfolio word before the title). */
function titleRunEnd(lex: Lexicon, s: string, end: number, to: number, first?: TitleEntry): number {
  // 首相拿督斯里納吉, 總統特使: an honorific or a role right after the office; not a second head (新西蘭總理　國家主席習近平:
  // a headline run into the story, its space gone).
  let last = first;
  for (let next = lex.titles.at(s, end); next && next.end <= to && !lex.people.at(s, end); next = lex.titles.at(s, end)) {
    if (last?.head && next.value.head) break;
    last = next.value;
    end = next.end;
  }
  // 中央總書記、國家主席通倫: two titles listed, the name after the last.
  for (
    let next = s[end] === '、' ? lex.titles.at(s, end + 1) : undefined;
    next && next.end < to;
    next = s[end] === '、' ? lex.titles.at(s, end + 1) : undefined
  )
    end = next.end;
  while (s[end] === '兼' && end + 1 < to) {
    let more;
    // 副總理兼經濟政策統籌部長: a portfolio of up to eight characters before the second title.
    for (let k = end + 1; k < Math.min(to, end + 9) && !more; k++) {
      // 副主委兼發言人: a title may open with a character that stops a name (發).
      more = lex.titles.at(s, k);
      if (!more && (!isHan(s[k]) || STOP.has(s[k]!))) break;
    }
    if (!more) break;
    end = more.end;
  }
  return end;
}

/**
 * Whether a name the page introduced with a title stands alone at `[i, end)`: what is before it
 * and after it cannot continue a name (邱騰華昨日與…, 與卡蘭會面).
 */
function standsAlone(lex: Lexicon, s: string, i: number, end: number): boolean {
  const before = s[i - 1];
  const after = s[end];
  return (
    (!isHan(before) || STOP.has(before!) || NEVER_LAST.has(before!) || wordEndsAt(lex, s, i)) &&
    (!isHan(after) || STOP.has(after!) || wordStartsAt(lex, s, end) || nameEndsBefore(lex, s, end))
  );
}

/** 「召見丹羽宇一郎」: a call or meeting word ends right before `i`, so a name may start there. */
function wordEndsAt(lex: Lexicon, s: string, i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (lex.triggers.at(s, k)?.end === i) return true;
  return false;
}

const WITH_LEAD = new Set([...'与同和跟']);
// Two characters that end in these are a side, a body or a group (陸方, 美國, 他們), not a person.
const NOT_BARE_END = /[方国们家人部会府局院署团界党军处队员长]$/u;

/**
 * 「接見洪秀柱與台灣嘉賓」「與洪秀柱會面」: a two- or three-character run opening with a common surname (the caller
 * checks `s[i]`), right after a call or meeting word, or after 與 with such a word close behind it, is a name the
 * data does not hold.
 */
function bareNameAt(lex: Lexicon, s: string, i: number, to: number): number {
  const withLead = WITH_LEAD.has(s[i - 1] ?? '');
  // (Only a word's last character, or 了 after it, can stand right before: most places are passed over at once.)
  const byWord =
    !withLead &&
    (s[i - 1] === '了'
      ? lex.triggerEnds.has(s[i - 2] ?? '') && wordEndsAt(lex, s, i - 1)
      : lex.triggerEnds.has(s[i - 1] ?? '') && wordEndsAt(lex, s, i));
  if (!byWord && !withLead) return 0;
  for (const end of [i + 3, i + 2]) {
    const run = s.slice(i, end);
    if (end > to || ![...run].every(isHan) || [...run.slice(1)].some((c) => STOP.has(c) || NEVER_LAST.has(c))) continue;
    if (notAName(lex, s, i, end) || (end - i === 2 && NOT_BARE_END.test(run))) continue;
    // 朱總理, 蔣市長: a surname with a title is a person named by office, which the titles tell.
    if ([1, 2].some((k) => i + k < end && lex.titles.at(s, i + k))) continue;
    const after = s[end];
    if (isHan(after) && !/[与和及并时等夫先女在于]/u.test(after!) && !wordStartsAt(lex, s, end)) continue;
    // After 與, a call or meeting word must follow within a few characters (與洪秀柱會面, 與洪秀柱舉行會談).
    if (!byWord && ![0, 1, 2, 3, 4].some((k) => lex.triggers.at(s, end + k))) continue;
    return end;
  }
  return 0;
}

/** People named in `s[from, to)`, in order; `named` holds the names the page gave a title elsewhere. */
export function findPeople(lex: Lexicon, s: string, from = 0, to = s.length, named?: PhraseMatcher<string>): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = from; i < to;) {
    const known = lex.people.at(s, i);
    const again = known ? undefined : named?.at(s, i);
    if (again && again.end <= to && standsAlone(lex, s, i, again.end)) {
      out.push({ start: i, end: again.end, folded: again.phrase, onPage: { title: again.value } });
      i = again.end;
      continue;
    }
    if (known && known.end <= to) {
      const mention: PersonMention = { start: i, end: known.end, folded: known.phrase, person: known.value };
      const after = lex.titles.at(s, known.end);
      if (after && !TITLE_TAILS.has(s[after.end] ?? '')) {
        mention.titleStart = after.start;
        mention.titleEnd = after.end;
      }
      out.push(mention);
      i = known.end;
      continue;
    }
    const found = lex.titles.at(s, i);
    const titleEnd = found ? titleRunEnd(lex, s, found.end, to, found.value) : 0;
    if (found && titleEnd < to && !TITLE_TAILS.has(s[titleEnd] ?? '')) {
      const country = countryBefore(lex, s, i);
      const next = lex.people.at(s, titleEnd);
      const end = next ? next.end : unknownNameAt(lex, s, titleEnd, to);
      if (end > titleEnd && end <= to) {
        out.push({
          start: titleEnd,
          end,
          folded: s.slice(titleEnd, end),
          ...(next ? { person: next.value } : {}),
          titleStart: i,
          titleEnd,
          ...(country ? { country } : {}),
        });
        i = end;
        continue;
      }
      i = titleEnd;
      continue;
    }
    const before = nameBeforeTitle(lex, s, i, to, from);
    if (before) {
      out.push(before);
      i = before.titleEnd!;
      continue;
    }
    const bare = lex.surnames.has(s[i]!) ? bareNameAt(lex, s, i, to) : 0;
    if (bare) {
      out.push({ start: i, end: bare, folded: s.slice(i, bare) });
      i = bare;
      continue;
    }
    i++;
  }
  return out;
}

// What may stand before a name set ahead of its title: a particle, a conjunction, a comma, a bracket.
const NAME_LEAD = /[的与和同跟及、，,：:（(]/u;

/**
 * 「德國的施羅德總理」「江澤民主席」: an unknown name written before a leader's title (主席, 總統, 總理,
 * 首相), after a particle, conjunction or comma, the title standing apart from any word after it.
 */
function nameBeforeTitle(lex: Lexicon, s: string, i: number, to: number, from: number): PersonMention | undefined {
  if (!(i === from || NAME_LEAD.test(s[i - 1]!)) || !isHan(s[i]) || NOT_NAME_FIRST.has(s[i]!)) return undefined;
  // The title stands two to five characters on (a name of two to four, perhaps 副): with none there, no name is read.
  let titled = false;
  for (let k = i + 2; k <= i + 5 && !titled; k++) titled = !!lex.titles.at(s, k);
  if (!titled) return undefined;
  const end = unknownNameAt(lex, s, i, to);
  if (end - i < 2 || end - i > 4) return undefined;
  // 霍英東副主席: a vice title.
  const vice = s[end] === '副' ? 1 : 0;
  const title = lex.titles.at(s, end + vice);
  if (!title || title.end > to || !lex.leaderTitle.test(title.phrase) || title.phrase.length !== title.end - end - vice) return undefined;
  const next = s[title.end];
  if (TITLE_TAILS.has(next ?? '') || (isHan(next) && !STOP.has(next!) && !NOT_NAME_START.test(s.slice(title.end)))) return undefined;
  return { start: i, end, folded: s.slice(i, end), titleStart: end, titleEnd: title.end };
}

const NAME_DOT = /[·•‧・]/u;

/** One key per person: the data's id, else the name (a foreign name by its last part). */
export function personKey(m: PersonMention): string {
  // 科林·鮑威爾, then 鮑威爾: a foreign name in full and its last part alone are one person.
  if (m.person) return m.person.id;
  const dot = m.folded.search(NAME_DOT);
  return `name:${dot < 0 ? m.folded : m.folded.split(NAME_DOT).pop()}`;
}

const found = new WeakMap<Prepared, PersonMention[]>();
const pageNames = new WeakMap<Prepared, PhraseMatcher<string>>();
const pageYear = new WeakMap<Prepared, number>();

/** A known spokesperson's name on a page written years after his term (spokespersonUntil) names him, not the ministry. */
function retired(p: PersonMention, year: number | undefined): PersonMention {
  const until = p.person?.spokespersonUntil;
  if (year === undefined || until === undefined || year <= until + 1) return p;
  const { ministry: _ministry, role: _role, ...person } = p.person!;
  return { ...p, person };
}

/**
 * 劉建超, foreign-ministry spokesperson until 2009, meets a visitor in 2023 as head of a party department:
 * a spokesperson's name on a page written more than a year after his term ends speaks for no ministry.
 * Call before `peopleIn` and `namedOnPage`.
 */
export const spokespersonTermEnded = rule({
  id: 'people.spokesperson-term-ended',
  decides:
    'A known spokesperson named on a page written more than a year after his term (spokespersonUntil in people.json) speaks for no ministry by his name alone (劉建超 in 2023).',
  examples: [
    {
      text: [
        ['paragraph', '維文20日在北京分別與秦剛及中聯部部長劉建超舉行會談。'],
        ['paragraph', '他強調，新加坡希望各國維護以規則為基礎的國際秩序。'],
      ],
      published: '2023-02-21',
      events: [
        { type: 'meeting', date: '2023-02-20', actors: ['維文', '秦剛'] },
        { type: 'meeting', date: '2023-02-20', actors: ['維文', '劉建超'] },
      ],
    },
    {
      text: [
        ['paragraph', '维文20日在北京分别与秦刚及中联部部长刘建超举行会谈。'],
        ['paragraph', '他强调，新加坡希望各国维护以规则为基础的国际秩序。'],
      ],
      published: '2023-02-21',
      events: [
        { type: 'meeting', date: '2023-02-20', actors: ['维文', '秦刚'] },
        { type: 'meeting', date: '2023-02-20', actors: ['维文', '刘建超'] },
      ],
    },
  ],
  leaves: [
    {
      text: '外交部發言人劉建超6日表示，中方歡迎各方恢復對話。',
      published: '2007-03-07',
      events: [{ type: 'ministry-response', date: '2007-03-06', actors: ['外交部', '劉建超'] }],
    },
  ],
  apply: (prepared: readonly Prepared[], published: string): void => {
    for (const prep of prepared) pageYear.set(prep, Number(published.slice(0, 4)));
  },
});

/**
 * 「商經局局長邱騰華…」, then 「邱騰華昨日與…會面」: a name the data does not hold, once a title has
 * introduced it on the page, is a name wherever the page writes it alone. Call before `peopleIn`.
 */
export const namedOnPage = rule({
  id: 'people.named-on-page',
  decides: 'A name a title introduced on the page (局長邱騰華) is a person wherever the page writes it alone (邱騰華昨日與卡蘭會面).',
  examples: [
    {
      text: [
        ['paragraph', '商務及經濟發展局局長邱騰華昨日抵達華盛頓。'],
        ['paragraph', '邱騰華昨日與美國商務部副部長卡蘭會面。'],
      ],
      published: '2018-09-25',
      events: [{ type: 'meeting', date: '2018-09-24', actors: ['邱騰華', '卡蘭'] }],
    },
    {
      text: [
        ['paragraph', '商务及经济发展局局长邱腾华昨日抵达华盛顿。'],
        ['paragraph', '邱腾华昨日与美国商务部副部长卡兰会面。'],
      ],
      published: '2018-09-25',
      events: [{ type: 'meeting', date: '2018-09-24', actors: ['邱腾华', '卡兰'] }],
    },
  ],
  apply: (lex: Lexicon, prepared: readonly Prepared[]): void => {
    const names = new Map<string, string>();
    const scans = prepared.map((prep) => [prep, findPeople(lex, prep.folded)] as const);
    for (const [prep, people] of scans)
      for (const p of people) {
        if (p.person || p.titleStart === undefined || p.titleEnd === undefined || names.has(p.folded)) continue;
        // Two characters after a title are often a word, not a name (總統改口稱…), except after 發言人.
        if (p.end - p.start < 3 && !/发言人$/u.test(prep.folded.slice(p.titleStart, p.titleEnd))) continue;
        names.set(p.folded, originalSlice(prep, p.titleStart, p.titleEnd));
      }
    // With no name to look for again, the scans are the passages' people as they stand.
    if (names.size === 0) {
      for (const [prep, people] of scans)
        found.set(
          prep,
          people.map((p) => retired(p, pageYear.get(prep))),
        );
      return;
    }
    const matcher = new PhraseMatcher(names);
    for (const prep of prepared) pageNames.set(prep, matcher);
  },
});

/** People named in `text`, a piece of the page `prep` is a passage of (with the names its titles introduced). */
export function peopleInPageText(lex: Lexicon, text: string, prep: Prepared): PersonMention[] {
  return findPeople(lex, text, 0, text.length, pageNames.get(prep));
}

/** People named in `prep.folded[from, to)`, from one scan of the passage kept for later calls. */
export function peopleIn(lex: Lexicon, prep: Prepared, from = 0, to = prep.folded.length): PersonMention[] {
  let all = found.get(prep);
  if (!all) {
    all = findPeople(lex, prep.folded, 0, prep.folded.length, pageNames.get(prep)).map((p) => retired(p, pageYear.get(prep)));
    found.set(prep, all);
  }
  return all.filter((p) => p.start >= from && p.end <= to);
}
