import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchParts } from '../../src/site/search-parts.ts';
import { partOrder } from '../../src/site/integrations/search-index.ts';
import type { SiteArticle, SiteEvent } from '../../src/lib/archive/collect.ts';
import { sampleArticle, sampleEvent } from './export-fixtures.ts';

const event = (id: string, date: string | null): SiteEvent => ({
  ...sampleEvent,
  id,
  date: date as string,
  precision: date ? 'day' : 'unknown',
});
const article = (slug: string, published: string): SiteArticle => ({ ...sampleArticle, slug, data: { ...sampleArticle.data, published } });

/** What each part holds, as event ids and article slugs. */
const shape = (parts: ReturnType<typeof searchParts>) =>
  parts.map((p) => ({ name: p.name, ids: [...p.events.map((e) => e.id), ...p.articles.map((a) => a.slug)] }));

test('search parts: years newest first and undated last, grouped while they fit, a larger year cut into pieces', () => {
  const events = [
    event('a26', '2026-01-02'),
    event('b25', '2025-03-01'),
    event('c25', '2025-04-01'),
    event('d25', '2025-05-01'),
    event('e24', '2024-01-01'),
    event('f22', '2022-01-01'),
    event('u', null),
  ];
  const articles = [article('x26', '2026-01-03'), article('y25', '2025-06-01'), article('z21', '2021-02-02')];
  assert.deepEqual(shape(searchParts(articles, events, 3)), [
    { name: '2026', ids: ['a26', 'x26'] },
    { name: '2025', ids: ['b25', 'c25', 'd25'] },
    { name: '2025.2', ids: ['y25'] },
    { name: '2024-2021', ids: ['e24', 'f22', 'z21'] },
    { name: 'undated', ids: ['u'] },
  ]);
  // Every record is in one part, and no part holds more than the bound.
  const all = searchParts(articles, events, 2);
  assert.equal(all.flatMap((p) => [...p.events, ...p.articles]).length, events.length + articles.length);
  assert.ok(all.every((p) => p.events.length + p.articles.length <= 2));
  // Years are grouped up to a smaller bound than a part's: a year above it is a part of its
  // own, cut only above the part's bound.
  assert.deepEqual(shape(searchParts(articles, events, 100, 3)), [
    { name: '2026', ids: ['a26', 'x26'] },
    { name: '2025', ids: ['b25', 'c25', 'd25', 'y25'] },
    { name: '2024-2021', ids: ['e24', 'f22', 'z21'] },
    { name: 'undated', ids: ['u'] },
  ]);
  // A small archive is one part: one index, as before parts.
  assert.deepEqual(
    searchParts(articles, events, 100).map((p) => p.name),
    ['2026-undated'],
  );
  assert.deepEqual(
    searchParts([], [], 100).map((p) => p.name),
    ['undated'],
  );
});

test('search parts are indexed in the order they were cut: the newest first, which is the main index', () => {
  const names = ['undated', '2024-2021', '2025.2', '2026', '2025'];
  assert.deepEqual([...names].sort(partOrder), ['2026', '2025', '2025.2', '2024-2021', 'undated']);
});
