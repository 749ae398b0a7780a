import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold } from '../../src/lib/extract/fold.ts';
import { lexicon } from '../../src/lib/extract/lexicon.ts';
import { findPeople } from '../../src/lib/extract/actors.ts';
import { findTriggers } from '../../src/lib/extract/triggers.ts';
import peopleData from '../../src/lib/data/people.json' with { type: 'json' };
import triggersData from '../../src/lib/data/triggers.json' with { type: 'json' };
import countriesData from '../../src/lib/data/countries.json' with { type: 'json' };

const lex = lexicon();

test('folding to Simplified keeps the length, so offsets map back one to one', () => {
  const text = '國家主席習近平同俄羅斯總統普京舉行視頻會晤，世界衞生組織「台獨」臺灣裏';
  const folded = fold(text);
  assert.equal(folded.length, text.length);
  assert.equal(folded, '国家主席习近平同俄罗斯总统普京举行视频会晤，世界卫生组织「台独」台湾里');
  assert.equal(fold(folded), folded);
});

test('every call and meeting word in the data is found as its type in both scripts', () => {
  for (const type of ['call', 'meeting'] as const) {
    for (const { word, mode } of triggersData[type]) {
      const hits = findTriggers(lex, fold(`雙方${word}。`));
      assert.equal(hits.length, 1, word);
      assert.equal(hits[0]!.type, type, word);
      assert.equal(hits[0]!.mode, mode, word);
    }
  }
});

test('video words make video calls and meetings; 通電話 is a phone call', () => {
  const [call] = findTriggers(lex, fold('習近平同拜登視訊通話'));
  assert.deepEqual([call?.type, call?.mode], ['call', 'video']);
  const [meeting] = findTriggers(lex, fold('习近平同普京举行视频会晤'));
  assert.deepEqual([meeting?.type, meeting?.mode], ['meeting', 'video']);
});

test('普通話 is not a call, but a name ending in 普 before 通話 is', () => {
  assert.equal(findTriggers(lex, fold('他會說普通話')).length, 0);
  assert.equal(findTriggers(lex, fold('習近平與特朗普通話時重申')).length, 1);
});

test('local transliterations and English names resolve to one person', () => {
  const ids = (text: string) => findPeople(lex, fold(text)).map((p) => p.person?.id);
  assert.deepEqual(ids('特朗普、川普、Trump'), ['donald-trump', 'donald-trump', 'donald-trump']);
  assert.deepEqual(ids('普京、普丁、蒲亭'), ['vladimir-putin', 'vladimir-putin', 'vladimir-putin']);
  assert.deepEqual(ids('習近平、习近平'), ['xi-jinping', 'xi-jinping']);
});

test('a title before a name is kept apart from the name, with the country before it', () => {
  const [p] = findPeople(lex, fold('俄羅斯總統普京'));
  const s = fold('俄羅斯總統普京');
  assert.equal(s.slice(p!.start, p!.end), '普京');
  assert.equal(s.slice(p!.titleStart, p!.titleEnd), '总统');
  const [unknown] = findPeople(lex, fold('斯洛伐克總理菲佐舉行會談'));
  assert.equal(unknown?.folded, '菲佐');
  // A time after a title (在擔任國務卿期間, 總統任內) is no name.
  for (const text of ['在擔任美國國務卿期間', '在总统任内', '以外長身份'])
    assert.deepEqual(
      findPeople(lex, fold(text)).map((x) => x.folded),
      [],
      text,
    );
});

test('a verb of what is said right after a title (發言人批評) is no name', () => {
  const names = (text: string) => findPeople(lex, fold(text)).map((x) => x.folded);
  assert.deepEqual(names('中國駐英國大使館發言人批評，英方言論無中生有。'), []);
  assert.deepEqual(names('中国驻英国大使馆发言人批评，英方言论无中生有。'), []);
  assert.deepEqual(names('外交部發言人強調，中方堅決反對。'), []);
  // A name after the title is still read.
  assert.deepEqual(names('外交部發言人毛寧批評，美方言論無中生有。'), [fold('毛寧')]);
});

test('an invitation (邀請) ends a name before it, even a long transliterated one', () => {
  const names = (text: string) => findPeople(lex, fold(text)).map((x) => x.folded);
  assert.deepEqual(names('應澳大利亞總理馬爾科姆·特恩布爾邀請，國務院總理李克強抵達堪培拉。'), [fold('馬爾科姆·特恩布爾'), fold('李克強')]);
  assert.deepEqual(names('应澳大利亚总理马尔科姆·特恩布尔邀请，国务院总理李克强抵达堪培拉。'), [fold('馬爾科姆·特恩布爾'), fold('李克強')]);
});

test('how a journey is made (乘專機, 專程) is no part of a name before or after a title', () => {
  const names = (text: string) => findPeople(lex, fold(text)).map((x) => x.folded);
  assert.deepEqual(names('10月3日，李鵬總理乘專機抵達拉巴特'), ['李鹏']);
  assert.deepEqual(names('10月3日，李鹏总理乘专机抵达拉巴特'), ['李鹏']);
  assert.deepEqual(names('中國國家主席江澤民專程從以色列飛抵亞歷山大'), ['江泽民']);
  assert.deepEqual(names('中国国家主席江泽民专程从以色列飞抵亚历山大'), ['江泽民']);
});

test('no name in the data belongs to two people, and every id is URL-safe', () => {
  const owner = new Map<string, string>();
  for (const p of peopleData.people) {
    assert.match(p.id, /^[a-z0-9][a-z0-9-]*$/);
    for (const n of p.names) {
      const f = fold(n);
      assert.ok(!owner.has(f) || owner.get(f) === p.id, `${n} is both ${owner.get(f)} and ${p.id}`);
      owner.set(f, p.id);
    }
  }
});

test('every country code is two capital letters', () => {
  for (const c of countriesData.countries) assert.match(c.code, /^[A-Z]{2}$/);
});

test('an outlet description gives the side the outlet reports from', () => {
  const cases: [string, string | undefined][] = [
    ['明報 (Hong Kong, print edition)', 'HK'],
    // A paper named after a place is not the paper of a shorter name inside it (經濟日報 is also Taipei's).
    ['香港經濟日報 hket 中國頻道', 'HK'],
    // Papers in several places share a name: the place named beside it decides.
    ['東方日報 Oriental Daily News (Malaysia)', 'MY'],
    ['東方日報 (Oriental Daily, Hong Kong)', 'HK'],
    // An outlet the list does not hold, with its place named.
    ['太報 Taisounds (Taiwan)', 'TW'],
    ['星報 (Macau)', 'MO'],
    // 台灣 in a mainland site's name is a name, not a place.
    ['中國台灣網 (big5 gateway)', 'CN'],
    // What the outlet cites or mirrors comes after it; the outlet itself decides.
    ['浙江在线 (citing 联合报)', 'CN'],
    ['中評社 (Hong Kong), citing 中國時報', 'HK'],
    ['mirror of a 新華社 wire', 'CN'],
    ['a blog with no outlet named', undefined],
  ];
  for (const [outlet, region] of cases) assert.equal(lex.outletRegion(outlet), region, outlet);
});
