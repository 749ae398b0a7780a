import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { plainYaml } from '../../src/lib/ingest/plain-yaml.ts';

const options = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;

test('frontmatter of the usual shape is written as the yaml package writes it', () => {
  const data = {
    title: '習近平：中俄要做彼此信賴的戰略夥伴',
    source: { file: 'content/sources/a.txt', page: 'A6' },
    stories: [{ id: 's-1', headline: '外交部：尊重巴拿馬' }],
    events: [{ id: 'e', actors: ['習近平', '普京'], participants: [{ name: '普京', country: 'RU' }], confidence: 0.79, local: true }],
    empty: [],
    none: {},
    missing: undefined,
    nothing: null,
  };
  assert.equal(plainYaml(data), stringify(data, options));
});

test('what the fast writer is unsure of is left to the yaml package', () => {
  for (const data of [
    { a: 'a "quoted" word' },
    { a: 'two\nlines' },
    { 'a b': 'x' },
    { null: 'x' },
    { a: [[1]] },
    { a: -0 },
    { a: Number.NaN },
    { a: new Date(0) },
    { a: [undefined] },
    {},
  ])
    assert.equal(plainYaml(data), undefined, JSON.stringify(data));
  const shared = { a: '1' };
  assert.equal(plainYaml({ x: shared, y: shared }), undefined);
});

test('on varied shapes the fast writer gives what the yaml package gives, or nothing', () => {
  let seed = 11;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const strings = [
    '',
    'a',
    '中文',
    ' lead',
    'trail ',
    '- dash',
    '---',
    'null',
    'true',
    '123',
    '#x',
    'a: b',
    '\u2028',
    '𠀀',
    "it's",
    '[x]',
    '*a',
    '\u3000中',
  ];
  const keys = ['id', 'type', 'a', '_x', 'x1', 'partOfDay'];
  const value = (depth: number): unknown => {
    const r = random();
    if (depth > 3 || r < 0.4) return pick([pick(strings), pick([0, 1, -1, 0.79, 1e21, 1.5e-7]), random() < 0.5, null, undefined]);
    if (r < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    return object(depth + 1);
  };
  const object = (depth: number) => Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(keys), value(depth)]));
  let written = 0;
  for (let i = 0; i < 5000; i++) {
    const data = object(0);
    const fast = plainYaml(data);
    if (fast === undefined) continue;
    written++;
    assert.equal(fast, stringify(data, options), JSON.stringify(data));
  }
  assert.ok(written > 1000, String(written));
});
