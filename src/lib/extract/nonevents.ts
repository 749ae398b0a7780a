/**
 * Plan and invitation cues (將於, 邀請, 期待 …) from data/nonevents.json: what lies ahead
 * is not a happening.
 */
import type { Lexicon } from './lexicon.ts';
import { peopleIn } from './actors.ts';
import type { Prepared } from './text.ts';

/**
 * 將 as the future marker: not in 將軍, 將領, nor a general's rank (上將, 少將, 中將), but after 會上, 晚上 (會上將作發言);
 * nor in a time drawing near (在春節將至之際, 將臨, 將近), which dates what is told as done.
 */
export const FUTURE_JIANG = /(?<![中少大准])(?<!(?<![会晚早网台席线场])上)将(?![军领士至临近届])/u;

/** True when a plan's word (將於, 擬在, 定於) leads what starts at `at`: a day there is the plan's. */
export const planLeads = (s: string, at: number): boolean => {
  const m = /(?:将|拟|定)(?:于|在)?$/u.exec(s.slice(Math.max(0, at - 2), at));
  if (!m) return false;
  // 「陳道祥少將於上月13日會見…」: a general's rank, not the future marker.
  const k = at - m[0].length;
  return s[k] !== '将' || FUTURE_JIANG.test(s.slice(Math.max(0, k - 2), k + 2));
};

/** A plan or invitation cue in [from, to). */
export function hasPlan(lex: Lexicon, s: string, from: number, to: number): boolean {
  for (const hit of lex.nonEvent.plan.all(s, from, to)) {
    // 將 alone is the future marker, but not in 將軍, 將領, nor a general's rank (劉華清上將).
    // (「陳道祥少將於上月13日會見」: 將於 after a rank is the rank, too.)
    if (hit.phrase.startsWith('将') && !FUTURE_JIANG.test(s.slice(Math.max(0, hit.start - 2), hit.start + 2))) continue;
    // 「王毅同意大利外長會晤」: 同 with 意大利, not 同意 (agree).
    if (hit.phrase === '同意' && s.startsWith('大利', hit.end)) continue;
    // 「經雙方商定，兩國元首今日舉行會晤」: 商定 closing its clause introduces what follows, whose own
    // words (將, a day ahead) say whether it lies ahead.
    if (/^(?:商定|约定)$/u.test(hit.phrase) && /^[，,]/u.test(s.slice(hit.end))) continue;
    // 「應商務部邀請來訪的羅斯」: at someone's invitation (應…邀請) tells why a guest came, not a plan.
    if (hit.phrase === '邀请' && /应[^，,。]{0,20}$/u.test(s.slice(Math.max(from, hit.start - 21), hit.start))) continue;
    // 「週三下午臨時安排李克強會見希拉里」: arranged at short notice, told as done.
    if (hit.phrase === '安排' && s.slice(Math.max(0, hit.start - 2), hit.start) === '临时') continue;
    // 「他在十二日邀請了五國外長共進早餐」「安排了會見」: done (了), not planned.
    if (/^(?:邀请|安排)$/u.test(hit.phrase) && s[hit.end] === '了') continue;
    return true;
  }
  return false;
}

/** A hypothetical's cue (如果, 若, 一旦) in folded `prep.folded[from, to)`; not 若 inside a name (吳若蘭). */
export function supposes(lex: Lexicon, prep: Prepared, from: number, to: number): boolean {
  const hits = lex.nonEvent.hypothetical.all(prep.folded, from, to);
  if (!hits.length) return false;
  const names = peopleIn(lex, prep, from, to);
  return hits.some((h) => !names.some((p) => p.start <= h.start && h.end <= p.end));
}
