/**
 * What a detector sees of one sentence: the prepared passage, the sentence, its resolved
 * dates, and the page-wide facts (lexicon, outlet side, spokespeople named on the page).
 */
import type { Passage } from '../schema.ts';
import type { DateMention } from './dates.ts';
import type { Lexicon } from './lexicon.ts';
import type { Mention, MentionPerson } from './mention.ts';
import type { PersonMention } from './actors.ts';
import { originalSlice, type Prepared, type Sentence } from './text.ts';

/** One sentence in its passage, with the page around it. */
export interface Scope {
  lex: Lexicon;
  prep: Prepared;
  sentence: Sentence;
  dates: DateMention[];
  passage: Passage;
  role: Mention['role'];
  region: string | undefined;
  /** True when the article is in Simplified characters. */
  simplified: boolean;
  /** The day the story is about so far (its dateline or lead), if one is known. */
  storyDay?: string | undefined;
  /** Spokespeople named on the page: folded name → ministry (data id) and country. */
  spokespeople: Map<string, { entry: string; country: string }>;
}

/** A person mention with its name and title as written. */
export function asWritten(scope: Scope, m: PersonMention): MentionPerson {
  const title = m.titleStart !== undefined && m.titleEnd !== undefined ? originalSlice(scope.prep, m.titleStart, m.titleEnd) : undefined;
  return { ...m, name: originalSlice(scope.prep, m.start, m.end), ...(title ? { title } : {}) };
}

/** The sentence as written, trimmed of a leading news-agency credit. */
export function sentenceText(scope: Scope): string {
  const text = originalSlice(scope.prep, scope.sentence.start, scope.sentence.end);
  return text.replace(/^.{0,24}?(?:訊|讯|報道|报道|電|电)[：:，,\s]+(?=.{12})/u, '').trim();
}
