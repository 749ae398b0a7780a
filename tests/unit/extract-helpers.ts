/** Builds extractor input from passages written inline in tests. */
import type { Passage, PassageKind } from '../../src/lib/schema.ts';
import { extractEvents, type ExtractInput } from '../../src/lib/extract/index.ts';

/** One passage: its kind, text and story (a letter). */
export type Part = [kind: PassageKind, text: string, story?: string];

/** Extractor input for `parts` published on `published`. */
export function input(published: string, parts: Part[], outlet?: string): ExtractInput {
  const passages: Passage[] = parts.map(([kind, text, story = 'a'], i) => ({ id: `p-${i}`, kind, story: `s-${story}`, text }));
  const stories = [...new Set(passages.map((p) => p.story))].map((id) => ({ id, headline: null }));
  return { passages, stories, published, ...(outlet ? { outlet } : {}) };
}

/** The events extracted from `parts`. */
export function extract(published: string, parts: Part[], outlet?: string, disabled?: ReadonlySet<string>) {
  return extractEvents({ ...input(published, parts, outlet), ...(disabled ? { disabled } : {}) });
}

/** A one-paragraph article. */
export function one(published: string, text: string, outlet?: string) {
  return extract(published, [['paragraph', text]], outlet);
}
