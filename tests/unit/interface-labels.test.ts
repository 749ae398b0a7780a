import { test } from 'node:test';
import assert from 'node:assert/strict';
import cameo from '../../src/lib/export/cameo.json' with { type: 'json' };
import { cameoLabel } from '../../src/lib/i18n/cameo-label.ts';
import { sourceLabels } from '../../src/lib/i18n/source-label.ts';

test('every CAMEO label the site can show has a Chinese name, and English pages keep the codebook label', () => {
  for (const rule of cameo.rules) {
    const zh = cameoLabel({ code: rule.code, label: rule.label }, 'zh-hant');
    assert.match(zh, /\p{Script=Han}/u, rule.label);
    assert.doesNotMatch(zh, /[A-Za-z]{2,}/, rule.label);
    assert.equal(cameoLabel({ code: rule.code, label: rule.label }, 'en'), rule.label);
  }
});

test('source labels name outlet, day and headline, and add the paragraph only where two would read alike', () => {
  const a = { outlet: '明報', published: '2025-01-22', headline: '習近平同普京視頻會晤', paragraph: 2 };
  const b = { ...a, paragraph: 4 };
  const c = { ...a, outlet: '大公報', headline: '中俄元首視頻會晤' };
  assert.deepEqual(sourceLabels([a, c], 'zh-hant'), [
    '明報 2025年1月22日「習近平同普京視頻會晤」',
    '大公報 2025年1月22日「中俄元首視頻會晤」',
  ]);
  assert.deepEqual(sourceLabels([a, b, c], 'zh-hant'), [
    '明報 2025年1月22日「習近平同普京視頻會晤」 第 2 段',
    '明報 2025年1月22日「習近平同普京視頻會晤」 第 4 段',
    '大公報 2025年1月22日「中俄元首視頻會晤」',
  ]);
  assert.deepEqual(sourceLabels([a, { ...b, paragraph: 0 }], 'en'), [
    '明報, 22 January 2025: “習近平同普京視頻會晤”, paragraph 2',
    '明報, 22 January 2025: “習近平同普京視頻會晤”, headline',
  ]);
});
