import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parsePage, type ParsedPage } from '../../src/lib/ingest/page.ts';
import { passageSchema, storySchema } from '../../src/lib/schema.ts';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const sample000 = parsePage(read('content/sources/000_2c4a7ebf26e83634.txt'));
const sample002 = parsePage(read('content/sources/002_f3246c17edfb321e.txt'));
const fixture = (name: string): ParsedPage => parsePage(read(`tests/fixtures/ingest/${name}.txt`));

const holding = (page: ParsedPage, text: string) => page.passages.filter((p) => p.text.includes(text));
const storyOf = (page: ParsedPage, text: string) => page.stories.find((s) => s.id === holding(page, text)[0]?.story);

function assertWellFormed(page: ParsedPage): void {
  const ids = page.passages.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length, 'passage ids are unique');
  const storyIds = new Set(page.stories.map((s) => s.id));
  assert.equal(storyIds.size, page.stories.length, 'story ids are unique');
  for (const p of page.passages) {
    passageSchema.parse(p);
    assert.ok(storyIds.has(p.story), `${p.id} belongs to a listed story`);
  }
  for (const s of page.stories) storySchema.parse(s);
}

test('a sentence cut by a column break stays in one passage', () => {
  const [p] = holding(sample000, '阿斯塔納和喀山三');
  assert.ok(p, 'the passage exists');
  assert.match(p.text, /喀山三度見面，為兩國關係發展作出戰略規劃/);
  assert.equal(p.kind, 'paragraph');
});

test('no body paragraph starts with a caption marker', () => {
  for (const page of [sample000, sample002]) {
    for (const p of page.passages.filter((x) => x.kind === 'paragraph' || x.kind === 'standfirst')) {
      assert.doesNotMatch(p.text, /^[▲●]/, p.text.slice(0, 20));
    }
  }
});

test('the headline printed after the body is a headline of the Xi-Putin story', () => {
  const [h] = holding(sample000, '習近平：中俄要做彼此信賴的戰略夥伴');
  assert.equal(h?.kind, 'headline');
  assert.equal(h?.text, '習近平：中俄要做彼此信賴的戰略夥伴');
  assert.equal(h?.story, holding(sample000, '農曆乙巳蛇年春節就要到了')[0]?.story);
  assert.equal(storyOf(sample000, '農曆乙巳蛇年春節就要到了')?.headline, '習近平：中俄要做彼此信賴的戰略夥伴');
});

test('the multi-story sample pages split into their stories', () => {
  assert.ok(sample000.stories.length >= 4, `000 has ${sample000.stories.length} stories`);
  assert.ok(sample002.stories.length >= 5, `002 has ${sample002.stories.length} stories`);
  // Stories reported apart are not merged.
  assert.notEqual(storyOf(sample000, '中方一貫尊重巴拿馬對運河的主權')?.id, storyOf(sample000, '農曆乙巳蛇年春節就要到了')?.id);
  assert.notEqual(storyOf(sample002, '同巴西總統盧拉通電話')?.id, storyOf(sample002, '林劍4日回應稱')?.id);
  assert.notEqual(storyOf(sample002, '同巴西總統盧拉通電話')?.id, storyOf(sample002, '在北京會見新加坡外交部長維文')?.id);
});

test('the sample pages give well-formed passages with unique ids', () => {
  assertWellFormed(sample000);
  assertWellFormed(sample002);
});

test('a lead printed apart from its story joins the story that shares its words', () => {
  const [lead] = holding(sample000, '對於美方稱將研究對華加徵關稅');
  assert.equal(lead?.kind, 'standfirst');
  assert.equal(lead?.story, storyOf(sample000, '何亞東21日就此答記者問')?.id);
  assert.equal(storyOf(sample000, '對於美方稱將研究對華加徵關稅')?.headline, '商務部回應美方涉華經貿表態：加徵關稅解決不了美方自身問題');
});

test('a headline line directly above a body starts a new story of its own', () => {
  assert.equal(storyOf(sample000, '歲末年初，中國外交日程')?.headline, '新春外交彰顯大國定力');
  assert.equal(storyOf(sample002, '拉美問題學者周明遠')?.headline, '中巴攜手為南南合作注入動力');
});

test('sub-headlines stay inside their story', () => {
  const sub = holding(sample000, '雙方同意密切高層交往').find((p) => p.text === '雙方同意密切高層交往');
  assert.equal(sub?.kind, 'subheadline');
  assert.equal(sub?.story, storyOf(sample000, '阿斯塔納和喀山')?.id);
  const sub2 = holding(sample002, '盧拉：巴方視中國為可信賴的夥伴')[0];
  assert.equal(sub2?.kind, 'subheadline');
  assert.equal(sub2?.story, storyOf(sample002, '同巴西總統盧拉通電話')?.id);
});

test('captions, credits, bylines and source notes are told apart from the body', () => {
  const caption = holding(sample000, '一艘貨輪駛經運河的船閘')[0];
  assert.equal(caption?.kind, 'caption');
  assert.match(caption.text, /^巴拿馬運河是.*圖為1月19日，一艘貨輪/, 'marker dropped and date rejoined');
  assert.ok(sample000.passages.some((p) => p.kind === 'credit' && p.text === '新華社'));
  assert.equal(holding(sample000, '資料來源：香江日報記者整理')[0]?.kind, 'source-note');
  assert.ok(!holding(sample000, '提出更多建設性方案')[0]!.text.includes('資料來源'));
  const byline = holding(sample002, '維港時報記者 李思遠 北京報道')[0];
  assert.equal(byline?.kind, 'byline');
  assert.equal(byline?.story, storyOf(sample002, '周明遠接受維港時報記者採訪')?.id);
  assert.equal(
    holding(sample002, '2月4日，中共中央政治局委員、外交部長王毅在北京會見新加坡外交部長維文。').find((p) => p.text.startsWith('2月4日'))
      ?.kind,
    'caption',
  );
});

test('an inline byline stays in its paragraph so the sentence is whole', () => {
  const p = holding(sample002, '國家主席習近平2月4日晚同巴西總統盧拉通電話')[0];
  assert.equal(p?.kind, 'paragraph');
  assert.match(p.text, /^維港時報訊 據新華社報道，國家主席習近平2月4日晚同巴西總統盧拉通電話。$/);
  const q = holding(sample000, '據新華社報道：習近平指出')[0];
  assert.match(q!.text, /^【香江日報訊】據新華社報道：習近平指出，農曆乙巳蛇年/);
});

test('lines broken at the column width are joined without spaces between CJK', () => {
  const page = parsePage('外交部發言人表示，中方願同各方\n一道，推動局勢降溫。\n');
  assert.deepEqual(
    page.passages.map((p) => p.text),
    ['外交部發言人表示，中方願同各方一道，推動局勢降溫。'],
  );
});

test('a space is kept between Latin words joined across lines', () => {
  const page = parsePage('外长表示，双方签署了the Joint\nStatement on Climate，并将加强合作。\n');
  assert.match(page.passages[0]!.text, /the Joint Statement on Climate/);
});

test('a date split across lines is rejoined in both scripts', () => {
  const hant = parsePage('國家主席習近平1月21\n日同俄羅斯總統普京舉行視頻會晤。\n');
  assert.match(hant.passages[0]!.text, /1月21日同俄羅斯/);
  const hans = parsePage('国家主席习近平1月21\n\n日同俄罗斯总统普京举行视频会晤。\n');
  assert.equal(hans.passages.length, 1);
  assert.match(hans.passages[0]!.text, /1月21日同俄罗斯/);
  assert.equal(hans.language, 'zh-Hans');
  assert.equal(hant.language, 'zh-Hant');
});

test("a Taiwan paper's day in brackets cut from its 日 at a line's end (昨（19） / 日下午) goes on into the next line", () => {
  const lines = [
    '公室主任王毅會面。王毅表示，',
    '必須在對話和對抗之間作出選擇。',
    '中國國家主席習近平昨（19）',
    '日下午在人民大會',
    '堂會見布林肯。習近平表示，',
    '中方尊重美國的利',
    '益，不會挑戰美國。',
  ];
  for (const text of [lines.join('\n'), lines.join('\n').replace('昨（19）', '昨(19)')]) {
    const page = parsePage(`${text}\n`);
    assert.ok(!page.passages.some((p) => p.kind === 'subheadline' || p.kind === 'headline'), text);
    assert.ok(
      page.passages.some((p) => /昨[（(]19[）)]日下午/u.test(p.text)),
      text,
    );
  }
});

test('a paragraph ending with a full stop before a blank line is not joined to the next', () => {
  const page = parsePage('王毅表示，中方支持和談。\n\n法方表示，願加強溝通。\n');
  assert.deepEqual(
    page.passages.map((p) => p.kind),
    ['paragraph', 'paragraph'],
  );
});

test('Simplified wire copy keeps its dateline in the first paragraph and its headline', () => {
  const page = fixture('wire-simplified');
  assertWellFormed(page);
  assert.equal(page.language, 'zh-Hans');
  assert.equal(page.stories.length, 1);
  assert.equal(page.stories[0]!.headline, '王毅同法国外长通电话');
  const lead = holding(page, '新华社北京3月12日电')[0];
  assert.equal(lead?.kind, 'paragraph');
  assert.match(lead.text, /外交部长王毅应约同法国欧洲和外交部长通电话。$/);
  assert.match(holding(page, '落实两国元首')[0]!.text, /重要共识，深化各领域务实合作/);
  assert.equal(page.passages.filter((p) => p.kind === 'paragraph').length, 4);
});

test('a Taiwanese report keeps its dateline, caption and photo credit apart', () => {
  const page = fixture('cna-taiwan');
  assertWellFormed(page);
  assert.equal(page.stories.length, 1);
  assert.match(holding(page, '中央社記者陳怡君台北18日電')[0]!.text, /首度訪台，象徵兩國邦誼穩固。$/);
  assert.equal(holding(page, '說明訪問行程')[0]?.kind, 'caption');
  assert.equal(holding(page, '中央社記者王大明攝')[0]?.kind, 'credit');
});

test('a press-conference transcript gives one passage per question and per answer', () => {
  const page = fixture('press-qa');
  assertWellFormed(page);
  const qa = page.passages.filter((p) => /^[问答]：/.test(p.text));
  assert.equal(qa.length, 6);
  assert.match(qa[1]!.text, /我们敦促美方停止错误做法/);
  assert.equal(page.stories[0]!.headline, '外交部发言人主持例行记者会');
});

test('three stories with their headlines printed after the bodies each get their own headline', () => {
  const page = fixture('three-stories');
  assertWellFormed(page);
  assert.equal(page.stories.length, 3);
  assert.equal(storyOf(page, '德國總理12日在柏林')?.headline, '德越總理會晤 深化能源轉型合作');
  assert.equal(storyOf(page, '巴西外長12日同南非外長')?.headline, '巴西南非外長會談 推動金磚合作');
  assert.equal(storyOf(page, '財政司司長12日率團')?.headline, '財政司司長率團訪中東 推介香港金融優勢');
  assert.match(holding(page, '巴西外長')[0]!.text, /巴方表示，願同南非一道/);
});

test('passage ids stay the same when other passages are edited, added or removed', () => {
  const text = read('content/sources/002_f3246c17edfb321e.txt');
  const before = new Map(sample002.passages.map((p) => [p.text, p.id]));
  const edited = parsePage(
    text
      .replace('兩國元首同意保持經常聯繫。', '兩國元首同意保持密切聯繫。')
      .replace(/\n美擴大對華出口管制[\s\S]*$/, '\n\n另訊：外交部將於下周舉行吹風會。\n'),
  );
  let same = 0;
  for (const p of edited.passages) {
    const id = before.get(p.text);
    if (id) {
      assert.equal(p.id, id, p.text.slice(0, 20));
      same++;
    }
  }
  assert.ok(same >= 25, `${same} unchanged passages kept their ids`);
});

test('repeated passages get distinct ids with a suffix', () => {
  const page = parsePage('▲外長會晤。\n新華社\n\n▲雙方握手。\n新華社\n');
  const credits = page.passages.filter((p) => p.kind === 'credit');
  assert.equal(credits.length, 2);
  assert.notEqual(credits[0]!.id, credits[1]!.id);
  assert.equal(credits[1]!.id, `${credits[0]!.id}-2`);
});

test('an empty page gives no passages and no stories', () => {
  assert.deepEqual(parsePage('\n \n').passages, []);
});

test('unwrapped text keeps a headline with a comma apart and page furniture out of the body', () => {
  const page = fixture('unwrapped-with-furniture');
  assertWellFormed(page);
  assert.equal(page.stories.length, 1);
  assert.equal(page.stories[0]!.headline, '中方回應美方關稅措施，敦促停止單邊做法');
  assert.match(holding(page, '商務部新聞發言人13日表示')[0]!.text, /^商務部新聞發言人13日表示/);
  for (const furniture of ['A3 要聞 2025年3月13日 星期四', '（完）', '責任編輯：李華']) {
    assert.equal(page.passages.find((p) => p.text === furniture)?.kind, 'credit', furniture);
  }
  assert.equal(page.passages.filter((p) => p.kind === 'paragraph').length, 3);
});

test('wrapped Simplified copy joins its lines and keeps the reporters as a byline', () => {
  const page = fixture('wrapped-simplified');
  assertWellFormed(page);
  assert.equal(page.stories[0]!.headline, '王毅会见新加坡外长');
  assert.match(holding(page, '本报北京3月14日电')[0]!.text, /外交部长王毅14日在北京会见新加坡外长。$/);
  assert.match(holding(page, '合作机制作')[0]!.text, /合作机制作用，推进高质量/);
  assert.equal(holding(page, '本报记者 李明 王芳')[0]?.kind, 'byline');
});

test('page furniture run into the first sentence on one line (責任編輯：王明 外交部發言人…) leaves the sentence in the body', () => {
  const page = parsePage(
    [
      '外交部回應美方關稅措施',
      '',
      '2025/10/01 10:53 記者林小華／台北報導 陸委會今天表示，中方應停止對台施壓。',
      '',
      '責任編輯：王明 外交部發言人毛寧4日表示，中方堅決反對美方加徵關稅。',
    ].join('\n'),
  );
  for (const furniture of ['2025/10/01 10:53 記者林小華／台北報導', '責任編輯：王明'])
    assert.equal(page.passages.find((p) => p.text === furniture)?.kind, 'credit', furniture);
  for (const sentence of ['陸委會今天表示，中方應停止對台施壓。', '外交部發言人毛寧4日表示，中方堅決反對美方加徵關稅。'])
    assert.equal(page.passages.find((p) => p.text === sentence)?.kind, 'paragraph', sentence);
});

test('an agency credit 新華社發 closes the caption it ends, and the next line opens a paragraph', () => {
  const cases: [caption: string, pictured: string, credit: string, body: string][] = [
    ['▲資料圖片：長灘港的集裝箱碼頭。新華社發', '集裝箱碼頭', '新華社發', '同日，商務部新聞發言人發表談話指出，中方將採取必要措施。'],
    ['▲资料图片：长滩港的集装箱码头。新华社发', '集装箱码头', '新华社发', '同日，商务部新闻发言人发表谈话指出，中方将采取必要措施。'],
  ];
  for (const [caption, pictured, credit, body] of cases) {
    const page = parsePage(`外交部發言人16日就美方加徵關稅答記者問，中方對此堅決反對。\n${caption}\n${body}\n`);
    assertWellFormed(page);
    assert.equal(holding(page, pictured)[0]?.kind, 'caption');
    assert.equal(holding(page, credit)[0]?.kind, 'credit', credit);
    assert.equal(holding(page, body)[0]?.kind, 'paragraph', body);
  }
});
