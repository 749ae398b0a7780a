/**
 * What a detector sees of one sentence: the prepared passage, the sentence, its resolved
 * dates, and the page-wide facts (lexicon, outlet side, spokespeople named on the page).
 */
import type { Passage } from '../schema.ts';
import type { DateMention } from './dates.ts';
import type { Lexicon } from './lexicon.ts';
import type { RuleSet } from './engine.ts';
import type { Mention, MentionPerson } from './mention.ts';
import { peopleIn, type PersonMention } from './actors.ts';
import { originalSlice, type Prepared, type Sentence } from './text.ts';

/** One sentence in its passage, with the page around it. */
export interface Scope {
  lex: Lexicon;
  /** The rules switched on. */
  rules: RuleSet;
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
  /** The day of the story's last earlier sentence naming `words` that wrote a day (an act named again: 發表完談話後). */
  dayOfAct?: (words: string) => string | undefined;
  /** The two people of the story's last two-sided call or meeting, for 兩國元首 and 雙方. */
  lastPair?: MentionPerson[] | undefined;
  /** Spokespeople named on the page: folded name → ministry (data id) and country. */
  /** Spokespeople named with their ministry on the page, and that ministry as written there. */
  spokespeople: Map<string, { entry: string; country: string; name?: string }>;
}

/** A person mention with its name and title as written. */
export function asWritten(scope: Scope, m: PersonMention): MentionPerson {
  const title =
    m.titleStart !== undefined && m.titleEnd !== undefined ? originalSlice(scope.prep, m.titleStart, m.titleEnd) : m.onPage?.title;
  return { ...m, name: originalSlice(scope.prep, m.start, m.end), ...(title ? { title } : {}) };
}

/** The sentence as written, trimmed of a leading news-agency credit. */
export function sentenceText(scope: Scope): string {
  const text = originalSlice(scope.prep, scope.sentence.start, scope.sentence.end);
  // A statement ended by ； (split off the rest of its printed sentence) reads as a sentence of its own.
  return text
    .replace(/^.{0,24}?(?:訊|讯|報道|报道|電|电)[：:，,\s]+(?=.{12})/u, '')
    .trim()
    .replace(/[；;]$/u, '。');
}

/** People in `[from, to)`: the lexicon's, and the spokespeople named earlier on the page written bare (任國強表示). */
// 就…一事, 就…問題 right before the verb: the matter answered (folded).
const MATTER_BEFORE = /就[^，。；：,;]{2,40}?(?:一事|问题|事宜)(?:时)?$/u;

export function speakersIn(scope: Scope, from: number, to: number): PersonMention[] {
  const found = peopleIn(scope.lex, scope.prep, from, to);
  const s = scope.prep.folded;
  for (const name of scope.spokespeople.keys()) {
    for (let at = s.indexOf(name, from); at >= 0 && at + name.length <= to; at = s.indexOf(name, at + 1)) {
      if (!found.some((p) => p.start < at + name.length && at < p.end)) found.push({ start: at, end: at + name.length, folded: name });
    }
  }
  // 「記者向張曉剛提問」: one asked or written to (right after 向, 給, 問) is not speaking; nor is one inside the matter
  // 就 names, closed by 一事 or 問題 before `to` (程永華就日本外相岸田文雄希望訪華一事表示).
  const matter = MATTER_BEFORE.exec(s.slice(from, to));
  const inMatter = (p: PersonMention) => !!matter && p.start >= from + matter.index && p.end <= from + matter.index + matter[0].length;
  return found.filter((p) => !/[向给问]/u.test(s[(p.titleStart ?? p.start) - 1] ?? '') && !inMatter(p)).sort((a, b) => a.start - b.start);
}
