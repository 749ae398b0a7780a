/**
 * Calls and meetings: which trigger words report a happening (drop rules), who took part
 * (people rules), when (date rules) and what kind (type rules). Each rule reads one
 * candidate: a trigger word in its annotated sentence.
 */
import { fold } from '../fold.ts';
import { rule, type Rule } from '../engine.ts';
import { clauseEnd, clauseStart } from '../text.ts';
import { ANSWERS_THE_PRESS } from './briefing.ts';
import { hasPlan, supposes } from '../nonevents.ts';
import { peopleIn, type PersonMention } from '../actors.ts';
import { closesDateline, EARLIER_ON_A_DAY } from './dates.ts';
import { actKind, isSummons } from '../acts.ts';
import type { DateMention, DateValue } from '../dates.ts';
import type { Scope } from '../scope.ts';
import { NICKNAME, nicknamedMeeting, type TriggerHit } from '../triggers.ts';
import type { MentionPerson } from '../mention.ts';

/** A call or meeting word in its sentence, as the rules see it. */
export interface CallCandidate {
  scope: Scope;
  trig: TriggerHit;
  /** Every call or meeting word of the sentence. */
  triggers: TriggerHit[];
  /** Start and end of the clause holding the word. */
  cStart: number;
  cEnd: number;
  because: Set<string>;
}

/** What a drop rule says: drop it, keep it whatever later rules say, keep it as a look back, or keep it as a message sent (an act, not a call). */
export type Verdict = 'drop' | 'keep' | 'restates' | 'message';
type DropRule = Rule<(c: CallCandidate) => Verdict | undefined>;

const text = (c: CallCandidate) => c.scope.prep.folded;
const sStart = (c: CallCandidate) => c.scope.sentence.start;
// 「如中國領導人能親自會見示威者」: 如 opening the clause, 能 or 願意 before the word.
const IF_ABLE = /^如[^，。；如]{1,12}(?:能|能够|愿意|肯)[^，。；]{0,6}$/u;
// 週三較早前, 今天較早前: earlier on the day written.
const EARLIER_BEFORE = new RegExp(`${EARLIER_ON_A_DAY}$`, 'u');
// 「未舉行中美防長會晤」「沒有與他通話」「遲遲不與李家超會面」: the verb that holds the word, or its partner, negated.
// (A place or occasion may stand between: 沒有在二十國集團會議期間與秦剛會面.)
const NOT_HELD =
  /(?:未|没有|没|并未|从未|无法|未能|不能|取消|推迟|拒绝|不(?=[与跟在]))(?:在[^，。；：与同和跟]{1,20})?(?:举行|进行|安排|与|同|和|跟)[^，。；：]{0,24}$/u;
// 「錯失了互以總理身份見面的機會」「將有兩次與胡錦濤見面的機會」: a chance to meet, had or missed, is no meeting.
const CHANCE_AFTER = /^的?(?:机会|契机)/u;
// 出席…第十五次 right before the word: a numbered gathering attended.
const ATTENDS_NUMBERED = /(?:出席|参加|与会)[^，。；]{0,24}第[0-9一二三四五六七八九十百]+[次届轮]$/u;
// 「出席東協防長午餐會、…出席防長茶敘」: a meal gathering attended, with no one it is shared with between.
const ATTENDS_MEAL = /(?:出席|参加)[^，。；与同和跟]{0,10}$/u;
const MEAL_WORDS = /^(?:茶叙|餐叙|工作午餐|工作早餐|工作晚餐|工作晚宴)$/u;
const sEnd = (c: CallCandidate) => c.scope.sentence.end;
const ne = (c: CallCandidate) => c.scope.lex.nonEvent;
const before = (c: CallCandidate) => text(c).slice(c.cStart, c.trig.start);
/** Whether someone is named in the clause between what `lead` opens (its group 1) and the word: 向習近平述職, 與李克強暢談. */
function personAfter(c: CallCandidate, lead: RegExp): boolean {
  const m = lead.exec(before(c));
  return !!m && peopleIn(c.scope.lex, c.scope.prep, c.trig.start - m[1]!.length, c.trig.start).length > 0;
}
// Met, called or welcomed: the one after it is the other side (与…, 会见…, 欢迎…), perhaps 正在 or 刚 between.
const MET_OR_WELCOMED = /(?:与|同|和|跟|会见|会晤|接见|欢迎|迎接|宴请)(?:正在|刚刚|刚)?$/u;
// 第二次, 第2度: which time, not how many times.
const ORDINAL_TIMES = /第(?:\d+|[一二两三四五六七八九十]+)(?:次|度|轮|场)/gu;

export const datedPastOccasion = rule({
  id: 'call.dated-past-occasion',
  decides:
    '「去年12月中旬，阿迪昂曾與吳釗燮視訊通話」: a past occasion (曾, 此前) written with its own day or month is still an event; a day it only came before (兩人曾在拜登於2021年1月上任之前會面) does not date it.',
  examples: [
    {
      text: '去年12月中旬，帛琉總統惠恕仁曾與外交部長視訊通話。',
      published: '2024-01-16',
      events: [{ type: 'call', date: '2023-12', precision: 'month', actors: ['惠恕仁'] }],
    },
    {
      text: '今年3月，王毅曾在北京会见俄罗斯外长拉夫罗夫。',
      published: '2024-05-16',
      events: [{ type: 'meeting', date: '2024-03', precision: 'month', actors: ['王毅', '拉夫罗夫'] }],
    },
  ],
  leaves: [
    { text: '兩人曾在拜登於2021年1月上任之前會面，此後也曾多次通電話。', published: '2022-11-12', events: [] },
    { text: '两人曾在拜登于2021年1月上任之前会面，此后也曾多次通电话。', published: '2022-11-12', events: [] },
  ],
  // (A day that only marks what came after it, 於2021年1月上任之前, is not the occasion's.)
  apply: (c: CallCandidate) =>
    c.scope.dates.some(
      (d) =>
        d.end <= c.trig.start &&
        d.start >= sStart(c) &&
        (d.precision === 'day' || d.precision === 'month') &&
        !BEFORE_IT.test(text(c).slice(d.end, c.trig.start)),
    ),
});
// 「於2021年1月上任之前」: a day followed, in its clause, by 之前 or 以前 bounds the occasion; it does not date it.
const BEFORE_IT = /^[^，。；]{0,10}?(?:之前|以前)/u;

// The close of a topic list of questions answered: 「、南海局勢等回答記者提問」「…答問」.
const BRIEFING_TOPIC_END = new RegExp(`^[^。；]{0,40}?(?:等(?:问题|议题|话题)?)?(?:${ANSWERS_THE_PRESS}|答记者问|答问)`, 'u');

// What a visit reaches when it is a place, not an office: the object ends in a street, district, town or site word.
const VISITED_PLACE =
  /^[^，。；、,;时]{1,10}?(?:街|路|区|市|镇|村|县|岛|港|埠|寺|庙|祠|坊|神社|纪念馆|陵园|墓|市场|广场|公园|园区|工厂|学校|大学|社区|景区|老街|唐人街)(?:[，。；,;时]|$)/u;

// An envoy named in the clause: whom a summons is for (or a mission without relations: 日本交流協會代表, 在台協會處長).
const ENVOY = /大使|公使|代办|领事|外交官|使节|使馆|使团|驻[^，。；]{1,8}代表|(?:协会|办事处|代表处|事务所)(?:代表|处长|所长)/u;
// A formal act (relations established or severed, credentials presented, a mission opened): announcing it is the act,
// so the day of 宣布 is its day.
const formalAct = (c: CallCandidate) => c.trig.type === 'other';
// What a mission opened is: an embassy, consulate or office (領事館正式開館; a museum's 開館 is none).
const MISSION = /使馆|领事馆|代表处|办事处|公署/u;

/** Why a call or meeting word reports no happening, in the order they are tried. */
export const CALL_DROPS: DropRule[] = [
  rule({
    id: 'call.conference-attended',
    decides:
      '「正在漢堡出席亞歐外長會議的楊潔篪」「參加東盟外長會議期間」「會見了來華參加戰略經濟對話的美國財長」: a conference (外長會議, 首腦會議) named to tell where someone is, or when, and any talks attended named to tell who someone is, is where meetings happen, not a meeting between named sides of its own.',
    examples: [
      {
        text: '中新網5月29日電 正在德國漢堡出席亞歐外長會議的中國外長楊潔篪，5月28日與法國外長庫什內舉行會談。',
        published: '2007-05-29',
        events: [{ type: 'meeting', date: '2007-05-28', actors: ['楊潔篪', '庫什內'] }],
      },
      {
        text: '中新网5月29日电 正在德国汉堡出席亚欧外长会议的中国外长杨洁篪，5月28日与法国外长库什内举行会谈。',
        published: '2007-05-29',
        events: [{ type: 'meeting', date: '2007-05-28', actors: ['杨洁篪', '库什内'] }],
      },
      {
        text: '國家主席胡錦濤、國務院總理溫家寶15日分別會見了來華參加中美戰略經濟對話的美國財長保爾森。',
        published: '2006-12-16',
        events: [
          { type: 'meeting', date: '2006-12-15', actors: ['胡錦濤', '保爾森'] },
          { type: 'meeting', date: '2006-12-15', actors: ['溫家寶', '保爾森'] },
        ],
      },
      {
        text: '国家主席胡锦涛、国务院总理温家宝15日分别会见了来华参加中美战略经济对话的美国财长保尔森。',
        published: '2006-12-16',
        events: [
          { type: 'meeting', date: '2006-12-15', actors: ['胡锦涛', '保尔森'] },
          { type: 'meeting', date: '2006-12-15', actors: ['温家宝', '保尔森'] },
        ],
      },
    ],
    // (「王毅3日以視頻方式出席中國-東盟外長會議」 is his act of the day, a meeting; only a conference named to tell who
    // is there, or when, is none: …會議的中國外長, 會議期間.)
    // (Any meeting word attended names the one who came for it when 的 and the person follow: 會見了來華參加中美戰略經濟對話的財長.)
    apply: (c) =>
      /(?:出席|参加|与会)[^，,。；;]{0,16}$/u.test(text(c).slice(c.cStart, c.trig.start)) &&
      (/会议$/u.test(c.trig.word) ? /^(?:的|期间|时|之际)/u : /^的/u).test(text(c).slice(c.trig.end))
        ? 'drop'
        : undefined,
  }),
  rule({
    id: 'call.named-as-a-topic',
    decides:
      '「雙方就六方會談、臺灣等問題交換了意見」「討論兩國間貿易談判的下一步」: a meeting word that 就 leads as what is talked about, before 交換意見 or 進行溝通, or that is what is discussed (討論, 商討, 探討), names a topic, not a happening.',
    examples: [
      {
        text: '本週二，劉鶴與美國財政部長姆努欽通電話，討論兩國間貿易談判的下一步路線圖。',
        published: '2018-12-12',
        events: [{ type: 'call', date: '2018-12-11', actors: ['劉鶴', '姆努欽'] }],
      },
      {
        text: '本周二，刘鹤与美国财政部长姆努钦通电话，讨论两国间贸易谈判的下一步路线图。',
        published: '2018-12-12',
        events: [{ type: 'call', date: '2018-12-11', actors: ['刘鹤', '姆努钦'] }],
      },
      {
        text: '外交部長李肇星昨晚應約與美國國務卿賴斯通電話，雙方就六方會談、臺灣以及兩國合作等問題交換了意見。',
        published: '2005-03-08',
        events: [{ type: 'call', date: '2005-03-07', actors: ['李肇星', '賴斯'] }],
      },
      {
        text: '外交部长李肇星昨晚应约与美国国务卿赖斯通电话，双方就六方会谈、台湾以及两国合作等问题交换了意见。',
        published: '2005-03-08',
        events: [{ type: 'call', date: '2005-03-07', actors: ['李肇星', '赖斯'] }],
      },
    ],
    apply: (c) => {
      const s = text(c);
      // 「討論兩國間貿易談判的下一步路線圖」: what is discussed is a topic too.
      if (/(?:讨论|商讨|探讨)了?[^，,。；;]{0,12}$/u.test(s.slice(c.cStart, c.trig.start))) return 'drop';
      const lead = /就[^，,。；;就]{0,12}$/u.test(s.slice(c.cStart, c.trig.start));
      return lead && /^[^，,。；;]{0,40}?(?:交换|沟通|磋商|商谈|深入讨论)/u.test(s.slice(c.trig.end, c.cEnd + 1)) ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'call.gathering-attended',
    decides:
      '「出席金磚國家領導人第十五次會晤」「參加第五屆中拉高級防務論壇」: a numbered gathering someone attends (出席, 參加) names a summit, not talks between sides; so does a meal gathering attended (出席防長茶敘, 參加工作午餐) with no one named it is shared with.',
    examples: [
      {
        text: '當地時間8月21日晚，國家主席習近平抵達約翰內斯堡，出席金磚國家領導人第十五次會晤。',
        published: '2023-08-22',
        events: [{ type: 'other', date: '2023-08-21' }],
      },
      {
        text: '当地时间8月21日晚，国家主席习近平抵达约翰内斯堡，出席金砖国家领导人第十五次会晤。',
        published: '2023-08-22',
        events: [{ type: 'other', date: '2023-08-21' }],
      },
      {
        text: '11月1日，國防部長董軍在吉隆坡出席東盟防長午餐會，美國防長赫格塞斯則出席防長茶敘。',
        published: '2025-11-02',
        events: [],
      },
      {
        text: '11月1日，国防部长董军在吉隆坡出席东盟防长午餐会，美国防长赫格塞斯则出席防长茶叙。',
        published: '2025-11-02',
        events: [],
      },
    ],
    leaves: [
      {
        text: '11月1日，國防部長董軍在吉隆坡與美國防長赫格塞斯茶敘。',
        published: '2025-11-02',
        events: [{ type: 'meeting', date: '2025-11-01', actors: ['董軍', '赫格塞斯'] }],
      },
    ],
    apply: (c) => {
      const head = text(c).slice(c.cStart, c.trig.start);
      if (ATTENDS_NUMBERED.test(head)) return 'drop';
      return MEAL_WORDS.test(c.trig.word) && ATTENDS_MEAL.test(head) ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'call.summons-needs-an-envoy',
    decides:
      '召見, 召喚, 約見, 約談 are a meeting (an envoy summoned) only when an envoy (大使, 總領事, 代辦, 使館官員) is named in the sentence up to the end of its clause (or the one summoned was named an envoy earlier on the page), or the head of a mission without relations (日本交流協會代表, 台北事務所代表): 網信辦約談企業負責人 is none.',
    examples: [
      { text: '國家網信辦昨日約談滴滴公司負責人。', published: '2021-07-03', events: [] },
      { text: '国家网信办昨日约谈滴滴公司负责人。', published: '2021-07-03', events: [] },
    ],
    leaves: [
      {
        text: '英國政府今天召喚中國駐倫敦大使鄭澤光，表達抗議。',
        published: '2022-11-29',
        events: [{ type: 'meeting', date: '2022-11-29', actors: ['鄭澤光'] }],
      },
      {
        text: '英国政府今天召唤中国驻伦敦大使郑泽光，表达抗议。',
        published: '2022-11-29',
        events: [{ type: 'meeting', date: '2022-11-29', actors: ['郑泽光'] }],
      },
      {
        text: '外交部長楊進添昨天召見日本交流協會台北事務所代表樽井澄夫，表達嚴正立場。',
        published: '2012-09-12',
        events: [{ type: 'meeting', date: '2012-09-11', actors: ['楊進添'] }],
      },
      {
        text: '外交部长杨进添昨天召见日本交流协会台北事务所代表樽井澄夫，表达严正立场。',
        published: '2012-09-12',
        events: [{ type: 'meeting', date: '2012-09-11', actors: ['杨进添'] }],
      },
      {
        text: '中國外交部17日召見德國駐華大使傅融，提出嚴正交涉。',
        published: '2023-09-18',
        events: [{ type: 'meeting', date: '2023-09-17', actors: ['傅融'] }],
      },
      {
        text: '德国驻华大使傅融24日因间谍事件被中国外交部召见。',
        published: '2024-04-25',
        events: [{ type: 'meeting', date: '2024-04-24', actors: ['傅融'] }],
      },
      {
        text: '日本交流協會代表齋藤正樹日前發表「台灣地位未定論」，外交部政務次長夏立言今天召見齋藤，表達強烈不滿。',
        published: '2009-05-01',
        events: [{ type: 'meeting', date: '2009-05-01', actors: ['夏立言'] }],
      },
      {
        text: '日本交流协会代表斋藤正树日前发表“台湾地位未定论”，外交部政务次长夏立言今天召见斋藤，表达强烈不满。',
        published: '2009-05-01',
        events: [{ type: 'meeting', date: '2009-05-01', actors: ['夏立言'] }],
      },
      {
        text: [
          ['paragraph', '9月7日，外交部副部長宋濤約見日本駐華大使丹羽宇一郎，提出嚴正交涉。'],
          ['paragraph', '9月12日凌晨，國務委員戴秉國緊急召見丹羽宇一郎，表明中國政府的嚴正立場。'],
        ],
        published: '2010-09-15',
        events: [
          { type: 'meeting', date: '2010-09-07', actors: ['宋濤', '丹羽宇一郎'] },
          { type: 'meeting', date: '2010-09-12', actors: ['戴秉國', '丹羽宇一郎'] },
        ],
      },
      {
        text: [
          ['paragraph', '9月7日，外交部副部长宋涛约见日本驻华大使丹羽宇一郎，提出严正交涉。'],
          ['paragraph', '9月12日凌晨，国务委员戴秉国紧急召见丹羽宇一郎，表明中国政府的严正立场。'],
        ],
        published: '2010-09-15',
        events: [
          { type: 'meeting', date: '2010-09-07', actors: ['宋涛', '丹羽宇一郎'] },
          { type: 'meeting', date: '2010-09-12', actors: ['戴秉国', '丹羽宇一郎'] },
        ],
      },
    ],
    apply: (c) =>
      isSummons(c.trig.word) &&
      !ENVOY.test(text(c).slice(sStart(c), c.cEnd)) &&
      // 「次日，…召見丹羽宇一郎」: the one summoned was named an envoy earlier on the page.
      !participantsIn(c, c.trig.end, c.cEnd).some((p) => ENVOY.test(fold(p.onPage?.title ?? '')))
        ? 'drop'
        : undefined,
  }),
  rule({
    id: 'call.act-ends-its-clause',
    decides:
      '建交, 斷交, 復交, 中斷/恢復外交關係, 遞交國書 and 開館 are an act done only where the word ends its clause (宣布與我斷交。, 於昨日恢復建交，, 向天皇遞交國書。); followed by more words it names a state or a topic (建交以來, 斷交意向, 斷交事宜, 遞交國書後).',
    examples: [
      { text: '諾魯總統15日並未透露任何斷交意向。', published: '2024-01-16', events: [] },
      { text: '瑙鲁总统15日并未透露任何断交意向。', published: '2024-01-16', events: [] },
      { text: '外交部次長15日下午召開記者會，說明諾魯斷交事宜。', published: '2024-01-16', events: [] },
      { text: '外交部次长15日下午召开记者会，说明瑙鲁断交事宜。', published: '2024-01-16', events: [] },
    ],
    leaves: [
      { text: '布吉納法索24日宣布與我斷交。', published: '2018-05-25', events: [{ type: 'other', date: '2018-05-24' }] },
      {
        text: '宏都拉斯外交部今天早上发布声明，宣布与台湾中断外交关系。',
        published: '2023-03-26',
        events: [{ type: 'other', date: '2023-03-26' }],
      },
    ],
    apply: (c) =>
      formalAct(c) && actKind(c.trig.word) !== 'visit' && !/^(?:了)?(?:[，。；、,;！!」”』）)]|$)/u.test(text(c).slice(c.trig.end))
        ? 'drop'
        : undefined,
  }),
  rule({
    id: 'call.arrival-begins-a-visit',
    decides:
      '抵達, 飛抵 and 啟程 (and 開始對…進行訪問 with no arrival told before it) are a visit begun or set out on only when the sentence tells a journey: a special or chartered plane, a delegation led (乘專機, 率團), the visit, summit or talks it is for (開始對美國進行國事訪問, 出席峰會), or for 啟程 where to (前往, 赴) or a party (一行); 離開 sets out only from a capital or country for another (離開北京，前往…) or for what the journey is to attend (離開北京，出席…), not at a visit’s end (結束訪問後離開) nor from a site (離開國賓館); those who came with the visitor (同機抵達, 陪同人員) and a site reached during a visit (抵達大三巴牌坊) are none, an arrival told as a time (專機抵達時, 抵達華盛頓後，出席…, 從21日抵達紐約開始, not 國際機場) looks back on the one reported, and one that describes who is met or welcomed (與抵達北京訪問的歐洲理事會主席舉行會談) is none.',
    examples: [
      { text: '美國總統特朗普10日開始對中國商品加徵關稅。', published: '2019-05-11', events: [] },
      { text: '美国总统特朗普10日开始对中国商品加征关税。', published: '2019-05-11', events: [] },
      { text: '江澤民主席23日上午九時乘車離開國賓館，前往無名烈士墓獻花。', published: '1997-04-24', events: [] },
      { text: '江泽民主席23日上午九时乘车离开国宾馆，前往无名烈士墓献花。', published: '1997-04-24', events: [] },
      { text: '總理結束對日本的訪問，6日乘專機離開東京前往首爾。', published: '2018-05-07', events: [] },
      { text: '总理结束对日本的访问，6日乘专机离开东京前往首尔。', published: '2018-05-07', events: [] },
      { text: '總理夫人和外交部長等陪同人員5日晚同機抵達。', published: '2006-04-06', events: [] },
      { text: '总理夫人和外交部长等陪同人员5日晚同机抵达。', published: '2006-04-06', events: [] },
      { text: '委員長一行昨早九時十分抵達大三巴牌坊，由文化局局長講解遺址的歷史。', published: '2013-02-23', events: [] },
      { text: '委员长一行昨早九时十分抵达大三巴牌坊，由文化局局长讲解遗址的历史。', published: '2013-02-23', events: [] },
      { text: '車隊今早八時啟程。', published: '2015-12-14', events: [] },
      { text: '车队今早八时启程。', published: '2015-12-14', events: [] },
      { text: '國家主席習近平當地時間24日抵達華盛頓後，出席了奧巴馬總統舉行的小範圍晚宴。', published: '2015-09-25', events: [] },
      { text: '国家主席习近平当地时间24日抵达华盛顿后，出席了奥巴马总统举行的小范围晚宴。', published: '2015-09-25', events: [] },
      { text: '從21日下午抵達紐約開始，溫家寶在48小時內出席了近20場活動。', published: '2010-09-24', events: [] },
      { text: '从21日下午抵达纽约开始，温家宝在48小时内出席了近20场活动。', published: '2010-09-24', events: [] },
      {
        text: '國家主席昨天與抵達北京進行國事訪問的法國總統馬克龍舉行會談。',
        published: '2023-04-07',
        events: [{ type: 'meeting', date: '2023-04-06', actors: ['馬克龍'] }],
      },
      {
        text: '国家主席昨天与抵达北京进行国事访问的法国总统马克龙举行会谈。',
        published: '2023-04-07',
        events: [{ type: 'meeting', date: '2023-04-06', actors: ['马克龙'] }],
      },
    ],
    leaves: [
      {
        text: '國務院總理溫家寶今天下午乘專機離開北京，出席在宿務舉行的第十次中國與東盟領導人會議。',
        published: '2007-01-13',
        events: [{ type: 'other', date: '2007-01-13', actors: ['溫家寶'] }],
      },
      {
        text: '国务院总理温家宝今天下午乘专机离开北京，出席在宿务举行的第十次中国与东盟领导人会议。',
        published: '2007-01-13',
        events: [{ type: 'other', date: '2007-01-13', actors: ['温家宝'] }],
      },
      {
        text: '外交部長王毅周四開始對美國展開3天訪問。',
        published: '2023-10-27',
        events: [{ type: 'other', date: '2023-10-26', actors: ['王毅'] }],
      },
      {
        text: '外交部长王毅周四开始对美国展开3天访问。',
        published: '2023-10-27',
        events: [{ type: 'other', date: '2023-10-26', actors: ['王毅'] }],
      },
      {
        text: '國務院總理李強3日上午乘專機離開北京，前往新加坡進行正式訪問。',
        published: '2024-09-04',
        events: [{ type: 'other', date: '2024-09-03', actors: ['李強'] }],
      },
      {
        text: '国务院总理李强3日上午乘专机离开北京，前往新加坡进行正式访问。',
        published: '2024-09-04',
        events: [{ type: 'other', date: '2024-09-03', actors: ['李强'] }],
      },
      {
        text: '法國總統馬克龍4日下午乘專機抵達上海虹橋國際機場，開始對中國進行國事訪問。',
        published: '2019-11-05',
        events: [{ type: 'other', date: '2019-11-04', actors: ['馬克龍'] }],
      },
      {
        text: '法国总统马克龙4日下午乘专机抵达上海虹桥国际机场，开始对中国进行国事访问。',
        published: '2019-11-05',
        events: [{ type: 'other', date: '2019-11-04', actors: ['马克龙'] }],
      },
      {
        text: '國務院總理溫家寶5日晚乘專機抵達惠靈頓，開始對新西蘭進行正式訪問。',
        published: '2006-04-06',
        events: [{ type: 'other', date: '2006-04-05' }],
      },
      {
        text: '国务院总理温家宝5日晚乘专机抵达惠灵顿，开始对新西兰进行正式访问。',
        published: '2006-04-06',
        events: [{ type: 'other', date: '2006-04-05' }],
      },
      { text: '外交部長一行昨天啟程，預定20日返國。', published: '2015-12-14', events: [{ type: 'other', date: '2015-12-13' }] },
      { text: '外交部长一行昨天启程，预定20日返国。', published: '2015-12-14', events: [{ type: 'other', date: '2015-12-13' }] },
      {
        text: '總統今天抵達聖文森，展開兩天的國是訪問。總統專機抵達時，聖文森總理親自接機。',
        published: '2019-07-16',
        events: [{ type: 'other', date: '2019-07-16' }],
      },
      {
        text: '总统今天抵达圣文森，展开两天的国是访问。总统专机抵达时，圣文森总理亲自接机。',
        published: '2019-07-16',
        events: [{ type: 'other', date: '2019-07-16' }],
      },
    ],
    apply: (c) => {
      if (c.trig.type !== 'other' || actKind(c.trig.word) !== 'visit') return undefined;
      const lead = before(c);
      if (/同机|先期|陪同/u.test(lead)) return 'drop';
      const rest = text(c).slice(c.trig.end, sEnd(c));
      // 「與抵達北京訪問的歐洲理事會主席米歇爾舉行會談」: the arrival describes the one met, named after 的.
      if (MET_OR_WELCOMED.test(lead) && /^[^，。；、]{0,24}?的/u.test(rest)) return 'drop';
      // 「王毅周四開始對美國展開訪問」: a visit begun, told by the visit itself (an arrival told with it is that one).
      if (/开始对/u.test(c.trig.word))
        return /^[^，。；]{1,20}?(?:进行|展开)[^，。；]{0,10}访问/u.test(rest) && !/抵达|飞抵/u.test(text(c).slice(sStart(c), c.trig.start))
          ? undefined
          : 'drop';
      // 「離開北京，前往…」: leaving a capital or country for another, not at a visit's end.
      if (/离开/u.test(c.trig.word)) {
        const { lex } = c.scope;
        const home = lex.capitals.at(text(c), c.trig.end) ?? lex.countries.at(text(c), c.trig.end);
        const ended = /结束/u.test(text(c).slice(sStart(c), c.trig.start));
        return home && /^[^。；]{0,12}(?:前往|赴|出席|参加)/u.test(rest) && !ended ? undefined : 'drop';
      }
      // 啟程 sets out: where to (前往, 赴) or a party led (一行) is journey enough.
      const setsOut = /启程/u.test(c.trig.word) && (/^[^。；]{0,12}(?:前往|赴|返)/u.test(rest) || /一行/u.test(lead));
      const journey = setsOut || /乘|搭|专机|包机|率/u.test(lead) || /访|出席|参加|峰会|会议|会晤|会谈|行程|之旅/u.test(rest);
      if (!journey) return 'drop';
      // 「從21日下午抵達紐約開始」: the arrival told as where a span of days begins is a time, too.
      const spanFrom = /从[^，。；]{0,12}$/u.test(lead) && /^[^，。；]{0,12}(?:开始|以来|起)/u.test(rest);
      return spanFrom || /^[^，。；]{0,20}?(?:[时后]|(?<!国)际)/u.test(text(c).slice(c.trig.end, c.cEnd + 1)) ? 'restates' : undefined;
    },
  }),
  rule({
    id: 'call.mission-opened-is-a-mission',
    decides:
      '開館 is a mission opened only when an embassy, consulate or office is named before it in its clause (總領事館正式開館); a museum opening is none.',
    examples: [
      { text: '檳城博物館昨日正式開館。', published: '2015-12-22', events: [] },
      { text: '槟城博物馆昨日正式开馆。', published: '2015-12-22', events: [] },
    ],
    leaves: [
      { text: '中國駐檳城總領事館昨晚正式開館。', published: '2015-12-22', events: [{ type: 'other', date: '2015-12-21' }] },
      { text: '中国驻槟城总领事馆昨晚正式开馆。', published: '2015-12-22', events: [{ type: 'other', date: '2015-12-21' }] },
    ],
    apply: (c) =>
      c.trig.type === 'other' && actKind(c.trig.word) === 'mission' && !MISSION.test(text(c).slice(c.cStart, c.trig.start))
        ? 'drop'
        : undefined,
  }),
  rule({
    id: 'call.since-is-a-time',
    decides:
      '「去年外長會議以來」「自去年11月視像會晤以來」「自今年9月在紐約舉行會談後時隔3個月」「去年11月視像峰會後首次」「抵達赫爾辛基舉行會晤之際」「峰會前夕」「繼去年11月部長級會議之後」「元首會晤之後的首場發布會」: a call or meeting followed by 以來, 後時隔, 之際 or 前夕, or led by 繼 and followed by 之後, or by 後首次 (後的首場) with no day of its own (7月28日通電話後首次會晤 is still an event), marks a time: it looks back on a happening, or ahead to one, joining one the page reports and never standing alone.',
    examples: [
      {
        text: [
          ['paragraph', '中美兩國元首12月1日在布宜諾斯艾利斯會晤。'],
          ['paragraph', '12月6日，商務部舉行了元首會晤之後的首場例行發布會。'],
        ],
        published: '2018-12-12',
        events: [{ type: 'meeting', date: '2018-12-01' }],
      },
      {
        text: [
          ['paragraph', '中美两国元首12月1日在布宜诺斯艾利斯会晤。'],
          ['paragraph', '12月6日，商务部举行了元首会晤之后的首场例行发布会。'],
        ],
        published: '2018-12-12',
        events: [{ type: 'meeting', date: '2018-12-01' }],
      },
      { text: '去年外長會議以來，雙方領導人保持戰略溝通。', published: '2021-08-04', events: [] },
      { text: '去年外长会议以来，双方领导人保持战略沟通。', published: '2021-08-04', events: [] },
      { text: '這是王毅自2015年10月31日與韓國外長舉行會談後時隔4年再次訪韓。', published: '2019-12-05', events: [] },
      { text: '这是王毅自2015年10月31日与韩国外长举行会谈后时隔4年再次访韩。', published: '2019-12-05', events: [] },
      {
        text: '中國外長王毅27日與美國國務卿布林肯通電話，是去年11月中美元首視像峰會後首次。',
        published: '2022-01-28',
        events: [{ type: 'call', date: '2022-01-27', actors: ['王毅', '布林肯'] }],
      },
      {
        text: '中国外长王毅27日与美国国务卿布林肯通电话，是去年11月中美元首视像峰会后首次。',
        published: '2022-01-28',
        events: [{ type: 'call', date: '2022-01-27', actors: ['王毅', '布林肯'] }],
      },
      { text: '繼去年11月中非合作論壇第八屆部長級會議之後，中非雙方再次攜手發出加強團結合作的強音。', published: '2022-08-19', events: [] },
      { text: '继去年11月中非合作论坛第八届部长级会议之后，中非双方再次携手发出加强团结合作的强音。', published: '2022-08-19', events: [] },
      { text: '20日，在葉利欽和克林頓抵達赫爾辛基舉行會晤之際，俄方預言這將是一次艱難的會談。', published: '1997-03-21', events: [] },
      { text: '20日，在叶利钦和克林顿抵达赫尔辛基举行会晤之际，俄方预言这将是一次艰难的会谈。', published: '1997-03-21', events: [] },
    ],
    apply: (c) => {
      const after = text(c).slice(c.trig.end, c.trig.end + 6);
      if (/^(?:[)）])?(?:以[来來]|之[际際]|前夕|后时隔)/u.test(after)) return 'restates';
      // 「繼去年11月中非合作論壇部長級會議之後」: what follows comes after the happening it names.
      if (/^(?:之)?后/u.test(after) && /继[^，。；,]{0,30}$/u.test(text(c).slice(Math.max(sStart(c), c.trig.start - 32), c.trig.start)))
        return 'restates';
      // 「是去年11月視像峰會後首次」: a happening the first since marks a time, unless its own day is written (7月28日通電話後首次會晤).
      const ownDay = c.scope.dates.some((d) => d.end <= c.trig.start && d.end >= c.trig.start - 8 && d.precision === 'day');
      return /^(?:之)?后(?:的)?(?:首次|首度|第一次|首[场个轮])/u.test(after) && !ownDay ? 'restates' : undefined;
    },
  }),
  rule({
    id: 'call.duty-report-needs-whom',
    decides:
      '述職 (a chief executive’s report on his work) is a meeting only with a person named after 向 before it in the clause (特首梁振英昨日向國家主席習近平述職); an envoy home to report (大使回國述職) or a report named as a season (述職期間) meets no one named.',
    examples: [
      { text: '駐美大使昨日回國述職。', published: '2016-12-24', events: [] },
      { text: '驻美大使昨日回国述职。', published: '2016-12-24', events: [] },
    ],
    leaves: [
      {
        text: '特首梁振英昨日向國家主席習近平述職。',
        published: '2016-12-24',
        events: [{ type: 'meeting', date: '2016-12-23', actors: ['梁振英', '習近平'] }],
      },
      {
        text: '特首梁振英昨日向国家主席习近平述职。',
        published: '2016-12-24',
        events: [{ type: 'meeting', date: '2016-12-23', actors: ['梁振英', '习近平'] }],
      },
    ],
    apply: (c) => (c.trig.word === '述职' && !personAfter(c, /向([^，。；向]{1,30})$/u) ? 'drop' : undefined),
  }),
  rule({
    id: 'call.talk-needs-a-named-partner',
    decides:
      '暢談 and 敘談 (a talk) are a meeting only with a person named after 與, 同, 和 or 跟 before them in the clause (在人民大會堂與李克強進行了暢談); a talk with people no one names (與當地居民暢談) or a talk of a subject (暢談兩岸關係) is not one. (交談 is no meeting word: it tells what was said in a call or meeting told already.)',
    examples: [
      { text: '習近平12日在村裡與當地居民暢談，詢問他們的收入。', published: '2019-05-13', events: [] },
      { text: '习近平12日在村里与当地居民畅谈，询问他们的收入。', published: '2019-05-13', events: [] },
      { text: '前立法院長王金平昨接受本報專訪，暢談兩岸關係。', published: '2019-05-13', events: [] },
      { text: '前立法院长王金平昨接受本报专访，畅谈两岸关系。', published: '2019-05-13', events: [] },
    ],
    leaves: [
      {
        text: '日本首相安倍晉三10月25日抵達北京，當天下午在人民大會堂與李克強進行了暢談。',
        published: '2018-10-26',
        events: [{ type: 'meeting', date: '2018-10-25', actors: ['安倍晉三', '李克強'] }],
      },
      {
        text: '日本首相安倍晋三10月25日抵达北京，当天下午在人民大会堂与李克强进行了畅谈。',
        published: '2018-10-26',
        events: [{ type: 'meeting', date: '2018-10-25', actors: ['安倍晋三', '李克强'] }],
      },
    ],
    apply: (c) => (/^(?:畅谈|叙谈)$/u.test(c.trig.word) && !personAfter(c, /[同与和跟]([^，。；同与和跟]{1,30})$/u) ? 'drop' : undefined),
  }),
  rule({
    id: 'call.short-word-needs-a-party',
    decides:
      '通電 (short for 通電話) and 熱線 (a hotline) are a call only with its other party written before them in the clause (應約同美國總統奧巴馬通電, 與英國外相拉布熱線); alone 通電 is power switched on, and a hotline opened, restarted or talked about (重新開通板門店熱線, 熱線問題) is a line, not a call.',
    examples: [
      { text: '新建的輸電線路昨日正式通電。', published: '2009-05-07', events: [] },
      { text: '新建的输电线路昨日正式通电。', published: '2009-05-07', events: [] },
      { text: '朝鮮今日下午與韓國重新開通板門店熱線。', published: '2018-01-03', events: [] },
      { text: '朝鲜今日下午与韩国重新开通板门店热线。', published: '2018-01-03', events: [] },
    ],
    leaves: [
      {
        text: '國家主席胡錦濤6日晚應約同美國總統奧巴馬通電。',
        published: '2009-05-07',
        events: [{ type: 'call', date: '2009-05-06', actors: ['胡錦濤', '奧巴馬'] }],
      },
      {
        text: '王毅28日與英國外相拉布熱線，討論雙邊關係。',
        published: '2020-07-29',
        events: [{ type: 'call', date: '2020-07-28', actors: ['王毅', '拉布'] }],
      },
      {
        text: '王毅28日与英国外相拉布热线，讨论双边关系。',
        published: '2020-07-29',
        events: [{ type: 'call', date: '2020-07-28', actors: ['王毅', '拉布'] }],
      },
    ],
    apply: (c) => {
      if (!/^(?:通[電电]|[熱热][線线])$/u.test(c.trig.word)) return undefined;
      const lead = text(c).slice(c.cStart, c.trig.start);
      // 「與韓國重啟板門店熱線」「兩岸熱線問題」: a hotline set up, restored or talked about is a line, not a call.
      const line =
        /(?:开通|开设|设置|设立|建立|重启|恢复|中断|切断)[^，。；]{0,6}$/u.test(lead) ||
        /^(?:问题|电话|机制|联系)/u.test(text(c).slice(c.trig.end));
      return line || !/[同与和跟][^，。；]{1,30}$/u.test(lead) ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'call.file-photo-shows-the-past',
    decides:
      'A caption marked as a file photo (資料圖片, 資料照片, 檔案照片) shows an earlier occasion, told (if at all) in the body: the reception or meeting in it is no happening the caption reports.',
    examples: [
      {
        text: [['caption', '外交部駐港公署特派員本月12日在公署會見英國駐港總領事。（資料圖片）']],
        published: '2024-09-20',
        events: [],
      },
      {
        text: [['caption', '外交部驻港公署特派员本月12日在公署会见英国驻港总领事。（资料图片）']],
        published: '2024-09-20',
        events: [],
      },
    ],
    apply: (c) =>
      c.scope.role === 'caption' && /资料(?:图片|照片|相片|图)|档案(?:照片|照)|file photo/iu.test(text(c)) ? 'drop' : undefined,
  }),
  rule({
    id: 'call.schedule-is-a-plan',
    decides:
      "「下午，連戰一行將與胡錦濤會晤；晚上，胡錦濤家宴款待連戰夫婦」: a day's schedule told part by part (上午…；下午…；晚上…) is planned throughout once one part is.",
    examples: [
      {
        text: '下午，連戰一行將與胡錦濤會晤；晚上，胡錦濤家宴款待連戰夫婦。',
        published: '2008-04-29',
        events: [],
      },
      {
        text: '下午，连战一行将与胡锦涛会晤；晚上，胡锦涛家宴款待连战夫妇。',
        published: '2008-04-29',
        events: [],
      },
    ],
    apply: (c) => {
      const s = text(c);
      // The schedule runs over parts a semicolon ends (sentences here): back to the full stop before them.
      const part = Math.max(s.lastIndexOf('；', c.trig.start), s.lastIndexOf(';', c.trig.start));
      const from = Math.max(s.lastIndexOf('。', c.trig.start), s.lastIndexOf('\n', c.trig.start)) + 1;
      if (part < from || !/^(?:上午|中午|下午|傍晚|晚上|晚间|当晚|随后|之后)/u.test(s.slice(part + 1))) return undefined;
      return hasPlan(c.scope.lex, s, from, part) ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'call.message-by-wire',
    decides:
      '「致電祝賀」「致電慰問」: 致電 with congratulations or condolences is a message sent (a diplomatic act of its own), not a call.',
    examples: [
      {
        text: '國家主席習近平10日致電新當選的斯里蘭卡總統，祝賀他就職。',
        published: '2024-09-11',
        events: [{ type: 'other', date: '2024-09-10', actors: ['習近平'] }],
      },
      {
        text: '国家主席习近平10日致电斯里兰卡总统，对当地严重水灾表示慰问。',
        published: '2024-09-11',
        events: [{ type: 'other', date: '2024-09-10', actors: ['习近平'] }],
      },
    ],
    apply: (c) =>
      /^致[电電]/u.test(c.trig.word) && /祝贺|贺电|慰问|哀悼|吊唁|唁电|致贺|致哀|致意/u.test(text(c).slice(c.trig.end, sEnd(c)))
        ? 'message'
        : undefined,
  }),
  rule({
    id: 'call.meets-the-press',
    decides: '「會見大馬媒體」「會見了隨行記者」: meeting the press is no diplomatic meeting.',
    examples: [
      { text: '納吉昨晚會見大馬媒體，談論訪華成果。', published: '2016-11-01', events: [] },
      { text: '納吉昨晚會見大馬媒體談論訪華成果時稱，訪問很成功。', published: '2016-11-01', events: [] },
      { text: '纳吉昨晚会见了随行的马来西亚媒体。', published: '2016-11-01', events: [] },
    ],
    leaves: [
      {
        text: '國家主席習近平昨日會見美國媒體大亨默多克。',
        published: '2016-11-01',
        events: [{ type: 'meeting', date: '2016-10-31', actors: ['習近平'] }],
      },
      {
        text: '副總理錢其琛今天會見台灣媒體的編輯主管參訪團。',
        published: '1998-09-23',
        events: [{ type: 'meeting', date: '1998-09-23', actors: ['錢其琛'] }],
      },
    ],
    apply: (c) =>
      takesObject(c) &&
      /^了?[^，,。；、与和]{0,10}(?:媒体|记者|传媒|新闻界)(?=[，,。；时并谈介表说]|$)/u.test(text(c).slice(c.trig.end, c.cEnd + 1))
        ? 'drop'
        : undefined,
  }),
  rule({
    id: 'call.visit-to-a-place',
    decides: '「拜訪茨廠街」「拜訪靖國神社」: a visit to a street, district, town, shrine or site meets no one (拜訪外交部 still does).',
    examples: [
      { text: '中國駐馬大使25日拜訪吉隆坡茨廠街，與商販交談。', published: '2015-09-26', events: [] },
      { text: '中国驻马大使25日拜访吉隆坡茨厂街，与商贩交谈。', published: '2015-09-26', events: [] },
      { text: '日本首相2001年上台後，一再拜訪有爭議的靖國神社。', published: '2006-09-24', events: [] },
      { text: '日本首相2001年上台后，一再拜访有争议的靖国神社。', published: '2006-09-24', events: [] },
    ],
    apply: (c) => (/^拜[访訪]/u.test(c.trig.word) && VISITED_PLACE.test(text(c).slice(c.trig.end, sEnd(c))) ? 'drop' : undefined),
  }),
  rule({
    id: 'call.question-is-not-held',
    decides: 'A call or meeting in a question (是否, 會否, 嗎, ？) has not been held.',
    examples: [
      { text: '有記者問，習近平主席昨天是否同特朗普總統通了電話？', published: '2025-06-06', events: [] },
      { text: '有记者问，习近平主席昨天是否同特朗普总统通了电话？', published: '2025-06-06', events: [] },
    ],
    apply: (c) => (ne(c).question.has(text(c), sStart(c), sEnd(c)) ? 'drop' : undefined),
  }),
  rule({
    id: 'call.count-is-not-one',
    decides:
      '3次會晤, 多次通話, 會晤兩次, 不時會見 (from time to time), 密集會晤 (a close run of them), 與逾四十位外國領導人通電話: a count sums several happenings and dates none (a meeting with many, 與多名西方領袖視像會談, is one; 二次會談 before the word is the second of a series, one happening).',
    examples: [
      { text: '習近平同拜登去年3次會晤。', published: '2025-01-22', events: [] },
      { text: '习近平同拜登去年两度会晤。', published: '2025-01-22', events: [] },
      { text: '民主黨前年成立國際事務委員會，不時會見各國駐港領事。', published: '2020-09-21', events: [] },
      { text: '民主党前年成立国际事务委员会，经常会见各国驻港领事。', published: '2020-09-21', events: [] },
      { text: '回顾2024年，习近平主席同外国领导人会见会谈200余场。', published: '2025-01-02', events: [] },
      { text: '上月，國家主席習近平與逾四十位外國領導人通電話。', published: '2020-05-09', events: [] },
      { text: '8日，外長王毅在紐約展開密集的雙邊會晤。', published: '2025-09-10', events: [] },
      { text: '8日，外长王毅在纽约与多国外长密集会晤。', published: '2025-09-10', events: [] },
    ],
    leaves: [
      {
        text: '海協會會長陳雲林與海基會董事長江丙坤今天上午在台北舉行二次會談。',
        published: '2008-11-04',
        events: [{ type: 'meeting', date: '2008-11-04' }],
      },
      {
        text: '海协会会长陈云林与海基会董事长江丙坤今天上午在台北举行二次会谈。',
        published: '2008-11-04',
        events: [{ type: 'meeting', date: '2008-11-04' }],
      },
      {
        text: '國務院總理李克強21日同澳大利亞總理特恩布爾舉行中澳總理年度定期會晤。',
        published: '2015-11-23',
        events: [{ type: 'meeting', date: '2015-11-21', actors: ['李克強', '特恩布爾'] }],
      },
    ],
    apply: (c) => {
      const after = text(c).slice(c.trig.end, Math.min(c.cEnd, c.trig.end + 8));
      // 「舉行中澳總理年度定期會晤」: the regular meeting held, one of a series, is one happening.
      const heldOne = /举行了?[^，。；]{0,8}定期$/u.exec(before(c));
      const counted = before(c).slice(0, heldOne ? heldOne.index : undefined);
      return ne(c).aggregate.has(counted, 0, counted.length) ||
        ne(c).aggregatePattern.test(before(c)) ||
        (c.trig.type === 'call' && ne(c).aggregatePeoplePattern.test(before(c))) ||
        ne(c).aggregateAfterPattern.test(after)
        ? 'drop'
        : undefined;
    },
  }),
  rule({
    id: 'call.kind-in-a-list',
    decides:
      '「兩國元首通過互訪、通電話、在多邊場合會晤等方式保持溝通」: a call or meeting listed among kinds of contact (、 … 等方式) names a habit, not a happening.',
    examples: [
      { text: '胡錦濤和奧巴馬去年通過互訪、通電話、通信、在多邊場合會晤等方式保持密切溝通。', published: '2011-01-18', events: [] },
      { text: '胡锦涛和奥巴马去年通过互访、通电话、通信、在多边场合会晤等方式保持密切沟通。', published: '2011-01-18', events: [] },
    ],
    apply: (c) => {
      const s = text(c);
      const rest = s.slice(c.trig.end, c.cEnd + 1);
      const listed = /、[^、，。；]{0,12}$/u.test(before(c)) || /^[^，。；]{0,4}、/u.test(rest);
      return listed && /^[^，。；]{0,30}等(?:多种)?(?:方式|形式|渠道|途径)/u.test(rest) ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'call.count-since',
    decides:
      '今年以來，我同總統先生兩次通話: after 以來 even 一次 is a count. An ordinal (以來第2度與王毅通話) is one happening, but a day written before 以來 only starts the span: it is no day of the call.',
    examples: [
      { text: '布林肯今年1月就任國務卿以來第2度與王毅通話。', published: '2021-06-12', events: [] },
      { text: '布林肯今年1月就任国务卿以来第2度与王毅通话。', published: '2021-06-12', events: [] },
    ],
    leaves: [
      {
        text: '習近平主席15日同俄羅斯總統普京舉行今年以來第二次視頻會晤。',
        published: '2021-12-16',
        events: [{ type: 'meeting', date: '2021-12-15', actors: ['習近平', '普京'] }],
      },
      {
        text: '习近平主席15日同俄罗斯总统普京举行今年以来第二次视频会晤。',
        published: '2021-12-16',
        events: [{ type: 'meeting', date: '2021-12-15', actors: ['习近平', '普京'] }],
      },
    ],
    apply: (c) => {
      const since = ne(c).since.all(text(c), sStart(c), c.trig.start).pop();
      if (!since || !ne(c).sinceCountPattern.test(before(c))) return undefined;
      // 「今年以來第二次視頻會晤」: the second, dated by what the story says, unless a day before 以來 would date it.
      const ordinal = !ne(c).sinceCountPattern.test(before(c).replace(ORDINAL_TIMES, ''));
      // (The span's start is a day just before 以來 with no partner between: 今年1月就任國務卿以來.)
      const startsSpan = c.scope.dates.some(
        (d) => d.date && d.end <= since.start && since.start - d.end <= 8 && !/[同与和跟]/u.test(text(c).slice(d.end, since.start)),
      );
      return !ordinal || startsSpan ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'call.hypothetical',
    decides:
      '如果, 若, 一旦 before the word (not 若 inside a name: 吳若蘭), or 如 opening its clause with 能 after it (如中國領導人能親自會見示威者): a hypothetical call or meeting.',
    examples: [
      { text: '如果習近平本月與特朗普通電話，雙方可能討論關稅問題。', published: '2026-03-14', events: [] },
      { text: '一旦习近平本月同特朗普通电话，市场将受到提振。', published: '2026-03-14', events: [] },
      { text: '美國總統特朗普15日表示，如習近平能親自會見示威者，香港問題會有個愉快的結局。', published: '2019-08-16', events: [] },
      { text: '美国总统特朗普15日表示，如习近平能亲自会见示威者，香港问题会有个愉快的结局。', published: '2019-08-16', events: [] },
    ],
    leaves: [
      {
        text: '因英國駐華大使吳若蘭發表不當文章，外交部歐洲司負責人9日召見吳若蘭，提出嚴正交涉。',
        published: '2021-03-10',
        events: [{ type: 'meeting', date: '2021-03-09' }],
      },
      {
        text: '因英国驻华大使吴若兰发表不当文章，外交部欧洲司负责人9日召见吴若兰，提出严正交涉。',
        published: '2021-03-10',
        events: [{ type: 'meeting', date: '2021-03-09' }],
      },
    ],
    apply: (c) =>
      supposes(c.scope.lex, c.scope.prep, sStart(c), c.trig.start) || IF_ABLE.test(text(c).slice(c.cStart, c.trig.start))
        ? 'drop'
        : undefined,
  }),
  rule({
    id: 'call.plan-is-not-held',
    decides:
      '將於, 提議, 建議, 推動, 促成, 邀請, 期待, 期望, 願意, 盡早, 著眼於, 協調, 今秋 (將 too after 會上: 在對話會上將作發言，並會見…) in the clause (or the one before, unless the clause dates the word itself: 今天在東京舉行, 林鄭月娥昨就修例約見, 會晤於今（30）日在釜山舉行, or the one before only tells when: 在外媒報道友邦考慮與北京建交後，) or right after the word (not in a 的-phrase of who is met: 會見了即將離任的總領事, nor of who calls: 定於下週訪華的秘書長5日同…通了電話), or the meeting a journey is for (啟程前往北京，與王文濤會面; 赴美國主持第17屆中美商貿聯委會; 離開北京，出席在宿務舉行的…領導人會議): a plan, not a happening.',
    examples: [
      {
        text: '澳洲貿易部長法雷爾昨日啟程前往北京，與中國商務部長王文濤會面，尋求消除貿易壁壘。',
        published: '2023-05-11',
        events: [{ type: 'other', date: '2023-05-10', actors: ['法雷爾'] }],
      },
      {
        text: '澳洲贸易部长法雷尔昨日启程前往北京，与中国商务部长王文涛会面，寻求消除贸易壁垒。',
        published: '2023-05-11',
        events: [{ type: 'other', date: '2023-05-10', actors: ['法雷尔'] }],
      },
      {
        text: '應菲律賓總統阿羅約的邀請，國務院總理溫家寶今天下午離開北京，出席在宿務舉行的第十次中國與東盟領導人會議。',
        published: '2007-01-13',
        events: [{ type: 'other', date: '2007-01-13' }],
      },
      {
        text: '应菲律宾总统阿罗约的邀请，国务院总理温家宝今天下午离开北京，出席在宿务举行的第十次中国与东盟领导人会议。',
        published: '2007-01-13',
        events: [{ type: 'other', date: '2007-01-13' }],
      },
      {
        text: '國務院副總理吳儀3日下午離開北京，赴美國主持第17屆中美商貿聯委會。',
        published: '2006-04-04',
        events: [{ type: 'other', date: '2006-04-03' }],
      },
      {
        text: '国务院副总理吴仪3日下午离开北京，赴美国主持第17届中美商贸联委会。',
        published: '2006-04-04',
        events: [{ type: 'other', date: '2006-04-03' }],
      },
      { text: '中方邀请美国总统特朗普今年访华并与习近平会晤。', published: '2025-03-18', events: [] },
      { text: '美國國防部長奧斯汀日前提議與中國國防部長李尚福通電話，中方至今未有回覆。', published: '2025-08-30', events: [] },
      { text: '美国国防部长奥斯汀日前提议与中国国防部长李尚福通电话，中方至今未有回复。', published: '2025-08-30', events: [] },
      { text: '韓中外長推動尹錫悅與習近平11月在舊金山舉行會談。', published: '2023-11-02', events: [] },
      { text: '韩中外长推动尹锡悦与习近平11月在旧金山举行会谈。', published: '2023-11-02', events: [] },
      { text: '雙方外長致力促成兩國總理本月在東京會晤。', published: '2023-11-02', events: [] },
      { text: '國防部長董軍27日在對話會上將作大會發言，並會見各國代表團團長。', published: '2024-05-27', events: [] },
      { text: '国防部长董军27日在对话会上将作大会发言，并会见各国代表团团长。', published: '2024-05-27', events: [] },
      { text: '美俄兩國正在協商，期望兩國總統能於6月在瑞士舉行會晤。', published: '2021-05-25', events: [] },
      { text: '美俄两国正在协商，期望两国总统能于6月在瑞士举行会晤。', published: '2021-05-25', events: [] },
      { text: '中方邀請美國總統特朗普今年訪華並與習近平會晤。', published: '2025-03-18', events: [] },
      { text: '新華社北京6月18日電 習近平表示願意同特朗普總統在峰會期間舉行會晤。', published: '2019-06-19', events: [] },
      { text: '新华社北京6月18日电 习近平表示愿意同特朗普总统在峰会期间举行会晤。', published: '2019-06-19', events: [] },
      {
        text: '韓國總統尹錫悅7日同美國當選總統特朗普通電話，雙方就盡早會晤達成共識。',
        published: '2024-11-08',
        events: [{ type: 'call', date: '2024-11-07', actors: ['尹錫悅', '特朗普'] }],
      },
      {
        text: '韩国总统尹锡悦7日同美国当选总统特朗普通电话，双方就尽早会晤达成共识。',
        published: '2024-11-08',
        events: [{ type: 'call', date: '2024-11-07', actors: ['尹锡悦', '特朗普'] }],
      },
      { text: '同時，著眼於9月杭州峰會期間的首腦會談，他也表現出與鄰國對話的姿態。', published: '2016-08-25', events: [] },
      {
        text: [
          ['paragraph', '日本外相岸田文雄17日上午在記者會上宣布，將於21日在首爾與中國外交部長王毅舉行外長會談。'],
          ['paragraph', '另外，有關方面還在協調於三國外長會談前後舉行中日、日韓外長會談事宜。'],
        ],
        published: '2015-03-17',
        events: [],
      },
      {
        text: [
          ['paragraph', '日本外相岸田文雄17日上午在记者会上宣布，将于21日在首尔与中国外交部长王毅举行外长会谈。'],
          ['paragraph', '另外，有关方面还在协调于三国外长会谈前后举行中日、日韩外长会谈事宜。'],
        ],
        published: '2015-03-17',
        events: [],
      },
      { text: '同时，着眼于9月杭州峰会期间的首脑会谈，他也表现出与邻国对话的姿态。', published: '2016-08-25', events: [] },
      {
        text: '外交部長王毅今日同歐盟高級代表博雷利通電話，歡迎對方今秋率團訪華並舉行戰略對話。',
        published: '2023-08-07',
        events: [{ type: 'call', date: '2023-08-07', actors: ['王毅', '博雷利'] }],
      },
      {
        text: '外交部长王毅今日同欧盟高级代表博雷利通电话，欢迎对方今秋率团访华并举行战略对话。',
        published: '2023-08-07',
        events: [{ type: 'call', date: '2023-08-07', actors: ['王毅', '博雷利'] }],
      },
    ],
    leaves: [
      {
        text: '亞太經合會峰會即將在慶州登場，會前的習近平與特朗普會晤於今（30）日在釜山舉行。',
        published: '2025-10-30',
        events: [{ type: 'meeting', date: '2025-10-30', actors: ['習近平', '特朗普'] }],
      },
      {
        text: '亚太经合会峰会即将在庆州登场，会前的习近平与特朗普会晤于今（30）日在釜山举行。',
        published: '2025-10-30',
        events: [{ type: 'meeting', date: '2025-10-30', actors: ['习近平', '特朗普'] }],
      },
      {
        text: '國家主席習近平昨日下午在春節將至之際，與俄羅斯總統普京視頻會晤。',
        published: '2026-02-05',
        events: [{ type: 'meeting', date: '2026-02-04', actors: ['習近平', '普京'] }],
      },
      {
        text: '国家主席习近平昨日下午在春节将至之际，与俄罗斯总统普京视频会晤。',
        published: '2026-02-05',
        events: [{ type: 'meeting', date: '2026-02-04', actors: ['习近平', '普京'] }],
      },
      {
        text: '據外電報道，定於下週訪問北京的聯合國秘書長古特雷斯5日同外交部長王毅通了電話。',
        published: '2019-04-07',
        events: [{ type: 'call', date: '2019-04-05', actors: ['古特雷斯', '王毅'] }],
      },
      {
        text: '据外电报道，定于下周访问北京的联合国秘书长古特雷斯5日同外交部长王毅通了电话。',
        published: '2019-04-07',
        events: [{ type: 'call', date: '2019-04-05', actors: ['古特雷斯', '王毅'] }],
      },
      {
        text: '12月3日，國家主席習近平會見了即將離任的美國駐華大使伯恩斯。',
        published: '2019-12-04',
        events: [{ type: 'meeting', date: '2019-12-03', actors: ['習近平', '伯恩斯'] }],
      },
      {
        text: '12月3日，国家主席习近平会见了即将离任的美国驻华大使伯恩斯。',
        published: '2019-12-04',
        events: [{ type: 'meeting', date: '2019-12-03', actors: ['习近平', '伯恩斯'] }],
      },
      {
        text: '港府將外界憂慮推說成不理解修例內容，特首林鄭月娥昨就修例分別約見70多名各國駐港領事代表。',
        published: '2019-06-06',
        events: [{ type: 'meeting', date: '2019-06-05', actors: ['林鄭月娥'] }],
      },
      {
        text: '港府将外界忧虑推说成不理解修例内容，特首林郑月娥昨就修例分别约见70多名各国驻港领事代表。',
        published: '2019-06-06',
        events: [{ type: 'meeting', date: '2019-06-05', actors: ['林郑月娥'] }],
      },
      {
        text: '2月21日，駐日本大使程永華赴大阪出席中日友好交流大會期間會見大阪府知事松井一郎。',
        published: '2017-02-22',
        events: [{ type: 'meeting', date: '2017-02-21', actors: ['程永華', '松井一郎'] }],
      },
      {
        text: '2月21日，驻日本大使程永华赴大阪出席中日友好交流大会期间会见大阪府知事松井一郎。',
        published: '2017-02-22',
        events: [{ type: 'meeting', date: '2017-02-21', actors: ['程永华', '松井一郎'] }],
      },
      {
        text: '在外媒報道友邦考慮與北京建交後，總統昨接見該國外長馬內列，盼提升雙邊關係。',
        published: '2019-09-10',
        outlet: '自由時報',
        events: [{ type: 'meeting', date: '2019-09-09', actors: ['馬內列'] }],
      },
      {
        text: '在外媒报道友邦考虑与北京建交后，总统昨接见该国外长马内列，盼提升双边关系。',
        published: '2019-09-10',
        events: [{ type: 'meeting', date: '2019-09-09', actors: ['马内列'] }],
      },
      {
        text: '國務委員兼外長王毅29日同意大利外長迪馬約舉行視頻會晤。',
        published: '2020-07-30',
        events: [{ type: 'meeting', date: '2020-07-29', actors: ['王毅', '迪馬約'] }],
      },
      {
        text: '经中美双方商定，国家主席习近平今日上午同美国总统拜登举行视频会晤。',
        published: '2021-11-16',
        events: [{ type: 'meeting', date: '2021-11-16', actors: ['习近平', '拜登'] }],
      },
      {
        text: '東亞各國尋求在區域安全問題上達成共識，日本外相岩屋毅今天在東京與中國外長王毅舉行會談。',
        published: '2025-03-22',
        events: [{ type: 'meeting', date: '2025-03-22', actors: ['岩屋毅', '王毅'] }],
      },
      {
        text: '东亚各国寻求在区域安全问题上达成共识，日本外相岩屋毅今天在东京与中国外长王毅举行会谈。',
        published: '2025-03-22',
        events: [{ type: 'meeting', date: '2025-03-22', actors: ['岩屋毅', '王毅'] }],
      },
    ],
    apply: (c) => {
      const s = text(c);
      // 「東亞各國尋求…共識，中日韓外交首長今天在東京舉行外長會議」: a clause dating its own word leaves the plan before it.
      // (「峰會即將登場，會前的兩國元首會晤於今（30）日在釜山舉行」: so does 於 with a day right after the word.)
      const ownDay = OWN_DAY.test(s.slice(c.cStart, c.trig.start)) || DAY_AFTER_YU.test(s.slice(c.trig.end, c.trig.end + 8));
      const before = clauseStart(s, Math.max(sStart(c), c.cStart - 1), sStart(c));
      // 「在路透報道所羅門考慮與北京建交後，蔡英文昨接見…」: a plan inside a clause telling when (在…後，) is that clause's.
      const when = TIME_CLAUSE.test(s.slice(before, c.cStart));
      // 「定於17日訪華的聯合國秘書長潘基文14日同…通了電話」: a plan told of the one who calls, in a 的-phrase before the name, is not the call's.
      const planFrom = pastWhoPlans(c, ownDay || when ? c.cStart : before);
      // 將會見: 将 right before the word (the longer 将会 runs into it).
      const willBefore = s[c.trig.start - 1] === '将';
      return willBefore ||
        JOURNEY_FOR.test(s.slice(c.cStart, c.trig.start)) ||
        LEFT_FOR.test(s.slice(sStart(c), c.trig.start)) ||
        SET_OUT_TO_MEET.test(s.slice(sStart(c), c.trig.start)) ||
        hasPlan(c.scope.lex, s, planFrom, c.trig.start) ||
        (hasPlan(c.scope.lex, s, c.trig.end, Math.min(c.cEnd, c.trig.end + 6)) && !GUEST_ABOUT_TO.test(s.slice(c.trig.end, c.cEnd)))
        ? 'drop'
        : undefined;
    },
  }),
  rule({
    id: 'call.anniversary',
    decides:
      '會晤兩周年, 紀念日: an anniversary of the happening names a past one, not a new one (a meeting held on another anniversary, 在建交33周年當天會見, is new).',
    examples: [
      { text: '今天是習近平同拜登舊金山會晤兩周年。', published: '2025-11-15', events: [] },
      { text: '今天是习近平同拜登旧金山会晤两周年纪念日。', published: '2025-11-15', events: [] },
      { text: '今年是中美元首舊金山會晤兩周年。', published: '2025-11-15', events: [] },
    ],
    leaves: [
      {
        text: '總統特使樸炳錫24日在中韓建交33周年當天在北京會見外交部長王毅。',
        published: '2025-08-25',
        events: [{ type: 'meeting', date: '2025-08-24', actors: ['樸炳錫', '王毅'] }],
      },
      {
        text: '总统特使朴炳锡24日在中韩建交33周年当天在北京会见外交部长王毅。',
        published: '2025-08-25',
        events: [{ type: 'meeting', date: '2025-08-24', actors: ['朴炳锡', '王毅'] }],
      },
    ],
    // The anniversary stands right after the word, a number between (會晤兩周年紀念日).
    apply: (c) => (ne(c).anniversary.has(text(c), c.trig.end, Math.min(c.cEnd, c.trig.end + 8)) ? 'drop' : undefined),
  }),
  rule({
    id: 'call.other-occasion',
    decides:
      '曾在會見…時表示, 此前, 上次: another occasion recalled, not reported (unless its own date is written: call.dated-past-occasion; 週三較早前 is earlier on the day written).',
    examples: [
      { text: '帛琉總統惠恕仁今年曾與外交部長視訊通話。', published: '2024-01-16', events: [] },
      { text: '习近平今年曾会见美国国会议员代表团，谈及中美关系。', published: '2025-01-22', events: [] },
      { text: '李鵬曾在1995年訪問法國時，會見了希拉克。', published: '2014-03-20', events: [] },
      { text: '李鹏曾在1995年访问法国时，会见了希拉克。', published: '2014-03-20', events: [] },
    ],
    leaves: [
      {
        text: '美國眾議院議長週三較早前已到訪立法院，與副院長蔡其昌見面。',
        published: '2022-08-04',
        events: [{ type: 'meeting', date: '2022-08-03', actors: ['蔡其昌'] }],
      },
      {
        text: '美国众议院议长周三较早前已到访立法院，与副院长蔡其昌见面。',
        published: '2022-08-04',
        events: [{ type: 'meeting', date: '2022-08-03', actors: ['蔡其昌'] }],
      },
    ],
    apply: (c) => {
      // A clause opened by 「曾在…訪問…時，」 sets the occasion of the clause it leads into.
      const lead = /[^，,；;。]*时[，,]\s*$/u.exec(text(c).slice(sStart(c), c.cStart));
      // (「週三較早前」: earlier on a day written, not another occasion.)
      const recalled = ne(c)
        .otherOccasion.all(text(c), c.cStart - (lead?.[0].length ?? 0), c.trig.start)
        .filter((h) => !(h.phrase === '早前' && EARLIER_BEFORE.test(text(c).slice(Math.max(0, h.start - 3), h.start))));
      if (!recalled.length) return undefined;
      // 「就任以來迄今未曾會見」: one that did not happen is call.negated's to drop, dated or not.
      if (ne(c).negation.has(text(c), Math.max(c.cStart, c.trig.start - 4), c.trig.start)) return undefined;
      return c.scope.rules.when(datedPastOccasion, c, () => datedPastOccasion.apply(c)) ? 'keep' : 'drop';
    },
  }),
  rule({
    id: 'call.recalled-in-speech',
    decides:
      '「他提到，自己在2018年訪問上海時與李強見面」: a meeting a speaker recalls from a past year, with no month or day, is background to what is reported.',
    examples: [
      { text: '黃循財在致辭中提到，自己在2018年訪問上海時與李強見面。', published: '2023-03-31', events: [] },
      { text: '黄循财在致辞中提到，自己在2018年访问上海时与李强见面。', published: '2023-03-31', events: [] },
    ],
    apply: (c) => {
      const s = text(c);
      const verb =
        c.scope.lex.speechVerbs.all(s, sStart(c), c.trig.start).pop() ?? c.scope.lex.responseVerbs.all(s, sStart(c), c.trig.start).pop();
      if (!verb) return undefined;
      const dated = c.scope.dates.filter((d) => d.start >= verb.end && d.end <= c.trig.start && d.date);
      return dated.length > 0 && dated.every((d) => d.precision === 'year') ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'call.negated',
    decides:
      '未, 沒有, 拒絕 just before the word, or before the verb that holds it (未舉行中美防長會晤, 沒有與他通話, 無法進行面對面會談, 沒有在會議期間與秦剛會面, 取消與到訪的總理的會面), 不 before the partner (遲遲不與李家超會面), or a chance after it (錯失了…見面的機會): it did not happen.',
    examples: [
      { text: '拜登去年1月上任後，習近平避免出國，使兩人無法進行面對面會談。', published: '2022-11-12', events: [] },
      { text: '拜登去年1月上任后，习近平避免出国，使两人无法进行面对面会谈。', published: '2022-11-12', events: [] },
      { text: '拜登去年1月就任美國總統迄今未曾會見過習近平。', published: '2022-11-12', events: [] },
      { text: '拜登去年1月就任美国总统迄今未曾会见过习近平。', published: '2022-11-12', events: [] },
      { text: '習近平同日取消與到訪的新加坡總理李顯龍的會面。', published: '2012-09-06', events: [] },
      { text: '习近平同日取消与到访的新加坡总理李显龙的会面。', published: '2012-09-06', events: [] },
      { text: '美國總統特朗普昨日拒絕會見澤連斯基。', published: '2025-03-01', events: [] },
      { text: '俄罗斯总统普京昨天拒绝会见泽连斯基。', published: '2025-03-01', events: [] },
      { text: '美國駐港總領事梅儒瑞昨日仍遲遲不與行政長官李家超會面。', published: '2024-08-08', events: [] },
      { text: '美国驻港总领事梅儒瑞昨日仍迟迟不与行政长官李家超会面。', published: '2024-08-08', events: [] },
      { text: '國務卿布林肯3日沒有在二十國集團外長會議期間與中國外長秦剛會面。', published: '2023-03-04', events: [] },
      { text: '国务卿布林肯3日没有在二十国集团外长会议期间与中国外长秦刚会面。', published: '2023-03-04', events: [] },
      { text: '馬哈迪在2003年10月31日卸下首相職務，兩人就錯失了互以首相身份見面的機會。', published: '2018-05-21', events: [] },
      { text: '马哈迪在2003年10月31日卸下首相职务，两人就错失了互以首相身份见面的机会。', published: '2018-05-21', events: [] },
      {
        text: [
          ['paragraph', '11月21日，國防部新聞發言人吳謙主持例行記者會。'],
          ['paragraph', '吳謙：此次東盟防長擴大會期間未舉行中美防長會晤，責任完全在美方。'],
        ],
        published: '2024-11-22',
        events: [{ type: 'ministry-response', date: '2024-11-21' }],
      },
      {
        text: [
          ['paragraph', '11月21日，国防部新闻发言人吴谦主持例行记者会。'],
          ['paragraph', '吴谦：此次东盟防长扩大会期间未举行中美防长会晤，责任完全在美方。'],
        ],
        published: '2024-11-22',
        events: [{ type: 'ministry-response', date: '2024-11-21' }],
      },
    ],
    apply: (c) =>
      ne(c).negation.has(text(c), Math.max(c.cStart, c.trig.start - 4), c.trig.start) ||
      NOT_HELD.test(text(c).slice(c.cStart, c.trig.start)) ||
      CHANCE_AFTER.test(text(c).slice(c.trig.end, c.trig.end + 3))
        ? 'drop'
        : undefined,
  }),
  rule({
    id: 'call.denied-or-hearsay',
    decides: '「佩斯科夫否認…已通電話的報道」「白宮釋出兩國領導人會面消息」: denied, or only a report or news of it (會面消息).',
    examples: [
      { text: '克里姆林宮發言人佩斯科夫14日否認普京與特朗普已通電話。', published: '2024-11-14', events: [] },
      { text: '外界流传习近平与特朗普上周通电话的传闻。', published: '2024-11-14', events: [] },
      { text: '白宮早在10月23日釋出兩國領導人會面消息，中方直至29日才證實。', published: '2025-10-29', events: [] },
      { text: '白宫早在10月23日释出两国领导人会面消息，中方直至29日才证实。', published: '2025-10-29', events: [] },
    ],
    apply: (c) =>
      ne(c).denied.has(text(c), c.cStart, c.trig.start) || ne(c).hearsayAfterPattern.test(text(c).slice(c.trig.end, c.cEnd))
        ? 'drop'
        : undefined,
  }),
  rule({
    id: 'call.called-off',
    decides: '「原定今日舉行的雙邊會晤，則因行程調整而取消」「會晤已經取消」「外長會晤取消」: called off.',
    examples: [
      { text: '美國國務卿布林肯與王毅昨日在慕尼黑的會晤臨時取消。', published: '2024-02-18', events: [] },
      { text: '美国国务卿布林肯与王毅昨日在慕尼黑的会晤临时取消。', published: '2024-02-18', events: [] },
      { text: '王毅與日本外相林芳正4日在金邊的會晤已經取消。', published: '2022-08-04', events: [] },
      { text: '王毅与日本外相林芳正4日在金边的会晤取消。', published: '2022-08-04', events: [] },
    ],
    leaves: [
      { text: '兩國外長昨日在布城會晤後宣布取消簽證限制。', published: '2024-05-29', events: [{ type: 'meeting', date: '2024-05-28' }] },
    ],
    apply: (c) => (ne(c).cancelledAfterPattern.test(text(c).slice(c.trig.end, sEnd(c))) ? 'drop' : undefined),
  }),
  rule({
    id: 'call.during-a-visit',
    decides:
      '「訪法期間，外長會見了總理」: meetings during a visit, with no day or month written in their sentence, fall on one of its days, not on the story’s day; they may only join one reported with its day.',
    examples: [
      {
        text: [
          ['paragraph', '新華社莫斯科4月9日電 外交部長王毅9日結束對俄羅斯的訪問。訪俄期間，王毅會見了俄羅斯總統普京。'],
          ['paragraph', '俄羅斯總統普京7日在克里姆林宮會見了王毅。'],
        ],
        published: '2025-04-10',
        events: [{ type: 'meeting', date: '2025-04-07', actors: ['普京', '王毅'] }],
      },
      {
        text: [
          ['paragraph', '新华社莫斯科4月9日电 外交部长王毅9日结束对俄罗斯的访问。访俄期间，王毅会见了俄罗斯总统普京。'],
          ['paragraph', '俄罗斯总统普京7日在克里姆林宫会见了王毅。'],
        ],
        published: '2025-04-10',
        events: [{ type: 'meeting', date: '2025-04-07', actors: ['普京', '王毅'] }],
      },
    ],
    apply: (c) => {
      const head = text(c).slice(sStart(c), c.trig.start);
      if (!/(?:访|访问|出访|访华|visit)[^，。]{0,12}期间[，,]?/u.test(head)) return undefined;
      return c.scope.dates.some(
        (d) => d.start >= sStart(c) && d.end <= sEnd(c) && d.date && (d.precision === 'day' || d.precision === 'month'),
      )
        ? undefined
        : 'restates';
    },
  }),
  rule({
    id: 'call.named-as-a-thing',
    decides:
      '「雙方的會面違反…」「外長在會談中提到」「通話的場面」「通電話時表示」「這次…的會晤」: a call or meeting named as a thing (next to 的, in 在…中, or as when someone spoke) with no day in its sentence, or pointed at with 這次, is one reported elsewhere; it may only join that one.',
    examples: [
      {
        text: '法國總統馬克龍上星期與國家主席習近平通電話，也為這次王毅和布林肯的會晤鋪平了道路。',
        published: '2017-02-17',
        events: [{ type: 'call', date: '2017-02', actors: ['馬克龍', '習近平'] }],
      },
      {
        text: '法国总统马克龙上星期与国家主席习近平通电话，也为这次王毅和布林肯的会晤铺平了道路。',
        published: '2017-02-17',
        events: [{ type: 'call', date: '2017-02', actors: ['马克龙', '习近平'] }],
      },
    ],
    apply: (c) => {
      const s = text(c);
      // 這次…的會晤: pointed at as the one already told, whatever day the sentence gives another.
      if (/(?:这|此|本)(?:次|场)(?:[^，,。；]{0,16}的)?$/u.test(before(c))) return 'restates';
      // 在會見秘書長時，外長表示: 在, the word and 时 closing its clause.
      const whenMeeting = /在$/u.test(before(c)) && /^[^，,。]{0,14}时(?:[，,]|说|表示|指出|强调)/u.test(s.slice(c.trig.end, c.cEnd + 1));
      const nominal =
        whenMeeting ||
        /的$/u.test(s.slice(c.trig.start - 1, c.trig.start)) ||
        /^(?:的|[时中][，,]?(?:表示|说|称|指出|强调|重申|谈及|提到|在座|陪同))/u.test(s.slice(c.trig.end, c.trig.end + 5)) ||
        (/在(?:这次|此次|这场|本次)?$/u.test(before(c)) && /^[中时上后]/u.test(s.slice(c.trig.end, c.trig.end + 1)));
      if (!nominal) return undefined;
      return c.scope.dates.some((d) => d.start >= sStart(c) && d.end <= sEnd(c) && d.date) ? undefined : 'restates';
    },
  }),
  rule({
    id: 'call.looks-back',
    decides:
      '「這是兩國元首…後首次通話」「這是…後，兩國外長第二度通話」「王毅等參加會見」: the happening just reported, looked back on; it may only join that one, undated.',
    examples: [
      {
        text: [
          ['paragraph', '新華社奧克蘭九月十一日電 國家主席江澤民今天下午在奧克蘭同美國總統克林頓舉行會晤。'],
          ['paragraph', '外交部長唐家璇、外經貿部部長石廣生等今天參加了會晤。'],
        ],
        published: '1999-09-12',
        events: [{ type: 'meeting', date: '1999-09-11', actors: ['江澤民', '克林頓'] }],
      },
      {
        text: [
          ['paragraph', '新华社奥克兰九月十一日电 国家主席江泽民今天下午在奥克兰同美国总统克林顿举行会晤。'],
          ['paragraph', '外交部长唐家璇、外经贸部部长石广生等今天参加了会晤。'],
        ],
        published: '1999-09-12',
        events: [{ type: 'meeting', date: '1999-09-11', actors: ['江泽民', '克林顿'] }],
      },
      {
        text: '国家主席习近平昨晚应约与法国总统马克龙通电话，这是两国元首在马克龙上月访华后首次通话。',
        published: '2026-01-08',
        events: [{ type: 'call', date: '2026-01-07', actors: ['习近平', '马克龙'] }],
      },
      {
        text: '美國總統特朗普周一（24日）與國家主席習近平通電話，這是兩人在釜山會晤之後的又一次接觸。',
        published: '2025-11-25',
        events: [{ type: 'call', date: '2025-11-24', actors: ['特朗普', '習近平'] }],
      },
      {
        text: '美国总统特朗普周一（24日）与国家主席习近平通电话，这是两人在釜山会晤之后的又一次接触。',
        published: '2025-11-25',
        events: [{ type: 'call', date: '2025-11-24', actors: ['特朗普', '习近平'] }],
      },
      {
        text: '（北京綜合訊）中國外長王毅前天與烏克蘭外長庫列巴通電話。這是俄羅斯2月下旬攻打烏克蘭後，中烏外長第二度通話。',
        published: '2022-04-06',
        events: [{ type: 'call', date: '2022-04-04', actors: ['王毅', '庫列巴'] }],
      },
      {
        text: '（北京综合讯）中国外长王毅前天与乌克兰外长库列巴通电话。这是俄罗斯2月下旬攻打乌克兰后，中乌外长第二度通话。',
        published: '2022-04-06',
        events: [{ type: 'call', date: '2022-04-04', actors: ['王毅', '库列巴'] }],
      },
      { text: '這不僅是今年國共首次高層交流，也是鄭麗文就任國民黨主席以來最高規格會面。', published: '2026-02-05', events: [] },
      { text: '这不仅是今年国共首次高层交流，也是郑丽文就任国民党主席以来最高规格会面。', published: '2026-02-05', events: [] },
    ],
    apply: (c) => {
      const s = text(c);
      const b = before(c);
      // (Calls named before 後 in 「這是…3月18日視頻通話、7月28日通電話後首次會晤」 are earlier ones, still events.)
      // 「岩屋毅今日與王毅進行就任以來首次通話」: a first one with its own day is reported, not looked back on.
      const ownDay = c.scope.dates.some((d) => d.start >= sStart(c) && d.end <= c.trig.start && d.precision === 'day');
      if (
        ne(c).restatementPattern.test(b) &&
        (c.cStart > sStart(c) || !ne(c).lookBackStartPattern.test(b)) &&
        !(ownDay && !ne(c).lookBackStartPattern.test(b) && ORDINAL_END.test(b))
      )
        return 'restates';
      if (ne(c).lookBackStartPattern.test(s.slice(sStart(c), c.trig.start)) && ORDINAL.test(b)) return 'restates';
      return undefined;
    },
  }),
  rule({
    id: 'call.subject-of-an-answer',
    decides:
      '「商務部新聞發言人就中美經貿牽頭人通話答記者問」「就元首會晤、南海局勢等回答記者提問」: the call is what an answer is about, reported elsewhere (unless its day is written there).',
    examples: [
      {
        text: '外交部發言人今日主持例行記者會，就中美元首會晤、朝鮮半島局勢等回答記者提問。',
        published: '2016-04-01',
        events: [{ type: 'ministry-response', date: '2016-04-01', actors: ['外交部'] }],
      },
      {
        text: '外交部发言人今日主持例行记者会，就中美元首会晤、朝鲜半岛局势等回答记者提问。',
        published: '2016-04-01',
        events: [{ type: 'ministry-response', date: '2016-04-01', actors: ['外交部'] }],
      },
      {
        text: '中國商務部新聞發言人13日就中美經貿牽頭人通話答記者問。',
        published: '2025-12-14',
        events: [{ type: 'ministry-response', date: '2025-12-13', actors: ['中國商務部'] }],
      },
      {
        text: '中国商务部新闻发言人星期六（13日）就中美经贸牵头人通话答记者问。',
        published: '2025-12-14',
        outlet: '联合早报',
        events: [{ type: 'ministry-response', date: '2025-12-13', actors: ['中国商务部'] }],
      },
    ],
    apply: (c) => {
      const { lex, dates } = c.scope;
      const s = text(c);
      const lead = lex.topicLeads.all(s, c.cStart, c.trig.start).pop();
      if (
        !lead ||
        !(lex.responseVerbs.has(s, c.trig.end, clauseEnd(s, c.trig.end, sEnd(c))) || BRIEFING_TOPIC_END.test(s.slice(c.trig.end, sEnd(c))))
      )
        return undefined;
      return dates.some((d) => d.start >= lead.end && d.end <= c.trig.start && d.precision === 'day') ? undefined : 'drop';
    },
  }),
];

// 「離開北京，赴美國主持第17屆中美商貿聯委會」: the meeting a journey is for lies ahead (not 赴大阪出席…期間會見).
// 「溫家寶今天下午乘專機離開北京，出席在宿務舉行的…領導人會議」: what a departure is for, in the clause after it.
const LEFT_FOR = /(?:离开|启程离开|离京)[^。；;！？]{0,24}[，,](?:并|将)?(?:出席|参加|主持)(?:(?!期间|之际|时|后|前)[^，,。；;]){0,40}$/u;
// 「會見了即將離任的新加坡駐成都總領事」: a 將 in a 的-phrase right after the word says who is met, not when.
// A clause that opens with confirming or reporting, then a name before 與: 證實赫塞斯九日與….
const REPORTS_ANOTHER = /^(?:并|也|还|亦)?(?:证实|确认|宣布|透露|披露)[\u4e00-\u9fff]{2,}/u;
// 「昨日啟程前往北京，與中國商務部長王文濤會面」: whom one sets out to meet, in the clause after setting out, lies ahead.
const SET_OUT_TO_MEET = /(?:启程|动身|出发|起程)(?:前往|赴|飞往|飞赴)[^，,。；;]{1,12}[，,](?:将|并|以)?(?:与|同|和|跟)[^，,。；;]{1,30}$/u;
const GUEST_ABOUT_TO = /^了?(?:即将|将要|行将|将)[\u4e00-\u9fff]{1,6}的/u;
const JOURNEY_FOR = /(?:赴|前往|飞赴|飞往)[^，,。；;]{1,12}?(?:主持|出席|参加)(?:(?!期间|之际|时|后|前)[^，,。；;]){0,30}$/u;

// Verbs whose object follows them: 會見/接見 X, 設宴款待/宴請 X, 聽取 X 述職.
const OBJECT_AFTER = /^(会见|接见|会晤|拜会|会面|见面|召见|召唤|约见|约谈|召晤|款待|宴请|听取)$/u;

/** Past a 的 right before the clause's first person (定於17日訪華的聯合國秘書長潘基文…): what comes before describes that person. */
function pastWhoPlans(c: CallCandidate, from: number): number {
  const first = peopleIn(c.scope.lex, c.scope.prep, from, c.trig.start)[0];
  if (!first) return from;
  const at = first.titleStart ?? first.start;
  const k = text(c).lastIndexOf('的', at - 1);
  return k >= from && at - k <= 6 && !/[，,。；;：:]/u.test(text(c).slice(k, at)) ? k + 1 : from;
}

/** A short clause opening the sentence, ending in 後 after an act (發表完談話後，); not a span, a post taken or a return. */
const AFTER_AN_ACT =
  /^(?<act>[^，,。；;：:]{2,10}?)(?<![\d一二两三四五六七八九十几数多天日周月年时分钟久任选职国来此以今之然完毕])(?:完毕|完)?后[，,]/u;

// What may open a clause whose subject is the sentence's: a word or two (又, 並), or a time and place (於今晚在紐約).
const SUBJECTLESS_LEAD = /^(?:.{0,4}|(?:并|又|还|也|随后|随即|于|在|今|当|同日|次日)[^，,。；;]{0,12})$/u;

// A clause that only tells the time (晚上八點三十分，, 當天下午，, 25日晚，), opening the sentence.
const TIME_ALONE = /^[今明昨前后上下午晚早中夜凌晨点时分半许日月年号当天同次这该\d〇零一二三四五六七八九十两]{1,14}[，,]/u;

// 首次, 第一次, 第二度: which one of a series (這是…第二度通話 looks back on the one just told).
const ORDINAL_WORD = '首次|首度|第[一二三四五六七八九十两\\d]{1,3}[次度]';
const ORDINAL = new RegExp(ORDINAL_WORD, 'u');
const ORDINAL_END = new RegExp(`(?:${ORDINAL_WORD})$`, 'u');
// A clause telling when the next one happens: 在…後，在…之前，在…期間，
const TIME_CLAUSE = /^在[^，,。]+(?:后|之后|以后|前|之前|以前|之际|期间)[，,]$/u;
// A day the clause gives its word: today, yesterday, or a day of the month written out.
const OWN_DAY = /今天|今日|今晚|今早|昨|前天|[0-9一二三四五六七八九十廿卅]{1,3}日/u;
const DAY_AFTER_YU = /^于(?:今天|今日|今晚|今早|今[（(]|昨|前天|[0-9一二三四五六七八九十廿卅]{1,3}日)/u;

// Calls made to someone: 致電 X, 打電話給 X.
const CALLS_TO = /^(?:致电|打电话给)$/u;

/** Whether the word takes its guest after it (會見 X, 致電 X). */
export const takesObject = (c: CallCandidate) => OBJECT_AFTER.test(c.trig.word.slice(-2)) || CALLS_TO.test(c.trig.word);

// The sentence's subject: its speaker (習近平指出，…) or else the first person named.
export function subjectOfSentence(scope: Scope, beforeAt: number): PersonMention | undefined {
  const { lex, prep, sentence } = scope;
  const people = peopleIn(lex, prep, sentence.start, beforeAt);
  const speaker = people.find((p) => lex.speechVerbs.at(prep.folded, p.end));
  // 「發言人姜由楨表示，這是李在明就任後首度與習近平通話」: a spokesperson tells of another's call.
  const told = speaker && SPOKESPERSON.test(titleOf(prep.folded, speaker)) ? people.filter((p) => p.start > speaker.end).pop() : undefined;
  return told ?? speaker ?? people[0];
}
const SPOKESPERSON = /发言人|报道官/u;
const titleOf = (s: string, p: PersonMention) => (p.titleStart !== undefined ? s.slice(p.titleStart, p.titleEnd) : '');

type PeopleRule = Rule<(c: CallCandidate, found: PersonMention[]) => PersonMention[] | undefined>;

export const companionsNotMet = rule({
  id: 'call.companions-not-met',
  decides: '「會見隨馬克龍訪華的企業家代表團」: whom the ones met accompany is not met.',
  examples: [
    {
      text: '國務院總理李強6日在北京同法國總統馬克龍會談。同日，李強還會見了隨馬克龍訪華的法國企業家代表團。',
      published: '2023-04-07',
      events: [
        { type: 'meeting', date: '2023-04-06', actors: ['李強', '馬克龍'] },
        { type: 'meeting', date: '2023-04-06', actors: ['李強'] },
      ],
    },
    {
      text: '国务院总理李强6日在北京同法国总统马克龙会谈。同日，李强还会见了随马克龙访华的法国企业家代表团。',
      published: '2023-04-07',
      events: [
        { type: 'meeting', date: '2023-04-06', actors: ['李强', '马克龙'] },
        { type: 'meeting', date: '2023-04-06', actors: ['李强'] },
      ],
    },
  ],
  apply: (c: CallCandidate, p: PersonMention, objEnd: number) =>
    /[随陪跟]/u.test(text(c).slice(c.trig.end, p.start)) && text(c).slice(p.end, objEnd).includes('的'),
});

// 「(記者陳斌華)」「【本報記者 李文】」: a name in a byline's credit is the reporter's.
const CREDIT_BEFORE = /[（(【〔][^）)】〕]{0,10}(?:记者|通讯员|编辑|摄影)[\s、]*$/u;
/** The people in `[from, to)` who may take part: reporters in a credit never do. */
const participantsIn = (c: CallCandidate, from: number, to: number) =>
  peopleIn(c.scope.lex, c.scope.prep, from, to).filter((p) => !CREDIT_BEFORE.test(text(c).slice(Math.max(0, p.start - 14), p.start)));

export const nicknameNamesSides = rule({
  id: 'call.nickname-names-sides',
  decides:
    '「習馬會」7日登場 … 馬英九 … 習近平: each character of a nicknamed meeting stands for the first person its paragraph names whose name begins with it.',
  examples: [
    {
      text: '「習馬會」7日在新加坡登場。馬英九會後表示，他與習近平談了約一小時。',
      published: '2015-11-08',
      events: [{ type: 'meeting', date: '2015-11-07', actors: ['習近平', '馬英九'] }],
    },
    {
      text: '“习马会”7日在新加坡登场。马英九会后表示，他与习近平谈了约一小时。',
      published: '2015-11-08',
      events: [{ type: 'meeting', date: '2015-11-07', actors: ['习近平', '马英九'] }],
    },
  ],
  apply: (c: CallCandidate, found: PersonMention[]): PersonMention[] | undefined => {
    if (found.length || !c.trig.because.includes(nicknamedMeeting.id)) return undefined;
    // The nickname before the word, its two characters after the opening mark.
    const nick = [...c.scope.prep.folded.slice(c.cStart, c.trig.start).matchAll(NICKNAME)].pop()?.[0].slice(1, 3);
    if (!nick) return undefined;
    const named = peopleIn(c.scope.lex, c.scope.prep);
    const sides = [...nick].map((ch) => named.find((p) => p.folded.startsWith(ch)));
    return sides.every(Boolean) ? (sides as PersonMention[]) : undefined;
  },
});

/** Who took part, each rule adding to what the ones before found. */
export const CALL_PEOPLE: PeopleRule[] = [
  rule({
    id: 'call.people-before',
    decides: 'The people named in the clause before the word take part (習近平同普京通電話).',
    examples: [
      {
        text: '國家主席習近平21日同俄羅斯總統普京通電話。',
        published: '2025-01-22',
        events: [{ type: 'call', date: '2025-01-21', actors: ['習近平', '普京'] }],
      },
      {
        text: '国家主席习近平21日同俄罗斯总统普京通电话。',
        published: '2025-01-22',
        events: [{ type: 'call', date: '2025-01-21', actors: ['习近平', '普京'] }],
      },
    ],
    apply: (c) => participantsIn(c, c.cStart, c.trig.start),
  }),
  rule({
    id: 'call.object-after',
    decides:
      '會見 X, 接見 X, 舉行會晤：A、B: the people named after the word in its clause, or in a list after a colon right after it, are met.',
    examples: [
      {
        text: '2日，習近平主席在杭州先後同3位外國領導人舉行會晤：哈薩克斯坦總統納扎爾巴耶夫、印度尼西亞總統佐科、巴西總統特梅爾。',
        published: '2016-09-05',
        events: [
          { type: 'meeting', date: '2016-09-02', actors: ['習近平', '納扎爾巴耶夫'] },
          { type: 'meeting', date: '2016-09-02', actors: ['習近平', '佐科'] },
          { type: 'meeting', date: '2016-09-02', actors: ['習近平', '特梅爾'] },
        ],
      },
      {
        text: '2日，习近平主席在杭州先后同3位外国领导人举行会晤：哈萨克斯坦总统纳扎尔巴耶夫、印度尼西亚总统佐科、巴西总统特梅尔。',
        published: '2016-09-05',
        events: [
          { type: 'meeting', date: '2016-09-02', actors: ['习近平', '纳扎尔巴耶夫'] },
          { type: 'meeting', date: '2016-09-02', actors: ['习近平', '佐科'] },
          { type: 'meeting', date: '2016-09-02', actors: ['习近平', '特梅尔'] },
        ],
      },
      {
        text: '外交部駐澳門特派員公署特派員劉顯法昨日上午在公署會見新任印度尼西亞駐香港總領事蘇哈迪。',
        published: '2025-01-23',
        events: [{ type: 'meeting', date: '2025-01-22', actors: ['劉顯法', '蘇哈迪'] }],
      },
      {
        text: '国务院总理李强昨（5）日在北京会见新加坡总理黄循财。',
        published: '2024-03-06',
        events: [{ type: 'meeting', date: '2024-03-05', actors: ['李强', '黄循财'] }],
      },
    ],
    apply: (c, found) => {
      // 「先後同6位外國領導人舉行會晤：A、B、C」: a list after a colon right after the word names those met.
      const listed = /^[:：]/u.test(text(c).slice(c.trig.end, c.trig.end + 1));
      if (!listed && !takesObject(c)) return undefined;
      const objEnd = listed ? sEnd(c) : clauseEnd(text(c), c.trig.end, sEnd(c));
      const after = participantsIn(c, c.trig.end, objEnd).filter(
        (p) => !c.scope.rules.when(companionsNotMet, c, () => companionsNotMet.apply(c, p, objEnd)),
      );
      return after.length ? [...found, ...after] : undefined;
    },
  }),
  rule({
    id: 'call.told-to-in-talks',
    decides:
      '「金正恩4日在雙邊會談中向習近平表示」「王毅在通話時對布林肯說」: the one spoken to during the talks or the call (中向X, 時對X) is the other side.',
    examples: [
      {
        text: '朝鮮領導人金正恩4日在北京的雙邊會談中向國家主席習近平表示，朝中友誼不會改變。',
        published: '2025-09-05',
        events: [{ type: 'meeting', date: '2025-09-04', actors: ['金正恩', '習近平'] }],
      },
      {
        text: '朝鲜领导人金正恩4日在北京的双边会谈中向国家主席习近平表示，朝中友谊不会改变。',
        published: '2025-09-05',
        events: [{ type: 'meeting', date: '2025-09-04', actors: ['金正恩', '习近平'] }],
      },
    ],
    apply: (c, found) => {
      const told = /^(?:中|时|期间)[，,]?(?:向|对)/u.exec(text(c).slice(c.trig.end, c.trig.end + 5));
      if (!told) return undefined;
      const from = c.trig.end + told[0].length;
      const to = clauseEnd(text(c), from, sEnd(c));
      const first = participantsIn(c, from, to).find((p) => p.start - from <= 12);
      return first ? [...found, first] : undefined;
    },
  }),
  rule({
    id: 'call.clause-takes-sentence-subject',
    decides:
      '「習近平…會見了A，又會見了B」「唐家璇在出席會議前夕，於今晚在紐約會見了鮑威爾」「晚上八點三十分，省委書記張高麗、省長韓寓群，在山東大廈會見了查韋斯一行」: a clause with an object but no subject takes the sentence’s subject (a time alone before it is no clause of its own).',
    examples: [
      {
        text: '新華社濟南12月25日電 委內瑞拉總統查韋斯今天下午抵達濟南，開始對山東省的訪問。晚上八點三十分，山東省委書記張高麗、省長韓寓群，在山東大廈會見了查韋斯一行。',
        published: '2004-12-26',
        events: [
          { type: 'other', date: '2004-12-25', actors: ['查韋斯'] },
          { type: 'meeting', date: '2004-12-25', actors: ['張高麗', '查韋斯'] },
        ],
      },
      {
        text: '新华社济南12月25日电 委内瑞拉总统查韦斯今天下午抵达济南，开始对山东省的访问。晚上八点三十分，山东省委书记张高丽、省长韩寓群，在山东大厦会见了查韦斯一行。',
        published: '2004-12-26',
        events: [
          { type: 'other', date: '2004-12-25', actors: ['查韦斯'] },
          { type: 'meeting', date: '2004-12-25', actors: ['张高丽', '查韦斯'] },
        ],
      },
      {
        text: '國家主席習近平8日在人民大會堂會見了越南總理范明政，又會見了老撾國家主席通倫。',
        published: '2026-04-09',
        events: [
          { type: 'meeting', date: '2026-04-08', actors: ['習近平', '范明政'] },
          { type: 'meeting', date: '2026-04-08', actors: ['習近平', '通倫'] },
        ],
      },
      {
        text: '国家主席习近平8日在人民大会堂会见了越南总理范明政，又会见了老挝国家主席通伦。',
        published: '2026-04-09',
        events: [
          { type: 'meeting', date: '2026-04-08', actors: ['习近平', '范明政'] },
          { type: 'meeting', date: '2026-04-08', actors: ['习近平', '通伦'] },
        ],
      },
      {
        text: '本報紐約1月19日電 中國外交部長唐家璇在出席聯合國安理會外長會議前夕，於今晚在紐約會見了美國國務卿鮑威爾。',
        published: '2003-01-21',
        events: [{ type: 'meeting', date: '2003-01-19', actors: ['唐家璇', '鮑威爾'] }],
      },
      {
        text: '本报纽约1月19日电 中国外交部长唐家璇在出席联合国安理会外长会议前夕，于今晚在纽约会见了美国国务卿鲍威尔。',
        published: '2003-01-21',
        events: [{ type: 'meeting', date: '2003-01-19', actors: ['唐家璇', '鲍威尔'] }],
      },
    ],
    leaves: [
      {
        text: '裴洛西今天一早前往美國在台協會，上午到立法院與副院長蔡其昌會面，隨後前往總統府，在10點30分會見總統蔡英文。',
        published: '2022-08-03',
        events: [
          { type: 'meeting', date: '2022-08-03', actors: ['蔡其昌'] },
          { type: 'meeting', date: '2022-08-03', actors: ['蔡英文'] },
        ],
      },
    ],
    apply: (c, found) => {
      const lead = text(c).slice(c.cStart, c.trig.start);
      if (!takesObject(c) || c.cStart <= sStart(c) || !SUBJECTLESS_LEAD.test(lead)) return undefined;
      if (!found.some((p) => p.start > c.trig.start) || found.some((p) => p.start < c.trig.start)) return undefined;
      const subject = subjectOfSentence(c.scope, c.cStart);
      // After a longer lead, only a subject heading the sentence's first clause is the sentence's (a time alone before it,
      // 晚上八點三十分, is no clause of its own).
      if (!subject) return undefined;
      const head = TIME_ALONE.exec(text(c).slice(sStart(c), subject.start))?.[0].length ?? 0;
      if (lead.length > 4 && /[，,；;]/u.test(text(c).slice(sStart(c) + head, subject.start))) return undefined;
      return [subject, ...found];
    },
  }),
  rule({
    id: 'call.people-earlier-in-sentence',
    decides: '「岩屋毅今日跟王毅，進行電話會談」: a clause that names no one takes the people named before it in the sentence.',
    examples: [
      {
        text: '日本外相岩屋毅25日與中國外交部長王毅，進行了電話會談。',
        published: '2025-01-26',
        events: [{ type: 'call', date: '2025-01-25', actors: ['岩屋毅', '王毅'] }],
      },
      {
        text: '日本外相岩屋毅25日与中国外交部长王毅，进行了电话会谈。',
        published: '2025-01-26',
        events: [{ type: 'call', date: '2025-01-25', actors: ['岩屋毅', '王毅'] }],
      },
    ],
    apply: (c, found) => {
      // Only a clause whose verb is a light verb before the word (進行, 舉行) continues the clause before it.
      if (found.length || c.cStart <= sStart(c) || !/^(?:并|並|还|還|也|再)?(?:进行|進行|举行|舉行|展开|展開)(?:了)?/u.test(before(c)))
        return undefined;
      const earlier = participantsIn(c, sStart(c), c.cStart);
      return earlier.length ? earlier : undefined;
    },
  }),
  rule({
    id: 'call.with-takes-speaker',
    decides:
      '「很高興同總統先生視頻會晤」: with 同 and no one before it, the sentence’s subject is one side; a spokesperson telling of a call (發言人X表示，這是A…首度與B通話) gives the side named after their words; one who confirms or reports it (證實赫塞斯九日與董軍通話) is no side, though the side named after the verb is in no list.',
    examples: [
      {
        text: '日本外相林芳正3日在記者會上透露，2日與中國外長秦剛通電話時，中方再次表明立場。',
        published: '2023-02-04',
        events: [{ type: 'call', date: '2023-02-02', actors: ['林芳正', '秦剛'] }],
      },
      {
        text: '日本外相林芳正3日在记者会上透露，2日与中国外长秦刚通电话时，中方再次表明立场。',
        published: '2023-02-04',
        events: [{ type: 'call', date: '2023-02-02', actors: ['林芳正', '秦刚'] }],
      },
      {
        text: '韓國總統辦公室發言人姜由楨表示，這是李在明上週就任總統後，首度與習近平通話。',
        published: '2025-06-10',
        events: [{ type: 'call', date: '2025-06', precision: 'approximate', actors: ['李在明', '習近平'] }],
      },
      {
        text: '韩国总统办公室发言人姜由桢表示，这是李在明上周就任总统后，首度与习近平通话。',
        published: '2025-06-10',
        events: [{ type: 'call', date: '2025-06', precision: 'approximate', actors: ['李在明', '习近平'] }],
      },
    ],
    leaves: [
      {
        text: '美國國防部發言人帕尼爾十日發布聲明，證實赫塞斯九日與董軍通話。',
        published: '2025-09-11',
        events: [{ type: 'call', date: '2025-09-09', actors: ['董軍'] }],
      },
      {
        text: '美国国防部发言人帕尼尔十日发布声明，证实赫塞斯九日与董军通话。',
        published: '2025-09-11',
        events: [{ type: 'call', date: '2025-09-09', actors: ['董军'] }],
      },
    ],
    apply: (c, found) => {
      const withAt = before(c).search(/[同与和跟]/u);
      if (withAt < 0 || found.some((p) => p.start < c.cStart + withAt)) return undefined;
      // 「發言人帕尼爾發布聲明，證實赫塞斯九日與董軍通話」: what a speaker confirms or reports has a side of its own named
      // after the verb, though no list knows him.
      if (REPORTS_ANOTHER.test(before(c).slice(0, withAt))) return undefined;
      const speaker = subjectOfSentence(c.scope, c.cStart);
      return speaker ? [speaker, ...found] : undefined;
    },
  }),
  nicknameNamesSides,
];

/** The undated value. */
export const UNDATED: DateValue = { date: null, precision: 'unknown' };
// 「通電話後首次會晤」: an event the next one is counted from.
const AFTER_EVENT = /^(后|後|以来|以來|之后|之後)/u;

export const dateOfEarlierEvent = rule({
  id: 'call.date-of-earlier-event',
  decides:
    '「3月18日視頻通話、7月28日通電話後首次會晤」「繼2015年的新加坡『馬習會』之後，再度會面」: a date dates the first call or meeting after it only, or what 繼…之後 tells, not one counted from it.',
  examples: [
    {
      text: [
        ['paragraph', '台灣前總統馬英九10日在北京人民大會堂與國家主席習近平會面。'],
        ['paragraph', '繼2015年的新加坡「馬習會」之後，馬英九與習近平時隔9年再度會面。'],
      ],
      published: '2024-04-11',
      events: [{ type: 'meeting', date: '2024-04-10', actors: ['馬英九', '習近平'] }],
    },
    {
      text: [
        ['paragraph', '台湾前总统马英九10日在北京人民大会堂与国家主席习近平会面。'],
        ['paragraph', '继2015年的新加坡“马习会”之后，马英九与习近平时隔9年再度会面。'],
      ],
      published: '2024-04-11',
      events: [{ type: 'meeting', date: '2024-04-10', actors: ['马英九', '习近平'] }],
    },
    {
      text: '習近平與拜登在3月18日視頻通話後首次面對面會晤，雙方同意加強溝通。',
      published: '2022-11-16',
      events: [{ type: 'call', date: '2022-03-18' }],
    },
    {
      text: '习近平与拜登在3月18日视频通话后首次面对面会晤，双方同意加强沟通。',
      published: '2022-11-16',
      events: [{ type: 'call', date: '2022-03-18' }],
    },
  ],
  apply: (c: CallCandidate, d: DateMention) =>
    c.triggers.some((t) => t.start >= d.end && t.end <= c.trig.start && AFTER_EVENT.test(text(c).slice(t.end, t.end + 2))) ||
    // 「繼2015年的新加坡『馬習會』之後，兩人再度會面」: a date inside 繼…之後 dates what came before.
    [...text(c).slice(sStart(c), c.trig.start).matchAll(AFTER_SPAN)].some(
      (m) => sStart(c) + m.index <= d.start && d.end <= sStart(c) + m.index + m[0].length,
    ),
});
// 繼…之後, 繼…後: the span telling what came before.
const AFTER_SPAN = /继[^，,。；;]{0,30}?之?后/gu;

export const dateOfTakingOffice = rule({
  id: 'call.date-of-taking-office',
  decides:
    '「他今天跟近日新上任的外交部長秦剛通了電話」: a date of taking office (近日新上任的, 上月就任的) describes the person, not the call.',
  examples: [
    {
      text: '（中央社華盛頓1日電）美國國務卿布林肯表示，他今天跟近日新上任的中國外交部長秦剛通了電話。',
      published: '2023-01-02',
      outlet: '中央社',
      events: [{ type: 'call', date: '2023-01-01', actors: ['布林肯', '秦剛'] }],
    },
    {
      text: '美国国务卿布林肯1日表示，他当天跟近日新上任的中国外交部长秦刚通了电话。',
      published: '2023-01-02',
      events: [{ type: 'call', date: '2023-01-01', actors: ['布林肯', '秦刚'] }],
    },
  ],
  apply: (c: CallCandidate, d: DateMention) => TAKING_OFFICE.test(text(c).slice(d.end, d.end + 8)),
});
const TAKING_OFFICE = /^(?:才|刚|剛|新|甫)?(?:上任|就任|就职|接任|到任|履新|当选|获任|获委任)的/u;

export const dateOfSpeaking = rule({
  id: 'call.date-of-speaking',
  decides:
    '「發言人3日證實，兩人通話…」「韓聯社12日報道，在約15分鐘的通話中」: a date before a speech verb, or a report’s (報道), dates the speaking, not the call.',
  examples: [
    {
      text: [
        ['paragraph', '韓國代總統黃教安11日與美國總統當選人特朗普通電話。'],
        ['paragraph', '韓聯社12日報道，在約15分鐘的通話中，雙方討論了半島局勢。'],
      ],
      published: '2017-01-13',
      events: [{ type: 'call', date: '2017-01-11', actors: ['黃教安', '特朗普'] }],
    },
    {
      text: [
        ['paragraph', '韩国代总统黄教安11日与美国总统当选人特朗普通电话。'],
        ['paragraph', '韩联社12日报道，在约15分钟的通话中，双方讨论了半岛局势。'],
      ],
      published: '2017-01-13',
      events: [{ type: 'call', date: '2017-01-11', actors: ['黄教安', '特朗普'] }],
    },
    {
      text: [
        ['paragraph', '美國總統特朗普27日同國家主席習近平通電話。'],
        ['paragraph', '白宮發言人28日證實，特朗普與習近平通話約一小時。'],
      ],
      published: '2020-03-29',
      events: [{ type: 'call', date: '2020-03-27', actors: ['特朗普', '習近平'] }],
    },
    {
      text: [
        ['paragraph', '美国总统特朗普27日同国家主席习近平通电话。'],
        ['paragraph', '白宫发言人28日证实，特朗普与习近平通话约一小时。'],
      ],
      published: '2020-03-29',
      events: [{ type: 'call', date: '2020-03-27', actors: ['特朗普', '习近平'] }],
    },
  ],
  apply: (c: CallCandidate, d: DateMention) =>
    !formalAct(c) && (c.scope.lex.responseVerbs.has(text(c), d.end, c.trig.start) || REPORTED_ON.test(text(c).slice(d.end, d.end + 3))),
});

// 「韓聯社12日報道，在約15分鐘的通話中」: the day of a report, right before its word.
const REPORTED_ON = /^(?:报道|报导)/u;

// Who speaks is the press: a paper's name in 《》, or a word for the press just before the day.
const PRESS_SPEAKS = /《[^》]*》|[报社台网]$|媒体|报章|报纸|社论/u;

/**
 * 「白宮今天表示，拜登與習近平的通話於上午10時50分結束」: a call or meeting left undated because its
 * sentence's day dates the speaking (call.date-of-speaking) keeps that day, to take only where it
 * joins no dated report of the same happening (merge.undated-on-day-told); not when the press speaks.
 */
export function dayTold(c: CallCandidate): DateValue | undefined {
  const d = [...c.scope.dates]
    .reverse()
    .find(
      (x) => x.end <= c.trig.start && x.start >= sStart(c) && !x.rangeEnd && x.date && x.precision === 'day' && dateOfSpeaking.apply(c, x),
    );
  // 「《大公報》18日刊出文章說，…胡錦濤與奧巴馬會晤」: the press writing of it tells nothing of its day.
  // (A day the press reported it on, 新華社11月24日晚上報道, still tells of it.)
  return d && (REPORTED_ON.test(text(c).slice(d.end, d.end + 3)) || !PRESS_SPEAKS.test(text(c).slice(sStart(c), d.start)))
    ? valueOf(d)
    : undefined;
}

/** 「會談於2月3日在東京舉行」: a date right after the word (or its 於) whose clause closes with 舉行 (進行, 召開). */
function heldOnDay(c: CallCandidate): DateMention | undefined {
  const s = text(c);
  const d = c.scope.dates.find(
    (x) =>
      x.start >= c.trig.end &&
      x.start <= c.trig.end + 6 &&
      /^[的]?于?(?:当地时间|北京时间|[美中东西][东部]?时间)?$/u.test(s.slice(c.trig.end, x.start)),
  );
  if (!d || d.rangeEnd) return undefined;
  // 「會晤於今（30）日在釜山為峰會掀起序幕」: 於 with the day says when, whatever verb closes the clause.
  if (s.slice(c.trig.end, d.start).includes('于')) return d;
  return /^[^，。；！？,;]{0,24}?(?:举行|进行|召开)/u.test(s.slice(d.end)) ? d : undefined;
}

type DateRule = Rule<(c: CallCandidate, restates: boolean) => DateValue | undefined>;
// A day that closes a dateline or byline at the sentence's head (新華社北京3月5日電, 【大紀元10月8日訊】).
const inDateline = (s: string, from: number, d: DateMention) => d.start - from <= 24 && closesDateline(s, d);

const valueOf = (d: DateMention): DateValue => ({
  date: d.date,
  precision: d.precision,
  ...(d.partOfDay ? { partOfDay: d.partOfDay } : {}),
  ...(d.local ? { local: true } : {}),
});

/** When it happened: the first rule with an answer dates it. */
export const CALL_DATES: DateRule[] = [
  rule({
    id: 'call.look-back-is-undated',
    decides:
      'A look back on a happening (call.looks-back) gives it no date of its own: it joins the happening reported; unless it writes the day it was held (這次會談於本週五（6月20日）在北京舉行), which dates that happening.',
    examples: [
      {
        text: '國家主席習近平昨晚應約與法國總統馬克龍通電話，這是兩國元首在馬克龍上月訪華後首次通話。',
        published: '2026-01-08',
        events: [{ type: 'call', date: '2026-01-07', actors: ['習近平', '馬克龍'] }],
      },
      {
        text: '国家主席习近平昨晚应约与法国总统马克龙通电话，这是两国元首在马克龙上月访华后首次通话。',
        published: '2026-01-08',
        events: [{ type: 'call', date: '2026-01-07', actors: ['习近平', '马克龙'] }],
      },
    ],
    leaves: [
      {
        text: '新西蘭總理已經與國家主席習近平舉行了會談。這次備受矚目的會談於本週五（6月20日）在北京人民大會堂舉行。',
        published: '2025-06-21',
        events: [{ type: 'meeting', date: '2025-06-20', actors: ['習近平'] }],
      },
      {
        text: '新西兰总理已经与国家主席习近平举行了会谈。这次备受瞩目的会谈于本周五（6月20日）在北京人民大会堂举行。',
        published: '2025-06-21',
        events: [{ type: 'meeting', date: '2025-06-20', actors: ['习近平'] }],
      },
    ],
    // (「這次會談於本週五(6月20日)在北京舉行」: a look back that writes the day it was held gives that day.)
    apply: (c, restates) => (restates && !heldOnDay(c) ? UNDATED : undefined),
  }),
  rule({
    id: 'call.date-written-before',
    decides:
      'The nearest date written before the word in its sentence dates it (習近平21日同普京通電話); a year nearer than a day of that year names the occasion (2月22日，2023年…新春會晤).',
    examples: [
      {
        text: '國務院總理李強10日在雅加達會見印尼總統佐科。',
        published: '2023-09-11',
        events: [{ type: 'meeting', date: '2023-09-10', actors: ['李強', '佐科'] }],
      },
      {
        text: '国务院总理李强10日在雅加达会见印尼总统佐科。',
        published: '2023-09-11',
        events: [{ type: 'meeting', date: '2023-09-10', actors: ['李强', '佐科'] }],
      },
      {
        text: '2月22日，2023年中國廣西與越南邊境四省黨委書記新春會晤以視頻連線方式舉行。',
        published: '2023-02-23',
        events: [{ type: 'meeting', date: '2023-02-22' }],
      },
      {
        text: '2月22日，2023年中国广西与越南边境四省党委书记新春会晤以视频连线方式举行。',
        published: '2023-02-23',
        events: [{ type: 'meeting', date: '2023-02-22' }],
      },
    ],
    apply: (c) => {
      const { rules } = c.scope;
      const before = [...c.scope.dates]
        .reverse()
        .filter(
          (x) =>
            x.end <= c.trig.start &&
            x.start >= sStart(c) &&
            !x.rangeEnd &&
            !rules.when(dateOfEarlierEvent, undefined, () => dateOfEarlierEvent.apply(c, x)) &&
            !rules.when(dateOfTakingOffice, undefined, () => dateOfTakingOffice.apply(c, x)) &&
            !rules.when(dateOfSpeaking, undefined, () => dateOfSpeaking.apply(c, x)),
        );
      // 「2月22日，2023年中國廣西…新春會晤」: a year naming the occasion gives way to the day of that year written before it.
      const d =
        before[0]?.precision === 'year'
          ? (before.find((x) => x.precision === 'day' && !!x.date?.startsWith(before[0]!.date!)) ?? before[0])
          : before[0];
      if (!d) return undefined;
      for (const id of d.because) c.because.add(id);
      return { ...valueOf(d), ...(inDateline(text(c), sStart(c), d) ? { dateline: true } : {}) };
    },
  }),
  rule({
    id: 'call.date-after-held',
    decides:
      '「北京會談於4月23日在釣魚台舉行」「混委會31日在布魯塞爾舉行」: with no date before it, a date right after the word that the word’s own clause closes with 舉行 (進行, 召開) dates it; after 於 the date does whatever verb follows (元首會晤於今（30）日在釜山揭幕).',
    examples: [
      {
        text: '中日兩國外長會談於2月3日在東京舉行，雙方就地區局勢交換意見。',
        published: '2019-02-05',
        events: [{ type: 'meeting', date: '2019-02-03' }],
      },
      {
        text: '中日两国外长会谈于2月3日在东京举行，双方就地区局势交换意见。',
        published: '2019-02-05',
        events: [{ type: 'meeting', date: '2019-02-03' }],
      },
      {
        text: '美中兩國元首會晤於今（30）日在釜山為峰會揭開序幕。',
        published: '2025-10-30',
        events: [{ type: 'meeting', date: '2025-10-30' }],
      },
      {
        text: '美中两国元首会晤于今（30）日在釜山为峰会揭开序幕。',
        published: '2025-10-30',
        events: [{ type: 'meeting', date: '2025-10-30' }],
      },
      {
        text: '中日兩國外長會談3日在東京舉行，雙方就地區局勢交換意見。',
        published: '2025-02-04',
        events: [{ type: 'meeting', date: '2025-02-03' }],
      },
      {
        text: '中日两国外长会谈3日在东京举行，双方就地区局势交换意见。',
        published: '2025-02-04',
        events: [{ type: 'meeting', date: '2025-02-03' }],
      },
    ],
    apply: (c) => {
      const d = heldOnDay(c);
      if (!d) return undefined;
      for (const id of d.because) c.because.add(id);
      return valueOf(d);
    },
  }),
  rule({
    id: 'call.words-said-there',
    decides:
      '「石廣生是在會見哥倫比亞外貿部長時作上述表示的」「里夫金德是在與克里斯托弗會談後說這番話的」「朱鎔基是在會見…時講這番話的」: the call or meeting at which (時) or right after which (後) the words just reported were said happened on the day they were said, the story’s day.',
    examples: [
      {
        text: '新華社北京4月27日電 國務院總理朱鎔基今天說，中國願同贊比亞加強合作。朱鎔基是在人民大會堂會見贊比亞國民議會議長穆利契塔時講這番話的。',
        published: '1991-04-28',
        events: [{ type: 'meeting', date: '1991-04-27', actors: ['朱鎔基', '穆利契塔'] }],
      },
      {
        text: '新华社北京4月27日电 国务院总理朱镕基今天说，中国愿同赞比亚加强合作。朱镕基是在人民大会堂会见赞比亚国民议会议长穆利契塔时讲这番话的。',
        published: '1991-04-28',
        events: [{ type: 'meeting', date: '1991-04-27', actors: ['朱镕基', '穆利契塔'] }],
      },
      {
        text: '新華社北京7月4日電 國務院總理朱鎔基今天在這裏表示，中方願同哥倫比亞加強合作。朱鎔基是在會見哥倫比亞總統帕斯特拉納時作上述表示的。',
        published: '2002-07-05',
        events: [{ type: 'meeting', date: '2002-07-04', actors: ['朱鎔基', '帕斯特拉納'] }],
      },
      {
        text: '新华社北京7月4日电 国务院总理朱镕基今天在这里表示，中方愿同哥伦比亚加强合作。朱镕基是在会见哥伦比亚总统帕斯特拉纳时作上述表示的。',
        published: '2002-07-05',
        events: [{ type: 'meeting', date: '2002-07-04', actors: ['朱镕基', '帕斯特拉纳'] }],
      },
      {
        text: '新華社倫敦5月19日電 英國外交大臣里夫金德今天說，英國支持香港的平穩過渡。里夫金德是在與美國國務卿克里斯托弗會談後說這番話的。',
        published: '1997-05-20',
        events: [{ type: 'meeting', date: '1997-05-19', actors: ['里夫金德', '克里斯托弗'] }],
      },
      {
        text: '新华社伦敦5月19日电 英国外交大臣里夫金德今天说，英国支持香港的平稳过渡。里夫金德是在与美国国务卿克里斯托弗会谈后说这番话的。',
        published: '1997-05-20',
        events: [{ type: 'meeting', date: '1997-05-19', actors: ['里夫金德', '克里斯托弗'] }],
      },
    ],
    apply: (c) =>
      c.scope.role === 'body' &&
      c.scope.storyDay &&
      /^[^。；！？]{0,40}?[时后](?:作|做|发表|说|讲|谈)(?:了)?(?:上述|以上|这番|这些)/u.test(text(c).slice(c.trig.end, sEnd(c)))
        ? { date: c.scope.storyDay, precision: 'day' }
        : undefined,
  }),
  rule({
    id: 'call.after-an-act-told',
    decides:
      '「發表完談話後，他分別會見…」: a short clause opening the sentence on what was just done (…後，) dates an undated call or meeting on the day the story told that act, or else on the story’s day; not after a span (三天後), a post taken (上任後, 當選後) or a return home (回國後), which tell later days, nor after a call or meeting itself (會見後), whose occasion it shares.',
    examples: [
      {
        text: [
          ['paragraph', '國家主席習近平11月16日上午在利馬出席亞太經合組織領導人非正式會議並發表講話。'],
          ['paragraph', '東道主秘魯15日宣布，會議的籌備工作已經就緒。'],
          ['paragraph', '發表完講話後，習近平分別會見了智利總統博里奇和新西蘭總理拉克森。'],
        ],
        published: '2024-11-17',
        events: [
          { type: 'meeting', date: '2024-11-16', actors: ['習近平', '博里奇'] },
          { type: 'meeting', date: '2024-11-16', actors: ['習近平', '拉克森'] },
        ],
      },
      {
        text: [
          ['paragraph', '国家主席习近平11月16日上午在利马出席亚太经合组织领导人非正式会议并发表讲话。'],
          ['paragraph', '东道主秘鲁15日宣布，会议的筹备工作已经就绪。'],
          ['paragraph', '发表完讲话后，习近平分别会见了智利总统博里奇和新西兰总理拉克森。'],
        ],
        published: '2024-11-17',
        events: [
          { type: 'meeting', date: '2024-11-16', actors: ['习近平', '博里奇'] },
          { type: 'meeting', date: '2024-11-16', actors: ['习近平', '拉克森'] },
        ],
      },
    ],
    apply: (c) => {
      const { scope } = c;
      if (scope.role !== 'body') return undefined;
      const done = AFTER_AN_ACT.exec(text(c).slice(sStart(c), c.trig.start))?.groups?.act;
      if (!done || scope.lex.triggers.all(done).length) return undefined;
      const day = scope.dayOfAct?.(done.slice(-2)) ?? scope.storyDay;
      return day ? { date: day, precision: 'day' } : undefined;
    },
  }),
  rule({
    id: 'call.same-occasion-story-day',
    decides:
      '習近平還會見了…, 峰會期間…會見, 在會上與…會晤, 隨後, 稍早 (earlier that day), 抵達南寧後, 晚會開始前, 之後 opening a clause or right after the one named (李家超之後在酒店與…會面): an undated call or meeting on the same occasion happened on the story’s day (not after a span: 兩個星期之後; nor after 另外 or 另據, besides, which turn the talk; 還 only in the clause of its word, not 這還只是指…，不包括通話).',
    examples: [
      {
        text: [
          ['paragraph', '外交部長王毅在當地時間周五會見美國國務卿，雙方評價兩國關係。'],
          ['paragraph', '另外，王毅又應約會見日本外相岸田文雄，指日方採取消極舉措。'],
        ],
        published: '2017-04-29',
        events: [
          { type: 'meeting', date: '2017-04-28', actors: ['王毅'] },
          { type: 'meeting', date: '2017-04-28', actors: ['王毅', '岸田文雄'] },
        ],
      },
      {
        text: [
          ['paragraph', '外交部长王毅在当地时间周五会见美国国务卿，双方评价两国关系。'],
          ['paragraph', '另外，王毅又应约会见日本外相岸田文雄，指日方采取消极举措。'],
        ],
        published: '2017-04-29',
        events: [
          { type: 'meeting', date: '2017-04-28', actors: ['王毅'] },
          { type: 'meeting', date: '2017-04-28', actors: ['王毅', '岸田文雄'] },
        ],
      },
      {
        text: [
          ['paragraph', '美國總統川普29日在慶州出席亞太經合會議工商領袖峰會。'],
          ['paragraph', '稍早川普在首爾會晤南韓總統李在明，雙方討論關稅問題。'],
        ],
        published: '2025-10-30',
        events: [{ type: 'meeting', date: '2025-10-29', actors: ['川普', '李在明'] }],
      },
      {
        text: [
          ['paragraph', '美国总统特朗普29日在庆州出席亚太经合会议工商领袖峰会。'],
          ['paragraph', '稍早特朗普在首尔会晤韩国总统李在明，双方讨论关税问题。'],
        ],
        published: '2025-10-30',
        events: [{ type: 'meeting', date: '2025-10-29', actors: ['特朗普', '李在明'] }],
      },
      {
        text: [
          ['paragraph', '二十國集團峰會今日在印尼峇里島開幕。'],
          ['paragraph', '國家主席習近平在會上與法國總統馬克龍會晤。'],
        ],
        published: '2022-11-15',
        events: [{ type: 'meeting', date: '2022-11-15', actors: ['習近平', '馬克龍'] }],
      },
      {
        text: [
          ['paragraph', '二十国集团峰会今日在印尼巴厘岛开幕。'],
          ['paragraph', '国家主席习近平在会上与法国总统马克龙会晤。'],
        ],
        published: '2022-11-15',
        events: [{ type: 'meeting', date: '2022-11-15', actors: ['习近平', '马克龙'] }],
      },
      {
        text: [
          ['paragraph', '行政長官李家超率團訪問東盟三國，昨日抵達首站新加坡。'],
          ['paragraph', '下午4時許，李家超一行抵達下榻的酒店。李家超之後在酒店與國家駐新加坡大使孫海燕會面。'],
        ],
        published: '2023-07-24',
        events: [{ type: 'meeting', date: '2023-07-23', actors: ['李家超', '孫海燕'] }],
      },
      {
        text: [
          ['paragraph', '行政长官李家超率团访问东盟三国，昨日抵达首站新加坡。'],
          ['paragraph', '下午4时许，李家超一行抵达下榻的酒店。李家超之后在酒店与国家驻新加坡大使孙海燕会面。'],
        ],
        published: '2023-07-24',
        events: [{ type: 'meeting', date: '2023-07-23', actors: ['李家超', '孙海燕'] }],
      },
      {
        text: [
          ['paragraph', '本报北京9月3日电 国家主席习近平3日同南非总统拉马福萨举行会谈。'],
          ['paragraph', '峰会期间，习近平还分别会见了塞内加尔总统萨勒。'],
        ],
        published: '2018-09-04',
        events: [
          { type: 'meeting', date: '2018-09-03', actors: ['习近平', '拉马福萨'] },
          { type: 'meeting', date: '2018-09-03', actors: ['习近平', '萨勒'] },
        ],
      },
      {
        text: [
          ['paragraph', '本報北京9月3日電 國家主席習近平3日同南非總統拉馬福薩舉行會談。'],
          ['paragraph', '峰會期間，習近平還會見了塞內加爾總統薩勒。'],
        ],
        published: '2018-09-04',
        events: [
          { type: 'meeting', date: '2018-09-03', actors: ['習近平', '拉馬福薩'] },
          { type: 'meeting', date: '2018-09-03', actors: ['習近平', '薩勒'] },
        ],
      },
      {
        text: [
          ['paragraph', '當地時間9月16日上午，越南政府總理范明政乘坐專機抵達南寧機場，出席第20屆中國—東盟博覽會。'],
          ['paragraph', '在抵達南寧後，隨團的越南副總理陳紅河會見廣西壯族自治區黨委書記劉寧。'],
        ],
        published: '2023-09-16',
        events: [
          { type: 'other', date: '2023-09-16' },
          { type: 'meeting', date: '2023-09-16', actors: ['劉寧'] },
        ],
      },
      {
        text: [
          ['paragraph', '当地时间9月16日上午，越南政府总理范明政乘坐专机抵达南宁机场，出席第20届中国—东盟博览会。'],
          ['paragraph', '在抵达南宁后，随团的越南副总理陈红河会见广西壮族自治区党委书记刘宁。'],
        ],
        published: '2023-09-16',
        events: [
          { type: 'other', date: '2023-09-16' },
          { type: 'meeting', date: '2023-09-16', actors: ['刘宁'] },
        ],
      },
      {
        text: [
          ['paragraph', '新華社北京7月8日電 外交部長李肇星8日在國賓館出席非洲駐華使節聯誼晚會。'],
          ['paragraph', '晚會開始前，李肇星會見了多哥駐華大使。'],
        ],
        published: '2006-07-09',
        events: [{ type: 'meeting', date: '2006-07-08', actors: ['李肇星'] }],
      },
      {
        text: [
          ['paragraph', '新华社北京7月8日电 外交部长李肇星8日在国宾馆出席非洲驻华使节联谊晚会。'],
          ['paragraph', '晚会开始前，李肇星会见了多哥驻华大使。'],
        ],
        published: '2006-07-09',
        events: [{ type: 'meeting', date: '2006-07-08', actors: ['李肇星'] }],
      },
    ],
    leaves: [
      {
        text: [
          ['paragraph', '本報北京9月3日電 國家主席習近平3日同南非總統拉馬福薩舉行會談。'],
          ['paragraph', '另據報道，韓國政府召見了中國駐韓國大使邢海明。'],
        ],
        published: '2018-09-04',
        events: [{ type: 'meeting', date: '2018-09-03', actors: ['習近平', '拉馬福薩'] }],
      },
      {
        text: [
          ['paragraph', '本报北京9月3日电 国家主席习近平3日同南非总统拉马福萨举行会谈。'],
          ['paragraph', '另据报道，韩国政府召见了中国驻韩国大使邢海明。'],
        ],
        published: '2018-09-04',
        events: [{ type: 'meeting', date: '2018-09-03', actors: ['习近平', '拉马福萨'] }],
      },
    ],
    apply: (c) => {
      const { scope } = c;
      const between = text(c).slice(sStart(c), c.trig.start);
      // 之後 and 然後 opening a clause tell what came next (。之後和夫人一道去會見…); after a span (兩個星期之後) they do not.
      // 「李家超之後在酒店與…會面」: right after the one named doing it too.
      const after = /(?:之后|然后)/gu;
      const next = [...between.matchAll(after)].some((m) => {
        const at = sStart(c) + m.index;
        const opens = /(?:^|[，,。；;])$/u.test(between.slice(0, m.index));
        return opens || peopleIn(scope.lex, scope.prep, sStart(c), at).some((p) => p.end === at);
      });
      // 「另外，美國政府稱該對話為高層對話」「另據報道」: 另外 (besides) and 另據 (besides, by another report) turn the
      // talk, they tell no further act.
      const t = text(c);
      const also = scope.lex.sameOccasion.all(t, sStart(c), c.trig.start).some((h) => {
        const gap = t.slice(h.end, c.trig.start);
        // 「這還只是指…，不包括通話」: 還 tells of another act only in the clause of its word.
        // (So does 稍早, earlier that day: 「北京方面稍早發布的新聞稿指出，王毅在通話中表示」 dates the release.)
        if (/^(?:还|稍早|稍早前|较早前|早些时候)$/u.test(h.phrase) && /[，,。；;：:]/u.test(gap)) return false;
        return !(h.phrase === '另' && (t[h.end] === '外' || t[h.end] === '据'));
      });
      return scope.role === 'body' && scope.storyDay && (next || also) ? { date: scope.storyDay, precision: 'day' } : undefined;
    },
  }),
];

/** 「兩國元首在…會晤」「雙方舉行會談」: with no one named, the two sides are the story’s last pair (both leaders for 元首). */
export const pairWords = rule({
  id: 'call.pair-words',
  decides:
    '兩國元首, 雙方, 兩人 with no one named: the two people of the story’s last two-sided call or meeting (for 元首 both must be leaders).',
  examples: [
    {
      text: [
        ['paragraph', '当地时间6月7日下午，国家主席习近平同美国总统奥巴马举行中美元首会晤。'],
        ['paragraph', '两国元首8日上午继续会晤。'],
      ],
      published: '2013-06-09',
      events: [
        { type: 'meeting', date: '2013-06-07', actors: ['习近平', '奥巴马'] },
        { type: 'meeting', date: '2013-06-08', actors: ['习近平', '奥巴马'] },
      ],
    },
    {
      text: [
        ['paragraph', '當地時間6月7日下午，國家主席習近平同美國總統奧巴馬舉行會晤。'],
        ['paragraph', '雙方8日上午繼續會談。'],
      ],
      published: '2013-06-09',
      events: [
        { type: 'meeting', date: '2013-06-07', actors: ['習近平', '奧巴馬'] },
        { type: 'meeting', date: '2013-06-08', actors: ['習近平', '奧巴馬'] },
      ],
    },
  ],
  apply: (c: CallCandidate): MentionPerson[] | undefined => {
    const { lex, prep, lastPair, sentence } = c.scope;
    // 「阿爾巴尼斯與習近平會面，是兩國領導人首次會談」: a sentence that names its people speaks of them.
    if (!lastPair || peopleIn(lex, prep, sentence.start, c.trig.start).length > 0) return undefined;
    let hit;
    for (let k = c.cStart; k < c.trig.start && !hit; k++) hit = lex.pairWords.at(prep.folded, k);
    if (!hit || hit.end > c.trig.start) return undefined;
    if (hit.value.leaders && !lastPair.every((p) => lex.leaderTitle.test(fold(`${p.title ?? ''}${p.person?.role ?? ''}`))))
      return undefined;
    return lastPair;
  },
});

export const spokespersonSpeaksOfIt = rule({
  id: 'call.spokesperson-speaks-of-it',
  decides: '「發言人毛寧…證實了通話」: when everyone named is a spokesperson, they speak about the call, not in it.',
  examples: [
    {
      text: '中國外交部發言人郭嘉昆星期五在例行記者會上被問及通話時說，沒有可以提供的信息。',
      published: '2025-12-13',
      events: [],
    },
    {
      text: '中国外交部发言人郭嘉昆星期五在例行记者会上被问及通话时说，没有可以提供的信息。',
      published: '2025-12-13',
      events: [],
    },
  ],
  apply: (c: CallCandidate, people: readonly PersonMention[]) =>
    people.length > 0 &&
    people.every((p) => {
      const title = p.titleStart !== undefined ? text(c).slice(p.titleStart, p.titleEnd) : '';
      return !!p.person?.ministry || c.scope.spokespeople.has(p.folded) || /发言人/u.test(title);
    }),
});

export const sameDayAsItsSentence = rule({
  id: 'call.same-day-as-its-sentence',
  decides:
    '「主席先與甲國總統視頻通話，再與乙國總統通電話，同一天內兩次通話」: a sentence that says 同一天 puts its undated calls and meetings on the day of the one it dates.',
  examples: [
    {
      text: '習近平4日同普京舉行視頻會晤。在與普京視頻會晤後，習近平與特朗普通電話，形成同一天與美俄領導人通話的場景。',
      published: '2025-02-05',
      events: [
        { type: 'meeting', date: '2025-02-04', actors: ['習近平', '普京'] },
        { type: 'call', date: '2025-02-04', actors: ['習近平', '特朗普'] },
      ],
    },
    {
      text: '习近平4日同普京举行视频会晤。在与普京视频会晤后，习近平与特朗普通电话，形成同一天与美俄领导人通话的场景。',
      published: '2025-02-05',
      events: [
        { type: 'meeting', date: '2025-02-04', actors: ['习近平', '普京'] },
        { type: 'call', date: '2025-02-04', actors: ['习近平', '特朗普'] },
      ],
    },
  ],
  apply: (c: CallCandidate) => /同一天|同一日|同日内|同一天内/u.test(text(c).slice(sStart(c), sEnd(c))),
});

export const respectively = rule({
  id: 'call.respectively',
  decides: '「分別會見A、B和C」「先後與A及B會面」「A、B和C分別會見了D」: one meeting with each of them.',
  examples: [
    {
      text: '國家主席習近平、國務院總理李強和全國人大常委會委員長趙樂際20日分別會見了來訪的新加坡總理黃循財。',
      published: '2025-06-21',
      events: [
        { type: 'meeting', date: '2025-06-20', actors: ['習近平', '黃循財'] },
        { type: 'meeting', date: '2025-06-20', actors: ['李強', '黃循財'] },
        { type: 'meeting', date: '2025-06-20', actors: ['趙樂際', '黃循財'] },
      ],
    },
    {
      text: '国家主席习近平、国务院总理李强和全国人大常委会委员长赵乐际20日分别会见了来访的新加坡总理黄循财。',
      published: '2025-06-21',
      events: [
        { type: 'meeting', date: '2025-06-20', actors: ['习近平', '黄循财'] },
        { type: 'meeting', date: '2025-06-20', actors: ['李强', '黄循财'] },
        { type: 'meeting', date: '2025-06-20', actors: ['赵乐际', '黄循财'] },
      ],
    },
    {
      text: '國家主席習近平10日在北京先後與越南總理范明政及柬埔寨首相洪瑪奈會面。',
      published: '2025-04-11',
      events: [
        { type: 'meeting', date: '2025-04-10', actors: ['習近平', '范明政'] },
        { type: 'meeting', date: '2025-04-10', actors: ['習近平', '洪瑪奈'] },
      ],
    },
    {
      text: '国家主席习近平10日在北京先后与越南总理范明政及柬埔寨首相洪玛奈会面。',
      published: '2025-04-11',
      events: [
        { type: 'meeting', date: '2025-04-10', actors: ['习近平', '范明政'] },
        { type: 'meeting', date: '2025-04-10', actors: ['习近平', '洪玛奈'] },
      ],
    },
    {
      text: '國務院總理李強10日在雅加達分別會見印尼總統佐科、越南總理范明政和菲律賓總統小馬科斯等東盟國家領導人。',
      published: '2023-09-11',
      events: [
        { type: 'meeting', date: '2023-09-10', actors: ['李強', '佐科'] },
        { type: 'meeting', date: '2023-09-10', actors: ['李強', '范明政'] },
        { type: 'meeting', date: '2023-09-10', actors: ['李強', '小馬科斯'] },
      ],
    },
    {
      text: '国务院总理李强10日在雅加达分别会见印尼总统佐科、越南总理范明政和菲律宾总统小马科斯等东盟国家领导人。',
      published: '2023-09-11',
      events: [
        { type: 'meeting', date: '2023-09-10', actors: ['李强', '佐科'] },
        { type: 'meeting', date: '2023-09-10', actors: ['李强', '范明政'] },
        { type: 'meeting', date: '2023-09-10', actors: ['李强', '小马科斯'] },
      ],
    },
  ],
  apply: (c: CallCandidate) => c.scope.lex.respectively.has(text(c), c.cStart, c.trig.start),
});

export const respectivelyPairedDays = rule({
  id: 'call.respectively-paired-days',
  decides:
    '「當地時間14日深夜和15日凌晨，胡錦濤分別同智利總統皮涅拉和委內瑞拉總統查韋斯通電話」: as many days written together as the sides 分別 names pair with them in order; another number of days written together (28日、29日分別與甲、乙、丙通電話) gives each only the month.',
  examples: [
    {
      text: '王毅28日、29日分別與法國外長勒德里昂、英國外交大臣拉布、日本外相茂木敏充通電話。',
      published: '2020-07-30',
      events: [
        { type: 'call', date: '2020-07', precision: 'month', actors: ['王毅', '勒德里昂'] },
        { type: 'call', date: '2020-07', precision: 'month', actors: ['王毅', '拉布'] },
        { type: 'call', date: '2020-07', precision: 'month', actors: ['王毅', '茂木敏充'] },
      ],
    },
    {
      text: '王毅28日、29日分别与法国外长勒德里昂、英国外交大臣拉布、日本外相茂木敏充通电话。',
      published: '2020-07-30',
      events: [
        { type: 'call', date: '2020-07', precision: 'month', actors: ['王毅', '勒德里昂'] },
        { type: 'call', date: '2020-07', precision: 'month', actors: ['王毅', '拉布'] },
        { type: 'call', date: '2020-07', precision: 'month', actors: ['王毅', '茂木敏充'] },
      ],
    },
    {
      text: '當地時間14日深夜和15日凌晨，胡錦濤分別同智利總統皮涅拉和委內瑞拉總統查韋斯通電話。',
      published: '2010-04-16',
      events: [
        { type: 'call', date: '2010-04-14', actors: ['胡錦濤', '皮涅拉'] },
        { type: 'call', date: '2010-04-15', actors: ['胡錦濤', '查韋斯'] },
      ],
    },
    {
      text: '当地时间14日深夜和15日凌晨，胡锦涛分别同智利总统皮涅拉和委内瑞拉总统查韦斯通电话。',
      published: '2010-04-16',
      events: [
        { type: 'call', date: '2010-04-14', actors: ['胡锦涛', '皮涅拉'] },
        { type: 'call', date: '2010-04-15', actors: ['胡锦涛', '查韦斯'] },
      ],
    },
  ],
  /**
   * The days for `count` sides in order, when the sentence wrote exactly that many together before the word; when it
   * wrote another number of days together (28日、29日分別與甲、乙、丙通電話), no side has a day of its own: each has the month.
   */
  apply: (c: CallCandidate, count: number): DateMention[] | undefined => {
    const s = text(c);
    const days = c.scope.dates.filter((d) => d.end <= c.trig.start && d.precision === 'day' && d.date);
    if (days.length < 2 || count < 2) return undefined;
    const together = days.every(
      (d, k) =>
        k === 0 || /^(?:上午|下午|中午|晚间|晚上|傍晚|凌晨|早上|清晨|深夜|夜间)?[和与及、]$/u.test(s.slice(days[k - 1]!.end, d.start)),
    );
    if (!together) return undefined;
    if (days.length === count) return days;
    const month = days[0]!.date!.slice(0, 7);
    return days.every((d) => d.date!.startsWith(month))
      ? Array.from({ length: count }, () => ({ ...days[0]!, date: month, precision: 'month' as const }))
      : undefined;
  },
});

export const leadersOfSeveralCountries = rule({
  id: 'call.leaders-of-several-countries',
  decides:
    '「總理還會見了澳大利亞總理甲、俄羅斯總理乙」: a meeting word followed by a list of people of different countries, each with a title, is one meeting with each (a group is met 集體, 共同, or with 等).',
  examples: [
    {
      text: '8日出席東亞峰會前，國務院總理李克強還會見了澳大利亞總理特恩布爾、俄羅斯總理梅德韋傑夫。',
      published: '2016-09-09',
      events: [
        { type: 'meeting', date: '2016-09-08', actors: ['李克強', '特恩布爾'] },
        { type: 'meeting', date: '2016-09-08', actors: ['李克強', '梅德韋傑夫'] },
      ],
    },
    {
      text: '8日出席东亚峰会前，国务院总理李克强还会见了澳大利亚总理特恩布尔、俄罗斯总理梅德韦杰夫。',
      published: '2016-09-09',
      events: [
        { type: 'meeting', date: '2016-09-08', actors: ['李克强', '特恩布尔'] },
        { type: 'meeting', date: '2016-09-08', actors: ['李克强', '梅德韦杰夫'] },
      ],
    },
  ],
  leaves: [
    {
      text: '國家主席習近平20日集體會見了澳大利亞總理特恩布爾、俄羅斯總理梅德韋傑夫等外方代表。',
      published: '2016-09-21',
      events: [{ type: 'meeting', date: '2016-09-20', actors: ['習近平', '特恩布爾', '梅德韋傑夫'] }],
    },
  ],
  apply: (c: CallCandidate, people: readonly PersonMention[]): boolean => {
    if (c.trig.type !== 'meeting' || /集体|共同|一起|一同/u.test(before(c))) return false;
    const s = text(c);
    const after = people.filter((p) => p.start > c.trig.start && p.end <= c.cEnd);
    if (after.length < 2 || after.some((p) => !p.country || p.titleStart === undefined)) return false;
    if (new Set(after.map((p) => p.country)).size < after.length) return false;
    // Listed one after another: only 、 和 及 and the next one's country between them, and no 等 closing the list.
    const listed = after.slice(1).every((p, i) => /^[、和及与][^，,。；、]{0,8}$/u.test(s.slice(after[i]!.end, p.titleStart)));
    return listed && !/^[^，,。；]{0,2}等/u.test(s.slice(after.at(-1)!.end));
  },
});

export const multilateral = rule({
  id: 'call.multilateral',
  decides: '三方會晤, 集體會見: several sides meet, never the same happening as a two-sided one that day.',
  examples: [
    {
      text: '國家主席習近平6日同法國總統馬克龍舉行會談，並同馬克龍、歐盟委員會主席馮德萊恩舉行中法歐三方會晤。',
      published: '2023-04-07',
      events: [
        { type: 'meeting', date: '2023-04-06', actors: ['習近平', '馬克龍'] },
        { type: 'meeting', date: '2023-04-06', actors: ['習近平', '馬克龍', '馮德萊恩'] },
      ],
    },
    {
      text: '国家主席习近平6日同法国总统马克龙举行会谈，并同马克龙、欧盟委员会主席冯德莱恩举行中法欧三方会晤。',
      published: '2023-04-07',
      events: [
        { type: 'meeting', date: '2023-04-06', actors: ['习近平', '马克龙'] },
        { type: 'meeting', date: '2023-04-06', actors: ['习近平', '马克龙', '冯德莱恩'] },
      ],
    },
    {
      text: [
        ['paragraph', '國家主席習近平6日同法國總統馬克龍舉行會談。'],
        ['paragraph', '當天，習近平同馬克龍、歐盟委員會主席馮德萊恩舉行三方會晤。'],
      ],
      published: '2023-04-07',
      events: [
        { type: 'meeting', date: '2023-04-06', actors: ['習近平', '馬克龍'] },
        { type: 'meeting', date: '2023-04-06', actors: ['習近平', '馬克龍', '馮德萊恩'] },
      ],
    },
  ],
  apply: (c: CallCandidate) => c.scope.lex.multilateral.has(text(c), Math.max(c.cStart, c.trig.start - 6), c.trig.start),
});

export const videoByMeans = rule({
  id: 'call.video-by-means',
  decides:
    '「以視頻方式會晤」「通過視頻會見」「以視頻方式出席…外長會」: a meeting word after the means it was held by (視頻, 視像, 視訊), or a meeting attended by those means, is a video meeting.',
  examples: [
    {
      text: [
        ['paragraph', '國家主席習近平16日上午在北京同美國總統拜登舉行視頻會晤。'],
        ['paragraph', '習近平說：「總統先生，你好。今天是我們第一次以視頻方式會晤。」'],
      ],
      published: '2021-11-16',
      events: [{ type: 'meeting', date: '2021-11-16', actors: ['習近平', '拜登'] }],
    },
    {
      text: [
        ['paragraph', '国家主席习近平16日上午在北京同美国总统拜登举行视频会晤。'],
        ['paragraph', '习近平说：“总统先生，你好。今天是我们第一次以视频方式会晤。”'],
      ],
      published: '2021-11-16',
      events: [{ type: 'meeting', date: '2021-11-16', actors: ['习近平', '拜登'] }],
    },
  ],
  apply: (c: CallCandidate): boolean =>
    c.trig.mode === 'in-person' &&
    (/(?:视频|视像|视讯)(?:方式|连线)?(?:举行|进行)?$/u.test(text(c).slice(Math.max(0, c.trig.start - 8), c.trig.start)) ||
      // 「以視頻方式出席中國-東盟(10+1)外長會」: attending by video a meeting named after it.
      /(?:视频|视像|视讯)(?:方式|连线)?(?:出席|参加)[^，。；]{0,24}$/u.test(text(c).slice(c.cStart, c.trig.start))),
});

/** Every rule of this file, in the order they run. */
export const CALL_RULES = [
  ...CALL_DROPS,
  datedPastOccasion,
  ...CALL_PEOPLE,
  companionsNotMet,
  pairWords,
  spokespersonSpeaksOfIt,
  ...CALL_DATES,
  dateOfEarlierEvent,
  dateOfTakingOffice,
  dateOfSpeaking,
  sameDayAsItsSentence,
  respectively,
  leadersOfSeveralCountries,
  multilateral,
  videoByMeans,
];
