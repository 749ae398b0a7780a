/**
 * A raw newspaper page (text from a PDF page) in, its stories and passages out:
 * lines joined, captions, bylines and credits told apart from the body, stories
 * split and given their headlines, every passage with a kind, a story and an id.
 */
import type { Passage, Story } from '../schema.ts';
import { toBlocks } from './blocks.ts';
import { IdMaker } from './ids.ts';
import { detectLanguage } from './language.ts';
import { groupStories, type Item, type StoryDraft } from './stories.ts';

/** A page after layout repair. */
export interface ParsedPage {
  /** The first story's headline, or the start of the first passage. */
  title: string;
  language: 'zh-Hant' | 'zh-Hans';
  stories: Story[];
  /** All passages, story after story, each story's headlines first. */
  passages: Passage[];
}

const TITLE_LENGTH = 30;

/** Repairs the layout of a page of text and splits it into stories and passages. */
export function parsePage(text: string): ParsedPage {
  const drafts = groupStories(toBlocks(text));
  const passageIds = new IdMaker('p-');
  const storyIds = new IdMaker('s-');
  const stories: Story[] = [];
  const passages: Passage[] = [];
  for (const draft of drafts) {
    const ordered = orderHeadlines(draft);
    const items: Item[] = [...ordered.map((block) => ({ block, kind: 'headline' as const })), ...draft.items, ...draft.captions];
    const headline = headlineOf(ordered.map((b) => b.text));
    const anchor = headline ?? items[0]?.block.text ?? '';
    const story = storyIds.next(anchor);
    stories.push({ id: story, headline });
    for (const item of items) {
      passages.push({ id: passageIds.next(item.block.text), kind: item.kind, story, text: item.block.text });
    }
  }
  const first = stories[0]?.headline ?? passages[0]?.text ?? '';
  return {
    title: first.length > TITLE_LENGTH ? `${first.slice(0, TITLE_LENGTH)}…` : first,
    language: detectLanguage(text),
    stories,
    passages,
  };
}

/** Headline lines in reading order: the main group first, a kicker (ending in ：) before its headline. */
function orderHeadlines(draft: StoryDraft): StoryDraft['headlines'][number]['block'][] {
  const sizes = new Map<number, number>();
  for (const h of draft.headlines) sizes.set(h.group, (sizes.get(h.group) ?? 0) + 1);
  const main = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  const byLine = (a: { block: { line: number } }, b: { block: { line: number } }): number => a.block.line - b.block.line;
  const first = draft.headlines.filter((h) => h.group === main).sort(byLine);
  const rest = draft.headlines.filter((h) => h.group !== main).sort(byLine);
  const kickers = first.filter((h) => isKicker(h.block.text));
  const heads = first.filter((h) => !isKicker(h.block.text));
  return [...kickers, ...heads, ...rest].map((h) => h.block);
}

const isKicker = (text: string): boolean => /[：:]$/.test(text);

/** The story's headline: its main line, after its kicker when it has one. */
function headlineOf(lines: string[]): string | null {
  const [first, second] = lines;
  if (first === undefined) return null;
  if (isKicker(first) && second !== undefined && !isKicker(second)) return first + second;
  return first;
}
