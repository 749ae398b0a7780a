/**
 * A passage prepared for matching: folded to Simplified, white space inside Chinese text
 * removed (PDF line breaks), with a map back to the original for quoting, split into
 * sentences, with the spans that are quoted speech.
 */
import { fold } from './fold.ts';
import { READING, withoutReadings } from '../readings.ts';
import titlesData from '../data/titles.json' with { type: 'json' };

/** One sentence of a prepared passage, as offsets into `folded`. */
/** A byline or dateline at a sentence's head (新華社北京8月3日電, 【大公報訊】, 本報訊（記者 錢瑞）), folded. */
export const BYLINE_LEAD = /^.{0,24}?(?:讯|报道|报导|电|消息)(?:[）)】」\]]|\s*[（(【][^（）()【】]{0,16}[）)】])?[：:，,\s]*/u;

export interface Sentence {
  start: number;
  end: number;
}

/** A passage ready for matching. */
export interface Prepared {
  original: string;
  /** Folded text without line breaks; offsets below refer to it. */
  folded: string;
  /** For each folded offset, the offset in `original`. */
  map: number[];
  sentences: Sentence[];
  /** [start, end) spans inside 「」“”『』 quotes. */
  quotes: [number, number][];
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\u3000' || c === '\u00a0';
const isAscii = (c: string | undefined) => c !== undefined && c.charCodeAt(0) < 0x80 && !isSpace(c);
const ENDERS = new Set(['。', '！', '？', '!', '?', '；', ';']);
const CLOSERS = new Set(['」', '”', '』', '’', '）', ')']);
const OPEN = new Map([
  ['「', '」'],
  ['“', '”'],
  ['『', '』'],
]);

const PINYIN_AFTER_HAN = new RegExp(`^${READING}`, 'u');
// 「當?shù)貢r間」: a reading whose bracket was lost with the character before it (a page copied through a wrong
// encoding) is no question mark; it is dropped like a reading.
// A stray sign after such a question mark: neither space, Chinese nor punctuation (€), or a semicolon.
const STRAY_AFTER = /^[^\s\p{Script=Han}\p{P}]$|^[;€]$/u;
const READING_BEFORE = new RegExp(`\\p{Script=Han}${READING}$`, 'u');
const BROKEN_READING = /^\?[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5} ?[)）]/u;
// 「**趙立堅:**」: a label in Markdown bold at a passage's head (its leading space, the label, its colon).
const BOLD_LABEL = /^(\s*)\*\*[^*\n]{1,16}?[：:]\*\*/u;
// 「臺“陸委會主委”吳釗燮」: a title quoted as another side's (so a mainland page writes a Taiwan office) reads as a title.
// The titles are those of titles.json written in Chinese, folded, longest first.
const HAN_TITLES = [...new Set(titlesData.titles.flatMap((t) => t.names.map(fold)))]
  .filter((n) => /^\p{Script=Han}+$/u.test(n))
  .sort((a, b) => b.length - a.length);
const QUOTED_TITLE = new RegExp(`^[“「]([^”」“「]{0,8}?(?:${HAN_TITLES.join('|')}))[”」](?=\\p{Script=Han})`, 'u');
// Where prepare() stops copying: the spaces of isSpace, the brackets a reading may open, and quotes.
const PLAIN_STOP = new Set([...' \n\r\t\u3000\u00a0(（“「?'].map((c) => c.charCodeAt(0)));
const code = (chars: Iterable<string>) => new Set([...chars].map((c) => c.charCodeAt(0)));
const ENDER_CODES = code(ENDERS);
const CLOSER_CODES = code(CLOSERS);
const OPEN_CODES = code(OPEN.keys());

/** The Chinese characters of a text (punctuation, figures and Latin aside): for comparing what texts say. */
export const hanOnly = (t: string): string => t.replace(/[^\p{Script=Han}]/gu, '');
/** How many Chinese characters a text holds: how much a clause says. */
export const hanCount = (t: string): number => hanOnly(t).length;

/** 「毛寧：…」「毛寧答：…」: where `name`'s turn label ends when folded `s` opens with it in a transcript, else 0. */
export function turnEnd(s: string, name: string | undefined): number {
  if (!name || !s.startsWith(name)) return 0;
  const colon = /^答?[：:]/u.exec(s.slice(name.length));
  return colon ? name.length + colon[0].length : 0;
}

/** Whether folded `s` opens with `name`'s turn in a transcript. */
export const opensTurnOf = (s: string, name: string | undefined): boolean => turnEnd(s, name) > 0;

const NAME_STOP = /(?<=\p{Script=Han})[.．](?=\p{Script=Han})/gu;

/** Folds and splits `text` (white space between Chinese characters and printed readings dropped). */
export function prepare(text: string): Prepared {
  // 「霍尔斯特.克勒」: a full stop between the parts of a transliterated name is its middle dot.
  const f = fold(text).replace(NAME_STOP, '·');
  let folded = '';
  const map: number[] = [];
  // 「**趙立堅:**中方…」: a turn label set in bold by a page copied as Markdown is read without the marks.
  const bold = BOLD_LABEL.exec(f);
  const marks = bold ? new Set([bold[1]!.length, bold[1]!.length + 1, bold[0].length - 2, bold[0].length - 1]) : undefined;
  for (let i = 0; i < f.length; i++) {
    const c = f[i]!;
    if (marks?.has(i)) continue;
    if (isSpace(c)) {
      // Keep one space only between two ASCII words (English names, acronyms).
      let j = i;
      while (j + 1 < f.length && isSpace(f[j + 1]!)) j++;
      if (isAscii(folded[folded.length - 1]) && isAscii(f[j + 1])) {
        folded += ' ';
        map.push(i);
      }
      i = j;
      continue;
    }
    const title = c === '“' || c === '「' ? QUOTED_TITLE.exec(f.slice(i, i + 14)) : null;
    if (title) {
      folded += title[1];
      for (let k = 1; k <= title[1]!.length; k++) map.push(i + k);
      i += title[0].length - 1;
      continue;
    }
    // 「領(lǐng)?;€法案」: a question mark between a reading and a stray sign is the same wrong encoding's, too
    // (not 有何評(píng)論? at a question's end).
    if (c === '?' && STRAY_AFTER.test(f[i + 1] ?? '') && READING_BEFORE.test(f.slice(Math.max(0, i - 10), i))) continue;
    const ruby =
      c === '(' || c === '（' ? PINYIN_AFTER_HAN.exec(f.slice(i, i + 10)) : c === '?' ? BROKEN_READING.exec(f.slice(i, i + 10)) : null;
    if (ruby && /\p{Script=Han}/u.test(folded[folded.length - 1] ?? '')) {
      i += ruby[0].length - 1;
      continue;
    }
    // The characters up to the next space or bracket are copied as they are, at once.
    let j = i + 1;
    while (j < f.length && !PLAIN_STOP.has(f.charCodeAt(j))) j++;
    folded += j === i + 1 ? c : f.slice(i, j);
    for (let k = i; k < j; k++) map.push(k);
    i = j - 1;
  }
  return { original: text, folded, map, sentences: splitSentences(folded), quotes: quoteSpans(folded) };
}

/** Sentence spans of `s`: ending at 。！？ (and ；, which joins two statements: 國台辦昨日聲稱…；對此，陸委會今日回應…) and any closing quotes after them. */
export function splitSentences(s: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!ENDER_CODES.has(s.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < s.length && (ENDER_CODES.has(s.charCodeAt(end)) || CLOSER_CODES.has(s.charCodeAt(end)))) end++;
    out.push({ start, end });
    // The next sentence starts at its first character (「？ 答：」 in a transcript run together).
    start = end;
    while (start < s.length && /\s/u.test(s[start]!)) start++;
    i = start - 1;
  }
  if (start < s.length) out.push({ start, end: s.length });
  return out;
}

function quoteSpans(s: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < s.length; i++) {
    if (!OPEN_CODES.has(s.charCodeAt(i))) continue;
    const close = OPEN.get(s[i]!);
    if (!close) continue;
    const j = s.indexOf(close, i + 1);
    if (j < 0) continue;
    // Short quoted spans are names and slogans (「台獨」), not speech.
    if (j - i > 12) spans.push([i + 1, j]);
    i = j;
  }
  return spans;
}

/** The original text behind folded offsets [start, end), trimmed. */
export function originalSlice(p: Prepared, start: number, end: number): string {
  if (start >= end) return '';
  const from = p.map[start] ?? 0;
  const to = (p.map[end - 1] ?? p.original.length - 1) + 1;
  return withoutReadings(p.original.slice(from, to).replace(/\s*\n\s*/g, '')).trim();
}

/** The sentence that contains offset `i`. */
export function sentenceAt(p: Prepared, i: number): Sentence {
  return p.sentences.find((s) => i >= s.start && i < s.end) ?? { start: 0, end: p.folded.length };
}

/** True when offset `i` lies inside quoted speech. */
export function inQuote(p: Prepared, i: number): boolean {
  return p.quotes.some(([a, b]) => i >= a && i < b);
}

/** Start of the clause holding offset `i`: after the last ，；：。 before it (or `floor`). */
export function clauseStart(s: string, i: number, floor = 0): number {
  for (let j = i - 1; j >= floor; j--) if ('，；：。！？,;:'.includes(s[j]!)) return j + 1;
  return floor;
}

/** End of the clause holding offset `i`: the next ，；：。 after it (or `ceil`). */
export function clauseEnd(s: string, i: number, ceil = s.length): number {
  for (let j = i; j < ceil; j++) if ('，；：。！？,;:'.includes(s[j]!)) return j;
  return ceil;
}
