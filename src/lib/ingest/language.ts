/**
 * Tells Traditional from Simplified Chinese by counting common characters that
 * are written differently in the two scripts.
 */
import chars from './script-chars.json' with { type: 'json' };

const traditional = new Set(chars.traditional);
const simplified = new Set(chars.simplified);

/** 'zh-Hans' when Simplified-only characters outnumber Traditional-only ones, else 'zh-Hant'. */
export function detectLanguage(text: string): 'zh-Hant' | 'zh-Hans' {
  let t = 0;
  let s = 0;
  for (const ch of text) {
    if (traditional.has(ch)) t++;
    else if (simplified.has(ch)) s++;
  }
  return s > t ? 'zh-Hans' : 'zh-Hant';
}
