/**
 * Extraction on the fixture pages (tests/fixtures/extract, and tests/fixtures/blind, blind2 … blind9: pages
 * written without looking at the extractor, to measure how it generalises): the hand-written gold events
 * must all be found and nothing else extracted, and the full output must equal the
 * reviewed snapshot. `UPDATE_SNAPSHOTS=1` rewrites the snapshots for review as a diff;
 * the gold files are only ever written by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../../src/lib/ingest/page.ts';
import { extractEvents } from '../../src/lib/extract/index.ts';
import type { TimelineEvent } from '../../src/lib/schema.ts';
import { eventSchema } from '../../src/lib/schema.ts';

const roots = ['extract', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9'].map((set) =>
  join(import.meta.dirname, '../fixtures', set),
);
const update = process.env.UPDATE_SNAPSHOTS === '1';

interface GoldEvent {
  date: string | null;
  precision: string;
  type: string;
  required: boolean;
  evidence: string[];
  /** A gap the scorer still counts, written down with its reason rather than hidden. */
  knownMiss?: string;
}

const squash = (s: string) => s.replace(/\s+/gu, '');

// The scorer's rule: same type, date agreeing at the gold precision, a passage holding the evidence.
function matches(gold: GoldEvent, event: TimelineEvent, texts: Map<string, string>): boolean {
  if (gold.type !== event.type) return false;
  if (gold.date !== null) {
    if (typeof event.date !== 'string') return false;
    if (gold.precision === 'day' ? event.date !== gold.date || event.precision !== 'day' : !event.date.startsWith(gold.date)) return false;
  }
  return gold.evidence.some((e) => event.passages.some((id) => squash(texts.get(id) ?? '').includes(squash(e))));
}

for (const root of roots)
  for (const file of readdirSync(join(root, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const name = file.replace(/\.json$/, '');
    test(`the ${name} fixture yields its gold events and nothing else`, () => {
      const gold = JSON.parse(readFileSync(join(root, 'gold', file), 'utf8')) as {
        article: string;
        outlet: string;
        published: string;
        events: GoldEvent[];
        /** Extractions the annotator does not want but the extractor still makes, each with why (the scorer counts them). */
        knownExtras?: (GoldEvent & { why: string })[];
      };
      const page = parsePage(readFileSync(join(root, 'articles', gold.article), 'utf8'));
      const events = extractEvents({
        passages: page.passages,
        stories: page.stories,
        published: gold.published,
        outlet: gold.outlet,
        language: page.language,
      });
      const texts = new Map(page.passages.map((p) => [p.id, p.text]));
      for (const e of events) eventSchema.parse(e);
      for (const g of gold.events.filter((x) => x.required && !x.knownMiss)) {
        assert.ok(
          events.some((e) => matches(g, e, texts)),
          `missed ${g.type} ${g.date} «${g.evidence[0]}»`,
        );
      }
      for (const e of events)
        assert.ok(
          [...gold.events, ...(gold.knownExtras ?? [])].some((g) => matches(g, e, texts)),
          `extra ${e.type} ${e.date} ${e.title}`,
        );
      assert.equal(new Set(events.map((e) => e.id)).size, events.length, 'ids are unique');

      const snapshot = join(root, 'snapshots', `${name}.json`);
      const actual = `${JSON.stringify(events, null, 2)}\n`;
      if (!update && !existsSync(snapshot)) assert.fail(`no snapshot for ${name}: run with UPDATE_SNAPSHOTS=1 and review it`);
      if (update) {
        mkdirSync(join(root, 'snapshots'), { recursive: true });
        writeFileSync(snapshot, actual);
      }
      assert.equal(actual, readFileSync(snapshot, 'utf8'), `snapshot differs: review, then rerun with UPDATE_SNAPSHOTS=1`);
    });
  }
