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

/** Finds the data's phrases in text, longest first. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<number, { phrase: string; value: T }[]>();

  /** Indexes `entries` (phrases already folded); the first value given for a phrase wins. */
  constructor(entries: Iterable<readonly [string, T]>) {
    const seen = new Set<string>();
    for (const [phrase, value] of entries) {
      if (!phrase || seen.has(phrase)) continue;
      seen.add(phrase);
      const list = this.byFirst.get(phrase.charCodeAt(0)) ?? [];
      list.push({ phrase, value });
      this.byFirst.set(phrase.charCodeAt(0), list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  /** The longest phrase starting at `i`, if any. */
  at(text: string, i: number): Hit<T> | undefined {
    const list = this.byFirst.get(text.charCodeAt(i));
    if (!list) return undefined;
    for (const { phrase, value } of list) {
      if (text.startsWith(phrase, i)) return { start: i, end: i + phrase.length, phrase, value };
    }
    return undefined;
  }

  /** Non-overlapping longest matches in `text[from, to)`. */
  all(text: string, from = 0, to = text.length): Hit<T>[] {
    const hits: Hit<T>[] = [];
    for (let i = from; i < to;) {
      const hit = this.at(text, i);
      if (hit && hit.end <= to) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }

  /** True when some phrase occurs in `text[from, to)`. */
  has(text: string, from = 0, to = text.length): boolean {
    for (let i = from; i < to; i++) {
      const hit = this.at(text, i);
      if (hit && hit.end <= to) return true;
    }
    return false;
  }
}
