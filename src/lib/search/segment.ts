/**
 * Chinese-aware tokens for search. Text is folded to Simplified, then each run of Han
 * characters is cut by longest match against a dictionary of names (so 普京 stays whole);
 * the stretches between dictionary words become overlapping bigrams (视频会晤 → 视频 频会
 * 会晤), the usual way to index Chinese without a full lexicon. Latin words and numbers
 * are lower-cased words. Queries go through the same function, so both sides agree.
 */
import { foldScript } from './fold.ts';

/** A set of dictionary words (folded), with the longest word's length for matching. */
export interface Lexicon {
  words: ReadonlySet<string>;
  longest: number;
}

/** Builds a lexicon from names in either script; one-character names are left out. */
export function buildLexicon(names: Iterable<string>): Lexicon {
  const words = new Set<string>();
  for (const name of names) {
    const folded = foldScript(name.trim());
    if ([...folded].length > 1 && HAN_ONLY.test(folded)) words.add(folded);
  }
  let longest = 0;
  for (const w of words) longest = Math.max(longest, [...w].length);
  return { words, longest };
}

const HAN = /\p{Script=Han}/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const RUNS = /\p{Script=Han}+|[[\p{L}\p{N}]--\p{Script=Han}]+/gv;

/** The search tokens of `text`, in order, duplicates kept. */
export function segment(text: string, lexicon: Lexicon): string[] {
  const tokens: string[] = [];
  for (const match of foldScript(text).normalize('NFKC').toLowerCase().matchAll(RUNS)) {
    const run = match[0];
    if (HAN.test(run)) tokens.push(...segmentHan([...run], lexicon));
    else tokens.push(run);
  }
  return tokens;
}

function segmentHan(chars: string[], lexicon: Lexicon): string[] {
  const out: string[] = [];
  let plain: string[] = [];
  const flush = () => {
    out.push(...bigrams(plain));
    plain = [];
  };
  let i = 0;
  while (i < chars.length) {
    const word = longestWordAt(chars, i, lexicon);
    if (word) {
      flush();
      out.push(word.join(''));
      // Inner bigrams let a part of a long name (朗普 in 特朗普) still be found.
      if (word.length > 2) out.push(...bigrams(word));
      i += word.length;
    } else {
      plain.push(chars[i]!);
      i += 1;
    }
  }
  flush();
  return out;
}

function longestWordAt(chars: string[], start: number, lexicon: Lexicon): string[] | undefined {
  for (let len = Math.min(lexicon.longest, chars.length - start); len > 1; len--) {
    const candidate = chars.slice(start, start + len);
    if (lexicon.words.has(candidate.join(''))) return candidate;
  }
  return undefined;
}

function bigrams(chars: string[]): string[] {
  if (chars.length === 1) return [chars[0]!];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}
