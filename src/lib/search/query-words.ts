/**
 * The words of a reader's query and how many of them a search record holds. A query is
 * split where the reader put spaces; each word becomes its search tokens (a Chinese word
 * several bigrams). A record holds a word when it holds every token of it, as a whole
 * index word or the start of one (so a prefix typed so far still counts). The search
 * engine alone cannot say this: for a word it does not know it falls back on a shorter
 * prefix (xyzzy finds x…), and it ranks records without regard to how many words they hold.
 */
import { segment, type Lexicon } from './segment.ts';
import { encodeToken } from './search-token.ts';

/** The tokens of each word of `query`, words without tokens left out. */
export function queryWords(query: string, lexicon: Lexicon): string[][] {
  return query
    .split(/\s+/u)
    .map((word) => [...new Set(segment(word, lexicon))])
    .filter((tokens) => tokens.length > 0);
}

/** How many of `words` the index text `content` (encoded words separated by spaces) holds. */
export function wordsHeld(content: string, words: readonly (readonly string[])[]): number {
  const indexWords = content.split(' ');
  const holds = (token: string) => {
    const code = encodeToken(token);
    return indexWords.some((w) => w.startsWith(code));
  };
  return words.filter((tokens) => tokens.every(holds)).length;
}

/** How many of `words` a piece of original text holds, both folded as the tokens were (`fold`). */
export function wordsInText(folded: string, words: readonly (readonly string[])[]): number {
  return words.filter((tokens) => tokens.every((t) => folded.includes(t))).length;
}
