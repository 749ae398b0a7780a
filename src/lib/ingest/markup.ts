/**
 * Page text that carries the HTML markup it was copied with (`<p style="…">`, `<br />`,
 * `&nbsp;`): the markup is read as the line breaks and characters it stands for, so the
 * article's words reach layout and extraction as text. Only the tags of an article's body
 * are known; anything else between angle brackets is left as written. Text with a stray tag or
 * two and no paragraphs in tags (a page quoting markup) is no such copy and stays as written.
 */

const BLOCK =
  'p|div|br|hr|h[1-6]|li|ul|ol|dl|dt|dd|table|thead|tbody|tr|td|th|header|footer|section|article|aside|figure|figcaption|blockquote|pre|center|main|nav';
const INLINE = 'span|a|img|small|big|strong|em|b|i|u|s|strike|font|sup|sub|time|abbr|cite|label|mark|wbr|picture|source|ins|del|q|code';
const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK})(?:\\s[^<>]{0,2000})?\\/?>`, 'giu');
const INLINE_TAG = new RegExp(`<\\/?(?:${INLINE})(?:\\s[^<>]{0,2000})?\\/?>`, 'giu');
const HIDDEN = /<(script|style|noscript)\b[^<>]*>[\s\S]*?<\/\1\s*>/giu;
const COMMENT = /<!--[\s\S]*?-->/gu;

const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  middot: '·',
  bull: '•',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  times: '×',
  copy: '©',
  emsp: ' ',
  ensp: ' ',
};

function entity(whole: string, body: string): string {
  if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? whole;
  const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** How many block tags (p, div, br …) the text holds: a page copied with its markup has its paragraphs in them. */
export function blockTagCount(text: string): number {
  return text.match(BLOCK_TAG)?.length ?? 0;
}

/** The text with its markup read: block tags break lines, inline tags go, entities become their characters. */
export function markupToText(text: string): string {
  return text
    .replace(COMMENT, '')
    .replace(HIDDEN, '')
    .replace(BLOCK_TAG, '\n')
    .replace(INLINE_TAG, '')
    .replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,16});/gu, entity)
    .replace(/[ \t]+$/gmu, '')
    .replace(/\n{3,}/gu, '\n\n');
}
