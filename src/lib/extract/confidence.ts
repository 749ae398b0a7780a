/**
 * Confidence from doubts: what an event lacks (a written date, a known name, a second side)
 * lowers the chance it is right. The chances are measured on the gold sets and kept in
 * data/confidence.json (`npm run score -- --calibrate` refits them); an event's confidence is
 * the share of right events of its type with nothing in doubt, times one factor per doubt.
 */
import type { DoubtCode, EventType } from '../schema.ts';
import type { Group } from './merge.ts';
import weights from '../data/confidence.json' with { type: 'json' };

/** The date forms that write a day with the event (not the story's day carried to it). */
const WRITTEN_DAY = new Set([
  'date.month-day',
  'date.bare-day',
  'date.numeral-day',
  'date.bracketed-day',
  'date.weekday',
  'date.bare-weekday',
  'date.relative-day',
  'date.relative-year',
  'date.relative-month',
]);

/** What is in doubt about the event a group of mentions makes. */
export function doubtsOf(group: Group, because: ReadonlySet<string>): DoubtCode[] {
  const head = group.find((m) => m.role === 'body' && m.when.date) ?? group.find((m) => m.when.date) ?? group[0]!;
  const out: DoubtCode[] = [];
  if (!head.when.date) out.push('date-missing');
  else if (head.when.precision !== 'day') out.push('date-coarse');
  else if (![...because].some((id) => WRITTEN_DAY.has(id))) out.push('date-inferred');
  if (head.type !== 'ministry-response') {
    const people = new Map(group.flatMap((m) => m.people.map((p) => [p.folded, p] as const)));
    if (people.size < 2) out.push('one-side');
    if ([...people.values()].some((p) => !p.person)) out.push('actor-unknown');
  } else if (!group.some((m) => m.topic?.entry)) out.push('topic-unknown');
  if (group.every((m) => m.role !== 'body')) out.push('headline-only');
  return out;
}

/** The fitted chances: per type with nothing in doubt, and the factor of each doubt. */
export interface Weights {
  base: Partial<Record<EventType, number>>;
  factor: Partial<Record<DoubtCode, number>>;
}

/** The confidence of an event of `type` with `doubts`, from the fitted weights. */
export function confidenceOf(type: EventType, doubts: readonly DoubtCode[], w: Weights = weights): number {
  let c = w.base[type] ?? 0.8;
  for (const d of doubts) c *= w.factor[d] ?? 1;
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}

/**
 * Weights fitted to events known right or wrong, with add-one smoothing; factors never raise
 * confidence. Pages the rules were studied on are easier than new ones, so the chances are
 * scaled to `unseen`: the precision measured on real pages before anyone studied them.
 */
export function fitWeights(samples: readonly { type: EventType; doubts: readonly DoubtCode[]; right: boolean }[], unseen = 1): Weights {
  const share = (xs: readonly { right: boolean }[]) => (xs.filter((x) => x.right).length + 1) / (xs.length + 2);
  const scale = Math.min(1, unseen / share(samples));
  const base: Weights['base'] = {};
  for (const type of new Set(samples.map((s) => s.type)))
    base[type] = round(scale * share(samples.filter((s) => s.type === type && !s.doubts.length)));
  const factor: Weights['factor'] = {};
  for (const d of new Set(samples.flatMap((s) => s.doubts))) {
    const withIt = samples.filter((s) => s.doubts.includes(d));
    const without = samples.filter((s) => !s.doubts.includes(d));
    factor[d] = round(Math.min(1, share(withIt) / share(without)));
  }
  return { base, factor };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
