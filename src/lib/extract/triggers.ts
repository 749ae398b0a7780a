/**
 * Call and meeting trigger words in folded text (通電話, 視頻會晤, 會見 …), from the data,
 * minus the words that merely contain them (普通話) unless a name ends there (特朗普通話). The same
 * list keeps response words out of longer words (聯合聲明).
 */
import type { Lexicon, TriggerEntry } from './lexicon.ts';

/** A call or meeting word found in the text. */
export interface TriggerHit extends TriggerEntry {
  start: number;
  end: number;
  word: string;
}

function nameEndsAt(lex: Lexicon, s: string, at: number): boolean {
  for (let k = Math.max(0, at - 8); k < at; k++) {
    const hit = lex.people.at(s, k);
    if (hit && hit.end === at) return true;
  }
  return false;
}

/** Whether the word at `[start, end)` is part of a longer word listed as not meaning it (普通話, 聯合聲明). */
export function excluded(lex: Lexicon, s: string, start: number, end: number): boolean {
  for (let k = Math.max(0, start - 4); k < end; k++) {
    const hit = lex.exclusions.at(s, k);
    if (hit && hit.start < end && hit.end > start) return !(hit.start < start && nameEndsAt(lex, s, start));
  }
  return false;
}

/** Every call or meeting word in `s[from, to)`. */
export function findTriggers(lex: Lexicon, s: string, from = 0, to = s.length): TriggerHit[] {
  return lex.triggers
    .all(s, from, to)
    .filter((h) => !excluded(lex, s, h.start, h.end))
    .map((h) => ({ ...h.value, start: h.start, end: h.end, word: h.phrase }));
}
