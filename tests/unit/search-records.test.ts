import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLexicon } from '../../src/lib/search/segment.ts';
import { articleSearchRecord, eventSearchRecord } from '../../src/lib/search/records.ts';
import { indexQuery } from '../../src/lib/search/search-token.ts';
import { lexiconNames } from '../../src/lib/search/site-lexicon.ts';
import { sampleArticle, sampleEvent } from './export-fixtures.ts';

const lexicon = buildLexicon(lexiconNames([sampleEvent]));

test('the lexicon holds the people data names in both scripts and every actor name of the events', () => {
  const names = lexiconNames([sampleEvent]);
  assert.ok(names.includes('習近平') && names.includes('习近平'));
  assert.ok(names.includes('普京'));
});

test('an event record is found by every word of a Simplified query about it', () => {
  const record = eventSearchRecord(sampleEvent, lexicon, '/');
  const words = new Set(record.content.split(' '));
  for (const w of indexQuery('普京 视频会晤', lexicon).split(' ')) assert.ok(words.has(w), w);
  assert.equal(record.url, `/events/${sampleEvent.id}/`);
  assert.equal(record.meta.passage, `/articles/${sampleArticle.slug}/#p-0000a001`);
});

test('an article record carries each passage id and original text so results can link to the passage', () => {
  const record = articleSearchRecord(sampleArticle, lexicon, '/base/');
  assert.equal(record.url, `/base/articles/${sampleArticle.slug}/`);
  const passages = JSON.parse(record.meta.passages!) as [string, string][];
  assert.deepEqual(
    passages.map(([id]) => id),
    sampleArticle.passages.map((p) => p.id),
  );
  assert.equal(passages[1]![1], sampleArticle.passages[1]!.text);
  const words = record.content.split(' ');
  assert.equal(new Set(words).size, words.length, 'index words are unique within a record');
});

test('an event record is found by its kind as the interface names it (通話, Call), beside a name', () => {
  const call = { ...sampleEvent, type: 'call' as const, mode: 'phone' as const, title: '習近平同普京通電話' };
  const words = new Set(eventSearchRecord(call, lexicon, '/').content.split(' '));
  for (const w of indexQuery('普京 通話 call', lexicon).split(' ')) assert.ok(words.has(w), w);
});
