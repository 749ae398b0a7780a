/**
 * How much of one text another covers, by shared character bigrams weighted by
 * how rare they are on the page: "中國" says little, "大金磚" a lot. Used to match
 * headlines, captions and stray paragraphs to the story they belong to.
 */

/** A bigram: two characters of the Basic Multilingual Plane as one 32-bit number (a lone character as its code), else the characters themselves. */
export type Bigram = number | string;

// Which code units of the Basic Multilingual Plane are letters or digits (\p{L}, \p{N}).
const WORD = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/[\p{L}\p{N}]/u.test(String.fromCharCode(c))) WORD[c] = 1;

/** The character bigrams of a text, in order of first appearance, punctuation and spaces skipped. */
export function bigrams(text: string): Set<Bigram> {
  const lower = text.toLowerCase();
  if (/[\uD800-\uDFFF]/.test(lower)) return bigramsByRun(lower);
  const out = new Set<Bigram>();
  let prev = -1;
  let run = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : -1;
    if (c >= 0 && WORD[c]) {
      if (run > 0) out.add((prev << 16) | c);
      prev = c;
      run++;
      continue;
    }
    if (run === 1) out.add(prev);
    run = 0;
  }
  return out;
}

// A character or two as a bigram: numbers for the Basic Multilingual Plane, as in bigrams().
function key(a: string, b?: string): Bigram {
  if (a.length > 1 || (b?.length ?? 1) > 1) return a + (b ?? '');
  return b === undefined ? a.charCodeAt(0) : (a.charCodeAt(0) << 16) | b.charCodeAt(0);
}

// With characters outside the Basic Multilingual Plane: a surrogate pair is one character.
function bigramsByRun(lower: string): Set<Bigram> {
  const out = new Set<Bigram>();
  for (const run of lower.split(/[^\p{L}\p{N}]+/u)) {
    const chars = [...run];
    if (chars.length === 1) out.add(key(chars[0]!));
    for (let i = 0; i + 1 < chars.length; i++) out.add(key(chars[i]!, chars[i + 1]));
  }
  return out;
}

/** A scorer built from the texts of one page (its documents for rarity). */
export interface Similarity {
  /** The bigrams of `text`, computed once per text for the page. */
  grams(text: string): ReadonlySet<Bigram>;
  /** Share (0..1) of the weight of `text`'s bigrams found in `target`. */
  coverage(text: string, target: ReadonlySet<Bigram>): number;
}

/** Builds a coverage scorer whose weights come from the page's texts. */
export function makeSimilarity(documents: readonly string[]): Similarity {
  const cache = new Map<string, Set<Bigram>>();
  const grams = (text: string): Set<Bigram> => {
    let g = cache.get(text);
    if (!g) cache.set(text, (g = bigrams(text)));
    return g;
  };
  const df = new Map<Bigram, number>();
  for (const doc of documents) for (const g of grams(doc)) df.set(g, (df.get(g) ?? 0) + 1);
  const n = Math.max(documents.length, 1);
  // A text's bigrams with their weights, and the weights' sum, kept for the texts scored again.
  const weighed = new Map<string, { keys: Bigram[]; weights: number[]; total: number }>();
  const weigh = (text: string) => {
    let w = weighed.get(text);
    if (!w) {
      w = { keys: [], weights: [], total: 0 };
      for (const g of grams(text)) {
        const weight = Math.log(1 + n / (df.get(g) ?? 1));
        w.keys.push(g);
        w.weights.push(weight);
        w.total += weight;
      }
      weighed.set(text, w);
    }
    return w;
  };
  return {
    grams,
    coverage(text, target) {
      const { keys, weights, total } = weigh(text);
      let hit = 0;
      for (let i = 0; i < keys.length; i++) if (target.has(keys[i]!)) hit += weights[i]!;
      return total ? hit / total : 0;
    },
  };
}
