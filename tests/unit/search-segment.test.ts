import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLexicon, segment } from '../../src/lib/search/segment.ts';
import { foldScript } from '../../src/lib/search/fold.ts';
import { decodeToken, encodeToken, indexQuery, indexText } from '../../src/lib/search/search-token.ts';

const lexicon = buildLexicon(['習近平', '普京', '特朗普', '郭嘉昆']);

test('folding turns Traditional and Hong Kong variant characters into Simplified without changing the length', () => {
  for (const [traditional, simplified] of [
    ['視頻會晤', '视频会晤'],
    ['世界衞生組織', '世界卫生组织'],
    ['習近平', '习近平'],
  ]) {
    assert.equal(foldScript(traditional!), simplified);
    assert.equal(foldScript(traditional!).length, traditional!.length);
  }
  assert.equal(foldScript('视频会晤'), '视频会晤');
});

test('a name from the lexicon stays one token instead of being split into characters', () => {
  const tokens = segment('國家主席習近平同俄羅斯總統普京舉行視頻會晤', lexicon);
  assert.ok(tokens.includes('普京'));
  assert.ok(tokens.includes('习近平'));
  assert.ok(!tokens.includes('普') && !tokens.includes('京'));
});

test('text outside the lexicon becomes overlapping bigrams, so 视频会晤 and 視頻會晤 give the same tokens', () => {
  assert.deepEqual(segment('视频会晤', lexicon), ['视频', '频会', '会晤']);
  assert.deepEqual(segment('視頻會晤', lexicon), segment('视频会晤', lexicon));
});

test('a page holding 普 and 京 apart has no 普京 token, so a search for 普京 cannot match it', () => {
  const page = new Set(segment('普通民眾在北京生活', lexicon));
  assert.ok(!page.has('普京'));
  for (const word of indexQuery('普京', lexicon).split(' ')) assert.ok(!indexText('普通民眾在北京生活', lexicon).split(' ').includes(word));
});

test('a part of a long name is still found through its inner bigrams', () => {
  const tokens = segment('特朗普', lexicon);
  assert.ok(tokens.includes('特朗普') && tokens.includes('朗普'));
});

test('Latin words and numbers are kept whole and lower-cased, apart from Han characters', () => {
  assert.deepEqual(segment('Putin 2025年', lexicon), ['putin', '2025', '年']);
});

test('encoded tokens are plain ASCII words that decode back to the token, and prefixes stay prefixes', () => {
  for (const token of ['普京', '习近平', '卫']) {
    const word = encodeToken(token);
    assert.match(word, /^[a-z0-9]+$/);
    assert.equal(decodeToken(word), token);
  }
  assert.ok(encodeToken('习近平').startsWith(encodeToken('习近')));
  assert.equal(encodeToken('putin'), 'putin');
});

test('the same query gives the same index words whichever script it is typed in', () => {
  assert.equal(indexQuery('習近平 視頻會晤', lexicon), indexQuery('习近平 视频会晤', lexicon));
});
