import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bigrams, makeSimilarity } from '../../src/lib/ingest/similarity.ts';

// The bigrams as strings, read run by run: what the numbers stand for.
function plainBigrams(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const chars = [...run];
    if (chars.length === 1) out.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  return [...out];
}

const texts = [
  '外交部發言人毛寧主持例行記者會。',
  '中國 𠀀國 APEC Summit：大金磚，中國！',
  '𠀀中國𠀀 a 中 b',
  '習近平同拜登通電話 Xi-Biden call',
  '',
];

test('a text has one bigram for each distinct pair of letters or digits, and one for a letter standing alone', () => {
  for (const text of texts) assert.equal(bigrams(text).size, plainBigrams(text).length, text);
  assert.equal(bigrams('中國，中國').size, 1);
  assert.equal(bigrams('a 中 b').size, 3);
});

test('the same pair is the same bigram beside characters outside the Basic Multilingual Plane', () => {
  const a = bigrams('中國');
  const b = bigrams('𠀀中國');
  for (const g of a) assert.ok(b.has(g));
});

test('coverage weighs shared bigrams by their rarity on the page', () => {
  const sim = makeSimilarity(texts);
  assert.equal(sim.coverage(texts[0]!, sim.grams(texts[0]!)), 1);
  assert.equal(sim.coverage(texts[0]!, sim.grams('無關')), 0);
  // 國大 is missing: the rare 大金 and 金磚 weigh more than the common 中國.
  const partial = sim.coverage('中國大金磚', sim.grams(texts[1]!));
  assert.ok(partial > 0.5 && partial < 1, String(partial));
});
