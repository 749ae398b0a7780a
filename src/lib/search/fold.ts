/**
 * Script folding for search: maps Traditional (and Hong Kong / Taiwan variant) characters
 * to Simplified, character by character, with OpenCC's dictionaries. Length is kept, so
 * offsets in folded text are offsets in the original.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/** Parses an OpenCC dictionary string ("from to alt|from to") into a map to the first choice. */
export function parseOpenccDict(dict: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && [...from].length === 1 && [...to].length === 1) map.set(from, to);
  }
  return map;
}

let table: Map<string, string> | undefined;

function foldTable(): Map<string, string> {
  if (table) return table;
  const variants = new Map([...parseOpenccDict(TWVariantsRev), ...parseOpenccDict(HKVariantsRev)]);
  const ts = parseOpenccDict(TSCharacters);
  table = new Map<string, string>();
  for (const [from, to] of ts) table.set(from, to);
  // Regional variants (衞, 綫) first become standard Traditional, then Simplified.
  for (const [from, to] of variants) table.set(from, ts.get(to) ?? to);
  return table;
}

/** `text` with every Traditional or variant character replaced by its Simplified form; length is unchanged. */
export function foldScript(text: string): string {
  const t = foldTable();
  let out = '';
  for (const ch of text) out += t.get(ch) ?? ch;
  return out;
}
