/**
 * Layout repair, second half: blocks become stories. A byline opens a story; a
 * group of headline lines before a body opens one too; a single headline line in
 * the middle of a story is a sub-headline. Headlines printed apart from their
 * story (after it, or in a block at the end), photo captions and stray paragraphs
 * go to the story whose text they share the most rare words with.
 */
import type { PassageKind } from '../schema.ts';
import type { Block } from './blocks.ts';
import { makeSimilarity, type Bigram, type Similarity } from './similarity.ts';

/** A block placed in a story with its passage kind. */
export interface Item {
  block: Block;
  kind: PassageKind;
}

/** A story as found on the page, before ids are given. */
export interface StoryDraft {
  /** Headline lines; `group` numbers the run of lines they were printed in. */
  headlines: { block: Block; group: number }[];
  items: Item[];
  captions: Item[];
  hasByline: boolean;
  closed: boolean;
  orphan: boolean;
}

// A stray paragraph moves to another story only when it matches it clearly better.
const MOVE_MARGIN = 1.5;
const STANDFIRST_MIN = 0.3;

const isBylineBlock = (b: Block | undefined): boolean => b?.type === 'byline' || (b?.type === 'paragraph' && !!b.byline);
const isPictureBlock = (b: Block | undefined): boolean => b?.type === 'caption' || b?.type === 'credit';

function newDraft(orphan: boolean): StoryDraft {
  return { headlines: [], items: [], captions: [], hasByline: false, closed: false, orphan };
}

function textOf(d: StoryDraft): string {
  return d.items.map((i) => i.block.text).join('\n');
}

/**
 * Groups blocks into stories in page order. The page's furniture (running heads, page
 * numbers, a printed web page's header and footer) takes no part: a story runs on across
 * a page break, and the furniture is kept, as credits, with the story it interrupts.
 */
export function groupStories(all: readonly Block[]): StoryDraft[] {
  const blocks = all.filter((b) => b.type !== 'furniture');
  // A heading right after furniture (a feed item's address and time stamp, then the next item's title) opens a
  // story once the one before has a body.
  // So does a heading with a time stamp under it (a site's next item: its title, its time, its text).
  const besideFurniture = new Set(
    all.filter((b, i) => b.type === 'headline' && (all[i - 1]?.type === 'furniture' || all[i + 1]?.type === 'furniture')),
  );
  const stories = groupBlocks(blocks, besideFurniture);
  placeFurniture(
    stories,
    all.filter((b) => b.type === 'furniture'),
  );
  return stories;
}

/** Each furniture block goes after the last block printed before it, in that block's story. */
function placeFurniture(stories: StoryDraft[], furniture: readonly Block[]): void {
  for (const f of furniture) {
    let target: StoryDraft | undefined;
    let at = -1;
    let line = -1;
    for (const story of stories) {
      // A time stamp on its own line under the heading of a story whose text all comes after it opens that text.
      const opensText = story.items.every((item) => item.block.line > f.line);
      for (const h of story.headlines)
        if (opensText && h.block.line < f.line && h.block.line >= line) [target, at, line] = [story, -1, h.block.line];
      story.items.forEach((item, i) => {
        if (item.block.line <= f.line && item.block.line >= line) [target, at, line] = [story, i, item.block.line];
      });
    }
    if (!target) {
      target = stories[0] ?? newDraft(false);
      if (!stories.length) stories.push(target);
    }
    target.items.splice(at + 1, 0, { block: f, kind: 'credit' });
  }
}

/** One pass over a page's blocks: the stories so far, the one being filled, and what waits for a place. */
interface Pass {
  blocks: readonly Block[];
  sim: Similarity;
  drafts: StoryDraft[];
  floating: { block: Block; group: number; before: StoryDraft | null }[];
  pictures: { items: Item[]; before: StoryDraft | null }[];
  cur: StoryDraft | null;
  group: number;
  besideFurniture: ReadonlySet<Block>;
}

function open(pass: Pass, orphan: boolean): StoryDraft {
  const d = newDraft(orphan);
  pass.drafts.push(d);
  pass.cur = d;
  return d;
}

function groupBlocks(blocks: readonly Block[], besideFurniture: ReadonlySet<Block>): StoryDraft[] {
  const sim = makeSimilarity(blocks.map((b) => b.text));
  const pass: Pass = { blocks, sim, drafts: [], floating: [], pictures: [], cur: null, group: 0, besideFurniture };
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type === 'headline') k = takeHeadlines(pass, k);
    else if (isBylineBlock(b)) takeByline(pass, k);
    else if (b.type === 'caption') k = takeCaption(pass, k);
    else takeBody(pass, k);
  }
  const stories = mergeOrphans(pass.drafts, sim);
  placeFloating(stories, pass.floating, pass.pictures, sim);
  return stories.filter((d) => d.items.length + d.headlines.length + d.captions.length > 0);
}

/** A run of headline lines from `k`: a new story's, a subheadline of the current one, or floating. Returns the run's last index. */
function takeHeadlines(pass: Pass, k: number): number {
  const { blocks } = pass;
  let end = k;
  while (blocks[end + 1]?.type === 'headline') end++;
  const lines = blocks.slice(k, end + 1);
  const next = blocks[end + 1];
  const prev = blocks[k - 1];
  const group = ++pass.group;
  const prevStory = pass.cur;
  if (!next || isPictureBlock(next) || next.type === 'source-note') {
    for (const block of lines) pass.floating.push({ block, group, before: prevStory });
    if (prevStory) prevStory.closed = true;
    return end;
  }
  const section = sectionText(blocks, end + 1);
  const opensStory =
    !prevStory ||
    prevStory.closed ||
    isBylineBlock(next) ||
    lines.length >= 2 ||
    isPictureBlock(prev) ||
    prev?.type === 'byline' ||
    (pass.besideFurniture.has(lines[0]!) && prevStory.items.some((i) => i.kind === 'paragraph' && i.block.text.length >= 40));
  if (!opensStory) {
    for (const block of lines) prevStory.items.push({ block, kind: 'subheadline' });
    return end;
  }
  const story = open(pass, false);
  for (const block of lines) {
    const target = prevStory && !prevStory.orphan && belongsBefore(pass.sim, block.text, prevStory, section) ? prevStory : story;
    target.headlines.push({ block, group });
  }
  return end;
}

/** A byline at `k`: it ends the current story, opens a new one, or turns its one paragraph into a standfirst. */
function takeByline(pass: Pass, k: number): void {
  const b = pass.blocks[k]!;
  const next = pass.blocks[k + 1];
  const cur = pass.cur;
  const trailing = b.type === 'byline' && cur && cur.items.length > 0 && (!next || next.type === 'headline' || isPictureBlock(next));
  if (trailing && cur) {
    cur.items.push({ block: b, kind: 'byline' });
    cur.closed = true;
    return;
  }
  const paragraphs = cur ? cur.items.filter((i) => i.kind === 'paragraph') : [];
  let story: StoryDraft;
  if (!cur || cur.hasByline || cur.closed || paragraphs.length > 1) {
    story = open(pass, false);
  } else {
    // One paragraph before the byline, with none of its own: the story's standfirst.
    for (const p of paragraphs) p.kind = 'standfirst';
    cur.orphan = false;
    story = cur;
  }
  story.hasByline = true;
  story.items.push({ block: b, kind: b.type === 'byline' ? 'byline' : 'paragraph' });
}

/** A caption at `k` and the credits after it, placed later. Returns the last index taken. */
function takeCaption(pass: Pass, k: number): number {
  const items: Item[] = [{ block: pass.blocks[k]!, kind: 'caption' }];
  while (pass.blocks[k + 1]?.type === 'credit') items.push({ block: pass.blocks[++k]!, kind: 'credit' });
  pass.pictures.push({ items, before: pass.cur });
  return k;
}

/** A paragraph, attribution, credit or note at `k`: it goes on the current story, or opens an orphan one. */
function takeBody(pass: Pass, k: number): void {
  const b = pass.blocks[k]!;
  const afterPicture = isPictureBlock(pass.blocks[k - 1]);
  const cur = pass.cur;
  const story = !cur || cur.closed || (afterPicture && b.type === 'paragraph') ? open(pass, true) : cur;
  const kind: PassageKind =
    b.type === 'paragraph'
      ? 'paragraph'
      : b.type === 'attribution'
        ? 'byline'
        : b.type === 'credit' || b.type === 'furniture'
          ? 'credit'
          : 'source-note';
  story.items.push({ block: b, kind });
}

/** The text of the body that follows a headline group, up to the next boundary. */
function sectionText(blocks: readonly Block[], from: number): string {
  const parts: string[] = [];
  for (let k = from; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (k > from && (b.type === 'headline' || isBylineBlock(b) || isPictureBlock(b))) break;
    parts.push(b.text);
  }
  return parts.join('\n');
}

/** A headline line of a group belongs to the story before it when it matches that one better. */
function belongsBefore(sim: Similarity, line: string, before: StoryDraft, section: string): boolean {
  return sim.coverage(line, sim.grams(textOf(before))) > sim.coverage(line, sim.grams(section));
}

/**
 * Paragraphs with no headline or byline of their own (a standfirst at the top, a
 * lead printed apart, a story going on after a photo) join the story they match.
 */
function mergeOrphans(drafts: StoryDraft[], sim: Similarity): StoryDraft[] {
  const kept = drafts.filter((d) => !d.orphan || d.headlines.length > 0);
  // No headline or byline anywhere (a web page's text): the first paragraphs anchor the rest, which join
  // them as a story going on after its photo does, unless they read as another story.
  const first = kept.length === 0 ? drafts.find((d) => d.items.some((it) => it.kind === 'paragraph')) : undefined;
  if (first) kept.push(first);
  if (kept.length === 0) return drafts;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (!d.orphan || d.headlines.length > 0 || d === first) continue;
    const text = textOf(d);
    const before = drafts
      .slice(0, i)
      .reverse()
      .find((x) => kept.includes(x));
    let best: StoryDraft | null = null;
    let bestScore = 0;
    for (const k of kept) {
      const s = sim.coverage(text, sim.grams(textOf(k)));
      if (s > bestScore) [best, bestScore] = [k, s];
    }
    const beforeScore = before ? sim.coverage(text, sim.grams(textOf(before))) : 0;
    if (!d.items.some((it) => it.kind === 'paragraph')) {
      // Page furniture or a credit alone: it goes with the story beside it.
      if (before) before.items.push(...d.items);
      else kept[0]!.items.unshift(...d.items);
    } else if (before && (best === before || beforeScore * MOVE_MARGIN >= bestScore)) {
      before.items.push(...d.items);
    } else if (best && bestScore >= STANDFIRST_MIN) {
      const lead = d.items.map((it) => ({ ...it, kind: it.kind === 'paragraph' ? ('standfirst' as const) : it.kind }));
      const at = best.items.findIndex((it) => it.kind !== 'standfirst');
      best.items.splice(at < 0 ? best.items.length : at, 0, ...lead);
    } else {
      kept.splice(before ? kept.indexOf(before) + 1 : 0, 0, d);
    }
  }
  return drafts.filter((d) => kept.includes(d));
}

function placeFloating(
  stories: StoryDraft[],
  floating: { block: Block; group: number; before: StoryDraft | null }[],
  pictures: { items: Item[]; before: StoryDraft | null }[],
  sim: Similarity,
): void {
  const texts = new Map(stories.map((s) => [s, sim.grams(textOf(s))]));
  const pick = (text: string, before: StoryDraft | null): StoryDraft => {
    const fallback = (before && stories.includes(before) ? before : null) ?? stories[0] ?? newStory(stories, texts);
    let best = fallback;
    let bestScore = sim.coverage(text, texts.get(fallback) ?? new Set<Bigram>());
    for (const s of stories) {
      const score = sim.coverage(text, texts.get(s)!);
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    return best;
  };
  for (const f of floating) pick(f.block.text, f.before).headlines.push({ block: f.block, group: f.group });
  for (const p of pictures) pick(p.items.map((i) => i.block.text).join('\n'), p.before).captions.push(...p.items);
}

function newStory(stories: StoryDraft[], texts: Map<StoryDraft, ReadonlySet<Bigram>>): StoryDraft {
  const d = newDraft(false);
  stories.push(d);
  texts.set(d, new Set());
  return d;
}
