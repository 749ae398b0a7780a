/**
 * Every rule's examples, run: with every rule on, each example page gives exactly the events it
 * states; with that one rule switched off it gives something else (so the rule is shown to
 * matter); each page a rule `leaves` comes out the same with the rule on or off (`because` aside,
 * which only records what ran). Every rule
 * carries examples in both scripts, except those listed in UNPROVEN with the reason no page
 * can show them to matter.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Converter } from 'opencc-js';
import { ALL_RULES } from '../../src/lib/extract/rules/index.ts';
import type { Example, Expected, RuleInfo } from '../../src/lib/extract/engine.ts';
import { extractEvents } from '../../src/lib/extract/index.ts';
import { traditionalShare } from '../../src/lib/extract/fold.ts';
import { topicOf, type TimelineEvent } from '../../src/lib/schema.ts';
import { input, type Part } from './extract-helpers.ts';

/** Rules no page can show to matter, each with why: candidates for deletion, so they carry no examples. */
const UNPROVEN: Readonly<Record<string, string>> = {};

const toTraditional = Converter({ from: 'cn', to: 'tw' });
const textOf = (x: Example) => (typeof x.text === 'string' ? x.text : x.text.map(([, t]) => t).join(''));

/**
 * The script of an example as the extractor reads it (index.ts: Simplified below 5% characters that
 * fold); a Simplified page must also hold a character of its own (one OpenCC writes otherwise in
 * Traditional), so a page neutral in both scripts counts as neither.
 */
function scriptOf(x: Example): 'Hant' | 'Hans' | undefined {
  const text = textOf(x);
  const share = traditionalShare(text);
  if (share >= 0.05) return 'Hant';
  return share === 0 && toTraditional(text) !== text ? 'Hans' : undefined;
}

function run(x: Example, disabled?: ReadonlySet<string>): TimelineEvent[] {
  const parts: Part[] =
    typeof x.text === 'string' ? [['paragraph', x.text]] : x.text.map(([kind, text, story]) => [kind, text, story] as Part);
  return extractEvents({ ...input(x.published, parts, x.outlet), ...(disabled ? { disabled } : {}) });
}

/** Whether `e` has every field `x` states (actors: all named among its actors; because: all listed ids). */
function agrees(e: TimelineEvent, x: Expected, withBecause: boolean): boolean {
  if (e.type !== x.type) return false;
  if ('date' in x && x.date !== undefined && e.date !== x.date) return false;
  if (x.precision !== undefined && e.precision !== x.precision) return false;
  if (x.actors && !x.actors.every((a) => e.actors.includes(a))) return false;
  if (x.passages !== undefined && e.passages.length !== x.passages) return false;
  if (x.topic !== undefined && (topicOf(e) ?? null) !== x.topic) return false;
  return !withBecause || !x.because || x.because.every((id) => (e.because ?? []).includes(id));
}

/**
 * Whether `events` are exactly `expected`: as many, matched one to one. `because` is left out when
 * proving a rule matters, since switching a rule off always takes its own id out.
 */
function matches(events: readonly TimelineEvent[], expected: readonly Expected[], withBecause = true): boolean {
  if (events.length !== expected.length) return false;
  const used = new Array<boolean>(events.length).fill(false);
  const assign = (i: number): boolean => {
    if (i === expected.length) return true;
    for (let j = 0; j < events.length; j++) {
      if (used[j] || !agrees(events[j]!, expected[i]!, withBecause)) continue;
      used[j] = true;
      if (assign(i + 1)) return true;
      used[j] = false;
    }
    return false;
  };
  return assign(0);
}

const show = (events: readonly TimelineEvent[]) =>
  events.map((e) => `${e.type} ${e.date ?? 'undated'} ${e.precision} [${e.actors.join('、')}]`).join('; ') || 'no events';
const want = (expected: readonly Expected[]) =>
  expected.map((x) => `${x.type} ${'date' in x ? (x.date ?? 'undated') : '*'} [${(x.actors ?? []).join('、')}]`).join('; ') || 'no events';
const label = (rule: RuleInfo, x: Example) => `${rule.id}: ${textOf(x).slice(0, 36)}${textOf(x).length > 36 ? '…' : ''}`;
const withoutBecause = (events: readonly TimelineEvent[]) => events.map(({ because: _, ...e }) => e);

test('rule ids are unique, and each says in one sentence what it decides', () => {
  const seen = new Set<string>();
  for (const rule of ALL_RULES) {
    assert.ok(!seen.has(rule.id), `${rule.id} is listed twice`);
    seen.add(rule.id);
    assert.match(rule.id, /^[a-z]+\.[a-z0-9-]+$/u, `${rule.id} is <stage>.<what>`);
    assert.ok(rule.decides.trim().length >= 12, `${rule.id} says what it decides`);
    assert.match(rule.decides.trim(), /[.。」』)]$/u, `${rule.id}: what it decides is a sentence`);
  }
});

test('every rule has examples in Traditional and in Simplified, unless it is listed as unproven', () => {
  const ids = new Set(ALL_RULES.map((r) => r.id));
  for (const id of Object.keys(UNPROVEN)) assert.ok(ids.has(id), `UNPROVEN lists ${id}, which is no rule`);
  for (const rule of ALL_RULES) {
    if (rule.id in UNPROVEN) {
      assert.equal(rule.examples.length, 0, `${rule.id} is listed as unproven but has examples: take it off UNPROVEN`);
      continue;
    }
    const scripts = new Set(rule.examples.map(scriptOf));
    assert.ok(scripts.has('Hant'), `${rule.id} has no example in Traditional`);
    assert.ok(scripts.has('Hans'), `${rule.id} has no example in Simplified`);
    for (const x of [...rule.examples, ...(rule.leaves ?? [])]) assert.ok(scriptOf(x), `${label(rule, x)} reads as neither script`);
  }
});

for (const rule of ALL_RULES) {
  for (const x of rule.examples) {
    test(`${label(rule, x)} (${scriptOf(x) ?? '?'})`, () => {
      const on = run(x);
      assert.ok(matches(on, x.events), `with every rule on: ${show(on)}; expected ${want(x.events)}`);
      const off = run(x, new Set([rule.id]));
      assert.ok(!matches(off, x.events, false), `switching ${rule.id} off changes nothing: ${show(off)}`);
    });
  }
  for (const x of rule.leaves ?? []) {
    test(`${label(rule, x)} (left alone)`, () => {
      const on = run(x);
      assert.ok(matches(on, x.events), `with every rule on: ${show(on)}; expected ${want(x.events)}`);
      assert.deepEqual(withoutBecause(run(x, new Set([rule.id]))), withoutBecause(on), `${rule.id} changes a page it must leave alone`);
    });
  }
}
