/**
 * Event extraction: passages in, events out. Pure; the publication date is an argument.
 */
import type { Passage, Story, TimelineEvent } from '../schema.ts';

/** What the extractor reads. */
export interface ExtractInput {
  passages: readonly Passage[];
  stories: readonly Story[];
  /** Publication day, YYYY-MM-DD: every relative date resolves against it. */
  published: string;
  outlet?: string;
  language?: 'zh-Hant' | 'zh-Hans';
}

/** Finds the diplomatic events stated in an article. */
export function extractEvents(_input: ExtractInput): TimelineEvent[] {
  return [];
}
