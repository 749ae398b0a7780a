/**
 * Plan and invitation cues (將於, 邀請, 期待 …) from data/nonevents.json: what lies ahead
 * is not a happening.
 */
import type { Lexicon } from './lexicon.ts';

/** A plan or invitation cue in [from, to). */
export function hasPlan(lex: Lexicon, s: string, from: number, to: number): boolean {
  for (const hit of lex.nonEvent.plan.all(s, from, to)) {
    // 將 alone is the future marker, but not in 將軍, 將領.
    if (hit.phrase === '将' && '军领士'.includes(s[hit.end] ?? '')) continue;
    return true;
  }
  return false;
}
