/**
 * Which events an editor should check, in what order, and what would make each right.
 * Pure: no Astro, no Node APIs, no DOM; the hint texts live with the interface strings.
 */
import type { DoubtCode, TimelineEvent } from './schema.ts';
import { doubtHints, doubtNames, type Lang } from './i18n/strings.ts';

/** Below this confidence an event the editors have not reviewed is shown as unverified. */
export const LOW_CONFIDENCE = 0.7;

/** The fields review reads. */
export type Reviewable = Pick<TimelineEvent, 'id' | 'date' | 'confidence' | 'reviewed' | 'doubts'>;

/** A reason for doubt, or 'low-confidence' for an unsure event that names none. */
export type HintCode = DoubtCode | 'low-confidence';

/** One reason an event may be wrong, named, with what an editor should do about it. */
export interface ReviewHint {
  code: HintCode;
  name: string;
  hint: string;
}

/** True for an event no editor has reviewed whose confidence is below LOW_CONFIDENCE. */
export function isUncertain(event: Pick<TimelineEvent, 'confidence' | 'reviewed'>): boolean {
  return event.reviewed !== true && event.confidence < LOW_CONFIDENCE;
}

/** The events not yet reviewed: lowest confidence first, then by date (undated last), then by id. */
export function reviewQueue<T extends Reviewable>(events: readonly T[]): T[] {
  return events.filter((e) => e.reviewed !== true).sort(compareForReview);
}

/** Orders events for review: confidence ascending, then date (undated last), then id. */
export function compareForReview(a: Reviewable, b: Reviewable): number {
  if (a.confidence !== b.confidence) return a.confidence - b.confidence;
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date.localeCompare(b.date);
  return a.id.localeCompare(b.id);
}

/** What an editor should do about one reason for doubt, in the interface language. */
export function doubtHint(code: HintCode, lang: Lang): ReviewHint {
  return { code, name: doubtNames[lang][code], hint: doubtHints[lang][code] };
}

/**
 * The hints of an event: one per reason for doubt it carries (each once); for an uncertain
 * event that names none, the general low-confidence hint; otherwise none.
 */
export function reviewHints(event: Pick<TimelineEvent, 'confidence' | 'reviewed' | 'doubts'>, lang: Lang): ReviewHint[] {
  const codes: HintCode[] = [...new Set(event.doubts ?? [])];
  if (!codes.length && isUncertain(event)) codes.push('low-confidence');
  return codes.map((code) => doubtHint(code, lang));
}

/** A confidence as a whole percentage: 0.637 → "64%". */
export function confidencePercent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}
