/**
 * Script folding: Traditional (including Hong Kong and Taiwan variants) to Simplified,
 * character by character, so the folded text has exactly the length of the original and
 * every offset maps back 1:1. Built once from OpenCC's character tables.
 */
import { from, to } from 'opencc-js/preset/t2cn';

type Dicts = readonly (readonly unknown[])[];

function charMap(groups: Dicts | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of groups ?? []) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const [source, target] = entry.split(' ');
        // Only same-length single characters keep offsets aligned.
        if (source && target && source.length === 1 && target.length === 1) map.set(source, target);
      }
    }
  }
  return map;
}

let table: Map<number, number> | undefined;

function buildTable(): Map<number, number> {
  const variants = [charMap(from.hk), charMap(from.tw)];
  const simplify = charMap(to.cn);
  const out = new Map<number, number>();
  const keys = new Set([...simplify.keys(), ...variants.flatMap((m) => [...m.keys()])]);
  for (const c of keys) {
    const standard = variants[0]!.get(c) ?? variants[1]!.get(c) ?? c;
    const simple = simplify.get(standard) ?? standard;
    if (simple !== c) out.set(c.charCodeAt(0), simple.charCodeAt(0));
  }
  // Full-width digits and letters fold to ASCII so date and name patterns need one form.
  for (let i = 0; i < 10; i++) out.set(0xff10 + i, 0x30 + i);
  for (let i = 0; i < 26; i++) out.set(0xff21 + i, 0x41 + i).set(0xff41 + i, 0x61 + i);
  return out;
}

/** Folds `text` to Simplified characters; the result has the same length as `text`. */
export function fold(text: string): string {
  table ??= buildTable();
  let out = '';
  let changed = false;
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = table.get(c);
    if (f !== undefined) changed = true;
    codes[i] = f ?? c;
  }
  if (!changed) return text;
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

/** Share of the CJK characters in `text` that folding changes (0 for Simplified text). */
export function traditionalShare(text: string): number {
  table ??= buildTable();
  let han = 0;
  let trad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    if (table.has(c)) trad++;
  }
  return han ? trad / han : 0;
}
