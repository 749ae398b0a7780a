/**
 * Bytes of a raw page in, text out: UTF-8 (with or without BOM), UTF-16 (BOM or
 * NUL pattern), Big5 and GB18030. Between Big5 and GB18030 the one that decodes
 * strictly and yields more of the frequently used characters wins.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'big5' | 'gb18030';

/** Decoded text and the encoding it was read with. */
export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** The kinds of input that are refused. */
export type DecodeFailure = 'empty' | 'binary' | 'undecodable' | 'truncated' | 'html' | 'no-chinese';

/** Why bytes could not be read as text; `message` says what to do. */
export class DecodeError extends Error {
  readonly reason: DecodeFailure;

  constructor(reason: DecodeFailure, message: string) {
    super(message);
    this.name = 'DecodeError';
    this.reason = reason;
  }
}

import hkscs from './hkscs-pua.json' with { type: 'json' };
import { blockTagCount, markupToText } from './markup.ts';

let puaMap: Map<string, string> | null = null;

/** Big5-HKSCS characters the runtime's Big5 decoder gives as private-use code points, restored. */
function restoreHkscs(text: string): string {
  if (!/[\ue000-\uf8ff]/.test(text)) return text;
  puaMap ??= new Map([...hkscs.from].map((c, i) => [c, hkscs.to[i]!]));
  return text.replace(/[\ue000-\uf8ff]/g, (c) => puaMap!.get(c) ?? c);
}

const strict = (label: string, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** Decodes the bytes of a raw page, or throws a DecodeError saying what to do. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty', 'the file is empty: put the page text in it or remove it');
  const bom = bomOf(bytes);
  let decoded: Decoded | null = null;
  if (bom) {
    const text = strict(bom.label, bytes.subarray(bom.skip));
    if (text === null)
      throw new DecodeError(
        'undecodable',
        `the file starts with a ${bom.label} byte-order mark but is not valid ${bom.label}: save it again as UTF-8`,
      );
    decoded = { text, encoding: bom.encoding };
  } else {
    const wide = utf16ByNuls(bytes);
    if (wide) {
      const text = strict(wide, bytes);
      if (text !== null) decoded = { text, encoding: wide };
    } else if (bytes.includes(0)) {
      throw new DecodeError('binary', 'this is a binary file, not text: export the page as plain text (UTF-8) first');
    }
    decoded ??= decodeWithoutBom(bytes);
  }
  if (looksBinary(decoded.text)) {
    throw new DecodeError('binary', 'this is a binary file, not text: export the page as plain text (UTF-8) first');
  }
  if (decoded.text.trim() === '') throw new DecodeError('empty', 'the file holds only white space: put the page text in it or remove it');
  return { ...decoded, text: pageText(decoded.text) };
}

/**
 * The page's text, or a DecodeError: a whole HTML document or text with no Chinese is refused;
 * an article's text copied with its markup (`<p style="…">…</p>`) is read as text.
 */
function pageText(text: string): string {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (/^<(!doctype html|html|head|body)\b/.test(head)) {
    throw new DecodeError(
      'html',
      'this is an HTML document, not page text: open it in a browser and save it as plain text, or copy the article text into a .txt file',
    );
  }
  const read = blockTagCount(text) >= 2 ? markupToText(text) : text;
  checkChinese(read);
  return read;
}

function checkChinese(text: string): void {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < 10) {
    throw new DecodeError(
      'no-chinese',
      'the text holds no Chinese: this site reads Chinese-language newspaper pages; check this is the right file',
    );
  }
}

function bomOf(bytes: Uint8Array): { label: string; skip: number; encoding: Encoding } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', skip: 3, encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2, encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2, encoding: 'utf-16be' };
  return null;
}

/** UTF-16 without a BOM shows NUL bytes on one side only (ASCII, line breaks). */
function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] === 0) {
      if (i % 2) odd++;
      else even++;
    }
  const pairs = bytes.length / 2;
  // Han characters such as U+4E00 put a NUL on the other side now and then.
  if (odd >= pairs * 0.05 && even <= odd / 3) return 'utf-16le';
  if (even >= pairs * 0.05 && odd <= even / 3) return 'utf-16be';
  return null;
}

function decodeWithoutBom(bytes: Uint8Array): Decoded {
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  if (cutUtf8(bytes)) {
    throw new DecodeError(
      'truncated',
      'the file ends in the middle of a UTF-8 character, so it looks cut short: save or copy the whole page again',
    );
  }
  const candidates = (['big5', 'gb18030'] as const)
    .map((encoding) => {
      const text = strict(encoding, bytes);
      return { encoding, text: encoding === 'big5' && text !== null ? restoreHkscs(text) : text };
    })
    .filter((c): c is Decoded & { encoding: 'big5' | 'gb18030' } => c.text !== null)
    .map((c) => ({ ...c, score: commonShare(c.text) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score < 0.5) {
    throw new DecodeError(
      'undecodable',
      'the bytes are not UTF-8, UTF-16, Big5 or GB18030 text: open the file in an editor and save it as UTF-8',
    );
  }
  return { text: best.text, encoding: best.encoding };
}

/** True when the bytes are UTF-8 but for an incomplete character at the very end. */
function cutUtf8(bytes: Uint8Array): boolean {
  let start = bytes.length - 1;
  while (start > 0 && bytes.length - start < 4 && (bytes[start]! & 0xc0) === 0x80) start--;
  const lead = bytes[start]!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return need > bytes.length - start && strict('utf-8', bytes.subarray(0, start)) !== null;
}

let common: Set<string> | null = null;

/**
 * The frequently used characters of both scripts, read from the standards' own
 * tables: GB2312 level 1 (rows B0–D7) and Big5's frequent block (A440–C67E).
 */
function commonCharacters(): Set<string> {
  if (common) return common;
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) for (let t = 0xa1; t <= 0xfe; t++) bytes.push(lead, t);
  const gb = new TextDecoder('gb18030').decode(new Uint8Array(bytes));
  bytes.length = 0;
  for (let lead = 0xa4; lead <= 0xc6; lead++) {
    for (const [from, to] of [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ] as const) {
      for (let t = from; t <= to; t++) if (lead < 0xc6 || t <= 0x7e) bytes.push(lead, t);
    }
  }
  const big5 = new TextDecoder('big5').decode(new Uint8Array(bytes));
  common = new Set([...gb, ...big5].filter((c) => c !== '\ufffd'));
  return common;
}

/** Share of the Han characters of `text` that are frequently used ones. */
export function commonShare(text: string): number {
  const set = commonCharacters();
  let han = 0;
  let hit = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const isHan = (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x20000 || (cp >= 0xe000 && cp <= 0xf8ff);
    if (!isHan) continue;
    han++;
    if (set.has(ch)) hit++;
  }
  return han ? hit / han : 0;
}

/** Control characters other than tab, line feed, form feed and carriage return mean binary. */
function looksBinary(text: string): boolean {
  let control = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) control++;
  }
  return control > 0 && control >= Math.max(1, text.length * 0.001);
}
