/**
 * Tells Traditional from Simplified Chinese by counting common characters that
 * are written differently in the two scripts.
 */
import chars from './script-chars.json' with { type: 'json' };

const traditional = new Set(chars.traditional);
const simplified = new Set(chars.simplified);
// The same sets for the Basic Multilingual Plane as a table: 1 Traditional, 2 Simplified (Traditional first, as below).
const SCRIPT = new Uint8Array(0x10000);
for (const ch of simplified) if (ch.length === 1) SCRIPT[ch.charCodeAt(0)] = 2;
for (const ch of traditional) if (ch.length === 1) SCRIPT[ch.charCodeAt(0)] = 1;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** 'zh-Hans' when Simplified-only characters outnumber Traditional-only ones, else 'zh-Hant'. */
export function detectLanguage(text: string): 'zh-Hant' | 'zh-Hans' {
  let t = 0;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      // A character outside the Basic Multilingual Plane.
      const ch = text.slice(i, ++i + 1);
      if (traditional.has(ch)) t++;
      else if (simplified.has(ch)) s++;
      continue;
    }
    const script = SCRIPT[c];
    if (script === 1) t++;
    else if (script === 2) s++;
  }
  return s > t ? 'zh-Hans' : 'zh-Hant';
}
