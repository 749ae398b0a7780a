/**
 * Search tokens as plain ASCII words for the index. The search engine splits Chinese
 * text itself (and would cut 普京 into 普|京), so each Han token is written as a word of
 * base-36 code points that it keeps whole; a token's prefix stays a prefix of its code.
 */
import { segment, type Lexicon } from './segment.ts';

const MARK = 'zq';
const HAN = /\p{Script=Han}/u;

/** The index word for one token: Han tokens encoded, Latin words and numbers unchanged. */
export function encodeToken(token: string): string {
  if (!HAN.test(token)) return token;
  let out = MARK;
  for (const ch of token) out += ch.codePointAt(0)!.toString(36).padStart(4, '0');
  return out;
}

/** Decodes an index word back to its (folded) token; the inverse of encodeToken. */
export function decodeToken(word: string): string {
  if (!word.startsWith(MARK) || (word.length - MARK.length) % 4 !== 0) return word;
  let out = '';
  for (let i = MARK.length; i < word.length; i += 4) out += String.fromCodePoint(parseInt(word.slice(i, i + 4), 36));
  return out;
}

/** The text to index for `text`: its tokens, encoded, separated by spaces. */
export function indexText(text: string, lexicon: Lexicon): string {
  return segment(text, lexicon).map(encodeToken).join(' ');
}

/** The query to send for what a reader typed: the same tokens, encoded and unique. */
export function indexQuery(query: string, lexicon: Lexicon): string {
  return [...new Set(segment(query, lexicon).map(encodeToken))].join(' ');
}
