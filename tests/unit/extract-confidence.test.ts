/** Confidence from doubts: what an event lacks lowers it, by factors fitted on events known right or wrong. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidenceOf, fitWeights } from '../../src/lib/extract/confidence.ts';
import { one, extract } from './extract-helpers.ts';

test('an event with nothing in doubt takes its type’s chance; each doubt multiplies it down', () => {
  const w = { base: { call: 0.8 }, factor: { 'date-missing': 0.5, 'one-side': 0.9 } };
  assert.equal(confidenceOf('call', [], w), 0.8);
  assert.equal(confidenceOf('call', ['date-missing'], w), 0.4);
  assert.equal(confidenceOf('call', ['date-missing', 'one-side'], w), 0.36);
  // A doubt the weights do not know changes nothing; the result stays within 0.05–0.99.
  assert.equal(confidenceOf('call', ['in-speech'], w), 0.8);
  assert.equal(confidenceOf('call', [], { base: { call: 1.5 }, factor: {} }), 0.99);
});

test('fitting: the share right with no doubt per type, a factor per doubt that never raises, scaled to unseen precision', () => {
  const right = (n: number, doubts: ('date-missing' | 'one-side')[] = []) =>
    Array.from({ length: n }, () => ({ type: 'call' as const, doubts, right: true }));
  const wrong = (n: number, doubts: ('date-missing' | 'one-side')[] = []) =>
    Array.from({ length: n }, () => ({ type: 'call' as const, doubts, right: false }));
  const samples = [...right(18), ...wrong(0), ...right(2, ['date-missing']), ...wrong(6, ['date-missing']), ...right(4, ['one-side'])];
  const w = fitWeights(samples);
  assert.ok(w.base.call! > 0.9);
  assert.ok(w.factor['date-missing']! < 0.5);
  assert.equal(w.factor['one-side'], 1);
  const scaled = fitWeights(samples, 0.6);
  assert.ok(scaled.base.call! < w.base.call!);
  assert.deepEqual(scaled.factor, w.factor);
});

test('an event names its doubts: a date from the story, one side named, a missing date', () => {
  const [call] = one('2025-01-22', '習近平21日同普京通電話。');
  assert.deepEqual(call?.doubts ?? [], []);
  const [oneSide] = one('2025-01-22', '習近平21日通電話，談及烏克蘭局勢。');
  assert.ok(oneSide?.doubts?.includes('one-side'));
  const [undated] = extract('2025-01-22', [['paragraph', '外交部發言人郭嘉昆表示，中方歡迎一切有利於和平的努力。']]);
  assert.ok(undated?.doubts?.includes('date-missing') || undated?.doubts?.includes('date-inferred'));
  assert.ok(call!.confidence > oneSide!.confidence);
});
