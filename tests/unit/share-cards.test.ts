import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cardTitle, cardTree, titleSize, CARD_WIDTH, CARD_HEIGHT } from '../../src/lib/og/card.ts';
import { cardId, eventCard } from '../../src/lib/og/specs.ts';
import { actorId, slugify } from '../../src/lib/archive/actor-id.ts';
import { sampleEvent } from './export-fixtures.ts';

test('a card is 1200×630 and draws the title in the given font family', () => {
  const tree = cardTree({ kicker: '會晤', title: '習近平同普京舉行視頻會晤', footer: '習近平、普京', site: '時間線' }, 'Noto Sans TC');
  const style = tree.props.style!;
  const [padY, padX] = String(style.padding)
    .split(' ')
    .map((v) => parseInt(v, 10));
  assert.equal(Number(style.width) + 2 * padX!, CARD_WIDTH);
  assert.equal(Number(style.height) + 2 * padY! + parseInt(String(style.borderTop), 10), CARD_HEIGHT);
  assert.equal(style.fontFamily, 'Noto Sans TC');
  assert.ok(JSON.stringify(tree).includes('習近平同普京舉行視頻會晤'));
});

test('long titles are cut with an ellipsis and drawn smaller than short ones', () => {
  const long = '中方'.repeat(60);
  assert.equal([...cardTitle(long)].length, 64);
  assert.ok(cardTitle(long).endsWith('…'));
  assert.equal(cardTitle('短標題'), '短標題');
  assert.ok(titleSize(60) < titleSize(10));
});

test('events that read alike on different days share one card; a different title gets its own', () => {
  const later = { ...sampleEvent, id: 'video-2026-02-04-xi-putin', date: '2026-02-04' };
  assert.equal(cardId(eventCard(later)), cardId(eventCard(sampleEvent)));
  assert.notEqual(cardId(eventCard({ ...sampleEvent, title: '習近平同普京通電話' })), cardId(eventCard(sampleEvent)));
});

test('actor ids come from the data, else from the English name, else from the name folded to Simplified', () => {
  assert.equal(actorId({ name: '習近平', id: 'xi-jinping' }), 'xi-jinping');
  assert.equal(actorId({ name: '高市早苗', en: 'Takaichi Sanae' }), 'takaichi-sanae');
  assert.equal(actorId({ name: '郭嘉昆' }), actorId({ name: '郭嘉昆' }));
  assert.equal(actorId({ name: '衞生部' }), actorId({ name: '卫生部' }));
  assert.match(actorId({ name: '郭嘉昆' }), /^[a-z0-9][a-z0-9-]*$/);
  assert.equal(slugify('  Émmanuel Macron! '), 'emmanuel-macron');
});
