/**
 * How much of one text another covers, by shared character bigrams weighted by
 * how rare they are on the page: "中國" says little, "大金磚" a lot. Used to match
 * headlines, captions and stray paragraphs to the story they belong to.
 */

/** The character bigrams of a text, punctuation and spaces skipped. */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  const runs = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  for (const run of runs) {
    // Code units are enough for the BMP; a surrogate pair falls back to code points.
    const chars = /[\uD800-\uDFFF]/.test(run) ? [...run] : run;
    if (chars.length === 1) out.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** A scorer built from the texts of one page (its documents for rarity). */
export interface Similarity {
  /** The bigrams of `text`, computed once per text for the page. */
  grams(text: string): ReadonlySet<string>;
  /** Share (0..1) of the weight of `text`'s bigrams found in `target`. */
  coverage(text: string, target: ReadonlySet<string>): number;
}

/** Builds a coverage scorer whose weights come from the page's texts. */
export function makeSimilarity(documents: readonly string[]): Similarity {
  const cache = new Map<string, Set<string>>();
  const grams = (text: string): Set<string> => {
    let g = cache.get(text);
    if (!g) cache.set(text, (g = bigrams(text)));
    return g;
  };
  const df = new Map<string, number>();
  for (const doc of documents) for (const g of grams(doc)) df.set(g, (df.get(g) ?? 0) + 1);
  const n = Math.max(documents.length, 1);
  const weight = (g: string): number => Math.log(1 + n / (df.get(g) ?? 1));
  return {
    grams,
    coverage(text, target) {
      let total = 0;
      let hit = 0;
      for (const g of grams(text)) {
        const w = weight(g);
        total += w;
        if (target.has(g)) hit += w;
      }
      return total ? hit / total : 0;
    },
  };
}
