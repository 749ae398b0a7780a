import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LOW_CONFIDENCE,
  compareForReview,
  confidencePercent,
  doubtHint,
  isUncertain,
  reviewHints,
  reviewQueue,
  type Reviewable,
} from '../../src/lib/review.ts';
import { doubtHints, doubtNames, langs } from '../../src/lib/i18n/strings.ts';
import { doubtCodes, type DoubtCode } from '../../src/lib/schema.ts';
import { decodeTimelineData, encodeTimelineData, type TimelineSource } from '../../src/lib/timeline/timeline-data.ts';
import { eventRowHtml } from '../../src/lib/timeline/render.ts';
import { zhRenderContext } from './render-context.ts';

const ev = (id: string, confidence: number, date: string | null = '2025-01-21', extra: Partial<Reviewable> = {}): Reviewable => ({
  id,
  confidence,
  date,
  ...extra,
});

test('the low-confidence threshold is 0.7', () => {
  assert.equal(LOW_CONFIDENCE, 0.7);
});

test('an unreviewed event below the threshold is uncertain, one at or above it is not', () => {
  assert.equal(isUncertain({ confidence: 0.69 }), true);
  assert.equal(isUncertain({ confidence: 0.1 }), true);
  assert.equal(isUncertain({ confidence: 0.7 }), false);
  assert.equal(isUncertain({ confidence: 0.95 }), false);
});

test('a reviewed event is never uncertain, however low its confidence', () => {
  assert.equal(isUncertain({ confidence: 0.2, reviewed: true }), false);
  assert.equal(isUncertain({ confidence: 0.2, reviewed: false }), true);
});

test('the review queue leaves out reviewed events and puts the lowest confidence first', () => {
  const queue = reviewQueue([ev('e-a', 0.9), ev('e-b', 0.3, '2025-01-21', { reviewed: true }), ev('e-c', 0.4), ev('e-d', 0.65)]);
  assert.deepEqual(
    queue.map((e) => e.id),
    ['e-c', 'e-d', 'e-a'],
  );
});

test('events of equal confidence are queued by date, undated last, then by id', () => {
  const queue = reviewQueue([
    ev('e-z', 0.5, null),
    ev('e-y', 0.5, '2025-03'),
    ev('e-x', 0.5, '2025-02-10'),
    ev('e-b', 0.5, '2024'),
    ev('e-a', 0.5, '2025-02-10'),
    ev('e-n', 0.5, null),
  ]);
  assert.deepEqual(
    queue.map((e) => e.id),
    ['e-b', 'e-a', 'e-x', 'e-y', 'e-n', 'e-z'],
  );
});

test('the review queue leaves its input as it was', () => {
  const input = [ev('e-b', 0.9), ev('e-a', 0.1)];
  reviewQueue(input);
  assert.deepEqual(
    input.map((e) => e.id),
    ['e-b', 'e-a'],
  );
  assert.equal(compareForReview(input[1]!, input[0]!) < 0, true);
});

test('every reason for doubt has a name and a hint in both interface languages', () => {
  for (const lang of langs) {
    for (const code of [...doubtCodes, 'low-confidence' as const]) {
      assert.ok(doubtNames[lang][code].length > 1, `${lang} ${code} name`);
      assert.ok(doubtHints[lang][code].length > 40, `${lang} ${code} hint`);
      assert.match(doubtHints[lang][code], /reviewed: true/, `${lang} ${code} says to set reviewed: true`);
    }
  }
});

test('the hints say concretely what to check and which field or file to change', () => {
  const zh = (code: DoubtCode) => doubtHint(code, 'zh-hant').hint;
  const en = (code: DoubtCode) => doubtHint(code, 'en').hint;
  assert.match(zh('date-inferred'), /電頭/);
  assert.match(zh('date-inferred'), /date 和 precision/);
  assert.match(en('date-inferred'), /dateline or an earlier sentence/);
  assert.match(zh('actor-unknown'), /src\/lib\/data\/people\.json/);
  assert.match(en('actor-unknown'), /after a title.*spelling.*src\/lib\/data\/people\.json/s);
  assert.match(en('topic-unknown'), /set topic/);
  assert.match(en('one-side'), /other side/);
  assert.match(en('headline-only'), /passages/);
  assert.match(en('in-speech'), /delete the event/);
  assert.match(en('date-missing'), /date: null/);
  assert.match(en('date-coarse'), /precision to day/);
});

test('an event gets one hint per reason for doubt, each once, in its language', () => {
  const hints = reviewHints({ confidence: 0.5, doubts: ['date-inferred', 'one-side', 'date-inferred'] }, 'en');
  assert.deepEqual(
    hints.map((h) => h.code),
    ['date-inferred', 'one-side'],
  );
  assert.equal(hints[0]!.name, doubtNames.en['date-inferred']);
  assert.equal(reviewHints({ confidence: 0.5, doubts: ['one-side'] }, 'zh-hant')[0]!.hint, doubtHints['zh-hant']['one-side']);
});

test('an uncertain event with no doubts still gets the general hint; a sure one without doubts gets none', () => {
  assert.deepEqual(
    reviewHints({ confidence: 0.5 }, 'zh-hant').map((h) => h.code),
    ['low-confidence'],
  );
  assert.deepEqual(
    reviewHints({ confidence: 0.5, doubts: [] }, 'en').map((h) => h.code),
    ['low-confidence'],
  );
  assert.deepEqual(reviewHints({ confidence: 0.9 }, 'en'), []);
  assert.deepEqual(
    reviewHints({ confidence: 0.9, doubts: ['date-coarse'] }, 'en').map((h) => h.code),
    ['date-coarse'],
  );
});

test('a confidence shows as a whole percentage', () => {
  assert.equal(confidencePercent(0.637), '64%');
  assert.equal(confidencePercent(0.4), '40%');
  assert.equal(confidencePercent(1), '100%');
});

const source = (id: string, confidence: number, reviewed?: boolean): TimelineSource => ({
  id,
  type: 'call',
  date: '2025-01-21',
  precision: 'day',
  actors: ['習近平'],
  participants: [],
  title: `事件 ${id}`,
  confidence,
  ...(reviewed === undefined ? {} : { reviewed }),
  sources: [{ article: 'a', passage: 'p-1' }],
});

test('the timeline data carries the uncertain flag only on uncertain events, and decodes it', () => {
  const encoded = encodeTimelineData([source('e-1', 0.4), source('e-2', 0.9), source('e-3', 0.4, true)], {
    english: false,
    country: (c) => c,
  });
  assert.deepEqual(
    encoded.e.map((row) => row.length),
    [9, 8, 8],
  );
  assert.equal(encoded.e[0]![8], 1);
  const items = decodeTimelineData(encoded).items;
  assert.deepEqual(
    items.map((i) => [i.id, i.uncertain]),
    [
      ['e-1', true],
      ['e-2', false],
      ['e-3', false],
    ],
  );
});

test('an uncertain row on the timeline shows its mark and says what it means; a sure row does not', () => {
  const ctx = zhRenderContext;
  const [unsure, sure] = decodeTimelineData(
    encodeTimelineData([source('e-1', 0.4), source('e-2', 0.9)], { english: false, country: (c) => c }),
  ).items;
  const unsureHtml = eventRowHtml(unsure!, 0, ctx);
  assert.match(unsureHtml, /class="tl-row [^"]*\btl-unc\b/);
  assert.match(unsureHtml, /<span class="tl-unv">待核<\/span><span class="visually-hidden">（機器擷取，未經核實）<\/span>/);
  const sureHtml = eventRowHtml(sure!, 0, ctx);
  assert.doesNotMatch(sureHtml, /tl-unc|tl-unv|機器擷取/);
});
