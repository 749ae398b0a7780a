/**
 * Call and meeting trigger words in folded text (通電話, 視頻會晤, 會見 …), from the data,
 * minus the words that merely contain them (普通話) unless a name ends there (特朗普通話). The same
 * list keeps response words out of longer words (聯合聲明).
 */
import { ALL_ON, rule, type RuleSet } from './engine.ts';
import type { Lexicon, TriggerEntry } from './lexicon.ts';

/** A call or meeting word found in the text. */
export interface TriggerHit extends TriggerEntry {
  start: number;
  end: number;
  word: string;
  because: string[];
}

function nameEndsAt(lex: Lexicon, s: string, at: number): boolean {
  for (let k = Math.max(0, at - 8); k < at; k++) {
    const hit = lex.people.at(s, k);
    if (hit && hit.end === at) return true;
  }
  return false;
}

export const triggerWord = rule({
  id: 'trigger.word',
  decides: 'A call or meeting word from data/triggers.json (通電話, 視頻會晤, 會見 …) makes a candidate.',
  examples: [],
  apply: (lex: Lexicon, s: string, from: number, to: number) => lex.triggers.all(s, from, to),
});

export const nameBeforeLongerWord = rule({
  id: 'trigger.name-before-longer-word',
  decides: '特朗普通話: a longer word that would swallow the trigger (普通話) does not when a known name ends right before the trigger.',
  examples: [],
  apply: (lex: Lexicon, s: string, hitStart: number, start: number) => hitStart < start && nameEndsAt(lex, s, start),
});

export const insideLongerWord = rule({
  id: 'trigger.inside-longer-word',
  decides: '普通話, 會見記者, 聯合聲明, 參加會見: a word inside a longer one listed as not meaning it is no cue.',
  examples: [],
  apply: (lex: Lexicon, s: string, start: number, end: number, rules: RuleSet): boolean => {
    for (let k = Math.max(0, start - 4); k < end; k++) {
      const hit = lex.exclusions.at(s, k);
      if (hit && hit.start < end && hit.end > start) return !rules.when(nameBeforeLongerWord, undefined, () => nameBeforeLongerWord.apply(lex, s, hit.start, start));
    }
    return false;
  },
});

/** Whether the word at `[start, end)` is part of a longer word listed as not meaning it (普通話, 聯合聲明). */
export function excluded(lex: Lexicon, s: string, start: number, end: number, rules: RuleSet = ALL_ON): boolean {
  return rules.when(insideLongerWord, undefined, () => insideLongerWord.apply(lex, s, start, end, rules));
}

/** Every call or meeting word in `s[from, to)`. */
export function findTriggers(lex: Lexicon, s: string, from = 0, to = s.length, rules: RuleSet = ALL_ON): TriggerHit[] {
  if (!rules.on(triggerWord)) return [];
  return triggerWord
    .apply(lex, s, from, to)
    .filter((h) => !excluded(lex, s, h.start, h.end, rules))
    .map((h) => ({ ...h.value, start: h.start, end: h.end, word: h.phrase, because: [triggerWord.id] }));
}

/** The rules of this file. */
export const TRIGGER_RULES = [triggerWord, insideLongerWord, nameBeforeLongerWord];
