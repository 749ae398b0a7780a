/**
 * Longest-match phrase lookup over folded text: the data files' words, indexed by first
 * character, scanned left to right without regular expressions.
 */

/** A phrase found in a text, with the value the data gave it. */
export interface Hit<T> {
  start: number;
  end: number;
  phrase: string;
  value: T;
}

const SILENT: unique symbol = Symbol('silent');

/** Finds the data's phrases in text, longest first. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<number, { phrase: string; value: T | typeof SILENT }[]>();

  /**
   * Indexes `entries` (phrases already folded); the first value given for a phrase wins.
   * `silent` phrases hold one of the phrases without meaning it (稱呼 holds 稱): where one
   * is the longest match, nothing is found, and scans go on after it.
   */
  constructor(entries: Iterable<readonly [string, T]>, silent: Iterable<string> = []) {
    const seen = new Set<string>();
    const add = (phrase: string, value: T | typeof SILENT) => {
      if (!phrase || seen.has(phrase)) return;
      seen.add(phrase);
      const list = this.byFirst.get(phrase.charCodeAt(0)) ?? [];
      list.push({ phrase, value });
      this.byFirst.set(phrase.charCodeAt(0), list);
    };
    for (const [phrase, value] of entries) add(phrase, value);
    for (const phrase of silent) add(phrase, SILENT);
    for (const list of this.byFirst.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  /** The longest phrase starting at `i`, if any, silent ones included. */
  private longest(text: string, i: number): { phrase: string; value: T | typeof SILENT } | undefined {
    const list = this.byFirst.get(text.charCodeAt(i));
    if (!list) return undefined;
    for (const entry of list) if (text.startsWith(entry.phrase, i)) return entry;
    return undefined;
  }

  /** The longest phrase starting at `i`, if any. */
  at(text: string, i: number): Hit<T> | undefined {
    const found = this.longest(text, i);
    if (!found || found.value === SILENT) return undefined;
    return { start: i, end: i + found.phrase.length, phrase: found.phrase, value: found.value };
  }

  /** Non-overlapping longest matches in `text[from, to)`. */
  all(text: string, from = 0, to = text.length): Hit<T>[] {
    const hits: Hit<T>[] = [];
    for (let i = from; i < to;) {
      const found = this.longest(text, i);
      if (found && i + found.phrase.length <= to) {
        if (found.value !== SILENT) hits.push({ start: i, end: i + found.phrase.length, phrase: found.phrase, value: found.value });
        i += found.phrase.length;
      } else i++;
    }
    return hits;
  }

  /** True when some phrase occurs in `text[from, to)`. */
  has(text: string, from = 0, to = text.length): boolean {
    for (let i = from; i < to;) {
      const found = this.longest(text, i);
      if (found && i + found.phrase.length <= to) {
        if (found.value !== SILENT) return true;
        i += found.phrase.length;
      } else i++;
    }
    return false;
  }
}
