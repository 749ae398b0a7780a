/**
 * Layout repair, first half: the lines of a page become blocks (paragraphs,
 * headline lines, captions, credits, bylines, source notes). Lines broken at the
 * column width are joined; a blank line left by a column break inside a sentence
 * does not end the paragraph.
 */
import {
  bylineAt,
  cleanLine,
  endsSentence,
  hasSentencePunct,
  headlineGoesOn,
  isAttribution,
  isCaptionStart,
  isCredit,
  isIndented,
  isPageFurniture,
  isPhotoCredit,
  isQuestionOrAnswer,
  isSourceNote,
  isStandaloneByline,
  joinLine,
  splitEditorNote,
  splitSourceNote,
  splitTrailingCredit,
  PHOTOGRAPHER_TAIL,
  PICTURE_SOURCE,
  stripCaptionMarker,
  width,
} from './lines.ts';
import { splitColumns } from './columns.ts';
import { withoutReadings } from '../readings.ts';

/** `furniture`: the page's own furniture (headers, page numbers, a printed web page's address bar), not a story's. */
export type BlockType = 'paragraph' | 'headline' | 'attribution' | 'byline' | 'caption' | 'credit' | 'source-note' | 'furniture';

/** A unit of the page before stories are known. */
export interface Block {
  type: BlockType;
  text: string;
  /** For paragraphs: the paragraph opens with a byline (【大公報訊】…). */
  byline?: string;
  /** Index of the first line of the block in the page. */
  line: number;
}

interface Line {
  text: string;
  /** Blank lines before this one. */
  gap: boolean;
  indented: boolean;
  index: number;
  /** The page's body column width, when most of its lines are cut at one width. */
  column?: number;
  /** Whether the line always opens a block (see hardStart), once asked. */
  hard?: boolean;
}

const MAX_HEADLINE_WIDTH = 56;

/** Whether line `i` is an attribution of its own (新華社電, 本報記者…): under a headline, or set apart before a break or headline. */
function isAttributionLine(lines: Line[], i: number, prev: Block | undefined): boolean {
  const line = lines[i]!;
  const t = line.text;
  if (!isAttribution(t) || line.indented || bylineAt(t) || cutAtColumn(lines, i)) return false;
  return prev?.type === 'headline' || (!standsAlone(lines, i) && (!lines[i + 1] || lines[i + 1]!.gap || isHeadlineLine(lines, i)));
}

/** Splits page text into blocks with the layout repaired. */
export function toBlocks(text: string): Block[] {
  const lines = readLines(text);
  const blocks: Block[] = [];
  let open: Block | null = null;
  let last = '';
  const close = (): void => {
    if (open) finish(open, blocks);
    open = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (open && continues(open, last, line, lines, i)) {
      open.text = joinLine(open.text, line.text);
      last = line.text;
      continue;
    }
    close();
    const prev = blocks[blocks.length - 1];
    const t = line.text;
    if (isSourceNote(t)) {
      blocks.push({ type: 'source-note', text: t, line: line.index });
    } else if (isPageFurniture(t) && !(cutAtColumn(lines, i) && !/\s/.test(t))) {
      // A date line cut at the column edge runs on (2014年12月25日外交部發言人 / …): not a page header.
      blocks.push({ type: 'furniture', text: t, line: line.index });
    } else if ((prev?.type === 'caption' || prev?.type === 'credit') && isCredit(t)) {
      blocks.push({ type: 'credit', text: t, line: line.index });
    } else if (prev?.type === 'paragraph' && isPhotoCredit(t) && isUnmarkedCaption(prev.text)) {
      // A caption printed without ▲ or 圖：, known by the photographer's credit under it.
      prev.type = 'caption';
      blocks.push({ type: 'credit', text: t, line: line.index });
    } else if (isStandaloneByline(t) && !/[：:，,]$/.test(t)) {
      blocks.push({ type: 'byline', text: t, line: line.index });
    } else if (isCaptionStart(t)) {
      open = { type: 'caption', text: stripCaptionMarker(t), line: line.index };
    } else if (isAttributionLine(lines, i, prev)) {
      blocks.push({ type: 'attribution', text: t, line: line.index });
    } else if (DATED_ENTRY.test(t)) {
      open = { type: 'paragraph', text: t, line: line.index };
    } else if (!bylineAt(t) && prev?.type !== 'attribution' && isHeadlineLine(lines, i)) {
      pushHeadline(blocks, lines, i);
    } else {
      const byline = bylineAt(t);
      open = { type: 'paragraph', text: t, line: line.index, ...(byline ? { byline } : {}) };
    }
    last = t;
  }
  close();
  return blocks;
}

/** A headline line; one that says what the headline line just above does (…發言人汪文斌 / 主持例行記者會) joins it. */
function pushHeadline(blocks: Block[], lines: Line[], i: number): void {
  const prev = blocks[blocks.length - 1];
  const { text, index } = lines[i]!;
  if (prev?.type === 'headline' && prev.line === lines[i - 1]?.index && headlineGoesOn(prev.text, text)) prev.text += text;
  else blocks.push({ type: 'headline', text, line: index });
}

function readLines(text: string): Line[] {
  const out: Line[] = [];
  let gap = false;
  const raw = splitColumns(text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/)).flatMap(runOnParagraphs);
  raw.forEach((r, index) => {
    const t = cleanLine(r);
    if (!t) {
      gap = true;
      return;
    }
    // 「責任編輯：王明 外交部發言人…表示，…。」: page furniture run into the story's first sentence on one line.
    const [head, rest] = furnitureRunOn(t);
    if (rest) out.push({ text: head, gap, indented: false, index });
    out.push({ text: rest ?? t, gap: rest ? false : gap, indented: isIndented(r), index });
    gap = false;
  });
  // Indents mark paragraph starts only on pages that indent paragraphs at all.
  if (out.filter((l) => l.indented).length < 3) for (const l of out) l.indented = false;
  const column = bodyColumn(out);
  if (column) for (const l of out) l.column = column;
  return out;
}

/**
 * A line of page furniture (an editor's note, a web page's time stamp and byline) that runs on into a
 * sentence: the furniture up to the last space before the sentence's first mark, and the sentence.
 */
function furnitureRunOn(t: string): [string, string?] {
  // 「2013年12月16日 06:35 新聞類別 中國 詳情# 【明報專訊】外交部發言人…」: a site's time stamp and labels
  // run into the story's bracketed byline.
  const stamped = STAMP_BEFORE_BYLINE.exec(t);
  if (stamped) return [stamped[1]!.trim(), stamped[2]!];
  if (!/[。！？]/u.test(t) || !isPageFurniture(t)) return [t];
  const mark = t.search(/[，,。！？]/u);
  const space = t.lastIndexOf(' ', mark);
  const head = t.slice(0, space).trim();
  const rest = t.slice(space + 1).trim();
  return space > 0 && width(rest) >= 12 && isPageFurniture(head) ? [head, rest] : [t];
}

const STAMP_BEFORE_BYLINE = /^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}:\d{2}[^【。，,]{0,24})(【[^】]{1,12}】.{12,})$/u;

/**
 * The width most lines are cut at, when the page was printed in columns: the commonest width of
 * lines that run on into a next line, if at least six lines and a quarter of those share it.
 */
function bodyColumn(lines: Line[]): number | undefined {
  const counts = new Map<number, number>();
  let n = 0;
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (!next || next.gap || endsSentence(l.text)) return;
    const w = inkWidth(l.text);
    if (w > 40) return;
    n += 1;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  });
  const [w, count] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  return count >= 6 && count * 4 >= n ? w : undefined;
}

// A space between two Chinese words: a headline's two parts (特首晤總領事 談食品進口), never a cut body line.
const SPACED = /\p{Script=Han} +\p{Script=Han}/u;

/**
 * A line exactly as wide as the body column, then after a blank line body text no wider that
 * runs on (punctuated, or going on into more lines): a paragraph cut by a column break.
 */
function fillsColumn(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  const next = lines[i + 1];
  if (!line.column || !next || hardStart(next) || SPACED.test(line.text)) return false;
  const after = lines[i + 2];
  return atColumnEdge(line, next) && (hasSentencePunct(next.text) || (!!after && !after.gap));
}

/**
 * Line `j` as wide as the column and the line after it wider still: `j` is a paragraph's first line,
 * shortened by an indent the text lost, and the page's "column" is that first-line width
 * (業界盼經營環境穩定可預期 / 多家在華美資企業負責人表 / 示，中國市場規模大、產業配套): the line
 * before it is a subheading, not cut.
 */
function indentedFirstLine(lines: Line[], j: number): boolean {
  const line = lines[j]!;
  const after = lines[j + 1];
  return (
    !!line.column && !!after && !after.gap && Math.abs(inkWidth(line.text) - line.column) <= 0.5 && inkWidth(after.text) - line.column >= 1
  );
}

/** `line` exactly as wide as the body column, with `next` no wider. */
function atColumnEdge(line: Line, next: Line): boolean {
  return !!line.column && Math.abs(inkWidth(line.text) - line.column) <= 0.5 && inkWidth(next.text) <= line.column + 0.5;
}

/**
 * A line that fills the body column, with no punctuation, and runs on into a line no wider:
 * a heading or sentence cut at the column edge (2014年12月25日外交部發言人 / 華春瑩主持例行記者會),
 * not a headline of its own.
 */
function cutAtColumn(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  const next = lines[i + 1];
  if (!line.column || !next || next.gap || hardStart(next) || SPACED.test(line.text)) return false;
  return atColumnEdge(line, next) && !indentedFirstLine(lines, i + 1);
}

// A space after a full stop: Chinese text sets none inside a paragraph, so it marks where one ended
// (also after a half-width ? or ! closing Chinese text: 有何評論? 耿爽:, and after a photo credit: （中評社 海涵攝） 中評社北京電).
const PARAGRAPH_SPACE = /(?<=[。！？」』”]|\p{Script=Han}[?!]|[摄攝][）)])[ \u3000]{1,2}(?=\S)/u;

/** A long line holding several paragraphs run together with a space between them, as stored web text comes. */
function runOnParagraphs(line: string): string[] {
  if (width(line) <= 40 || !PARAGRAPH_SPACE.test(line.trim())) return [line];
  return line
    .trim()
    .split(PARAGRAPH_SPACE)
    .flatMap((part, i) => (i ? ['', part] : [part]));
}

/** A line with blank lines (or the page's edge) on both sides: a headline, not a speaker's attribution. */
function standsAlone(lines: Line[], i: number): boolean {
  return (i === 0 || lines[i]!.gap) && (!lines[i + 1] || lines[i + 1]!.gap);
}

// 「2021年9月10日 習近平應約同拜登通電話」: an entry of a chronology, a full date and a space.
const DATED_ENTRY = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\s\u3000]+\S/;

/** Lines that always open a new block, whatever came before. */
function hardStart(line: Line): boolean {
  // Asked many times of the same line; its text and indent are settled by then.
  return (line.hard ??= opensBlock(line));
}

function opensBlock(line: Line): boolean {
  const t = line.text;
  return (
    line.indented ||
    isCaptionStart(t) ||
    isSourceNote(t) ||
    isQuestionOrAnswer(t) ||
    isPageFurniture(t) ||
    bylineAt(t) !== null ||
    DATED_ENTRY.test(t)
  );
}

// Punctuation that never opens a line of its own: the line before was cut just ahead of it.
const CLOSING_START = /^[，。、；：！？,;!?）」』”’》〉]/;

function continues(open: Block, last: string, line: Line, lines: Line[], i: number): boolean {
  if (hardStart(line)) return false;
  if (CLOSING_START.test(line.text) && (open.type === 'paragraph' || open.type === 'caption')) return true;
  // A caption line wider than any column was printed unwrapped: the next line is not its continuation.
  if (open.type === 'caption') return !line.gap && !endsSentence(last) && width(last) <= 40 && splitTrailingCredit(last)[1] === null;
  if (open.type !== 'paragraph') return false;
  // "…會晤。 新華社記者 鞠鵬攝": a photographer's credit closes the caption it ends (read past the
  // readings some sites print: 中國(guó)網(wǎng) 張琳 攝).
  const bare = withoutReadings(last);
  if (/[攝摄]$/.test(bare) && isUnmarkedCaption(withoutReadings(open.text)) && splitTrailingCredit(bare)[1]?.match(/[攝摄]$/u))
    return false;
  // 「下文為孔泉答記者問全文：」: a line wider than any column that ends on a colon introduces the next paragraph.
  if (width(last) > 40 && /[：:]$/.test(last)) return false;
  // 「美國國務卿布林肯。(圖/達志影像美聯社)」「外交部發言人毛寧。圖片來自外交部」: a picture's bracketed credit, or
  // where it came from, ends its caption, blank line or not.
  if (splitTrailingCredit(last)[1]?.match(/^(?:[（(]|圖片|图片|照片|圖|图|翻攝|翻摄)/u)) return false;
  // A line cut mid-sentence goes on, even across the blank line of a column break; a sentence
  // closed by a credit (「…舉行會談。美聯社」) has ended.
  if (!endsSentence(last) && !(line.gap && (splitTrailingCredit(last)[1] !== null || splitEditorNote(last)[1] !== null))) return true;
  if (line.gap) return false;
  // A sentence ending at the very edge of a column may go on in the next line.
  const w = width(last);
  const next = lines[i + 1];
  const peers = [width(line.text), next && !next.gap ? width(next.text) : 0];
  const column = Math.max(w, ...peers);
  const full = column <= 40 && w >= column - 1.5 && peers.some((p) => Math.abs(p - w) <= 1.5);
  // A short headline line right after a paragraph's last full line still stands apart.
  return full && !(width(line.text) < column - 3 && isHeadlineLine(lines, i));
}

/** Could this line be a headline by its own text: short, no sentence punctuation. */
function headlineText(t: string): boolean {
  return !hasSentencePunct(t) && headlineShape(t);
}

/** A short line with commas but no full stop may be a headline when what follows proves it. */
function commaHeadlineText(t: string): boolean {
  return width(t) <= 30 && !/[。；！？;!?]/.test(t) && headlineShape(t);
}

function headlineShape(t: string): boolean {
  return (
    width(t) <= MAX_HEADLINE_WIDTH &&
    !PHOTOGRAPHER_TAIL.test(t) &&
    !isPageFurniture(t) &&
    !/[，,]$/.test(t) &&
    !/[、「『（《(]$/.test(t) &&
    !isCaptionStart(t) &&
    !isSourceNote(t) &&
    !isQuestionOrAnswer(t)
  );
}

/**
 * A headline line stands alone: after it comes a blank line, the end, a caption,
 * another headline line, or a line that itself opens a paragraph (it is shorter
 * than the line after it, as a paragraph's indented first line is).
 */
function isHeadlineLine(lines: Line[], i: number, depth = 0): boolean {
  const line = lines[i]!;
  if (depth > 8) return false;
  if (!headlineText(line.text)) return commaHeadlineText(line.text) && clearlyStandsAlone(lines, i, depth);
  const next = lines[i + 1];
  if (!next) return true;
  if (cutAtColumn(lines, i)) return false;
  if (splitsToken(line.text, next.text) || CLOSING_START.test(next.text)) return false;
  // Alone between blank lines (or after page furniture) with no punctuation: a headline, however wide,
  // unless it fills the body column exactly and body text follows the column break.
  if (next.gap && (i === 0 || line.gap || isPageFurniture(lines[i - 1]!.text))) return !fillsColumn(lines, i);
  if (next.gap) return !fullColumnLine(line, next, lines, i + 1, depth);
  if (/[：:]$/.test(line.text) && !hardStart(next) && !isHeadlineLine(lines, i + 1, depth + 1)) return false;
  if (hardStart(next) || isAttribution(next.text)) return true;
  if (justifiedBody(lines, i)) return false;
  if (headlineText(next.text) && isHeadlineLine(lines, i + 1, depth + 1)) return true;
  // Printed with no blank line around it: after a finished sentence, a short line well narrower than the body after it.
  if (
    i > 0 &&
    endsSentence(lines[i - 1]!.text) &&
    width(line.text) <= 24 &&
    width(next.text) - width(line.text) >= 8 &&
    hasSentencePunct(next.text)
  )
    return true;
  return opensParagraph(lines, i + 1);
}

/**
 * Lines of one width run straight into a punctuated line no wider: a justified column of
 * body text whose first lines happen to hold no punctuation, not a stack of headlines.
 */
function justifiedBody(lines: Line[], i: number): boolean {
  const w = inkWidth(lines[i]!.text);
  const same = (k: number): boolean => headlineText(lines[k]!.text) && Math.abs(inkWidth(lines[k]!.text) - w) <= 0.5;
  let j = i;
  while (lines[j + 1] && !lines[j + 1]!.gap && same(j + 1)) j++;
  let h = i;
  while (h > 0 && !lines[h]!.gap && same(h - 1)) h--;
  const end = lines[j + 1];
  return j > h && !!end && !end.gap && !hardStart(end) && hasSentencePunct(end.text) && inkWidth(end.text) <= w + 0.5;
}

/**
 * A line as wide as the column text after a blank line is a paragraph's line cut
 * by a column break, not a headline.
 */
function fullColumnLine(line: Line, after: Line, lines: Line[], j: number, depth: number): boolean {
  if (hardStart(after) || (headlineText(after.text) && isHeadlineLine(lines, j, depth + 1))) return false;
  const w = width(after.text);
  // Wider than the column it stands above: a headline across columns, not a cut line.
  return w <= 40 && Math.abs(width(line.text) - w) <= 1.5;
}

/** True when a line break cuts a date or number from its unit ("1月21" / "日", "昨（19）" / "日"), or a word. */
function splitsToken(line: string, next: string): boolean {
  return (
    (/\d$/.test(line) && /^[日月年號号時时点點%％億亿萬万元周週歲岁個个名位次多余餘倍天]/.test(next)) ||
    // 「昨（19）」 / 「日下午」: a Taiwan paper's day in brackets, cut from its 日.
    (/[昨今明前][（(][\d/／]{1,5}[）)]$/.test(line) && /^[日号號]/.test(next)) ||
    (/[昨今前當当同]$/.test(line) && /^[日天晚晨]/.test(next)) ||
    (/[a-z]$/.test(line) && /^[a-z]/.test(next))
  );
}

/** Only strong evidence: the end, a hard start, another headline, or a whole one-line paragraph. */
function clearlyStandsAlone(lines: Line[], i: number, depth: number): boolean {
  let j = i + 1;
  const next = lines[j];
  if (!next) return true;
  if (next.gap && !hardStart(next) && !isHeadlineLine(lines, j, depth + 1)) {
    // After a blank line, only long unwrapped text (a paragraph per line) proves it.
    return width(next.text) > 40;
  }
  if (hardStart(next) || isAttribution(next.text)) return true;
  // The next line is a headline too only if their group then ends: a blank line or a hard start follows.
  if (isHeadlineLine(lines, j, depth + 1)) return !lines[j + 1] || lines[j + 1]!.gap || hardStart(lines[j + 1]!);
  j = i + 1;
  return endsSentence(lines[j]!.text) && width(lines[j]!.text) > 40;
}

/** True when line j looks like the first line of a paragraph. */
function opensParagraph(lines: Line[], j: number): boolean {
  const line = lines[j]!;
  const after = lines[j + 1];
  if (!after) return true;
  // A long line ending a sentence is a whole paragraph of unwrapped text.
  if (endsSentence(line.text) && width(line.text) > 40) return true;
  if (after.gap && endsSentence(line.text)) return true;
  if (hardStart(after) && endsSentence(line.text)) return true;
  // An indented first line is shorter than the next even with its closing punctuation.
  return inkWidth(after.text) - width(line.text) >= 1;
}

/** Width without punctuation hanging at the line end, which typesetting lets overhang the column. */
function inkWidth(t: string): number {
  return width(t.replace(/[，。、；：！？」』”）]+$/, ''));
}

// 「川普（左）」「前排右二」: where someone stands in a picture.
const POSITION = /[（(](?:左|右|中|前排|後排|后排)[一二三四五]?[）)]/u;

/** A short text of one or two sentences, as a caption is. */
function isUnmarkedCaption(text: string): boolean {
  return width(text) <= 90 && (text.match(/[。！？]/g) ?? []).length <= 2;
}

function finish(block: Block, blocks: Block[]): void {
  // A caption marker with nothing after it carries no text.
  if (!block.text.trim()) return;
  const [told, trailing] = splitTrailingCredit(block.text);
  const credit = block.type === 'paragraph' && !block.byline && isUnmarkedCaption(told) ? trailing : null;
  // A photographer's credit, or an agency's after 「甲（左）與乙」: who stands where in a picture.
  if (
    credit &&
    (isPhotoCredit(credit) ||
      PICTURE_SOURCE.test(credit) ||
      PHOTOGRAPHER_TAIL.test(block.text) ||
      (isCredit(credit) && POSITION.test(block.text)))
  ) {
    block.type = 'caption';
  }
  // 「2009年11月11日，印度Bumla，圖為一名男子經過…」: what the picture shows, said in a short text.
  if (block.type === 'paragraph' && !block.byline && isUnmarkedCaption(block.text) && /[。，,；]\s*(?:圖為|图为)/u.test(block.text)) {
    block.type = 'caption';
  }
  if (block.type === 'caption') {
    const [text, credit] = splitTrailingCredit(block.text);
    blocks.push({ ...block, text });
    if (credit) blocks.push({ type: 'credit', text: credit, line: block.line });
    return;
  }
  const [body, editor] = splitEditorNote(block.text);
  const [text, note] = splitSourceNote(body);
  blocks.push({ ...block, text });
  if (note) blocks.push({ type: 'source-note', text: note, line: block.line });
  if (editor) blocks.push({ type: 'credit', text: editor, line: block.line });
}
