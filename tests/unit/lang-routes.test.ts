import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inEveryLang, langParam, langPaths } from '../../src/site/lang-routes.ts';

test('Traditional Chinese pages sit at the root and English ones under /en/', () => {
  assert.equal(langParam('zh-hant'), undefined);
  assert.equal(langParam('en'), 'en');
  assert.deepEqual(langPaths(), [
    { params: { lang: undefined }, props: { lang: 'zh-hant' } },
    { params: { lang: 'en' }, props: { lang: 'en' } },
  ]);
});

test('a page with params of its own gets every path in both languages, its props kept', () => {
  const paths = inEveryLang([{ params: { year: '2025' }, props: { count: 3 } }]);
  assert.deepEqual(paths, [
    { params: { year: '2025', lang: undefined }, props: { count: 3, lang: 'zh-hant' } },
    { params: { year: '2025', lang: 'en' }, props: { count: 3, lang: 'en' } },
  ]);
});
