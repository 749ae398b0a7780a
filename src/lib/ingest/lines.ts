/**
 * Line-level facts used by layout repair: printed width, sentence ends, and the
 * patterns of bylines, captions, credits and source notes. Pure string functions.
 */
import words from './layout-words.json' with { type: 'json' };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (list: readonly string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const CJK_PUNCT = '，。、；：！？「」『』（）《》〈〉【】…—～·';
/** Characters that end a sentence, optionally followed by closing quotes or brackets. */
// A live transcript stamps each turn with its time after the full stop (…謝謝。[10:34]).
const FINAL = /(?:[。！？!?…]|\.{3})[」』”’"）)]*(?:\s*[[［【(（]\d{1,2}[:：]\d{2}[\]］】)）])?$/;
/** Punctuation that a headline never holds. */
const SENTENCE_PUNCT = /[。，；！？,;!?]/;
const AGENCY = alt(words.agencies);
const REPORTER = alt(words.reporterWords);
const REPORT_END = alt(words.reportEndings);

/** Printed width of a line: CJK and full-width characters count 1, ASCII 0.5. */
export function width(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    w += c < 0x2000 ? 0.5 : 1;
    // A surrogate pair is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return w;
}

const PUNCT_SPACES = new RegExp(` ?([${CJK_PUNCT}]) ?`, 'g');

/** Trims a raw line, collapses runs of spaces and drops spaces that touch CJK punctuation. */
export function cleanLine(raw: string): string {
  return raw
    .replace(/[\t\u00a0\u3000 ]+/g, ' ')
    .trim()
    .replace(PUNCT_SPACES, '$1');
}

/** True when the raw line starts with an indent: an ideographic space or two spaces. */
export function isIndented(raw: string): boolean {
  return /^(\u3000|[ \t\u00a0]{2,})\S/.test(raw);
}

/** Joins a line onto the text before it: nothing between CJK, a space between Latin words. */
export function joinLine(before: string, line: string): string {
  if (/[A-Za-z,.;:!?)'"]$/.test(before) && /^[A-Za-z0-9("'“]/.test(line) && !/\d$/.test(before)) {
    return `${before} ${line}`;
  }
  return before + line;
}

/** True when the line ends a sentence (。！？… possibly inside closing quotes, or before an agency's mark: 。（新華社）). */
export function endsSentence(line: string): boolean {
  return FINAL.test(line) || (CLOSES_BRACKET.test(line) && (EDITOR_TAIL.test(line) || AGENCY_TAIL.test(line)));
}

/** True when the line holds sentence punctuation (commas, full stops…): not a headline. */
export function hasSentencePunct(line: string): boolean {
  return SENTENCE_PUNCT.test(line);
}

const BYLINE_PATTERNS: RegExp[] = [
  // 【大公報訊】, 【環球時報報道 記者 倪浩】, 〔記者蘇永耀／綜合報導〕, 【記者X／華盛頓17日電】
  /^[【〔［][^】〕］]{0,30}(?:[訊讯]|報道|报道|報導|报导|[電电]|記者|记者|消息)[^】〕］]{0,16}[】〕］]/,
  // ［東方日報］, 【明報專訊】: the outlet's name in brackets opens the story
  /^[【〔［][\u4e00-\u9fff]{1,6}(?:[報报]|[網网]|社|[專专][訊讯])[】〕］]/,
  // （布城4日讯）, （吉隆坡5日訊）: place and day in brackets, as Malaysian and Singapore papers open a story
  /^[（(][\u4e00-\u9fff]{2,8}\d{1,2}日[訊讯電电][）)]/,
  // 香港文匯報訊, 本報訊, 本报讯 followed by a space or the text
  /^(?:本|[\u4e00-\u9fff]{1,8}[報报])[訊讯](?=\s|$|[（(]|據|据|綜合|综合|根據|根据)/,
  // 新华社北京1月21日电, 中央社記者王小明台北21日電, 路透社華盛頓20日電, 据新华社北京9月5日电 (a reprint), 财联社12月8日电 (no place)
  new RegExp(
    // (新华社奥克兰九月十一日电: the day in Chinese numerals, as older pages print it)
    `^[（(]?(?:据|據)?(?:${AGENCY}|[\\u4e00-\\u9fff]{1,6}[報报社]|本[報报])(?:(?:${REPORTER})[^\\d，。]{1,16}?)?[\\u4e00-\\u9fff]{0,8}?(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月)?(?:\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日(?:電|电|專電|专电)(?![話话])`,
  ),
  // ●香港文匯報記者 馬靜 北京報道; 本報記者 張三 報道; 聯合報／記者張三／台北即時報導; （記者 李四）
  new RegExp(`^[●○◆■]?[\\u4e00-\\u9fff]{0,10}[／/\\s]*(?:${REPORTER})[\\s\\u4e00-\\u9fff、·／/]{1,24}?(?:${REPORT_END})$`),
  new RegExp(`^[（(](?:[\\u4e00-\\u9fff]{0,10}(?:${REPORTER}))[\\s\\u4e00-\\u9fff、·]{1,24}[）)]`),
  // 本報記者 張三 李四; 新華社記者 王五 (names only, no report ending)
  new RegExp(
    `^[●○◆■]?(?:本|[\\u4e00-\\u9fff]{1,8})[報报社網网台](?:駐[\\u4e00-\\u9fff]{1,6})?(?:${REPORTER})\\s*[\\u4e00-\\u9fff·]{2,4}(?:[\\s、][\\u4e00-\\u9fff·]{2,4}){0,3}(?<![攝摄])$`,
  ),
  // 文／張三
  /^文\s*[／/:：]\s*[\u4e00-\u9fff·\s、]{2,16}$/,
];

/** The byline at the start of a line (【大公報訊】, 新华社北京1月21日电…), or null. */
export function bylineAt(line: string): string | null {
  for (const re of BYLINE_PATTERNS) {
    const m = re.exec(line);
    // 「【中國國際電視台記者】：請問…」: a bracketed label before a colon is a transcript's speaker, not a byline.
    if (m && !(/^[【〔［]/u.test(m[0]) && /^\s*[：:]/u.test(line.slice(m[0].length)))) return m[0];
  }
  return null;
}

/** True when the whole line is a byline and nothing else. */
export function isStandaloneByline(line: string): boolean {
  const b = bylineAt(line);
  if (!b) return false;
  const rest = line.slice(b.length).trim();
  return rest === '' || /^[（(][^）)]{1,24}[）)]$/.test(rest);
}

const CAPTION_MARKER = new RegExp(`^[${escape(words.captionMarkers)}]\\s*`);
const CAPTION_PREFIX = new RegExp(`^(?:[${escape(words.captionMarkers)}]|${alt(words.captionPrefixes)})`);

/** True when the line opens a photo caption (▲, ●, 圖：, 图为…). */
export function isCaptionStart(line: string): boolean {
  return CAPTION_PREFIX.test(line) && !isStandaloneByline(line);
}

/** The caption text without its leading marker. */
export function stripCaptionMarker(line: string): string {
  return line.replace(CAPTION_MARKER, '');
}

const PHOTO_CREDIT = new RegExp(`(?:${alt(words.photoCreditEndings)})$`);
// 「…舉行會談。（新華社）」: an agency's name in brackets after a closed sentence.
const AGENCY_TAIL = new RegExp(`[。！？」”][（(](?:${AGENCY})[）)]$`);
const AGENCY_ONLY = new RegExp(`^(?:${AGENCY})(?:[\\s/／、]+(?:${AGENCY}))*$`);

/** True when a short line is a photo credit: an agency, "記者 X 攝", "圖／X", "（路透）". */
export function isCredit(line: string): boolean {
  if (width(line) > 16 || hasSentencePunct(line)) return false;
  return (
    AGENCY_ONLY.test(line) ||
    PHOTO_CREDIT.test(line) ||
    /^[（(]?(?:圖|图|攝影|摄影)\s*[／/:：]/.test(line) ||
    /^[（(][^（）()]{2,12}[）)]$/.test(line)
  );
}

// 「（取材自推特）」「（翻攝自臉書）」「（圖：新華網）」「（圖片來源：路透）」「（圖擷取自…Facebook）」: where a picture was taken from.
export const PICTURE_SOURCE =
  /^[（(](?:取材自|取自|翻攝自|翻摄自|翻攝|翻摄|截自|截圖自|截图自|(?:圖|图)?(?:擷取自|撷取自)|(?:圖|图|圖片|图片)(?:來源|来源)?[：:／/])[^（）()]{1,64}[）)]$/;

/** True when a short line credits a photographer ("新华社记者 黄敬文 摄") or a picture's source: a picture stands above it. */
export function isPhotoCredit(line: string): boolean {
  return isCredit(line) && (PHOTO_CREDIT.test(line) || PICTURE_SOURCE.test(line));
}

/** A story's jump to another page: （下轉A3版）, （转第三版）, （續見A6）. */
const JUMP = /[（(](?:下轉|下转|續見|续见|續轉|续转|轉第|转第|轉至|转至|轉|转)\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*[版頁页]?[）)]/;
const JUMP_LINE = new RegExp(`^${JUMP.source}$`);
/** A continued story's opening mark: （上接A1版）. */
const CONTINUED_FROM = /^[（(](?:上接|接上|緊接|紧接|承)[^（）()]{1,8}[）)]$/;
const EDITOR = new RegExp(`^(?:${alt(words.editorPrefixes)})\\s*[：:／/]`);
// 「A6」「第4版」「第4版(要闻)」, and a column label with no name after it (专栏:), as an archive prints them.
const PAGE_MARK = /^(?:[A-Z]{1,2}\d{1,3}|\d{1,3}|第\s*\d+\s*[版頁页](?:[（(][^（）()]{1,8}[）)])?|[专專][栏欄][：:])$/;
const WEEKDAY_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[（(]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][）)]?)$/;
const NUM = '[\\d〇零一二三四五六七八九十]';
/** A full day date as a page header prints it: 2024年5月16日, 二〇一八年九月四日, 2025-01-18. */
const HEADER_DATE = new RegExp(`${NUM}{4}\\s*年\\s*${NUM}{1,3}\\s*月\\s*${NUM}{1,3}\\s*日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}`);
const HEADER_DATES = new RegExp(HEADER_DATE.source, 'g');
const HEADER_PARTS = /(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]|第\s*\d+\s*[版頁页]|[A-Z]{1,2}\d{1,3}(?:版)?|\d{1,2}:\d{2}/g;
/** A lunar date line under a masthead: 戊戌年七月廿五. */
const LUNAR =
  /^(?:農曆|农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[正一二三四五六七八九十冬臘腊]{1,2}月[初十廿卅一二三四五六七八九]{1,3}$/;

// A web page printed from a browser: its header (date, time, page title), footer (address,
// page count), breadcrumb trail, print and close buttons and copyright line.
// An address line, bare or labelled (原始網址 Original URL：https://…), with a page count after it.
const URL_LINE = /^(?:[^。，,！？]{1,24}[：:]\s*)?(?:https?:\/\/|www\.)\S+(?:\s+\d{1,3}\s*\/\s*\d{1,3})?$/u;
const PRINT_HEADER = /^\d{2,4}[/-]\d{1,2}[/-]\d{1,2}[\s,]+(?:(?:上午|下午)\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\s+\S/;
// 「2013年11月19日08:37 来源:中华人民共和国外交部」「发稿时间:2026-01-06 17:03:00 作者:… 来源:…」: a site's time stamp and source line.
const STAMP_AND_SOURCE =
  /^(?:[^\d\s：:。]{1,6}[：:]\s*)?(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[^。！？]{0,30}?(?:来源|來源|稿源|作者|编辑|編輯)[：:]/u;
// 「Mon, 24 Feb 2025 15:45:00 +0800」「February 24, 2025 3:45 PM」: a feed's or site's time stamp in English.
const ENGLISH_STAMP =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?)\s+\d{4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?(?:\s*(?:[+-]\d{4}|GMT|UTC|HKT))?$/;
const WEB_CONTROLS = new RegExp(`^(?:[【\\[［〔]\\s*(?:${alt(words.webControls)})\\s*[】\\]］〕]\\s*)+$`);
const BREADCRUMB = new RegExp(`^(?:${alt(words.breadcrumbStarts)})\\s*(?:[：:]\\s*)?(?:[>＞›»/／]|$)`);
const COPYRIGHT = new RegExp(alt(words.copyrightWords));

/** True for the furniture of a web page printed to PDF (see above). */
// A forum's post header (看板 X 作者 Y 標題 Z 時間 Fri May 18 22:35:15 2018) and its news template's labels
// (1.媒體來源: 3.完整新聞內文:): the post reprints a story, and these only frame it.
const FORUM_HEADER = /^(?:看板|作者)\s*\S.*(?:標題|标题)|^(?:時間|时间)\s+[A-Z][a-z]{2}\s+[A-Z][a-z]{2}\s+\d/u;
const FORUM_LABEL =
  /^\d\.\s*(?:媒體來源|媒体来源|記者署名|记者署名|完整新聞標題|完整新闻标题|完整新聞內文|完整新闻内文|完整新聞連結|完整新闻链接|備註|备注)[^：:。]{0,12}[：:]\s*$/u;

function isWebFurniture(line: string): boolean {
  if (FORUM_HEADER.test(line) || FORUM_LABEL.test(line)) return true;
  if (URL_LINE.test(line) || ENGLISH_STAMP.test(line) || PRINT_HEADER.test(line) || STAMP_AND_SOURCE.test(line)) return true;
  if (WEB_CONTROLS.test(line) || BREADCRUMB.test(line)) return true;
  return width(line) <= 70 && !/[。！？!?]/.test(line) && COPYRIGHT.test(line);
}

/**
 * True for the furniture of a printed page rather than its stories: page numbers
 * and headers with the day's date, "（完）", "責任編輯：…", and a printed web page's
 * header, footer, breadcrumb trail and buttons.
 */
export function isPageFurniture(line: string): boolean {
  if (
    /^[（(](?:完|終|终)[）)]$/.test(line) ||
    JUMP_LINE.test(line) ||
    CONTINUED_FROM.test(line) ||
    EDITOR.test(line) ||
    PAGE_MARK.test(line) ||
    LUNAR.test(line)
  )
    return true;
  if (isWebFurniture(line)) return true;
  if (width(line) > 40 || hasSentencePunct(line) || CAPTION_MARKER.test(line) || EVENT_TIME.test(line)) return false;
  if (WEEKDAY_DATE.test(line)) return true;
  // A header: the day's date, with at most an outlet name, a page and a section around it.
  if (!HEADER_DATE.test(line)) return false;
  const parts = line.match(HEADER_PARTS)?.length ?? 0;
  const rest = line
    .replace(HEADER_DATES, ' ')
    .replace(HEADER_PARTS, ' ')
    .replace(/[\s·・|｜]+/g, '');
  // With no weekday, page or time beside the date, only a name or two (an outlet, a section) may
  // stand with it: 「2021年9月10日 習近平應約同拜登通電話」 is a chronology's entry, not a header, and so is one
  // cut at a column's width (「2021年2月11日 習近平應約同」): no outlet's name joins one side to another.
  return rest.length <= (parts > 0 ? 12 : 6) && !CHRONICLE_WORDS.test(rest);
}

// Words that tell of a happening between two sides (同, 與, 應約, 會見, 通話), never in an outlet's or a section's name.
const CHRONICLE_WORDS = /[同與与跟]|應約|应约|會見|会见|會晤|会晤|會談|会谈|通話|通话|通電|通电/u;

// 「时间：2024年5月30日15:00—16:50」: a transcript's record of when the briefing was held, not the page's date.
const EVENT_TIME = /^(?:时间|時間)[：:]\s*\d{4}\s*年/u;

// Every closing mark ends in a bracket (optionally a wire number): test that before the costly pattern.
const CLOSES_BRACKET = /[）)]\s*\d{0,8}$/;
const EDITOR_TAIL = new RegExp(
  `(?:[（(](?:完|終|终)[）)]|[（(](?:責任)?(?:編輯|编辑)[：:][^（）()]{1,16}[）)]\\s*\\d{0,8}|${JUMP.source})$`,
);

// 「…競爭優勢。2010/04/02」: a web item's date stamp run onto its last sentence closes it.
const TRAILING_STAMP = /(?<=[。！？」”])\s*\d{4}[/-]\d{1,2}[/-]\d{1,2}$/;

/** Splits a wire story's closing mark ("（完）", "（編輯：林克倫）1110415") or a web item's date stamp ("。2010/04/02") off the end of a line. */
export function splitEditorNote(line: string): [string, string | null] {
  const m = CLOSES_BRACKET.test(line) ? EDITOR_TAIL.exec(line) : TRAILING_STAMP.exec(line);
  return m && m.index > 0 ? [line.slice(0, m.index).trimEnd(), m[0]] : [line, null];
}

// Regular expressions are built once: layout repair runs them on every line of every page.
const GLUED_CREDIT = new RegExp(`^(.*[。！？])((?:${AGENCY})|[^。，！？\\s][^。，！？]{0,14}(?:${alt(words.photoCreditEndings)}))$`);

// 「…說明台諾斷交。（圖／外交部提供）」「…答記者問。(圖片來源:國防部網站)」: a bracketed picture credit after the caption's sentence.
const BRACKETED_CREDIT =
  /^(.*[。！？])\s*([（(](?:(?:圖|图|攝影|摄影|照片|相片|圖片|图片)(?:來源|来源)?\s*[／/:：]|取材自|取自|翻攝自|翻摄自|截自|(?:圖|图)?(?:擷取自|撷取自))[^（）()]{1,64}[）)])$/;
// 「外交部發言人毛寧。圖片來自外交部」: where a picture came from, unbracketed, after the caption's sentence.
// 「…合影。翻攝外交部網站」: a picture taken from elsewhere (翻攝, reproduced from) names where.
const SOURCE_CREDIT = /^(.*[。！？])\s*((?:(?:圖片|图片|照片|圖|图)(?:來自|来自|來源[：:]|来源[：:])|翻攝自?|翻摄自?)[^。，！？\s]{1,14})$/;

// 「新聞發言人楊毅回答記者提問 中國網 張琳 攝」: a caption with no full stop, then who took the picture.
export const PHOTOGRAPHER_TAIL = /^(\S.*?\S)\s+((?:\S{1,12}\s+)?\S{1,6}\s*[攝摄])$/u;

/** Splits a caption's trailing credit (" 新華社", " 記者張三攝") from its text. */
export function splitTrailingCredit(text: string): [string, string | null] {
  const m = /^(.*\S)\s+(\S[^\s。，]{0,14}(?:\s\S{1,10})?)$/.exec(text);
  if (m && isCredit(m[2]!) && endsSentence(m[1]!)) return [m[1]!, m[2]!];
  // A photographer's credit (「中國網 張琳 攝」) closes a caption even where no full stop does.
  const glued = GLUED_CREDIT.exec(text) ?? BRACKETED_CREDIT.exec(text) ?? SOURCE_CREDIT.exec(text) ?? PHOTOGRAPHER_TAIL.exec(text);
  if (glued) return [glued[1]!, glued[2]!];
  return [text, null];
}

const INLINE_SOURCE_NOTE = new RegExp(`^(.*?[。！？」）])\\s*((?:${alt(words.sourceNotePrefixes)})[：:].{1,40})$`);
const SOURCE_NOTE = new RegExp(`^[（(]?(?:${alt(words.sourceNotePrefixes)})[：:]`);

/** True when the line is a "資料來源：…" style note. */
export function isSourceNote(line: string): boolean {
  return SOURCE_NOTE.test(line);
}

/** Splits an inline source note (" 資料來源：澎湃新聞") off the end of a line. */
export function splitSourceNote(line: string): [string, string | null] {
  const m = INLINE_SOURCE_NOTE.exec(line);
  return m ? [m[1]!, m[2]!] : [line, null];
}

const ATTRIBUTION = new RegExp(`^.{2,}(?:${alt(words.attributionTitles)})[\\u4e00-\\u9fff·]{2,5}$`);

/** True when the line names a speaker by title and name (復旦大學…主任吳心伯). */
export function isAttribution(line: string): boolean {
  // 「拜登與…主席習近平去年」 is a sentence cut at the column edge: it joins two sides or names a time.
  // A dateline or a bracket (（布城4日讯）) opens a story's text, never a speaker's attribution.
  return width(line) <= 30 && !hasSentencePunct(line) && !/[：:與与同跟（()）\d]|[年月日昨今]$/.test(line) && ATTRIBUTION.test(line);
}

const QUESTION = new RegExp(`^(?:${alt(words.questionPrefixes)})`);
// 「澎湃新闻记者:」「法新社記者（王某）：」: a reporter's turn names the outlet before the word.
const REPORTER_TURN = new RegExp(`^[\\p{Script=Han}A-Za-z ]{1,12}(?:${REPORTER})(?:\\s*[（(][^）)]{1,20}[）)])?\\s*[：:]`, 'u');

const HEADLINE_SPEAKER_END = new RegExp(`(?:${alt(words.headlineSpeakerEnds)})\\p{Script=Han}{0,4}$`, 'u');
const HEADLINE_PREDICATE_START = new RegExp(`^(?:${alt(words.headlinePredicateStarts)})`, 'u');

/** True when headline line `first` names who speaks and `second` says what they do: one headline cut in two. */
export function headlineGoesOn(first: string, second: string): boolean {
  return HEADLINE_SPEAKER_END.test(first) && HEADLINE_PREDICATE_START.test(second);
}

// 「安峰山:」「耿爽：」: a speaker's name alone on its line, a transcript's turn before the words.
const NAMED_TURN = /^\p{Script=Han}{2,4}\s*[：:]\s*$/u;

/** True when the line opens a question or an answer in a transcript (问：/答：, 某某社记者：, 安峰山:). */
export function isQuestionOrAnswer(line: string): boolean {
  return QUESTION.test(line) || REPORTER_TURN.test(line) || NAMED_TURN.test(line.trim());
}
