import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startChars } from '../../src/lib/extract/starts.ts';
import { DATE_FORMS } from '../../src/lib/extract/rules/dates.ts';

const chars = (source: string) => {
  const set = startChars(source);
  return set && [...set].sort().join('');
};

test('the first characters of literals, classes, optional parts and alternatives', () => {
  assert.equal(chars('a?b'), 'ab');
  assert.equal(chars('(?:x|y?)z*w'), 'wxyz');
  assert.equal(chars('[a-c\\d]'), '0123456789abc');
  assert.equal(chars('(?<name>上周|本周)'), '上本');
  assert.equal(chars('\\u4e00x'), '一');
});

test('a lookaround consumes nothing, whatever it holds', () => {
  assert.equal(chars('(?<=^|[。；])(?<clock>\\d)'), '0123456789');
  assert.equal(chars('(?<![^a]\\s\\w)b(?=.)'), 'b');
});

test('a pattern that may start anywhere or match nothing gives no set', () => {
  for (const source of ['a|', '\\bx', '[^a]b', '.', 'x\\1', '\\p{L}', '(?=a)b?']) assert.equal(startChars(source), undefined, source);
});

test('every date form can be started only at characters found in its set', () => {
  for (const form of DATE_FORMS) {
    const set = startChars(form.pattern);
    assert.ok(set, form.id);
    const re = new RegExp(form.pattern, 'gu');
    for (const example of form.examples ?? []) {
      const texts = 'text' in example && typeof example.text === 'string' ? [example.text] : [];
      for (const text of texts) for (const m of text.matchAll(re)) assert.ok(set.has(m[0][0]!), `${form.id}: ${m[0]}`);
    }
  }
});
