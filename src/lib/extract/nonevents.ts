/**
 * Why a call or meeting word does not report a dated happening: an aggregate (3次會晤),
 * a plan or invitation (將訪華, 邀請), a question, a hypothetical, an anniversary,
 * another occasion (曾在…時) or a negation. Cue words come from data/nonevents.json.
 */
import type { Lexicon } from './lexicon.ts';
import { clauseEnd, clauseStart } from './text.ts';

export type NonEventReason = 'aggregate' | 'plan' | 'question' | 'hypothetical' | 'anniversary' | 'other-occasion' | 'negation' | 'restatement';

/** A plan or invitation cue in [from, to). */
export function hasPlan(lex: Lexicon, s: string, from: number, to: number): boolean {
  for (const hit of lex.nonEvent.plan.all(s, from, to)) {
    // 將 alone is the future marker, but not in 將軍, 將領.
    if (hit.phrase === '将' && '军领士'.includes(s[hit.end] ?? '')) continue;
    return true;
  }
  return false;
}

/** The reason the word at [start, end) in sentence [sStart, sEnd) is not an event, or null. */
export function nonEventReason(lex: Lexicon, s: string, start: number, end: number, sStart: number, sEnd: number): NonEventReason | null {
  const ne = lex.nonEvent;
  const cStart = clauseStart(s, start, sStart);
  const cEnd = clauseEnd(s, end, sEnd);
  const before = s.slice(cStart, start);
  if (ne.question.has(s, sStart, sEnd)) return 'question';
  const after = s.slice(end, Math.min(cEnd, end + 8));
  if (ne.aggregate.has(s, cStart, start) || ne.aggregatePattern.test(before) || ne.aggregateAfterPattern.test(after)) return 'aggregate';
  if (ne.since.has(s, sStart, start) && ne.sinceCountPattern.test(before)) return 'aggregate';
  if (ne.hypothetical.has(s, sStart, start)) return 'hypothetical';
  // 「期待年內訪華，同習近平主席舉行會晤」: the plan can sit one clause earlier.
  const planFrom = clauseStart(s, Math.max(sStart, cStart - 1), sStart);
  if (hasPlan(lex, s, planFrom, start) || hasPlan(lex, s, end, Math.min(cEnd, end + 6))) return 'plan';
  if (ne.anniversary.has(s, cStart, cEnd)) return 'anniversary';
  if (ne.otherOccasion.has(s, cStart, start)) return 'other-occasion';
  if (ne.negation.has(s, Math.max(cStart, start - 4), start)) return 'negation';
  // 「佩斯科夫否認…普京與特朗普已通電話的報道」: denied, or only a report of a report.
  if (ne.denied.has(s, cStart, start) || ne.hearsayAfterPattern.test(s.slice(end, cEnd))) return 'negation';
  // 「原定今日舉行的雙邊會晤，則因行程調整而取消」: called off.
  if (ne.cancelledAfterPattern.test(s.slice(end, sEnd))) return 'negation';
  // 「…通電話，這是兩國元首在…後首次通話」「這是…以來，兩人首度在白宮會面」: the same happening looked back on.
  // (Calls named before 後 in 「這是…3月18日視頻通話、7月28日通電話後首次會晤」 are earlier ones, still events.)
  // (「這是」 opening the sentence itself is checked below: it may introduce earlier calls.)
  if (ne.restatementPattern.test(before) && (cStart > sStart || !ne.lookBackStartPattern.test(before))) return 'restatement';
  if (ne.lookBackStartPattern.test(s.slice(sStart, start)) && /首次|首度|第一次/u.test(before)) return 'restatement';
  return null;
}

/** The reason a ministry statement at [start, end) is not a response on its date, or null. */
export function responseNonEventReason(lex: Lexicon, s: string, start: number, end: number, sStart: number, sEnd: number): NonEventReason | null {
  const ne = lex.nonEvent;
  const cStart = clauseStart(s, start, sStart);
  if (/[？?]/u.test(s.slice(sStart, sEnd)) && !/[，,：:]/u.test(s.slice(end, sEnd))) return 'question';
  if (ne.otherOccasion.has(s, cStart, end)) return 'other-occasion';
  if (ne.hypothetical.has(s, cStart, start)) return 'hypothetical';
  if (ne.negation.has(s, Math.max(cStart, start - 3), start)) return 'negation';
  return null;
}
