import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLexicon } from '../../src/lib/search/segment.ts';
import { indexText } from '../../src/lib/search/search-token.ts';
import { queryWords, wordsHeld } from '../../src/lib/search/query-words.ts';

const lexicon = buildLexicon(['習近平', '普京', '特朗普']);

test('a query is cut into the words the reader typed, each with its own tokens', () => {
  assert.deepEqual(queryWords('  特朗普   通話 ', lexicon), [['特朗普', '特朗', '朗普'], ['通话']]);
  assert.deepEqual(queryWords('xyzzy', lexicon), [['xyzzy']]);
  assert.deepEqual(queryWords(' ，。 ', lexicon), []);
});

test('a record holds a word only when it holds every token of it', () => {
  const content = indexText('王毅同特朗普通電話 通話', lexicon);
  assert.equal(wordsHeld(content, queryWords('特朗普 通話', lexicon)), 2);
  assert.equal(wordsHeld(indexText('李強同特朗普會晤', lexicon), queryWords('特朗普 通話', lexicon)), 1);
  assert.equal(wordsHeld(indexText('視頻會晤', lexicon), queryWords('视频会晤', lexicon)), 1);
  assert.equal(wordsHeld(indexText('視頻通話', lexicon), queryWords('视频会晤', lexicon)), 0);
});

test('a word the record lacks counts for nothing, even when it starts like one it has (xyzzy, putinx)', () => {
  const content = indexText('Xi and Putin spoke by video 普京', lexicon);
  assert.equal(wordsHeld(content, queryWords('xyzzy', lexicon)), 0);
  assert.equal(wordsHeld(content, queryWords('putinx', lexicon)), 0);
  assert.equal(wordsHeld(content, queryWords('puti', lexicon)), 1, 'a prefix typed so far still finds the word');
  assert.equal(wordsHeld(content, queryWords('普', lexicon)), 1);
});
