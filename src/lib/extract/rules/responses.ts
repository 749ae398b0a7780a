/**
 * Ministry responses: which cue words in a sentence are a ministry's answer (speaker and
 * drop rules), what it answers (topic rules) and when it was given (date rules).
 */
import { hash64 } from '../../hash.ts';
import { rule, type Example, type Rule } from '../engine.ts';
import type { Lexicon } from '../lexicon.ts';
import { peopleIn, peopleInPageText, type PersonMention } from '../actors.ts';
import type { DateMention } from '../dates.ts';
import {
  countryEndingAt,
  HOME_OFFICES,
  ministriesIn,
  ministryHeaded,
  ministryName,
  ministryOfSpokesperson,
  nameAsWritten,
  type MinistryMention,
} from '../ministries.ts';
import { findTriggers } from '../triggers.ts';
import { hasPlan, planLeads, supposes } from '../nonevents.ts';
import { BYLINE_LEAD, clauseEnd, clauseStart, hanCount, inQuote, originalSlice, turnEnd, type Prepared, type Sentence } from '../text.ts';
import { ANSWERS_THE_PRESS, RECORD_OF, formerTitle, headOfficeName, jointPressIsTheVisit } from './briefing.ts';
import { asWritten, speakersIn, type Scope } from '../scope.ts';
import { topicOf, type Topic } from '../topics.ts';
import { textBefore, type BriefingState } from '../questions.ts';
import { fold } from '../fold.ts';
import type { DateValue } from '../dates.ts';
import type { Mention, MentionPerson } from '../mention.ts';

/** Who speaks: the ministry, the person if named, and where the speaker's words begin. */
export interface Speaker {
  ministry: MinistryMention & { name: string };
  person?: MentionPerson;
  start: number;
}

/** A response cue in its sentence, as the rules see it. */
export interface ResponseCandidate {
  scope: Scope;
  state: BriefingState;
  verb: { start: number; end: number; phrase: string };
  /** Set when the sentence opens a transcript's answer turn (答：, 陳明通：). */
  answer?: { end: number; phrase: string } | undefined;
  /** Where the speaker is looked for. */
  from: number;
  because: Set<string>;
}

const text = (c: { scope: Scope }) => c.scope.prep.folded;

/** Whether `p` is a spokesperson: by the data, by the page, or by the title written. */
const ENVOY_TITLE = /(?:总领事|大使|领事|公使)$/u;

export function isSpokesperson(scope: Scope, p: PersonMention | undefined): boolean {
  // 「洪磊總領事介紹了…」: a spokesperson of the data written with an envoy's title speaks as that envoy, in a later post.
  if (p?.person?.ministry && p.titleStart !== undefined && ENVOY_TITLE.test(scope.prep.folded.slice(p.titleStart, p.titleEnd)))
    return false;
  return (
    !!p &&
    (!!p.person?.ministry ||
      scope.spokespeople.has(p.folded) ||
      (p.titleStart !== undefined && /发言人/u.test(scope.prep.folded.slice(p.titleStart, p.titleEnd))))
  );
}

export const ministerInOwnMeeting = rule({
  id: 'speaker.minister-in-own-meeting',
  decides: '「王毅在會見X時表示」: a minister speaking in the meeting he holds is that meeting, not a response.',
  examples: [
    { text: '外交部長王毅在歷次會見美國官員時均應詢表示，中方反對干涉中國內政。', published: '2021-03-09', events: [] },
    { text: '外交部长王毅在历次会见美国官员时均应询表示，中方反对干涉中国内政。', published: '2021-03-09', events: [] },
  ],
  apply: (scope: Scope, from: number, verb: number) => {
    const { lex, prep } = scope;
    const s = prep.folded;
    return findTriggers(lex, s, from, verb, scope.rules).some((t) => {
      if (lex.topicLeads.has(s, from, t.start)) return false;
      const first = peopleIn(lex, prep, from, t.start)[0];
      return !first || /[同与和跟]/u.test(s.slice(from, first.start)) || !s.slice(from, t.start);
    });
  },
});

export const bareClauseLooksBack = rule({
  id: 'speaker.bare-clause-looks-back',
  decides:
    '「發言人毛寧昨日在例行記者會上，就日本…一事回應稱」: a clause with no speaker of its own takes the sentence’s, up to 60 characters back.',
  examples: [
    {
      text: '中國外交部發言人毛寧昨日（7日）在例行記者會上，就日本政府擬增加防衛預算一事回應稱，中方敦促日方停止軍事擴張。',
      published: '2026-01-08',
      events: [{ type: 'ministry-response', date: '2026-01-07', actors: ['中國外交部', '毛寧'] }],
    },
    {
      text: '中国外交部发言人毛宁昨日（7日）在例行记者会上，就日本政府拟增加防卫预算一事回应称，中方敦促日方停止军事扩张。',
      published: '2026-01-08',
      events: [{ type: 'ministry-response', date: '2026-01-07', actors: ['中国外交部', '毛宁'] }],
    },
  ],
  apply: (c: ResponseCandidate, clause: number) => {
    const bare =
      !speakersIn(c.scope, clause, c.verb.start).length &&
      !ministriesIn(c.scope.lex, c.scope.prep, clause, c.verb.start, c.scope.region).length;
    return bare ? Math.max(c.scope.sentence.start, c.verb.start - 60) : undefined;
  },
});

// Between a ministry and an official's title: one of its departments (北美司, 新聞局), and 副 of a deputy
// (the head named right after the ministry speaks before the press only: speaker.minister-before-press).
const DEPARTMENT = /^[\u4e00-\u9fff]{1,8}(?:司|局|处|署|厅|室|中心)副?$/u;

/** Whether the last words told in `before` are a named person's other than `name` (庫列巴表示，…). */
function lastSpeakerOther(lex: Lexicon, prep: Prepared, before: string, name: string): boolean {
  // Words no one is named for (王毅說，中國認為…) go on with the speaker before them.
  const verbs = [...lex.speechVerbs.all(before), ...lex.responseVerbs.all(before)].sort((a, b) => a.start - b.start);
  for (const verb of verbs.reverse()) {
    const clause =
      Math.max(before.lastIndexOf('。', verb.start), before.lastIndexOf('，', verb.start), before.lastIndexOf(',', verb.start)) + 1;
    const subject = before.slice(clause, verb.start);
    if (subject.includes(name)) return false;
    if (peopleInPageText(lex, subject, prep).length > 0) return true;
  }
  return false;
}

type SpeakerRule = Rule<(c: ResponseCandidate) => Speaker | null | undefined>;
// The ministry as written, with the country written right before it (中國外交部, 美國國務院).
const named = (scope: Scope, m: MinistryMention) => ({ ...m, name: nameAsWritten(scope.lex, scope.prep, m) });

/** Who gives the response: the first rule with an answer decides (null: nobody, so no response). */
/**
 * 「外交部長李肇星就外交工作回答了中外記者的提問」: an answering verb's object is whom it answers, so the press
 * it names (記者, 媒體) stands before the minister as much as a 記者會 written before the verb: the verb's reach
 * runs on to the question it answers.
 */
function answeredWhom(s: string, verbStart: number, verbEnd: number): number {
  if (!/^(?:回答|答复|作答)/u.test(s.slice(verbStart, verbStart + 2))) return verbEnd;
  const object = /^了?[^，。；：,;:！？!?]{0,12}?(?:提问|问题|询问|追问)/u.exec(s.slice(verbEnd));
  return object ? verbEnd + object[0].length : verbEnd;
}

export const SPEAKERS: SpeakerRule[] = [
  rule({
    id: 'speaker.answer-turn-is-presider',
    decides: 'An answer turn of a transcript (答：…) is given by the spokesperson presiding.',
    examples: [
      {
        text: [
          ['paragraph', '2010年9月28日外交部發言人秦剛主持例行記者會。'],
          ['paragraph', '問：中方如何看待朝鮮半島局勢？'],
          ['paragraph', '答：中方希望有關各方保持冷靜克制。'],
        ],
        published: '2010-09-29',
        events: [{ type: 'ministry-response', date: '2010-09-28', actors: ['外交部', '秦剛'] }],
      },
      {
        text: [
          ['paragraph', '2010年9月28日外交部发言人秦刚主持例行记者会。'],
          ['paragraph', '问：中方如何看待朝鲜半岛局势？'],
          ['paragraph', '答：中方希望有关各方保持冷静克制。'],
        ],
        published: '2010-09-29',
        events: [{ type: 'ministry-response', date: '2010-09-28', actors: ['外交部', '秦刚'] }],
      },
    ],
    apply: (c) => {
      if (!c.answer || c.verb.start !== c.scope.sentence.start) return undefined;
      const { state } = c;
      // A story that opens with answers goes on with the page's briefing before it (briefing.presider-carries-over).
      if (!state.presider && state.carried) {
        state.presider = state.carried.presider;
        state.briefingDay ??= state.carried.briefingDay;
      }
      return state.presider ? { ...state.presider, start: c.verb.start } : null;
    },
  }),
  rule({
    id: 'speaker.pronoun-is-presider',
    decides:
      '他在回答…時表示, 發言人指出, 這位發言人指出, 對於網上謠傳的消息，他表示: a pronoun, a bare 發言人 or 這位發言人 (after a matter led by 對於 or 關於, at the head of its own clause) is the spokesperson the story already named (a pronoun right after a call or meeting told since is one of its people, and one right after another named person’s words is that person: 科隆納表示，…。他說, 布林肯告訴議員：…。他強調, 王毅說，中國認為…。他說; 他們 is never the spokesperson).',
    examples: [
      {
        text: [
          ['paragraph', '國台辦發言人馬曉光16日主持例行新聞發布會，回答涉港言論等問題。'],
          ['paragraph', '記者問及台當局的涉港言論。對於網上謠傳港警逃往台灣的假消息，他表示，民進黨當局有關部門負責人如獲至寶。'],
        ],
        published: '2019-10-17',
        events: [{ type: 'ministry-response', date: '2019-10-16', actors: ['國台辦', '馬曉光'], passages: 2 }],
      },
      {
        text: [
          ['paragraph', '国台办发言人马晓光16日主持例行新闻发布会，回答涉港言论等问题。'],
          ['paragraph', '记者问及台当局的涉港言论。对于网上谣传港警逃往台湾的假消息，他表示，民进党当局有关部门负责人如获至宝。'],
        ],
        published: '2019-10-17',
        events: [{ type: 'ministry-response', date: '2019-10-16', actors: ['国台办', '马晓光'], passages: 2 }],
      },
      {
        text: [
          ['paragraph', '外交部發言人毛寧4日主持例行記者會。'],
          ['paragraph', '她在回答有關問題時表示，中方堅決反對任何形式的單邊制裁。'],
        ],
        published: '2025-03-05',
        events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛寧'] }],
      },
      {
        text: [
          ['paragraph', '外交部发言人毛宁4日主持例行记者会。'],
          ['paragraph', '她在回答有关问题时表示，中方坚决反对任何形式的单边制裁。'],
        ],
        published: '2025-03-05',
        events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛宁'] }],
      },
    ],
    leaves: [
      {
        text: [
          ['paragraph', '（北京綜合訊）中國外長王毅前天與烏克蘭外長庫列巴通電話。'],
          ['paragraph', '據中國外交部網站發布的信息，王毅說，中國認為應通過平等對話解決分歧。'],
          ['paragraph', '他說：「中方願繼續發揮建設性作用。」'],
        ],
        published: '2022-04-06',
        events: [{ type: 'call', date: '2022-04-04', actors: ['王毅', '庫列巴'] }],
      },
      {
        text: [
          ['paragraph', '（北京综合讯）中国外长王毅前天与乌克兰外长库列巴通电话。'],
          ['paragraph', '据中国外交部网站发布的信息，王毅说，中国认为应通过平等对话解决分歧。'],
          ['paragraph', '他说：“中方愿继续发挥建设性作用。”'],
        ],
        published: '2022-04-06',
        events: [{ type: 'call', date: '2022-04-04', actors: ['王毅', '库列巴'] }],
      },
      {
        text: [
          ['paragraph', '9月15日，駐英國使館發言人就英方炒作所謂間諜案答記者問。'],
          ['paragraph', '記者：英國議會近日討論所謂間諜案，你對此有何評論？'],
          ['paragraph', '使館發言人：英方炒作的所謂間諜案完全是無中生有，中方已提出嚴正交涉。'],
          ['paragraph', '此事表明，英國某些政客已陷入反華妄想症。他們針對中國進行的毫無依據的指責，是為了掩蓋自身在國內問題上的無能。'],
        ],
        published: '2023-09-16',
        events: [{ type: 'ministry-response', date: '2023-09-15', actors: ['駐英國使館'], passages: 4 }],
      },
      {
        text: [
          ['paragraph', '9月15日，驻英国使馆发言人就英方炒作所谓间谍案答记者问。'],
          ['paragraph', '记者：英国议会近日讨论所谓间谍案，你对此有何评论？'],
          ['paragraph', '使馆发言人：英方炒作的所谓间谍案完全是无中生有，中方已提出严正交涉。'],
          ['paragraph', '此事表明，英国某些政客已陷入反华妄想症。他们针对中国进行的毫无依据的指责，是为了掩盖自身在国内问题上的无能。'],
        ],
        published: '2023-09-16',
        events: [{ type: 'ministry-response', date: '2023-09-15', actors: ['驻英国使馆'], passages: 4 }],
      },
      {
        text: [
          ['paragraph', '外交部發言人趙立堅11日在例行記者會上表示，中方歡迎美方來訪。'],
          ['paragraph', '美國國務卿布林肯10日告訴國會議員：「這是一個重要機會。」'],
          ['paragraph', '他強調，這次會晤不是定期對話的恢復。'],
        ],
        published: '2021-03-12',
        events: [{ type: 'ministry-response', date: '2021-03-11', actors: ['外交部', '趙立堅'], passages: 1 }],
      },
      {
        text: [
          ['paragraph', '外交部发言人赵立坚11日在例行记者会上表示，中方欢迎美方来访。'],
          ['paragraph', '美国国务卿布林肯10日告诉国会议员：“这是一个重要机会。”'],
          ['paragraph', '他强调，这次会晤不是定期对话的恢复。'],
        ],
        published: '2021-03-12',
        events: [{ type: 'ministry-response', date: '2021-03-11', actors: ['外交部', '赵立坚'], passages: 1 }],
      },
      {
        text: [
          ['paragraph', '（中央社記者北京16日電）中國外長秦剛今天與法國外長科隆納通電話。'],
          ['paragraph', '根據中國外交部網站晚間發布，科隆納表示，法方願同中方加強溝通。'],
          ['paragraph', '他說，法方堅持一個中國政策。'],
        ],
        published: '2023-03-17',
        outlet: '中央社',
        events: [{ type: 'call', date: '2023-03-16', actors: ['秦剛', '科隆納'] }],
      },
      {
        text: [
          ['paragraph', '（中央社记者北京16日电）中国外长秦刚今天与法国外长科隆纳通电话。'],
          ['paragraph', '根据中国外交部网站晚间发布，科隆纳表示，法方愿同中方加强沟通。'],
          ['paragraph', '他说，法方坚持一个中国政策。'],
        ],
        published: '2023-03-17',
        events: [{ type: 'call', date: '2023-03-16', actors: ['秦刚', '科隆纳'] }],
      },
    ],
    apply: (c) => {
      const s = text(c);
      const { presider } = c.state;
      // 「對於網上謠傳的假消息，他表示」: after a matter led by 對於, 關於 …, the pronoun opens its own clause.
      const whole = s.slice(c.from, c.verb.start);
      const cut = Math.max(whole.lastIndexOf('，'), whole.lastIndexOf(','));
      const head = cut > 0 && c.scope.lex.topicLeads.at(whole, 0) ? whole.slice(cut + 1) : whole;
      if (
        !presider ||
        !/^(他(?!们)|她(?!们)|(?:该|这位|这名|此位)?发言人|该负责人|(?:大)?使馆发言人)/u.test(head) ||
        speakersIn(c.scope, c.from, c.verb.start).length
      )
        return undefined;
      // 「習近平同特朗普通電話…。他指出」: after a call or meeting told since the spokesperson was named, 他 is one of its people.
      if (/^[他她]/u.test(head)) {
        const before = c.state.previousText + text(c).slice(0, c.scope.sentence.start);
        const told = c.scope.lex.triggers.all(before).pop();
        const name = presider.person?.folded ?? presider.ministry.folded;
        // (Not when the spokesperson told it: 「毛寧說：『王毅同巴羅通電話』她表示…」.)
        if (told && !before.slice(before.lastIndexOf('。', told.start) + 1).includes(name)) return undefined;
        // 「庫列巴表示，…。他說」「布林肯告訴議員：…。他強調」: after another named person's words, 他 is that person.
        if (lastSpeakerOther(c.scope.lex, c.scope.prep, before, name)) return undefined;
      }
      return { ...presider, start: c.from };
    },
  }),
  rule({
    id: 'speaker.minister-before-press',
    decides:
      '陸委會主委陳明通召開記者會表示, 外交部長王毅在記者會上回應, 外交部長…回答了中外記者的提問 (the press is whom the answer is for), 駐美大使崔天凱6日證實此事, 副部長陳健2日在此間透露 (confirming or disclosing what was reported is said to the press): a minister or office head speaks for the ministry when before the press (回應 alone, at a meeting he attends, is not; nor one named after 就, 關於 or 有關 in the clause, part of what is answered about: the one named before him speaks).',
    examples: [
      {
        text: '中國商務部副部長陳健2日在此間透露，中方將與歐方繼續磋商。',
        published: '2013-04-03',
        events: [{ type: 'ministry-response', date: '2013-04-02', actors: ['商務部', '陳健'] }],
      },
      {
        text: '中国商务部副部长陈健2日在此间透露，中方将与欧方继续磋商。',
        published: '2013-04-03',
        events: [{ type: 'ministry-response', date: '2013-04-02', actors: ['商务部', '陈健'] }],
      },
      {
        text: '中國駐德國大使史明德接受路透社採訪時透露，總理將訪問德國。',
        published: '2014-10-04',
        events: [{ type: 'ministry-response', date: '2014-10-04', actors: ['史明德'] }],
      },
      {
        text: '中國駐美大使崔天凱6日證實此事，並稱兩國正就有關安排保持溝通。',
        published: '2015-02-11',
        events: [{ type: 'ministry-response', date: '2015-02-06', actors: ['崔天凱'] }],
      },
      {
        text: '中国驻美大使崔天凯6日证实此事，并称两国正就有关安排保持沟通。',
        published: '2015-02-11',
        events: [{ type: 'ministry-response', date: '2015-02-06', actors: ['崔天凯'] }],
      },
      {
        text: [
          ['paragraph', '外交部長唐家璇21日就朱鎔基總理訪問日本、韓國取得的成果，向記者發表談話：'],
          ['paragraph', '朱鎔基總理這次對日本、韓國的正式訪問，是一次重要外交行動。'],
        ],
        published: '2000-10-22',
        events: [{ type: 'ministry-response', date: '2000-10-21', actors: ['外交部', '唐家璇'] }],
      },
      {
        text: [
          ['paragraph', '外交部长唐家璇21日就朱镕基总理访问日本、韩国取得的成果，向记者发表谈话：'],
          ['paragraph', '朱镕基总理这次对日本、韩国的正式访问，是一次重要外交行动。'],
        ],
        published: '2000-10-22',
        events: [{ type: 'ministry-response', date: '2000-10-21', actors: ['外交部', '唐家璇'] }],
      },
      {
        text: '國務委員兼外交部長王毅8日在記者會上回應提問表示，中方反對任何干涉。',
        published: '2021-03-09',
        events: [{ type: 'ministry-response', date: '2021-03-08', actors: ['外交部', '王毅'] }],
      },
      {
        text: '国务委员兼外交部长王毅8日在记者会上回应提问表示，中方反对任何干涉。',
        published: '2021-03-09',
        events: [{ type: 'ministry-response', date: '2021-03-08', actors: ['外交部', '王毅'] }],
      },
      {
        text: '外交部長李肇星6日在人民大會堂就中國外交工作和國際形勢回答了中外記者的提問。',
        published: '2004-03-07',
        events: [{ type: 'ministry-response', date: '2004-03-06', actors: ['外交部', '李肇星'] }],
      },
      {
        text: '外交部长李肇星6日在人民大会堂就中国外交工作和国际形势回答了中外记者的提问。',
        published: '2004-03-07',
        events: [{ type: 'ministry-response', date: '2004-03-06', actors: ['外交部', '李肇星'] }],
      },
    ],
    leaves: [
      {
        text: [
          ['headline', '2007年3月27日外交部發言人秦剛舉行例行記者會'],
          ['paragraph', '外交部發言人就六方會談、溫家寶總理訪問韓日、台「外長」赴聖盧西亞活動等答問。'],
        ],
        published: '2007-03-27',
        events: [{ type: 'ministry-response', date: '2007-03-27', actors: ['外交部'] }],
      },
      {
        text: [
          ['headline', '2007年3月27日外交部发言人秦刚举行例行记者会'],
          ['paragraph', '外交部发言人就六方会谈、温家宝总理访问韩日、台“外长”赴圣卢西亚活动等答问。'],
        ],
        published: '2007-03-27',
        events: [{ type: 'ministry-response', date: '2007-03-27', actors: ['外交部'] }],
      },
      {
        text: '總統蔡英文昨接見所羅門群島外長馬內列。台灣外長吳釗燮回應，一連串的雙邊互動，對加深彼此邦誼具重大意義。',
        published: '2019-09-10',
        events: [{ type: 'meeting', date: '2019-09-09', actors: ['蔡英文', '馬內列'] }],
      },
      {
        text: '总统蔡英文昨接见所罗门群岛外长马内列。台湾外长吴钊燮回应，一连串的双边互动，对加深彼此邦谊具重大意义。',
        published: '2019-09-10',
        events: [{ type: 'meeting', date: '2019-09-09', actors: ['蔡英文', '马内列'] }],
      },
      { text: '外交部長王毅8日表示，中方樂見合作。', published: '2021-03-09', outlet: '自由時報', events: [] },
      { text: '前外交部長歐陽明今天在記者會上說，下一個斷交國恐在中美洲。', published: '2018-05-25', outlet: '中央社', events: [] },
      { text: '前外交部长欧阳明今天在记者会上说，下一个断交国恐在中美洲。', published: '2018-05-25', events: [] },
      { text: '外交部長林佳龍今天表示，台灣樂見美日同盟深化。', published: '2025-02-07', outlet: '自由時報', events: [] },
      {
        text: '官媒《央視》旗下新媒體稱，日本在台培養媚日人士，外交部長林佳龍則重申日台理念相近，國台辦昨（26）日竟稱有關言論暴露其企圖。',
        published: '2025-11-27',
        events: [{ type: 'ministry-response', date: '2025-11-26', actors: ['國台辦'] }],
      },
      {
        text: '官媒《央视》旗下新媒体称，日本在台培养媚日人士，外交部长林佳龙则重申日台理念相近，国台办昨（26）日竟称有关言论暴露其企图。',
        published: '2025-11-27',
        events: [{ type: 'ministry-response', date: '2025-11-26', actors: ['国台办'] }],
      },
      {
        text: '〔記者陳鈺馥／台北報導〕陸委會主委邱垂正訪美期間，呼籲中國應正視中華民國台灣存在的事實。',
        published: '2025-09-24',
        outlet: '自由時報',
        events: [],
      },
      {
        text: '外交部長王毅8日在北京會見來訪的伊朗外長扎里夫時表示，雙方要加強合作。',
        published: '2021-03-09',
        events: [{ type: 'meeting', date: '2021-03-08', actors: ['王毅', '扎里夫'] }],
      },
    ],
    apply: (c) => {
      const { lex, prep, sentence, region } = c.scope;
      const s = prep.folded;
      // 「秦剛舉行記者會，就六方會談、印度外長慕克吉訪華等問題回答了提問」「發佈了有關…及外長托卡耶夫將訪華的消息後」:
      // one named after 就, 關於 or 有關 in his clause is inside what is answered about and does not speak; the one
      // before it may (外交部長唐家璇21日就朱鎔基總理訪問日本…，向記者發表以下談話).
      const about = (p: { start: number; titleStart?: number | undefined }) =>
        /(?:就|对于|关于|针对|有关)[^，。；]*$/u.test(
          s.slice(clauseStart(s, p.titleStart ?? p.start, sentence.start), p.titleStart ?? p.start),
        );
      const speakers = speakersIn(c.scope, c.from, c.verb.start);
      while (speakers.length > 1 && about(speakers.at(-1)!)) speakers.pop();
      const last = speakers.pop();
      if (!last || isSpokesperson(c.scope, last) || last.titleStart === undefined) return undefined;
      if (formerTitle(s, last.titleStart)) return undefined;
      if (about(last)) return undefined;
      const ministry = ministriesIn(lex, prep, c.from, c.verb.start, region).pop();
      // 「外交部長林佳龍則重申…，國台辦昨日竟稱…」: an office written after the minister, nearer the verb, speaks.
      if (ministry && ministry.start >= last.end) return undefined;
      const head = ministryHeaded(lex, s, last.titleStart, last.titleEnd!, ministry, region);
      const verbEnd = answeredWhom(s, c.verb.start, c.verb.start + (lex.responseVerbs.at(s, c.verb.start)?.phrase.length ?? 0));
      // A byline's 記者 (〔記者陳鈺馥／台北報導〕) is the paper's reporter, not a press the minister stands before.
      const byline = sentence.start + (BYLINE_LEAD.exec(s.slice(sentence.start, verbEnd))?.[0].length ?? 0);
      // 「官媒《央視》稱，…，外交部長林佳龍則重申」: a cue before another speaker's verb is that speaker's, not the minister's.
      const before = [...lex.responseVerbs.all(s, byline, last.titleStart), ...lex.speechVerbs.all(s, byline, last.titleStart)];
      const cuesFrom = Math.max(byline, ...before.map((v) => v.end));
      if (!head || !lex.pressCues.has(s, cuesFrom, verbEnd)) return undefined;
      if (c.scope.rules.when(ministerInOwnMeeting, undefined, () => ministerInOwnMeeting.apply(c.scope, last.end, c.verb.start)))
        return undefined;
      if (c.scope.rules.when(jointPressIsTheVisit, undefined, () => jointPressIsTheVisit.apply(c.scope, verbEnd))) return undefined;
      // An ambassador speaks for his foreign ministry, named as his title is written (中國駐英大使).
      const name = headOfficeName(lex, prep, head, last, ministryName(head.entry, c.scope.simplified));
      return { ministry: { ...head, name }, person: asWritten(c.scope, last), start: Math.min(head.start, last.titleStart) };
    },
  }),
  rule({
    id: 'speaker.presider-named',
    decides: '「外交部長秦剛出席記者會…。秦剛表示」: the one presiding over the press conference, named again, answers for the ministry.',
    examples: [
      {
        text: [
          ['paragraph', '3月7日上午，外交部長秦剛出席記者會，就中國外交政策回答中外記者提問。'],
          ['paragraph', '秦剛表示，台灣問題是中國內政，不容外部干涉。'],
          ['paragraph', '關於烏克蘭危機，秦剛表示，中方始終勸和促談。'],
        ],
        published: '2023-03-08',
        events: [
          { type: 'ministry-response', date: '2023-03-07', actors: ['外交部', '秦剛'] },
          { type: 'ministry-response', date: '2023-03-07', actors: ['外交部', '秦剛'] },
        ],
      },
      {
        text: [
          ['paragraph', '3月7日上午，外交部长秦刚出席记者会，就中国外交政策回答中外记者提问。'],
          ['paragraph', '秦刚表示，台湾问题是中国内政，不容外部干涉。'],
          ['paragraph', '关于乌克兰危机，秦刚表示，中方始终劝和促谈。'],
        ],
        published: '2023-03-08',
        events: [
          { type: 'ministry-response', date: '2023-03-07', actors: ['外交部', '秦刚'] },
          { type: 'ministry-response', date: '2023-03-07', actors: ['外交部', '秦刚'] },
        ],
      },
    ],
    apply: (c) => {
      const { presider } = c.state;
      const last = speakersIn(c.scope, c.from, c.verb.start).pop();
      if (
        !presider?.person ||
        !last ||
        last.titleStart !== undefined ||
        last.folded !== presider.person.folded ||
        isSpokesperson(c.scope, last)
      )
        return undefined;
      return { ...presider, person: asWritten(c.scope, last), start: last.start };
    },
  }),
  rule({
    id: 'speaker.official-of-the-ministry',
    decides:
      '「外交部北美司副司長梁毅鵬回應」: an official of one of the ministry’s departments, named with the ministry written right before, answers for it (not one met: 大使約見斯外交部亞大司司長普瑞澤).',
    examples: [
      {
        text: '外交部北美司副司長梁毅鵬今天回應，我與美方聯繫不會中斷。',
        published: '2014-09-04',
        events: [{ type: 'ministry-response', date: '2014-09-04', actors: ['外交部', '梁毅鵬'] }],
      },
      {
        text: '商务部对外贸易司司长李兴明今天表示，中方愿同各方加强沟通。',
        published: '2021-09-04',
        events: [{ type: 'ministry-response', date: '2021-09-04', actors: ['商务部', '李兴明'] }],
      },
    ],
    leaves: [
      { text: '應外交部邀請訪華的美國前國務卿基辛格表示，美中應加強合作。', published: '2023-07-21', events: [] },
      {
        text: '3月24日，王順卿大使約見斯外交部亞大司司長普瑞澤，就歐盟對華實施單邊制裁提出嚴正交涉，對歐方錯誤決定表示堅決反對和強烈譴責。',
        published: '2021-03-25',
        events: [{ type: 'meeting', date: '2021-03-24' }],
      },
      {
        text: '3月24日，王顺卿大使约见斯外交部亚大司司长普瑞泽，就欧盟对华实施单边制裁提出严正交涉，对欧方错误决定表示坚决反对和强烈谴责。',
        published: '2021-03-25',
        events: [{ type: 'meeting', date: '2021-03-24' }],
      },
    ],
    apply: (c) => {
      const last = speakersIn(c.scope, c.from, c.verb.start).pop();
      if (!last || last.titleStart === undefined || isSpokesperson(c.scope, last)) return undefined;
      const ministry = ministriesIn(c.scope.lex, c.scope.prep, c.from, c.verb.start, c.scope.region)
        .filter((m) => m.end <= last.titleStart!)
        .pop();
      // 「外交部北美司副司長」, and 「外交部亞太司長」 where the department's 司 opens the title.
      const dept = (to: number) => DEPARTMENT.test(text(c).slice(ministry!.end, to));
      if (!ministry || !(dept(last.titleStart) || dept(last.titleStart + 1))) return undefined;
      // 「大使約見斯外交部亞大司司長普瑞澤」: the official met is spoken with, not speaking.
      if (c.scope.rules.when(officeSpokenOf, undefined, () => officeSpokenOf.apply(c.scope.lex, text(c), ministry, c.scope.region)))
        return undefined;
      return { ministry: named(c.scope, ministry), person: asWritten(c.scope, last), start: ministry.start };
    },
  }),
  rule({
    id: 'speaker.someone-else-speaks',
    decides:
      '「X國總統表示」: a person who is no spokesperson, named after any ministry, is speaking for himself: no ministry’s response (not one whose words are named: 引用辜振甫的詩句，表達…; nor one named in what is answered or commented on: 在評價英國首相梅傑訪華的成果時說).',
    examples: [
      { text: '應外交部邀請訪華的美國前國務卿基辛格表示，美中應加強合作。', published: '2023-07-21', events: [] },
      { text: '应外交部邀请访华的美国前国务卿基辛格表示，美中应加强合作。', published: '2023-07-21', events: [] },
    ],
    leaves: [
      {
        text: '新華社北京9月5日電 外交部發言人吳建民今天在評價英國首相梅傑訪華的成果時說，中英關係得到改善。',
        published: '1991-09-06',
        events: [{ type: 'ministry-response', date: '1991-09-05', actors: ['外交部', '吳建民'] }],
      },
      {
        text: '新华社北京9月5日电 外交部发言人吴建民今天在评价英国首相梅杰访华的成果时说，中英关系得到改善。',
        published: '1991-09-06',
        events: [{ type: 'ministry-response', date: '1991-09-05', actors: ['外交部', '吴建民'] }],
      },
      {
        text: '5月21日，中國駐英國使館發言人就英國首相蘇納克涉華錯誤言論答記者問。',
        published: '2023-05-22',
        events: [{ type: 'ministry-response', date: '2023-05-21', actors: ['中國駐英國使館'] }],
      },
      {
        text: '5月21日，外交部发言人就英国首相苏纳克涉华错误言论答记者问。',
        published: '2023-05-22',
        events: [{ type: 'ministry-response', date: '2023-05-21', actors: ['外交部'] }],
      },
      {
        text: '國台辦發言人楊毅今天在例行記者會上答覆有關馬英九講話的問題時表示，世界上只有一個中國。',
        published: '2010-10-13',
        events: [{ type: 'ministry-response', date: '2010-10-13', actors: ['國台辦', '楊毅'] }],
      },
      {
        text: '国台办发言人杨毅今天在例行记者会上回答有关马英九讲话的问题时表示，世界上只有一个中国。',
        published: '2010-10-13',
        events: [{ type: 'ministry-response', date: '2010-10-13', actors: ['国台办', '杨毅'] }],
      },
      {
        text: '國台辦發言人陳斌華13日在記者會上引述海基會董事長辜振甫的話，批評民進黨當局。',
        published: '2023-09-14',
        events: [{ type: 'ministry-response', date: '2023-09-13', actors: ['國台辦', '陳斌華'] }],
      },
      {
        text: '国台办发言人陈斌华13日在记者会上引述海基会董事长辜振甫的话，批评民进党当局。',
        published: '2023-09-14',
        events: [{ type: 'ministry-response', date: '2023-09-13', actors: ['国台办', '陈斌华'] }],
      },
    ],
    apply: (c) => {
      // 「引用董事長辜振甫的詩句」: a person whose words or work are named (辜振甫的) is spoken of, not speaking.
      const speakers = speakersIn(c.scope, c.from, c.verb.start).filter((p) => text(c)[p.end] !== '的');
      const last = speakers.pop();
      const ministry = ministriesIn(c.scope.lex, c.scope.prep, c.from, c.verb.start, c.scope.region).pop();
      const spokesperson = speakers.filter((p) => isSpokesperson(c.scope, p)).pop();
      // 「使館發言人就英國首相蘇納克涉華言論答記者問」「楊毅今天在記者會上答覆有關馬英九講話的問題時表示」: a person
      // named in what is answered about is not speaking.
      const asked =
        !!last &&
        ((!!ministry && ASKED_AFTER_OFFICE.test(text(c).slice(ministry.end, last.start))) ||
          (!!spokesperson && ASKED_AFTER_SPEAKER.test(text(c).slice(spokesperson.end, last.start))));
      return last && !asked && !isSpokesperson(c.scope, last) && (!ministry || last.start > ministry.start) ? null : undefined;
    },
  }),
  rule({
    id: 'speaker.ministry-named',
    decides: '外交部發言人毛寧表示, 商務部表示: the ministry named before the verb responds, with its spokesperson when named.',
    examples: [
      {
        text: '商務部新聞發言人13日表示，中方堅決反對。',
        published: '2025-12-14',
        events: [{ type: 'ministry-response', date: '2025-12-13', actors: ['商務部'] }],
      },
      {
        text: '商务部新闻发言人13日表示，中方坚决反对。',
        published: '2025-12-14',
        events: [{ type: 'ministry-response', date: '2025-12-13', actors: ['商务部'] }],
      },
      {
        text: '外交部駐港公署昨日發表聲明，稱有關言論干預香港事務，促請有關國家立即停止干預。',
        published: '2025-08-07',
        outlet: '明報',
        events: [{ type: 'ministry-response', date: '2025-08-06', actors: ['外交部駐港公署'] }],
      },
    ],
    apply: (c) => {
      const s = text(c);
      // 「要感謝美國國務院發布聲明」「向中國駐歐盟使團發出照會」: an office that another verb or 向 governs is spoken of, not speaking.
      const all = ministriesIn(c.scope.lex, c.scope.prep, c.from, c.verb.start, c.scope.region).filter(
        (m) => !c.scope.rules.when(officeSpokenOf, undefined, () => officeSpokenOf.apply(c.scope.lex, s, m, c.scope.region)),
      );
      if (!all.length) return undefined;
      // The spokesperson named last (not one named in what is answered about: 楊毅…答覆有關馬英九講話的問題時表示).
      const last = speakersIn(c.scope, c.from, c.verb.start)
        .filter((p) => isSpokesperson(c.scope, p))
        .pop();
      const person = last ? asWritten(c.scope, last) : undefined;
      // 「外交部發言人…就某國國防部的報告答記者問」: the spokesperson's own ministry, written before the title, speaks.
      const own =
        person && last!.titleStart !== undefined
          ? all.filter((m) => m.end <= last!.titleStart! && last!.titleStart! - m.end <= 2).pop()
          : undefined;
      const ministry = own ? ministryOfSpokesperson(c.scope.lex, c.scope.prep, own, last!.person) : all[all.length - 1]!;
      return { ministry: named(c.scope, ministry), ...(person ? { person } : {}), start: ministry.start };
    },
  }),
  rule({
    id: 'speaker.capital-for-government',
    decides:
      '「北京昨日表示，此舉將損害兩國關係」: a capital heading its clause with its day written right before the verb speaks for its government; its foreign ministry answers, named as written (with no day, 「北京一向指責…」 is background).',
    examples: [
      {
        text: '北京昨日表示，有關做法將損害兩國互信。',
        published: '2024-05-10',
        events: [{ type: 'ministry-response', date: '2024-05-09', actors: ['北京'] }],
      },
      {
        text: '台北昨天表示，对此深表遗憾。',
        published: '2024-05-10',
        events: [{ type: 'ministry-response', date: '2024-05-09', actors: ['台北'] }],
      },
    ],
    apply: (c) => {
      const s = text(c);
      const clause = clauseStart(s, c.verb.start, c.scope.sentence.start);
      const hit = c.scope.lex.capitals.at(s, clause);
      if (!hit) return undefined;
      // Only with its day written between (北京昨日表示): 「北京指責台灣…」 with no day is background, not a statement made.
      if (!c.scope.dates.some((d) => d.start === hit.end && d.end === c.verb.start && d.date)) return undefined;
      const country = hit.value;
      const name = originalSlice(c.scope.prep, hit.start, hit.end);
      const ministry = {
        start: hit.start,
        end: hit.end,
        folded: hit.phrase,
        name,
        id: `${country.toLowerCase()}-mfa`,
        entry: 'mfa',
        country,
        en: '',
      };
      return { ministry, start: hit.start };
    },
  }),
  rule({
    id: 'speaker.known-spokesperson',
    decides:
      '毛寧表示: a spokesperson known from the data or named earlier on the page speaks for that ministry, past anyone named in what is asked or talked about (段津就美國總統布什宣布停火發表評論說, 孔泉在談到布什總統的國情咨文時表示); one written with an envoy’s title (洪磊總領事) speaks as that envoy, in a later post.',
    examples: [
      {
        text: [
          ['paragraph', '外交部發言人孔泉3日主持例行記者會。'],
          ['paragraph', '孔泉在談到美國總統布什國情咨文的外交內容時表示，我們希望美國發揮積極作用。'],
        ],
        published: '2005-02-04',
        events: [{ type: 'ministry-response', date: '2005-02-03', actors: ['外交部', '孔泉'] }],
      },
      {
        text: [
          ['paragraph', '外交部发言人孔泉3日主持例行记者会。'],
          ['paragraph', '孔泉在谈到美国总统布什国情咨文的外交内容时表示，我们希望美国发挥积极作用。'],
        ],
        published: '2005-02-04',
        events: [{ type: 'ministry-response', date: '2005-02-03', actors: ['外交部', '孔泉'] }],
      },
      {
        text: '毛寧4日表示，中方堅決反對。',
        published: '2026-02-05',
        events: [{ type: 'ministry-response', date: '2026-02-04', actors: ['外交部', '毛寧'] }],
      },
      {
        text: '毛宁4日表示，中方坚决反对。',
        published: '2026-02-05',
        events: [{ type: 'ministry-response', date: '2026-02-04', actors: ['外交部', '毛宁'] }],
      },
      {
        text: [
          ['paragraph', '外交部發言人段津今天舉行記者招待會，就海灣局勢發表談話。'],
          ['paragraph', '應記者的要求，段津就美國總統布什宣布停火發表評論說，中國政府歡迎這一決定。'],
        ],
        published: '1991-02-28',
        events: [
          { type: 'ministry-response', date: '1991-02-28', actors: ['外交部', '段津'] },
          { type: 'ministry-response', date: '1991-02-28', actors: ['外交部', '段津'] },
        ],
      },
      {
        text: [
          ['paragraph', '外交部发言人段津今天举行记者招待会，就海湾局势发表谈话。'],
          ['paragraph', '应记者的要求，段津就美国总统布什宣布停火发表评论说，中国政府欢迎这一决定。'],
        ],
        published: '1991-02-28',
        events: [
          { type: 'ministry-response', date: '1991-02-28', actors: ['外交部', '段津'] },
          { type: 'ministry-response', date: '1991-02-28', actors: ['外交部', '段津'] },
        ],
      },
    ],
    leaves: [
      {
        text: '8月31日，洪磊總領事走訪眾議員選區辦公室。洪磊總領事介紹了中美關係和中國同印第安那州合作交流有關情況。',
        published: '2016-09-01',
        events: [],
      },
      {
        text: '8月31日，洪磊总领事走访众议员选区办公室。洪磊总领事介绍了中美关系和中国同印第安纳州合作交流有关情况。',
        published: '2016-09-01',
        events: [],
      },
    ],
    apply: (c) => {
      const speakers = speakersIn(c.scope, c.from, c.verb.start);
      // 「段津就美國總統布什宣布…發表評論說」: people named in what is asked about (就…) after the spokesperson do not speak.
      const at = speakers.findLastIndex((p) => isSpokesperson(c.scope, p));
      const asked =
        at >= 0 && at < speakers.length - 1 && ASKED_AFTER_SPEAKER.test(text(c).slice(speakers[at]!.end, speakers[at + 1]!.start));
      const last = asked ? speakers[at] : speakers.at(-1);
      if (!last || !isSpokesperson(c.scope, last)) return undefined;
      const person = asWritten(c.scope, last);
      const known = person.person?.ministry
        ? { entry: person.person.ministry, country: person.person.country }
        : c.scope.spokespeople.get(person.folded);
      if (!known) return undefined;
      const onPage = c.scope.spokespeople.get(person.folded);
      const name = (onPage?.entry === known.entry && onPage.name) || ministryName(known.entry, c.scope.simplified);
      const ministry = {
        start: person.start,
        end: person.start,
        folded: fold(name),
        name,
        id: `${known.country.toLowerCase()}-${known.entry}`,
        entry: known.entry,
        country: known.country,
        en: '',
      };
      return { ministry, person, start: person.start };
    },
  }),
];

// 「來報導(大陸)外交部…」「引述」: a report covering what follows (a country's name may stand between).
const REPORTS_ON = /(?:报道|报导|引述|转述)[^，,。；]{0,4}$/u;

type DropRule = Rule<(c: ResponseCandidate, speaker: Speaker) => 'drop' | undefined>;

/** True when `at` in the folded passage `s` lies in a reporter's turn (in a transcript run together in one paragraph, the nearest turn before it decides). */
export function inQuestionTurn(lex: Lexicon, s: string, at: number): boolean {
  const upTo = s.slice(0, at);
  const asked = Math.max(upTo.lastIndexOf('问:'), upTo.lastIndexOf('问：'));
  const answered = Math.max(upTo.lastIndexOf('答:'), upTo.lastIndexOf('答：'));
  if (answered >= 0 || /答[:：]/u.test(s)) return asked > answered;
  // 「國臺辦今天舉行新聞發佈會，記者提問：…請問發言人您如何評價？」: a reporter's turn opened inside the
  // paragraph runs to its question mark.
  if (asked >= 0 && /记者提?$/u.test(upTo.slice(Math.max(0, asked - 3), asked))) {
    const mark = s.slice(asked).search(/[？?]/u);
    if (mark >= 0 && at < asked + mark) return true;
  }
  // 「記者:…評論?謝謝。張銘清:台灣是…」: a name's turn after the question mark answers it, in the same paragraph.
  const answeredInline = [...upTo.matchAll(TURN_AFTER_QUESTION)].some((m) => !/记者/u.test(m[1]!));
  if (answeredInline) return false;
  return QUESTION_TURN.test(s) || lex.questionTurnPattern.test(s) || insideReportedQuestion(s, at);
}

const TURN_AFTER_QUESTION = /[？?](?:谢谢[。！!]?)?\s*(\p{Script=Han}{2,4})答?[：:]/gu;

// 有記者提問，…？, 有記者提問稱，…？, 今天有外媒記者提問，…？, 在當日下午的例行記者會上，有記者問，…？, 一名法新社記者向毛寧提問，…？: a paragraph that opens by reporting a question.
const REPORTED_QUESTION =
  /^(?:今天|今日|昨天|昨日|当天|当日|会上|记者会上|发布会上|在[^，,。]{0,14}(?:记者会|发布会|吹风会)上[，,]?)?(?:另|还)?(?:有|一名|一位)?(?:外媒|外国媒体|境外媒体|[\p{Script=Han}]{1,6}?社)?(?:记者|媒体)(?:也|还|又)?(?:向[\p{Script=Han}]{1,4})?(?:提问|问到|问及|问)(?:称|说|道)?[，,：:]/u;

/** 「有記者提問，美國財長12日聲稱…。請問中方有何評論？」: what comes before the question mark is the question's matter. */
function insideReportedQuestion(s: string, at: number): boolean {
  // The question opens the paragraph or a sentence of it (「…舉行例行新聞發布會。有記者問，…？」).
  const head = Math.max(...['。', '！', '？', '!', '?'].map((m) => s.lastIndexOf(m, at - 1))) + 1;
  if (!REPORTED_QUESTION.test(s.slice(head))) return false;
  const mark = s.slice(at).search(/[？?]/u);
  return mark >= 0;
}

// A meeting word just before an office, perhaps with its country's short name between (約見斯外交部…): the office is met.
const MET_BEFORE = /(?:约见|会见|召见|召唤|接见|拜会|拜访|会晤)[^，。；]{0,3}$/u;
// Verbs and prepositions whose object an office is when it follows them directly.
const GOVERNS_OFFICE =
  /(?:感谢|感激|支持|协助|向|对|给|替|要求|敦促|呼吁|促请|批评|谴责|指责|致函|致电|召见|召唤|约见|照会|拜访|拜会|走访|配合)$/u;
// 設立“駐立陶宛台灣代表處”: an office set up, closed or renamed, its name in quotation marks.
const SET_UP_NAMED = /(?:设立|设置|成立|开设|关闭|撤销|更名为|名为|称为)[“「『"]$/u;

export const officeSpokenOf = rule({
  id: 'speaker.office-spoken-of',
  decides:
    '「她表示，要感謝美國國務院發布聲明」「歐盟已經向中國駐歐盟使團發出照會」「議員對外交部的回應表示失望」「設立“駐立陶宛台灣代表處”」「崔世安拜訪海關總署時表示」「大使約見斯外交部亞大司司長」: an office right after a verb or 向 (after a meeting word, its country’s short name may stand between) is what is spoken of, written to, visited or met, not who speaks.',
  examples: [
    {
      text: '她進一步表示，要感謝外交部發布聲明，譴責國際民航組織封鎖支持台灣的帳號。',
      published: '2020-03-05',
      events: [],
    },
    {
      text: '她进一步表示，要感谢外交部发布声明，谴责国际民航组织封锁支持台湾的账号。',
      published: '2020-03-05',
      events: [],
    },
    { text: '總領事感謝府政府支持中國駐大阪總領館的工作，並表示願加強交流。', published: '2017-02-22', events: [] },
    { text: '总领事感谢府政府支持中国驻大阪总领馆的工作，并表示愿加强交流。', published: '2017-02-22', events: [] },
    { text: '美方20日對立陶宛決定設立“駐立陶宛台灣代表處”表示歡迎。', published: '2021-07-21', events: [] },
    { text: '美方20日对立陶宛决定设立“驻立陶宛台湾代表处”表示欢迎。', published: '2021-07-21', events: [] },
    { text: '反對黨議員對外交部的回應表示失望。', published: '2020-03-05', events: [] },
    { text: '反对党议员对外交部的回应表示失望。', published: '2020-03-05', events: [] },
    {
      text: '行政長官崔世安拜訪海關總署時表示，澳門未來致力推動發展海洋經濟。',
      published: '2016-03-04',
      events: [],
    },
    {
      text: '行政长官崔世安拜访海关总署时表示，澳门未来致力推动发展海洋经济。',
      published: '2016-03-04',
      events: [],
    },
  ],
  leaves: [
    {
      text: '外交部發言人歐江安5日表示，要感謝美國國務院發布聲明，支持台灣參與國際民航組織。',
      published: '2020-03-06',
      outlet: '中央社',
      events: [{ type: 'ministry-response', date: '2020-03-05', actors: ['外交部', '歐江安'] }],
    },
  ],
  // (Read before the country written with the office: 支持中國駐大阪總領館.)
  apply: (lex: Lexicon, s: string, office: { start: number; end: number }, region?: string) => {
    const start = countryEndingAt(lex, s, office.start, region)?.start ?? office.start;
    return (
      GOVERNS_OFFICE.test(s.slice(Math.max(0, start - 2), start)) ||
      MET_BEFORE.test(s.slice(Math.max(0, start - 7), start)) ||
      // 「同意讓台灣設立“駐立陶宛台灣代表處”」: an office set up or closed, named in quotation marks, is a name, not a speaker.
      (SET_UP_NAMED.test(s.slice(Math.max(0, start - 5), start)) && /^[”」』"]/u.test(s.slice(office.end, office.end + 1)))
    );
  },
});

// 问：, 提问：, 记者：, 总台央视记者：, 记者（共同社）：: a reporter's turn.
// (An outlet in title marks counts too: 台灣《聯合報》記者：; so does one in Latin letters: 美國有線電視新聞CNN記者：.)
export const QUESTION_TURN =
  /^\s*(?:问|提问|(?:[\u4e00-\u9fff]|[A-Za-z]{2,8}|《[^》]{1,12}》){0,12}记者(?:\s*[（(][^）)]{0,20}[）)])?)\s*[：:]/u;

const SPOKESPERSON_ANNOUNCES = /^(?:新闻)?发言人[^，,。就对关针方]{0,8}$/u;

// 「宣布，針對美方的錯誤行徑，採取對等反制」「宣布，由於美方…，中方將…實施制裁」: what is announced counters another's act (read
// from the verb's second character).
const COUNTERS = /^[布佈][^。；;]{0,6}?(?:针对|由于|鉴于)[^。；;]{2,40}?(?:反制|对等|制裁|推迟|暂停|中止)/u;

export const announcementNeedsSpokesperson = rule({
  id: 'response.announcement-needs-spokesperson',
  decides:
    '「發言人今天宣布」「使館發言人周四公布」 are the ministry speaking; 「某國使館已宣布恢復簽證」「美方宣布加徵關稅」「商務部公布外貿數據」 are acts, not answers: 宣布 and 公布 count only from a spokesperson, named or not (外交部發言人宣布), or when what is announced counters another’s act (外交部宣布，針對美方的錯誤行徑，採取對等反制; 由於美方售臺武器…，中方將實施制裁).',
  examples: [
    { text: '商務部20日宣布，對原產於美國的進口大豆加徵關稅。', published: '2025-03-21', events: [] },
    { text: '商务部20日宣布，对原产于美国的进口大豆加征关税。', published: '2025-03-21', events: [] },
    { text: '商務部18日公布了前四個月的外貿數據。', published: '2023-05-19', events: [] },
    { text: '商务部18日公布了前四个月的外贸数据。', published: '2023-05-19', events: [] },
  ],
  leaves: [
    {
      text: '中國外交部23日晚上宣布，針對美方的錯誤行徑，採取對等反制，制裁7個美方人員及實體。',
      published: '2021-07-24',
      events: [{ type: 'ministry-response', date: '2021-07-23', actors: ['中國外交部'] }],
    },
    {
      text: '中国外交部23日晚上宣布，针对美方的错误行径，采取对等反制，制裁7个美方人员及实体。',
      published: '2021-07-24',
      events: [{ type: 'ministry-response', date: '2021-07-23', actors: ['中国外交部'] }],
    },
    {
      text: '中國外交部30日宣布，由於美方售臺武器已嚴重損害中美關係，中方將對參與售臺武器的美國公司實施制裁。',
      published: '2010-01-31',
      events: [{ type: 'ministry-response', date: '2010-01-30', actors: ['中國外交部'] }],
    },
    {
      text: '中国外交部30日宣布，由于美方售台武器已严重损害中美关系，中方将对参与售台武器的美国公司实施制裁。',
      published: '2010-01-31',
      events: [{ type: 'ministry-response', date: '2010-01-30', actors: ['中国外交部'] }],
    },
    {
      text: '外交部發言人陸慷今天宣布，中方決定向颶風災區提供緊急人道主義援助。',
      published: '2019-04-02',
      events: [{ type: 'ministry-response', date: '2019-04-02', actors: ['外交部', '陸慷'] }],
    },
    {
      text: '外交部發言人21日宣布，中方決定對在涉華問題上嚴重侵犯中國主權的28名美方人員實施制裁。',
      published: '2021-01-21',
      events: [{ type: 'ministry-response', date: '2021-01-21', actors: ['外交部'] }],
    },
    {
      text: '外交部发言人21日宣布，中方决定对在涉华问题上严重侵犯中国主权的28名美方人员实施制裁。',
      published: '2021-01-21',
      events: [{ type: 'ministry-response', date: '2021-01-21', actors: ['外交部'] }],
    },
  ],
  apply: (c: ResponseCandidate, speaker: Speaker) => {
    if (!/^[宣公][布佈]/u.test(text(c).slice(c.verb.start, c.verb.start + 2))) return false;
    // An unnamed spokesperson of the ministry: 外交部发言人21日宣布.
    if (SPOKESPERSON_ANNOUNCES.test(text(c).slice(speaker.ministry.end, c.verb.start))) return false;
    // 「外交部宣布，針對美方的錯誤行徑，採取對等反制」: countermeasures against another's act answer it.
    if (COUNTERS.test(text(c).slice(c.verb.start + 1, c.scope.sentence.end))) return false;
    const p = speaker.person;
    // The spokesperson is the one announcing: only a day or an adverb between them (「就美方宣布加徵關稅答記者問」 is another's act).
    return !(
      p &&
      isSpokesperson(c.scope, p) &&
      p.end <= c.verb.start &&
      /^[^，,。就对关针方]{0,8}$/u.test(text(c).slice(p.end, c.verb.start))
    );
  },
});

// The words that frame a briefing's answers (答記者問, 回答), never the matter answered.
const FRAME_WORD = /^(?:答记者问|答问|回答)/u;

/** Why a sentence with a speaker and a cue gives no response, in the order tried. */
export const matterOfAReply = rule({
  id: 'response.matter-of-a-reply',
  decides:
    '「針對國台辦批評總統致詞內容，陸委會回應」: words named in the lead phrase (針對, 對於) are what the reply answers; the reply is the response. So are words inside the matter 就 names before the office’s own word in its clause (「發言人就歐盟涉澳門聲明答記者問」): the frame is 答記者問, and it opens the answers below.',
  examples: [
    {
      text: '針對中國大陸國台辦批評總統致詞內容，陸委會回應，總統談話是強調台灣的和平角色。',
      published: '2025-08-07',
      outlet: '中央社',
      events: [{ type: 'ministry-response', date: '2025-08-07', actors: ['陸委會'] }],
    },
    {
      text: '对于国台办批评总统致词内容，陆委会回应，总统谈话是强调台湾的和平角色。',
      published: '2025-08-07',
      outlet: '中央社',
      events: [{ type: 'ministry-response', date: '2025-08-07', actors: ['陆委会'] }],
    },
    {
      text: [
        ['paragraph', '8月3日，駐歐盟使團發言人就歐盟對外行動署涉澳門聲明答記者問。'],
        ['paragraph', '問：歐盟對外行動署發言人發表聲明。中方對此有何評論？'],
        ['paragraph', '答：我們對歐方有關聲明表示強烈不滿和堅決反對。'],
      ],
      published: '2025-08-04',
      events: [{ type: 'ministry-response', date: '2025-08-03', passages: 3 }],
    },
    {
      text: [
        ['paragraph', '8月3日，驻欧盟使团发言人就欧盟对外行动署涉澳门声明答记者问。'],
        ['paragraph', '问：欧盟对外行动署发言人发表声明。中方对此有何评论？'],
        ['paragraph', '答：我们对欧方有关声明表示强烈不满和坚决反对。'],
      ],
      published: '2025-08-04',
      events: [{ type: 'ministry-response', date: '2025-08-03', passages: 3 }],
    },
  ],
  apply: (c: ResponseCandidate): boolean => {
    const s = text(c);
    const start = clauseStart(s, c.verb.start, c.scope.sentence.start);
    const end = clauseEnd(s, c.verb.end, c.scope.sentence.end);
    // 「發言人就歐盟對外行動署涉澳門聲明答記者問」: a word inside the matter 就 names, with the office's own word after it
    // (not the frame itself: 就…局勢答記者問時表示).
    if (
      s.lastIndexOf('就', c.verb.start) >= start &&
      !FRAME_WORD.test(s.slice(c.verb.start, c.verb.end)) &&
      c.scope.lex.responseVerbs.all(s, c.verb.end, end).length > 0
    )
      return true;
    if (!/^(?:针对|对于)/u.test(s.slice(start, start + 2))) return false;
    // Another office replies later in the sentence (陸委會今天回應).
    return (
      c.scope.lex.responseVerbs.all(s, end, c.scope.sentence.end).length > 0 &&
      ministriesIn(c.scope.lex, c.scope.prep, end, c.scope.sentence.end, c.scope.region).length > 0
    );
  },
});

export const greetingTurn = rule({
  id: 'response.greeting-turn',
  decides:
    '「發言人：各位下午好。」「發言人說：各位下午好！首先我發布一條消息：」「歡迎大家參加今天的例行發布會」「下面請大家提問」: words that only greet or open the floor answer nothing themselves, nor does the rest of a paragraph that opens with the greeting: they open the briefing, which joins its first answer or the statement that follows.',
  examples: [
    {
      text: [
        ['headline', '2010年9月28日外交部發言人秦剛主持例行記者會'],
        ['paragraph', '秦剛：各位記者朋友們，下午好。'],
        ['paragraph', '問：中方如何看待朝鮮半島局勢？'],
        ['paragraph', '秦剛：中方希望有關各方保持冷靜克制。'],
      ],
      published: '2010-09-29',
      events: [{ type: 'ministry-response', date: '2010-09-28', actors: ['外交部', '秦剛'] }],
    },
    {
      text: [
        ['headline', '2010年9月28日外交部发言人秦刚主持例行记者会'],
        ['paragraph', '秦刚：各位记者朋友们，下午好。'],
        ['paragraph', '问：中方如何看待朝鲜半岛局势？'],
        ['paragraph', '秦刚：中方希望有关各方保持冷静克制。'],
      ],
      published: '2010-09-29',
      events: [{ type: 'ministry-response', date: '2010-09-28', actors: ['外交部', '秦刚'] }],
    },
    {
      text: [
        ['paragraph', '時間：2024年5月30日15:00—16:50'],
        ['paragraph', '吳謙：各位記者朋友，大家下午好！歡迎出席本月的國防部記者會，今天的雨很大，大家可以在發布廳稍坐。'],
        ['paragraph', '記者：國防部長董軍近日出席香格里拉對話會，請介紹參會情況。'],
        ['paragraph', '吳謙：中方認為，中美兩軍高層保持戰略溝通，有利於穩定兩軍關係。'],
      ],
      published: '2024-05-31',
      events: [{ type: 'ministry-response', date: '2024-05-30', actors: ['國防部', '吳謙'] }],
    },
    {
      text: [
        ['paragraph', '时间：2024年5月30日15:00—16:50'],
        ['paragraph', '吴谦：各位记者朋友，大家下午好！欢迎出席本月的国防部记者会，今天的雨很大，大家可以在发布厅稍坐。'],
        ['paragraph', '记者：国防部长董军近日出席香格里拉对话会，请介绍参会情况。'],
        ['paragraph', '吴谦：中方认为，中美两军高层保持战略沟通，有利于稳定两军关系。'],
      ],
      published: '2024-05-31',
      events: [{ type: 'ministry-response', date: '2024-05-30', actors: ['国防部', '吴谦'] }],
    },
    {
      text: [
        ['paragraph', '國台辦今天上午舉行例行新聞發布會，發言人朱鳳蓮主持。'],
        ['paragraph', '朱鳳蓮：歡迎大家參加今天的例行發布會。我們現在開始提問。'],
        ['paragraph', '記者：請問對近期兩岸交流有何評論？'],
        ['paragraph', '朱鳳蓮：我們歡迎台灣同胞來大陸參訪交流。'],
      ],
      published: '2024-06-26',
      events: [{ type: 'ministry-response', date: '2024-06-26', actors: ['國台辦', '朱鳳蓮'] }],
    },
    {
      text: [
        ['paragraph', '国台办今天上午举行例行新闻发布会，发言人朱凤莲主持。'],
        ['paragraph', '朱凤莲：欢迎大家参加今天的例行发布会。我们现在开始提问。'],
        ['paragraph', '记者：请问对近期两岸交流有何评论？'],
        ['paragraph', '朱凤莲：我们欢迎台湾同胞来大陆参访交流。'],
      ],
      published: '2024-06-26',
      events: [{ type: 'ministry-response', date: '2024-06-26', actors: ['国台办', '朱凤莲'] }],
    },
  ],
  apply: (c: ResponseCandidate): 'opening' | undefined => {
    const said = text(c)
      .slice(c.verb.end, c.scope.sentence.end)
      .replace(/^[\s：:，,]+/u, '')
      .trim();
    if (GREETING_ONLY.test(said)) return 'opening';
    // 「吳謙：各位記者朋友，大家下午好！歡迎出席…」: a paragraph that opens with the greeting welcomes, all through.
    return GREETING_TURN.test(text(c).slice(0, 40)) ? 'opening' : undefined;
  },
});

// 「外交部與國防部」「外交部、商務部」: two offices joined as one subject.
const JOINED = /^(?:与|和|及|以及|、)$/u;

export const jointOffices = rule({
  id: 'response.joint-offices',
  decides:
    '「中國外交部與國防部5日接連批評美方反應過度」: two offices joined as the subject of one verb (與, 和, 及, 、) respond each: the other office gives a response of its own, on the same day and matter.',
  examples: [
    {
      text: '中國外交部與國防部5日接連批評美方反應過度，要求美方停止炒作。',
      published: '2023-02-06',
      events: [
        { type: 'ministry-response', date: '2023-02-05', actors: ['國防部'] },
        { type: 'ministry-response', date: '2023-02-05', actors: ['中國外交部'] },
      ],
    },
    {
      text: '中国外交部与国防部5日接连批评美方反应过度，要求美方停止炒作。',
      published: '2023-02-06',
      events: [
        { type: 'ministry-response', date: '2023-02-05', actors: ['国防部'] },
        { type: 'ministry-response', date: '2023-02-05', actors: ['中国外交部'] },
      ],
    },
  ],
  apply: (lex: Lexicon, prep: Prepared, sentence: Sentence, response: Mention, region: string | undefined): Mention | undefined => {
    const m = response.ministry;
    if (!m) return undefined;
    const s = prep.folded;
    const partner = ministriesIn(lex, prep, sentence.start, sentence.end, region).find(
      (o) => o.id !== m.id && (JOINED.test(s.slice(o.end, m.start)) || JOINED.test(s.slice(m.end, o.start))),
    );
    if (!partner) return undefined;
    const { spokesperson: _spokesperson, ...rest } = response;
    const ministry = { ...partner, name: nameAsWritten(lex, prep, partner) };
    return { ...rest, ministry, people: [], because: new Set([...response.because, jointOffices.id]) };
  },
});

// 尋求回應, 要求中方作出回應, 請外交部回應: the word that asks for it, with whom it asks of between.
const SOUGHT = /(?:寻求|要求|请求|请|促请|希望|等待|期待)[^，。；：、,]{0,5}?(?:作出|做出|给予)?$/u;

export const RESPONSE_DROPS: DropRule[] = [
  rule({
    id: 'response.reported-as-a-thing',
    decides:
      '「BBC以「表達不滿」等字眼來報導大陸外交部針對美國戰機迫降的回應」: a response named as a thing (X的回應) that a report covers is what the report speaks of, not a response of its own.',
    examples: [
      {
        text: [
          ['paragraph', '大陸外交部發言人華春瑩昨天在例行記者會上表示，要求美方恪守一中原則。'],
          ['paragraph', '英國廣播公司以「表達不滿」等字眼，來報導大陸外交部針對美國軍機降落台灣的回應。'],
        ],
        published: '2015-04-03',
        events: [{ type: 'ministry-response', date: '2015-04-02', actors: ['大陸外交部', '華春瑩'], passages: 1 }],
      },
      {
        text: [
          ['paragraph', '大陆外交部发言人华春莹昨天在例行记者会上表示，要求美方恪守一中原则。'],
          ['paragraph', '英国广播公司以“表达不满”等字眼，来报导大陆外交部针对美国军机降落台湾的回应。'],
        ],
        published: '2015-04-03',
        events: [{ type: 'ministry-response', date: '2015-04-02', actors: ['大陆外交部', '华春莹'], passages: 1 }],
      },
    ],
    apply: (c, speaker) => {
      const s = text(c);
      if (s[c.verb.start - 1] !== '的') return undefined;
      return REPORTS_ON.test(s.slice(clauseStart(s, speaker.start, c.scope.sentence.start), speaker.start)) ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'response.told-in-a-quote',
    decides:
      '「外交部說：『…我們注意到商務部就此發表了聲明。』」: a statement told inside someone’s quoted words is what they speak of, not a response of its own.',
    examples: [
      {
        text: '中國外交部9日回應時說：「中方對有關報道感到十分震驚。我們注意到商務部就此發表了聲明。」',
        published: '2024-09-10',
        events: [{ type: 'ministry-response', date: '2024-09-09', actors: ['中國外交部'] }],
      },
      {
        text: '中国外交部9日回应时说：“中方对有关报道感到十分震惊。我们注意到商务部就此发表了声明。”',
        published: '2024-09-10',
        events: [{ type: 'ministry-response', date: '2024-09-09', actors: ['中国外交部'] }],
      },
    ],
    apply: (c, speaker) => (inQuote(c.scope.prep, speaker.start) && inQuote(c.scope.prep, c.verb.start) ? 'drop' : undefined),
  }),
  rule({
    id: 'response.inside-answer-turn',
    decides:
      '「答：鮑威爾國務卿任職以來曾多次訪華。他為推動中美關係作出了努力，中方對此表示讚賞。」: inside a transcript’s answer turn, a verb whose speaker the sentence does not name (中方, 他, 我們) is the answer speaking, not another response.',
    examples: [
      {
        text: [
          ['paragraph', '中新網11月16日電 11月16日下午，外交部發言人章啟月主持例行記者會。'],
          ['paragraph', '問：鮑威爾國務卿已宣布辭職，請問他的辭職對中美關係有何影響？'],
          ['paragraph', '答：鮑威爾國務卿任職以來曾多次訪華。他為推動中美關係的改善和發展作出了積極努力，中方對此表示讚賞。'],
        ],
        published: '2004-11-17',
        events: [{ type: 'ministry-response', date: '2004-11-16', actors: ['外交部', '章啟月'] }],
      },
      {
        text: [
          ['paragraph', '中新网11月16日电 11月16日下午，外交部发言人章启月主持例行记者会。'],
          ['paragraph', '问：鲍威尔国务卿已宣布辞职，请问他的辞职对中美关系有何影响？'],
          ['paragraph', '答：鲍威尔国务卿任职以来曾多次访华。他为推动中美关系的改善和发展作出了积极努力，中方对此表示赞赏。'],
        ],
        published: '2004-11-17',
        events: [{ type: 'ministry-response', date: '2004-11-16', actors: ['外交部', '章启月'] }],
      },
    ],
    apply: (c, speaker) => {
      const s = text(c);
      if (c.answer || c.scope.role !== 'body' || !c.scope.lex.answerCues.at(s, 0)) return undefined;
      // A speaker named in the sentence (外交部長王毅表示) speaks for himself.
      const { sentence, prep, lex, region } = c.scope;
      const named =
        speakersIn(c.scope, sentence.start, c.verb.start).length > 0 ||
        (speaker.start >= sentence.start && ministriesIn(lex, prep, sentence.start, c.verb.start, region).length > 0);
      return named ? undefined : 'drop';
    },
  }),
  rule({
    id: 'response.count-is-not-one',
    decides:
      '「外交部長7次會見記者，回答了139個問題」「發言人多次表示」「外交部連日來抨擊」「王毅今年共回答23個問題」: a count between the speaker and the verb, or of the questions answered, sums many answers and dates none.',
    examples: [
      { text: '自2014年以來，外交部長王毅7次會見記者，回答了139個問題。', published: '2021-03-06', events: [] },
      { text: '外交部发言人多次表示，中方坚决反对任何形式的“台独”分裂活动。', published: '2021-03-06', events: [] },
      { text: '自中國間諜氣球遭擊落後，中國外交部連日來嚴詞抨擊美國。', published: '2023-02-24', events: [] },
      { text: '自中国间谍气球遭击落后，中国外交部连日来严词抨击美国。', published: '2023-02-24', events: [] },
      {
        text: [
          ['paragraph', '外交部長王毅7日在記者會上就中美關係回答中外記者提問，強調中方將堅決反制。'],
          ['paragraph', '王毅今年共回答23個問題，比去年的21個有所增加。'],
        ],
        published: '2025-03-08',
        events: [{ type: 'ministry-response', date: '2025-03-07', passages: 1 }],
      },
      {
        text: [
          ['paragraph', '外交部长王毅7日在记者会上就中美关系回答中外记者提问，强调中方将坚决反制。'],
          ['paragraph', '王毅今年共回答23个问题，比去年的21个有所增加。'],
        ],
        published: '2025-03-08',
        events: [{ type: 'ministry-response', date: '2025-03-07', passages: 1 }],
      },
    ],
    apply: (c, speaker) => {
      // What is quoted (「中方已經多次說明」) and an occasion (在歷次會見…時) count nothing here.
      // Any quoted words, however short (inQuote only counts quoted speech of some length).
      const between = text(c)
        .slice(speaker.start, c.verb.start)
        .replace(/[「“『][^」”』]*[」”』]/gu, '')
        .replace(/在[^，。]*?时/gu, '');
      const n = c.scope.lex.nonEvent;
      // 「王毅今年共回答23個問題」: the questions answered, counted after the verb.
      const counted = ANSWERS_COUNTED.test(text(c).slice(c.verb.start, c.verb.start + 14));
      return counted ||
        n.aggregate.has(between, 0, between.length) ||
        n.aggregatePattern.test(between) ||
        n.aggregatePeoplePattern.test(between)
        ? 'drop'
        : undefined;
    },
  }),
  rule({
    id: 'response.announces-a-visit',
    decides:
      '「某國外交部發文告說，訪客在訪問期間將會見總理」「外交部證實，俄羅斯外長將訪華」: a statement that only announces what a visit will hold, or confirms a visit, is an announcement (another act), not an answer.',
    examples: [
      { text: '外交部19日發表新聞稿說，越南副總理在訪問期間將會見國務院總理李強。', published: '2025-03-20', events: [] },
      { text: '外交部19日发表新闻稿说，越南副总理在访问期间将会见国务院总理李强。', published: '2025-03-20', events: [] },
      { text: '中國外交部星期天也證實，俄羅斯外長拉夫羅夫將訪華，並稱他是應外長王毅邀請到訪。', published: '2024-04-08', events: [] },
      { text: '中国外交部星期天也证实，俄罗斯外长拉夫罗夫将访华，并称他是应外长王毅邀请到访。', published: '2024-04-08', events: [] },
    ],
    apply: (c) => {
      const said = text(c).slice(c.verb.end, c.scope.sentence.end);
      // 「外交部昨日正式證實，外交部長16日訪問歐洲議會」: a visit confirmed is news of the visit, not an answer.
      const confirmsVisit = /^证实/u.test(text(c).slice(c.verb.start, c.verb.end)) && VISIT.test(said);
      return confirmsVisit ||
        /^[，,：:\s]*[^，,。]{0,24}(?:访问期间|访华期间|应邀|应[^，,。]{1,12}邀请)[^。]{0,30}将(?:会)?(?:会见|会晤|会谈|访问|出席|举行)/u.test(
          said,
        )
        ? 'drop'
        : undefined;
    },
  }),
  rule({
    id: 'response.in-question-turn',
    decides:
      '「問：某國外長昨日發表聲明…中方對此有何回應？」「…舉行例行新聞發布會。有記者問，賴斯…表達了…立場，您對此有何評論？」「有記者提問稱，日本外務省10日發表聲明…請問中方有何評論？」: what a reporter’s turn quotes, or a question reported at the head of a paragraph or of a sentence in it, is the question’s matter, not a response given at the briefing.',
    examples: [
      {
        text: [
          ['paragraph', '外交部發言人汪文斌11日主持例行記者會。'],
          ['paragraph', '有記者提問稱，日本外務省10日發表聲明，對中方在東海的行動表示抗議，請問中方有何評論？'],
          ['paragraph', '汪文斌表示，日方的指責毫無道理，中方已提出嚴正交涉。'],
        ],
        published: '2022-08-12',
        events: [{ type: 'ministry-response', date: '2022-08-11', actors: ['外交部', '汪文斌'], passages: 3 }],
      },
      {
        text: [
          ['paragraph', '外交部发言人汪文斌11日主持例行记者会。'],
          ['paragraph', '有记者提问称，日本外务省10日发表声明，对中方在东海的行动表示抗议，请问中方有何评论？'],
          ['paragraph', '汪文斌表示，日方的指责毫无道理，中方已提出严正交涉。'],
        ],
        published: '2022-08-12',
        events: [{ type: 'ministry-response', date: '2022-08-11', actors: ['外交部', '汪文斌'], passages: 3 }],
      },
      {
        text: [
          ['paragraph', '3月26日，國臺辦舉行例行新聞發布會，發言人陳斌華回答記者提問。'],
          ['paragraph', '臺灣《聯合報》記者：臺陸委會副主委沈有忠日前稱，有一對臺灣父子在武漢被拘捕。請問對此有何回應？'],
          ['paragraph', '陳斌華：你提到的這起案件具體情況我們不了解。'],
        ],
        published: '2025-03-27',
        events: [{ type: 'ministry-response', date: '2025-03-26', actors: ['國台辦', '陳斌華'] }],
      },
      {
        text: [
          ['paragraph', '3月26日，国台办举行例行新闻发布会，发言人陈斌华回答记者提问。'],
          ['paragraph', '台湾《联合报》记者：台陆委会副主委沈有忠日前称，有一对台湾父子在武汉被拘捕。请问对此有何回应？'],
          ['paragraph', '陈斌华：你提到的这起案件具体情况我们不了解。'],
        ],
        published: '2025-03-27',
        events: [{ type: 'ministry-response', date: '2025-03-26', actors: ['国台办', '陈斌华'] }],
      },
      {
        text: [
          [
            'paragraph',
            '國台辦26日舉行例行新聞發布會。有記者問，美國國務卿賴斯23日在會見中國外長楊潔篪時表達了反對改變台海現狀的立場，您對此有何評論？',
          ],
          ['paragraph', '國台辦發言人李維一表示，美方多次表達了反對立場，對此我們表示讚賞。'],
        ],
        published: '2007-09-27',
        events: [{ type: 'ministry-response', date: '2007-09-26', actors: ['國台辦', '李維一'] }],
      },
      {
        text: [
          [
            'paragraph',
            '国台办26日举行例行新闻发布会。有记者问，美国国务卿赖斯23日在会见中国外长杨洁篪时表达了反对改变台海现状的立场，您对此有何评论？',
          ],
          ['paragraph', '国台办发言人李维一表示，美方多次表达了反对立场，对此我们表示赞赏。'],
        ],
        published: '2007-09-27',
        events: [{ type: 'ministry-response', date: '2007-09-26', actors: ['国台办', '李维一'] }],
      },
      {
        text: [
          ['headline', '2016年4月25日外交部發言人陸慷主持例行記者會'],
          ['paragraph', '問：台灣陸委會昨日發表聲明，要求大陸方面作出解釋。中方對此有何回應？'],
          ['paragraph', '答：我們注意到有關報道。'],
        ],
        published: '2016-04-26',
        events: [{ type: 'ministry-response', date: '2016-04-25', actors: ['外交部', '陸慷'] }],
      },
      {
        text: [
          ['headline', '2016年4月25日外交部发言人陆慷主持例行记者会'],
          ['paragraph', '问：台湾陆委会昨日发表声明，要求大陆方面作出解释。中方对此有何回应？'],
          ['paragraph', '答：我们注意到有关报道。'],
        ],
        published: '2016-04-26',
        events: [{ type: 'ministry-response', date: '2016-04-25', actors: ['外交部', '陆慷'] }],
      },
      {
        text: [
          ['paragraph', '外交部發言人陸慷25日主持例行記者會。'],
          ['paragraph', '有記者提問，台灣陸委會24日表示，將重新審視兩岸交流政策。請問中方對此有何評論？'],
          ['paragraph', '陸慷表示，我們注意到有關報道。'],
        ],
        published: '2016-04-26',
        events: [{ type: 'ministry-response', date: '2016-04-25', actors: ['外交部', '陸慷'] }],
      },
      {
        text: [
          ['paragraph', '外交部发言人陆慷25日主持例行记者会。'],
          ['paragraph', '有记者提问，台湾陆委会24日表示，将重新审视两岸交流政策。请问中方对此有何评论？'],
          ['paragraph', '陆慷表示，我们注意到有关报道。'],
        ],
        published: '2016-04-26',
        events: [{ type: 'ministry-response', date: '2016-04-25', actors: ['外交部', '陆慷'] }],
      },
      {
        text: [
          ['paragraph', '外交部發言人汪文斌今天主持例行記者會。'],
          ['paragraph', '今天有外媒記者提問，台灣「國防部」稱，大陸的氣球越過「海峽中線」。能否證實？'],
          ['paragraph', '汪文斌表示，我不掌握有關的情況。'],
        ],
        published: '2023-12-08',
        events: [{ type: 'ministry-response', date: '2023-12-08', actors: ['外交部', '汪文斌'] }],
      },
      {
        text: [
          ['paragraph', '外交部发言人汪文斌今天主持例行记者会。'],
          ['paragraph', '今天有外媒记者提问，台湾“国防部”称，大陆的气球越过“海峡中线”。能否证实？'],
          ['paragraph', '汪文斌表示，我不掌握有关的情况。'],
        ],
        published: '2023-12-08',
        events: [{ type: 'ministry-response', date: '2023-12-08', actors: ['外交部', '汪文斌'] }],
      },
      {
        text: [
          ['paragraph', '外交部發言人洪磊30日主持例行記者會。'],
          ['paragraph', '在當日下午的例行記者會上，有記者問，台灣外交部表示，台方將尋求以和平方式平息事態。中方對此有何評論？'],
          ['paragraph', '洪磊說，日方應該切實面對現實。'],
        ],
        published: '2012-10-31',
        events: [{ type: 'ministry-response', date: '2012-10-30', actors: ['外交部', '洪磊'] }],
      },
      {
        text: [
          ['paragraph', '外交部发言人洪磊30日主持例行记者会。'],
          ['paragraph', '在当日下午的例行记者会上，有记者问，台湾外交部表示，台方将寻求以和平方式平息事态。中方对此有何评论？'],
          ['paragraph', '洪磊说，日方应该切实面对现实。'],
        ],
        published: '2012-10-31',
        events: [{ type: 'ministry-response', date: '2012-10-30', actors: ['外交部', '洪磊'] }],
      },
      {
        text: [
          ['paragraph', '外交部發言人毛寧18日主持例行記者會。'],
          [
            'paragraph',
            '一名法新社記者向毛寧提問，台灣外交部長林佳龍在訪問日本前夕表示，中國在台灣海峽的行動是侵略性行為，請問外交部對此有何評論？',
          ],
          ['paragraph', '毛寧表示，台灣問題是中國內政。'],
        ],
        published: '2025-08-19',
        events: [{ type: 'ministry-response', date: '2025-08-18', actors: ['外交部', '毛寧'] }],
      },
      {
        text: [
          ['paragraph', '外交部发言人毛宁18日主持例行记者会。'],
          [
            'paragraph',
            '一名法新社记者向毛宁提问，台湾外交部长林佳龙在访问日本前夕表示，中国在台湾海峡的行动是侵略性行为，请问外交部对此有何评论？',
          ],
          ['paragraph', '毛宁表示，台湾问题是中国内政。'],
        ],
        published: '2025-08-19',
        events: [{ type: 'ministry-response', date: '2025-08-18', actors: ['外交部', '毛宁'] }],
      },
    ],
    apply: (c) => (inQuestionTurn(c.scope.lex, text(c), c.verb.end) ? 'drop' : undefined),
  }),
  rule({
    id: 'response.question-is-no-answer',
    decides:
      'A sentence that ends in a question mark after the cue (…中方對此有何回應？) asks; it does not answer (an answer turn, 答：你是在…？, still answers).',
    examples: [
      { text: '記者注意到，外交部至今未對此作出回應？', published: '2025-04-11', events: [] },
      { text: '记者注意到，外交部至今未对此作出回应？', published: '2025-04-11', events: [] },
    ],
    leaves: [
      {
        text: [
          ['headline', '2003年9月18日外交部發言人孔泉主持例行記者會'],
          ['paragraph', '問：委員長周末訪問朝鮮時將帶去什麼信息？'],
          ['paragraph', '答：你是在這裡代表我發布訪問的消息？（台下笑）事實上，中朝雙方有高層互訪的傳統。'],
        ],
        published: '2003-09-18',
        events: [{ type: 'ministry-response', date: '2003-09-18' }],
      },
    ],
    apply: (c) => {
      const { start, end } = c.scope.sentence;
      const s = text(c);
      // An answer turn (答：) that opens by asking back still answers.
      if (c.answer) return undefined;
      return /[？?]/u.test(s.slice(start, end)) && !/[，,：:]/u.test(s.slice(c.verb.end, end)) ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'response.about-the-briefing',
    decides:
      '「發言人陳斌華宣布，國台辦例行記者會從每月兩次改為每週三召開」「馬朝旭介紹了例行記者會將實施改革的情況」: news of the briefing’s own schedule or format answers nothing; nor does a briefing still ahead (國新辦將舉行新聞發布會), nor the record of its answers published (外交部網站發布了劉建超回答記者提問的情況).',
    examples: [
      { text: '國台辦發言人陳斌華昨天宣布，國台辦例行記者會從每個月召開兩次更改為每週三召開。', published: '2025-10-16', events: [] },
      { text: '外交部发言人马朝旭首先介绍了外交部例行记者会将实施改革的情况。', published: '2011-09-01', events: [] },
      { text: '外交部通過其網站發布了劉建超回答記者提問的情況。', published: '2002-12-03', events: [] },
      { text: '外交部通过其网站发布了刘建超回答记者提问的情况。', published: '2002-12-03', events: [] },
      { text: '關於文字問題，我提醒你看一看外交部網站上我的答問記錄。', published: '2004-09-09', events: [] },
      { text: '关于文字问题，我提醒你看一看外交部网站上我的答问记录。', published: '2004-09-09', events: [] },
      {
        text: '今天上午10點，國務院新聞辦公室將舉行新聞發布會，國家統計局新聞發言人介紹國民經濟運行情況。',
        published: '2025-12-15',
        events: [],
      },
      {
        text: '今天上午10点，国务院新闻办公室将举行新闻发布会，国家统计局新闻发言人介绍国民经济运行情况。',
        published: '2025-12-15',
        events: [],
      },
    ],
    apply: (c) => {
      const said = text(c).slice(c.verb.start, c.scope.sentence.end);
      // 「今天上午10點，國新辦將舉行新聞發布會，請發言人介紹…」: a briefing still ahead answers nothing yet.
      const ahead = BRIEFING_AHEAD.test(text(c).slice(c.scope.sentence.start, c.verb.start));
      return ahead ||
        /(?:记者会|新闻发布会|发布会|新闻发布制度)[^，。；]{0,12}(?:改为|更改|调整|改革|频率|每周|每月|每个月|增加|取消)/u.test(said) ||
        RECORD_OF_ANSWERS.test(said)
        ? 'drop'
        : undefined;
    },
  }),
  rule({
    id: 'response.other-occasion',
    decides: '此前曾表示, 上次回應, 當時回應: a statement recalled from another occasion.',
    examples: [
      { text: '外交部發言人此前曾表示，中方反對單邊制裁。', published: '2025-01-22', events: [] },
      { text: '外交部发言人此前曾表示，中方反对单边制裁。', published: '2025-01-22', events: [] },
      { text: '去年5月共軍舉行演習，當時陸委會也發表聲明回應，呼籲北京自制。', published: '2025-04-02', events: [] },
      { text: '去年5月解放军举行演习，当时国台办发言人也回应称，演习是正义之举。', published: '2025-04-02', events: [] },
    ],
    apply: (c, speaker) =>
      c.scope.lex.nonEvent.otherOccasion.has(text(c), clauseStart(text(c), speaker.start, c.scope.sentence.start), c.verb.end)
        ? 'drop'
        : undefined,
  }),
  rule({
    id: 'response.sought',
    decides: '「有媒體引述美媒報導，尋求回應」「要求中方作出回應」: a response that someone seeks or asks for is not given by that.',
    examples: [
      { text: '國防部25日舉行例行記者會，有媒體引述美國媒體的報導，尋求回應。', published: '2014-12-26', events: [] },
      { text: '国防部25日举行例行记者会，有媒体引述美国媒体的报道，寻求回应。', published: '2014-12-26', events: [] },
    ],
    leaves: [
      {
        text: '國防部發言人楊宇軍25日回應說，這些試驗不針對任何國家。',
        published: '2014-12-26',
        events: [{ type: 'ministry-response', date: '2014-12-25', actors: ['國防部', '楊宇軍'] }],
      },
    ],
    apply: (c) => (SOUGHT.test(text(c).slice(Math.max(c.scope.sentence.start, c.verb.start - 8), c.verb.start)) ? 'drop' : undefined),
  }),
  rule({
    id: 'response.hypothetical',
    decides: '如果外交部表示: a hypothetical statement.',
    examples: [
      { text: '如果外交部表示反對，日方將重新考慮。', published: '2025-01-22', events: [] },
      { text: '如果外交部表示反对，日方将重新考虑。', published: '2025-01-22', events: [] },
    ],
    apply: (c, speaker) =>
      supposes(c.scope.lex, c.scope.prep, clauseStart(text(c), speaker.start, c.scope.sentence.start), speaker.start) ? 'drop' : undefined,
  }),
  rule({
    id: 'response.negated',
    decides: '外交部未回應, 沒有表示, 均拒絕證實, 無法對外透露: no statement was made.',
    examples: [
      { text: '截至發稿時，本報未獲外交部回應。', published: '2025-01-22', events: [] },
      { text: '截至发稿时，记者未获国防部回应。', published: '2025-01-22', events: [] },
      { text: '外交部發言人毛寧拒絕證實有關報道。', published: '2025-01-22', events: [] },
      { text: '外交部发言人毛宁拒绝证实有关报道。', published: '2025-01-22', events: [] },
      { text: '外交部無法對外透露有關細節。', published: '2021-11-16', events: [] },
      { text: '外交部无法对外透露有关细节。', published: '2021-11-16', events: [] },
    ],
    apply: (c, speaker) => {
      const cStart = clauseStart(text(c), speaker.start, c.scope.sentence.start);
      // 「商務部及使團經商處均拒絕證實有關消息」: refused, right before the verb.
      // 「外交部無法對外透露」: unable, a word or two before the verb.
      const refused =
        /(?:拒绝|拒不|不愿|未予)$/u.test(text(c).slice(Math.max(0, c.verb.start - 3), c.verb.start)) ||
        /(?:无法|不便|不能)[^，。；：、]{0,2}$/u.test(text(c).slice(Math.max(0, c.verb.start - 6), c.verb.start));
      return refused || c.scope.lex.nonEvent.negation.has(text(c), Math.max(cStart, speaker.start - 3), speaker.start) ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'response.visit-announcement',
    decides:
      'A transcript turn, news that opens the briefing (我先發布一條消息), or a spokesperson’s 宣布：應…邀請 / 宣布：經雙方商定, before any question, that announces a visit or talks (應…邀請，…將於…訪問) is the briefing’s news, not an answer.',
    examples: [
      {
        text: [
          ['headline', '2025年6月18日外交部发言人郭嘉昆主持例行记者会'],
          ['paragraph', '郭嘉昆：应外交部长王毅邀请，斯里兰卡外长将于6月23日至26日对中国进行正式访问。'],
          ['paragraph', '路透社记者：美方表示将对中国半导体产品征收新的关税。中方是否会采取反制措施？'],
          ['paragraph', '郭嘉昆：关税战、贸易战没有赢家。'],
        ],
        published: '2025-06-18',
        events: [{ type: 'ministry-response', date: '2025-06-18', actors: ['外交部', '郭嘉昆'] }],
      },
      {
        text: [
          ['headline', '2025年6月18日外交部發言人郭嘉昆主持例行記者會'],
          ['paragraph', '郭嘉昆：應外交部長王毅邀請，斯里蘭卡外長將於6月23日至26日對中國進行正式訪問。'],
          ['paragraph', '路透社記者：美方表示將對中國半導體產品徵收新的關稅。中方是否會採取反制措施？'],
          ['paragraph', '郭嘉昆：關稅戰、貿易戰沒有贏家。'],
        ],
        published: '2025-06-18',
        events: [{ type: 'ministry-response', date: '2025-06-18', actors: ['外交部', '郭嘉昆'] }],
      },
      {
        text: [
          ['paragraph', '2003年4月24日外交部發言人劉建超主持例行記者會。'],
          ['paragraph', '劉建超說，我先發布一條消息：應泰國總理邀請，國務院總理將於4月29日出席在曼谷舉行的特別會議。'],
          ['paragraph', '問：你對世衛組織的旅遊警告有何評論？'],
          ['paragraph', '答：我們注意到了有關報道。'],
        ],
        published: '2003-04-25',
        events: [{ type: 'ministry-response', date: '2003-04-24', passages: 3 }],
      },
      {
        text: [
          ['paragraph', '2003年4月24日外交部发言人刘建超主持例行记者会。'],
          ['paragraph', '刘建超说，我先发布一条消息：应泰国总理邀请，国务院总理将于4月29日出席在曼谷举行的特别会议。'],
          ['paragraph', '问：你对世卫组织的旅游警告有何评论？'],
          ['paragraph', '答：我们注意到了有关报道。'],
        ],
        published: '2003-04-25',
        events: [{ type: 'ministry-response', date: '2003-04-24', passages: 3 }],
      },
      {
        text: '新華社北京11月6日電 外交部發言人華春瑩6日宣布：經雙方商定，第二輪中美外交安全對話將於11月9日在美國華盛頓舉行。',
        published: '2018-11-07',
        events: [],
      },
      {
        text: '新华社北京11月6日电 外交部发言人华春莹6日宣布：经双方商定，第二轮中美外交安全对话将于11月9日在美国华盛顿举行。',
        published: '2018-11-07',
        events: [],
      },
    ],
    leaves: [
      {
        text: '安峰山：您的第一個問題，今年兩岸年度漢字是「創」，這是兩岸民眾在即將過去的2017年的真實寫照。',
        published: '2017-12-27',
        events: [{ type: 'ministry-response', date: '2017-12-27', actors: ['安峰山'] }],
      },
      {
        text: '安峰山：您的第一个问题，今年两岸年度汉字是“创”，这是两岸民众在即将过去的2017年的真实写照。',
        published: '2017-12-27',
        events: [{ type: 'ministry-response', date: '2017-12-27', actors: ['安峰山'] }],
      },
    ],
    apply: (c) =>
      (c.answer ||
        OPENS_WITH_NEWS.test(text(c).slice(c.verb.end, c.verb.end + 30)) ||
        ANNOUNCES.test(text(c).slice(c.verb.start, c.verb.end + 12))) &&
      !c.state.openQuestion &&
      VISIT.test(text(c)) &&
      hasPlan(c.scope.lex, text(c), 0, text(c).length)
        ? 'drop'
        : undefined,
  }),
];

// What such news announces: a visit, or attending a meeting abroad (出席).
const VISIT = /访问|访华|出访|到访|出席|来华|赴|举行/u;
// 「發言人陸慷今天宣布：應美國政府邀請，…將於5月15日至19日訪問美國」: an announcement made, not an answer.
const ANNOUNCES = /^(?:宣布|宣佈)[：:，,]?(?:应|经双方商定)/u;

// 「國新辦將舉行新聞發布會」: a briefing still ahead.
const BRIEFING_AHEAD = /将(?:于[^，。]{0,12})?(?:在[^，。]{0,16})?举行[^，。]{0,8}(?:新闻发布会|记者会|吹风会)/u;
// 「發布了劉建超回答記者提問的情況」「外交部網站上我的答問記錄」: the record of a briefing's answers, not an answer.
const RECORD_OF_ANSWERS = new RegExp(`^回答[^，。；]{0,8}(?:提问|问题)${RECORD_OF}|^答问(?:记录|实录)`, 'u');

// 「回答23個問題」「回答了139個問題」: a count of the questions answered.
const ANSWERS_COUNTED = /^(?:回答|答)了?(?:\d+|[一二两三四五六七八九十百]+)(?:多|余)?个(?:问题|提问)/u;

// 「各位記者朋友，大家下午好」: a spokesperson's greeting.
// 「各位下午好」「歡迎大家參加今天的例行發布會」: a greeting, or a welcome to the briefing.
const GREETING =
  '(?:(?:各位|大家|女士们|先生们|记者朋友们)[^。！!]{0,12}(?:好|早)|欢迎(?:大家|各位[^。！!，,]{0,6})?(?:参加|出席|来到)[^。！!，,]{0,16}(?:发布会|记者会))';
// 「劉建超說，各位下午好，我先發布一條消息：」: a spokesperson's greeting or news that opens the briefing.
// 「我首先發布一條消息」: news the spokesperson gives before the questions.
const GIVES_NEWS = '[^，,。]{0,4}发布(?:一|两|几)?条消息';
const OPENS_WITH_NEWS = new RegExp(`^[，,：:\\s]*(?:${GREETING}|${GIVES_NEWS})`, 'u');

export const declinedWithPosition = rule({
  id: 'response.declined-with-position',
  decides: '「保持著溝通，目前沒有可以發布的消息」: a reply that declines still answers when the same sentence states a position.',
  examples: [
    {
      text: '外交部發言人毛寧13日回應稱，中美雙方就元首交往保持著溝通，目前沒有可以發布的信息。',
      published: '2026-03-14',
      events: [{ type: 'ministry-response', date: '2026-03-13', actors: ['外交部', '毛寧'] }],
    },
    {
      text: '外交部发言人毛宁13日回应称，中美双方就元首交往保持着沟通，目前没有可以发布的信息。',
      published: '2026-03-14',
      events: [{ type: 'ministry-response', date: '2026-03-13', actors: ['外交部', '毛宁'] }],
    },
  ],
  apply: (c: ResponseCandidate) => {
    const { lex } = c.scope;
    const clauses = text(c)
      .slice(c.verb.end, c.scope.sentence.end)
      .split(/[，,；;：:“”「」]/u);
    // (关于高层交往，我们会适时发布消息: a clause that only names the topic states nothing.)
    return clauses.some((x) => hanCount(x) >= 6 && !lex.nonEvent.declined.has(x) && !lex.topicLeads.at(x, 0) && !/^(?:有关|至于)/u.test(x));
  },
});

export const declinedThenPosition = rule({
  id: 'response.declined-then-position',
  decides: 'In a transcript’s answer turn, a declining sentence followed by one that states a position is an answer, stated there.',
  examples: [
    {
      text: [
        ['headline', '2025年6月18日外交部发言人郭嘉昆主持例行记者会'],
        ['paragraph', '总台央视记者：美国商务部昨天宣布将多家中国实体列入实体清单。中方对此有何评论？'],
        ['paragraph', '郭嘉昆：具体问题请向中方主管部门询问。原则上讲，中方一贯坚决反对美方泛化国家安全概念。'],
      ],
      published: '2025-06-18',
      events: [{ type: 'ministry-response', date: '2025-06-18', actors: ['外交部', '郭嘉昆'] }],
    },
    {
      text: [
        ['headline', '2025年6月18日外交部發言人郭嘉昆主持例行記者會'],
        ['paragraph', '總台央視記者：美國商務部昨天宣布將多家中國實體列入實體清單。中方對此有何評論？'],
        ['paragraph', '郭嘉昆：具體問題請向中方主管部門詢問。原則上講，中方一貫堅決反對美方泛化國家安全概念。'],
      ],
      published: '2025-06-18',
      events: [{ type: 'ministry-response', date: '2025-06-18', actors: ['外交部', '郭嘉昆'] }],
    },
  ],
  apply: (c: ResponseCandidate): Sentence | undefined => {
    if (!c.answer) return undefined;
    const { prep, lex } = c.scope;
    const s = prep.folded;
    return prep.sentences.find(
      (x) => x.start >= c.scope.sentence.end && !lex.nonEvent.declined.has(s, x.start, x.end) && hanCount(s.slice(x.start, x.end)) >= 8,
    );
  },
});

export const declined = rule({
  id: 'response.declined',
  decides: '「我沒有可以提供的信息」「請向主管部門詢問」「請以東部戰區發布的權威信息為準」: a reply that only declines is no response.',
  examples: [
    {
      text: [
        ['headline', '2025年6月18日外交部發言人郭嘉昆主持例行記者會'],
        ['paragraph', '共同社記者：據報道，日方有意在秋天舉行領導人會晤。中方對此持何態度？'],
        ['paragraph', '郭嘉昆：我沒有可以提供的信息。'],
      ],
      published: '2025-06-18',
      events: [],
    },
    {
      text: [
        ['headline', '2025年6月18日外交部发言人郭嘉昆主持例行记者会'],
        ['paragraph', '共同社记者：据报道，日方有意在秋天举行领导人会晤。中方对此持何态度？'],
        ['paragraph', '郭嘉昆：我没有可以提供的信息。'],
      ],
      published: '2025-06-18',
      events: [],
    },
    {
      text: '中国外交部发言人郭嘉昆星期五在例行记者会上被问及通话时说：“我没有可以提供的信息，请向主管部门询问。”',
      published: '2025-12-14',
      outlet: '联合早报',
      events: [],
    },
    {
      text: '國防部新聞發言人吳謙14日在被問及演習將持續多長時間時說：「請以東部戰區發布的權威信息為準。」',
      published: '2024-10-15',
      events: [],
    },
  ],
  apply: (c: ResponseCandidate): 'drop' | Sentence | undefined => {
    const { lex, sentence, rules } = c.scope;
    if (!lex.nonEvent.declined.has(text(c), sentence.start, sentence.end)) return undefined;
    if (rules.when(declinedWithPosition, c, () => declinedWithPosition.apply(c))) return undefined;
    return rules.first([declinedThenPosition], c, c) ?? 'drop';
  },
});

const TRANSCRIPT_LABEL = /(?:^|[，,])(?:下文|以下)(?:为|是)[^，。]{0,16}(?:全文|实录|摘要|内容)[：:。]?$/u;
const TRANSCRIPT_TITLE = /^(?:答记者问|答问|回答记者提问)(?:的)?(?:全文|实录|摘要|要点)$/u;
const TRANSCRIPT_FOLLOWS = /^(?:(?:相关|有关)?(?:问答)?(?:实录|全文|摘要|内容)如下[：:]|(?:答问|问答)如下)/u;
// 回答記者提問, 答記者問 with nothing after: the briefing itself, not an answer on a topic.
const THE_PRESS_ANSWERED = new RegExp(`^${ANSWERS_THE_PRESS}$`, 'u');
// (A transcript's title may carry its number in brackets: 答記者問(2000年23號).)
const GENERIC_ANSWER =
  /^(?:(?:回答|答)(?:了)?(?:记者|媒体)?(?:提出|所提|关心)?(?:的)?(?:有关|相关)?(?:提问|问题|问)?|(?:作出|做出)(?:了)?回应)(?:[（(][\d年第号期]{1,12}[）)])?$/u;

// 「就A、B等問題」「就A、B等回答了媒體記者的提問」「就A、B等答問」「就近期熱點問題」: 等 closing a list (not 對等, 平等), or hot topics.
const LISTED_TOPICS =
  /(?<![对平相同均高初中何])等(?:[^，。；]{0,4}(?:问题|议题|话题)|[^，。；]{0,2}(?:答问|答记者问|(?:回答|答)[^，。；]{0,8}(?:问题|提问)))|热点[^，。；]{0,6}(?:问题|提问|议题|话题)|就近期[^，。；]{2,24}(?:情况|问题)(?:[^，。；]{0,6}并)?(?:回答|答)/u;

// 「耿爽：這幾天我已多次回答了類似問題」: an answer that tells of answers given before is still the answer to
// its own question, neither a briefing's opening nor about the matter asked before.
const ANSWERED_BEFORE: Example[] = [
  {
    text: [
      ['headline', '2020年4月28日外交部發言人耿爽主持例行記者會'],
      ['paragraph', '記者：有官員指責中方出口的檢測試劑盒不合格。中方對此有何評論？'],
      ['paragraph', '耿爽：這種說法毫無根據。'],
      ['paragraph', '記者：美方有人稱應向中方索賠。中方對此有何評論？'],
      ['paragraph', '耿爽：這幾天我已多次回答了類似問題。事實已經很清楚了。'],
    ],
    published: '2020-04-28',
    events: [
      { type: 'ministry-response', date: '2020-04-28' },
      { type: 'ministry-response', date: '2020-04-28' },
    ],
  },
  {
    text: [
      ['headline', '2020年4月28日外交部发言人耿爽主持例行记者会'],
      ['paragraph', '记者：有官员指责中方出口的检测试剂盒不合格。中方对此有何评论？'],
      ['paragraph', '耿爽：这种说法毫无根据。'],
      ['paragraph', '记者：美方有人称应向中方索赔。中方对此有何评论？'],
      ['paragraph', '耿爽：这几天我已多次回答了类似问题。事实已经很清楚了。'],
    ],
    published: '2020-04-28',
    events: [
      { type: 'ministry-response', date: '2020-04-28' },
      { type: 'ministry-response', date: '2020-04-28' },
    ],
  },
];

/** 「使館發言人就英方涉港錯誤言論答記者問。」: a statement's frame, its questions and answers printed below. */
function framesAnswers(c: ResponseCandidate): boolean {
  const s = text(c);
  // 「發言人就X答記者問」「發言人朱邦造21日就X一事回答了記者的提問」: one matter named, then only that questions were answered.
  const said = s.slice(c.verb.start, c.scope.sentence.end);
  const before = s.slice(c.scope.sentence.start, c.verb.start);
  return (
    (/^答记者问[。！]?$/u.test(said) && /就[^，。；]{2,40}$/u.test(before)) ||
    // (Not hot topics or a list: 就近期經貿熱點回答記者提問 frames the whole briefing.)
    (/^回答了?记者的?提问[。！]?$/u.test(said) && /就[^，。；]{2,40}$/u.test(before) && !LISTED_TOPICS.test(before + said)) ||
    // 「孔泉回答了各國記者就國情咨文提出的各種問題」: the questions the press raised on one matter.
    /^回答了?[^，。；]{0,6}记者就[^，。；]{2,40}提出的[^，。；]{0,4}问题[。！]?$/u.test(said)
  );
}

/** A frame that names one matter (not 就中美兩軍交往等, a list): its words describe the answer best. */
export const framesOneMatter = (c: ResponseCandidate): boolean =>
  framesAnswers(c) && !/(?<![对平相同均高初中何])等/u.test(text(c).slice(c.scope.sentence.start, c.verb.start));

export const briefingOpening = rule({
  id: 'response.briefing-opening',
  decides:
    '「發言人X在例行記者會上回答記者提問」 (or 回答了記者提出的有關問題) or 「…在例行記者會做出回應」 with no topic, 「發言人就英方涉港錯誤言論答記者問。」「發言人就X（一事）回答了記者的提問。」「回答了各國記者就X提出的各種問題」 (a statement’s frame), or 「就A、B等問題回答了記者的提問」 (or 作出回應, 發表談話), 「就近期熱點問題回答了記者提問」, 「就“外交政策”回答中外記者提問」, 「表示願意回答大家的問題」, 「在記者會開始時表示」, 「公布了X此次答問情況」, a transcript’s title (發言人4月30日答記者問全文, or with its number: 答記者問(2000年23號)) or one followed by 「相關實錄如下：」, 「相關內容如下：」, 「答問如下」 or 「以下為答問內容」: it opens the briefing and joins the first answer given there.',
  examples: [
    {
      text: [
        ['paragraph', '外交部發言人姜瑜15日在例行記者會上回答了記者提出的有關問題。'],
        ['paragraph', '在回答關於日本修改和平憲法的問題時，姜瑜表示，中國政府希望日方堅持走和平發展的道路。'],
      ],
      published: '2007-05-16',
      events: [{ type: 'ministry-response', date: '2007-05-15', actors: ['外交部', '姜瑜'], passages: 2 }],
    },
    {
      text: [
        ['paragraph', '外交部发言人姜瑜15日在例行记者会上回答了记者提出的有关问题。'],
        ['paragraph', '在回答关于日本修改和平宪法的问题时，姜瑜表示，中国政府希望日方坚持走和平发展的道路。'],
      ],
      published: '2007-05-16',
      events: [{ type: 'ministry-response', date: '2007-05-15', actors: ['外交部', '姜瑜'], passages: 2 }],
    },
    {
      text: [
        ['paragraph', '新華社北京5月20日電 外交部發言人馬朝旭20日就美軍有關人士涉華言論回答了記者提問。'],
        ['paragraph', '有記者問：美軍太平洋總部司令稱中方官員曾向其提議分管太平洋事務。中方對此有何評論？'],
        ['paragraph', '馬朝旭回答說，中方沒有也不可能向任何人提出所謂提議。'],
      ],
      published: '2009-05-21',
      events: [{ type: 'ministry-response', date: '2009-05-20', actors: ['外交部', '馬朝旭'], passages: 3 }],
    },
    {
      text: [
        ['paragraph', '新华社北京5月20日电 外交部发言人马朝旭20日就美军有关人士涉华言论回答了记者提问。'],
        ['paragraph', '有记者问：美军太平洋总部司令称中方官员曾向其提议分管太平洋事务。中方对此有何评论？'],
        ['paragraph', '马朝旭回答说，中方没有也不可能向任何人提出所谓提议。'],
      ],
      published: '2009-05-21',
      events: [{ type: 'ministry-response', date: '2009-05-20', actors: ['外交部', '马朝旭'], passages: 3 }],
    },
    {
      text: [
        ['headline', '外交部發言人2000年6月27日答記者問(2000年23號)'],
        ['paragraph', '外交部發言人2000年6月27日答記者問'],
        ['paragraph', '問：你對李登輝去英國活動有何評論？'],
        ['paragraph', '答：我們堅決反對李登輝去英國活動。'],
      ],
      published: '2000-06-28',
      events: [{ type: 'ministry-response', date: '2000-06-27', passages: 4 }],
    },
    {
      text: [
        ['headline', '外交部发言人2000年6月27日答记者问(2000年23号)'],
        ['paragraph', '外交部发言人2000年6月27日答记者问'],
        ['paragraph', '问：你对李登辉去英国活动有何评论？'],
        ['paragraph', '答：我们坚决反对李登辉去英国活动。'],
      ],
      published: '2000-06-28',
      events: [{ type: 'ministry-response', date: '2000-06-27', passages: 4 }],
    },
    {
      text: [
        ['paragraph', '本報北京3月4日電／3月4日，外交部發言人毛寧主持例行記者會，以下為答問內容。'],
        ['paragraph', '記者：美方宣布加徵關稅，中方有何回應？'],
        ['paragraph', '毛寧：中方堅決反對，將採取必要措施。'],
      ],
      published: '2025-03-05',
      events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛寧'], passages: 3 }],
    },
    {
      text: [
        ['paragraph', '本报北京3月4日电／3月4日，外交部发言人毛宁主持例行记者会，以下为答问内容。'],
        ['paragraph', '记者：美方宣布加征关税，中方有何回应？'],
        ['paragraph', '毛宁：中方坚决反对，将采取必要措施。'],
      ],
      published: '2025-03-05',
      events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛宁'], passages: 3 }],
    },
    {
      text: [
        ['paragraph', '11月12日，外交部發言人秦剛舉行例行記者會，答問如下。'],
        ['paragraph', '問：請介紹賈慶林訪問秘魯的行程。'],
        ['paragraph', '答：賈慶林即將對秘魯進行正式訪問。'],
      ],
      published: '2009-11-13',
      events: [{ type: 'ministry-response', date: '2009-11-12', actors: ['外交部', '秦剛'], passages: 3 }],
    },
    {
      text: [
        ['paragraph', '11月12日，外交部发言人秦刚举行例行记者会，答问如下。'],
        ['paragraph', '问：请介绍贾庆林访问秘鲁的行程。'],
        ['paragraph', '答：贾庆林即将对秘鲁进行正式访问。'],
      ],
      published: '2009-11-13',
      events: [{ type: 'ministry-response', date: '2009-11-12', actors: ['外交部', '秦刚'], passages: 3 }],
    },
    {
      text: [
        ['paragraph', '外交部發言人孔泉3日回答了各國記者就美國國情咨文提出的各種問題。'],
        ['paragraph', '對於伊朗問題，孔泉表示，中國政府主張通過對話處理分歧。'],
      ],
      published: '2005-02-04',
      events: [{ type: 'ministry-response', date: '2005-02-03', passages: 2 }],
    },
    {
      text: [
        ['paragraph', '外交部发言人孔泉3日回答了各国记者就美国国情咨文提出的各种问题。'],
        ['paragraph', '对于伊朗问题，孔泉表示，中国政府主张通过对话处理分歧。'],
      ],
      published: '2005-02-04',
      events: [{ type: 'ministry-response', date: '2005-02-03', passages: 2 }],
    },
    {
      text: [
        ['paragraph', '外交部發言人毛寧4日在例行記者會上回答記者提問。'],
        ['paragraph', '有記者問，美方宣布對華加徵關稅，中方有何回應？毛寧表示，中方堅決反對。'],
      ],
      published: '2025-03-05',
      events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛寧'] }],
    },
    {
      text: [
        ['paragraph', '外交部发言人毛宁4日在例行记者会上回答记者提问。'],
        ['paragraph', '有记者问，美方宣布对华加征关税，中方有何回应？毛宁表示，中方坚决反对。'],
      ],
      published: '2025-03-05',
      events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛宁'] }],
    },
    {
      text: [
        ['paragraph', '6月12日上午，國台辦舉行例行新聞發布會，發言人陳斌華就近期兩岸熱點問題回答了記者提問。'],
        ['paragraph', '新華社記者：陸委會日前宣稱民意支持其政策，對此有何評論？'],
        ['paragraph', '陳斌華：民進黨當局的說法完全站不住腳。'],
      ],
      published: '2024-06-12',
      events: [{ type: 'ministry-response', date: '2024-06-12', actors: ['國台辦', '陳斌華'] }],
    },
    {
      text: [
        ['paragraph', '6月12日上午，国台办举行例行新闻发布会，发言人陈斌华就近期两岸热点问题回答了记者提问。'],
        ['paragraph', '新华社记者：陆委会日前宣称民意支持其政策，对此有何评论？'],
        ['paragraph', '陈斌华：民进党当局的说法完全站不住脚。'],
      ],
      published: '2024-06-12',
      events: [{ type: 'ministry-response', date: '2024-06-12', actors: ['国台办', '陈斌华'] }],
    },
    {
      text: [
        ['paragraph', '中新網11月5日電 中國外交部發言人孔泉今天主持例行記者會。下文為孔泉答記者問全文：'],
        ['paragraph', '問：中東問題特使今天啟程前往中東，此行有何目的？'],
        ['paragraph', '答：特使將訪問中東有關國家，同各方交換意見。'],
      ],
      published: '2002-11-05',
      events: [{ type: 'ministry-response', date: '2002-11-05', actors: ['中國外交部', '孔泉'] }],
    },
    {
      text: [
        ['paragraph', '中新网11月5日电 中国外交部发言人孔泉今天主持例行记者会。下文为孔泉答记者问全文：'],
        ['paragraph', '问：中东问题特使今天启程前往中东，此行有何目的？'],
        ['paragraph', '答：特使将访问中东有关国家，同各方交换意见。'],
      ],
      published: '2002-11-05',
      events: [{ type: 'ministry-response', date: '2002-11-05', actors: ['中国外交部', '孔泉'] }],
    },
    {
      text: [
        ['paragraph', '12月20日，外交部發言人華春瑩在例行記者會上回答記者有關無人潛航器的提問。相關實錄如下：'],
        ['paragraph', '問：日本內閣官房長官19日稱，中方有必要就該事件作出解釋。中方對此有何回應？'],
        ['paragraph', '答：日方太操心了。這件事與日方有關係嗎？'],
      ],
      published: '2016-12-21',
      events: [{ type: 'ministry-response', date: '2016-12-20', actors: ['外交部', '華春瑩'] }],
    },
    {
      text: [
        ['paragraph', '12月20日，外交部发言人华春莹在例行记者会上回答记者有关无人潜航器的提问。相关实录如下：'],
        ['paragraph', '问：日本内阁官房长官19日称，中方有必要就该事件作出解释。中方对此有何回应？'],
        ['paragraph', '答：日方太操心了。这件事与日方有关系吗？'],
      ],
      published: '2016-12-21',
      events: [{ type: 'ministry-response', date: '2016-12-20', actors: ['外交部', '华春莹'] }],
    },
    {
      text: [
        ['paragraph', '本網5月5日電 在5日的外交部例行記者會上，發言人耿爽就近日熱點進行回應。相關內容如下：'],
        ['paragraph', '問：韓國新政府表示將重新評估部署反導系統。中方對此有何評論？'],
        ['paragraph', '答：中方在這一問題上的立場是一貫的、明確的。'],
      ],
      published: '2017-05-06',
      events: [{ type: 'ministry-response', date: '2017-05-05', actors: ['外交部', '耿爽'] }],
    },
    {
      text: [
        ['paragraph', '本网5月5日电 在5日的外交部例行记者会上，发言人耿爽就近日热点进行回应。相关内容如下：'],
        ['paragraph', '问：韩国新政府表示将重新评估部署反导系统。中方对此有何评论？'],
        ['paragraph', '答：中方在这一问题上的立场是一贯的、明确的。'],
      ],
      published: '2017-05-06',
      events: [{ type: 'ministry-response', date: '2017-05-05', actors: ['外交部', '耿爽'] }],
    },
    {
      text: [
        ['paragraph', '中新網3月9日電 外交部發言人劉建超今天下午主持例行記者會。外交部網站公布了劉建超此次答問的內容。'],
        ['paragraph', '問：朝鮮半島局勢近來有何新進展？'],
        ['paragraph', '答：中方一貫主張通過對話解決問題。'],
      ],
      published: '2005-03-09',
      events: [{ type: 'ministry-response', date: '2005-03-09', actors: ['外交部', '劉建超'] }],
    },
    {
      text: [
        ['paragraph', '中新网3月9日电 外交部发言人刘建超今天下午主持例行记者会。外交部网站公布了刘建超此次答问的内容。'],
        ['paragraph', '问：朝鲜半岛局势近来有何新进展？'],
        ['paragraph', '答：中方一贯主张通过对话解决问题。'],
      ],
      published: '2005-03-09',
      events: [{ type: 'ministry-response', date: '2005-03-09', actors: ['外交部', '刘建超'] }],
    },
    {
      text: [
        ['paragraph', '國務院台灣事務辦公室今日上午舉行例行新聞發布會。新聞發言人安峰山就雙城論壇、小三通等問題作出回應。'],
        ['paragraph', '記者：台灣陸委會日前表示兩岸熱線停擺，請問發言人有何評論？'],
        ['paragraph', '安峰山：堅持「九二共識」是兩岸聯繫溝通機制運作的必要條件。'],
      ],
      published: '2017-04-12',
      events: [{ type: 'ministry-response', date: '2017-04-12', actors: ['國台辦', '安峰山'] }],
    },
    {
      text: [
        ['paragraph', '国务院台湾事务办公室今日上午举行例行新闻发布会。新闻发言人安峰山就双城论坛、小三通等问题作出回应。'],
        ['paragraph', '记者：台湾陆委会日前表示两岸热线停摆，请问发言人有何评论？'],
        ['paragraph', '安峰山：坚持“九二共识”是两岸联系沟通机制运作的必要条件。'],
      ],
      published: '2017-04-12',
      events: [{ type: 'ministry-response', date: '2017-04-12', actors: ['国台办', '安峰山'] }],
    },
    {
      text: [
        ['paragraph', '中新社北京9月14日電 國防部新聞發言人譚克非14日就近期涉軍問題發布信息並回答記者提問。'],
        ['paragraph', '有記者問，菲律賓和美國軍艦在南海舉行了聯合巡航。請問發言人有何評論？'],
        ['paragraph', '譚克非表示，中方堅決反對美方插手南海問題。'],
      ],
      published: '2023-09-15',
      events: [{ type: 'ministry-response', date: '2023-09-14', actors: ['國防部', '譚克非'] }],
    },
    {
      text: [
        ['paragraph', '中新社北京9月14日电 国防部新闻发言人谭克非14日就近期涉军问题发布信息并回答记者提问。'],
        ['paragraph', '有记者问，菲律宾和美国军舰在南海举行了联合巡航。请问发言人有何评论？'],
        ['paragraph', '谭克非表示，中方坚决反对美方插手南海问题。'],
      ],
      published: '2023-09-15',
      events: [{ type: 'ministry-response', date: '2023-09-14', actors: ['国防部', '谭克非'] }],
    },
    {
      text: [
        ['paragraph', '本報北京2月28日訊 外交部發言人段津今天舉行記者招待會，就海灣局勢、中澳關係等國際問題發表談話。'],
        ['paragraph', '有記者問，你對澳大利亞決定取消對中國的大部分制裁有何評論？'],
        ['paragraph', '段津回答說，中國政府對此表示歡迎。'],
      ],
      published: '1991-03-01',
      events: [{ type: 'ministry-response', date: '1991-02-28', actors: ['外交部', '段津'] }],
    },
    {
      text: [
        ['paragraph', '本报北京2月28日讯 外交部发言人段津今天举行记者招待会，就海湾局势、中澳关系等国际问题发表谈话。'],
        ['paragraph', '有记者问，你对澳大利亚决定取消对中国的大部分制裁有何评论？'],
        ['paragraph', '段津回答说，中国政府对此表示欢迎。'],
      ],
      published: '1991-03-01',
      events: [{ type: 'ministry-response', date: '1991-02-28', actors: ['外交部', '段津'] }],
    },
    {
      text: [
        ['paragraph', '2009年9月15日，外交部發言人姜瑜舉行例行記者會，就中日韓領導人會議答問。答問如下。'],
        ['paragraph', '問：中日韓領導人會議何時舉行？'],
        ['paragraph', '答：三方一直就會議日期保持溝通。'],
      ],
      published: '2009-09-16',
      events: [{ type: 'ministry-response', date: '2009-09-15', actors: ['外交部', '姜瑜'] }],
    },
    {
      text: [
        ['paragraph', '2009年9月15日，外交部发言人姜瑜举行例行记者会，就中日韩领导人会议答问。答问如下。'],
        ['paragraph', '问：中日韩领导人会议何时举行？'],
        ['paragraph', '答：三方一直就会议日期保持沟通。'],
      ],
      published: '2009-09-16',
      events: [{ type: 'ministry-response', date: '2009-09-15', actors: ['外交部', '姜瑜'] }],
    },
    {
      text: [
        ['paragraph', '據新華社電 外交部發言人朱邦造21日就美國允許李登輝訪美一事回答了記者的提問。'],
        ['paragraph', '記者問：美國政府已向李登輝發放簽證，請問你對此有何評論？'],
        ['paragraph', '朱邦造說，這是美國政府在台灣問題上的又一個錯誤舉動。'],
      ],
      published: '2001-04-22',
      events: [{ type: 'ministry-response', date: '2001-04-21', actors: ['外交部', '朱邦造'] }],
    },
    {
      text: [
        ['paragraph', '据新华社电 外交部发言人朱邦造21日就美国允许李登辉访美一事回答了记者的提问。'],
        ['paragraph', '记者问：美国政府已向李登辉发放签证，请问你对此有何评论？'],
        ['paragraph', '朱邦造说，这是美国政府在台湾问题上的又一个错误举动。'],
      ],
      published: '2001-04-22',
      events: [{ type: 'ministry-response', date: '2001-04-21', actors: ['外交部', '朱邦造'] }],
    },
    {
      text: [
        [
          'paragraph',
          '日本共同社29日引述政府人士報導，兩國政府擬在亞太經合會峰會期間舉行首腦會談，大陸外交部發言人郭嘉昆也在29日下午的例行記者會做出回應。',
        ],
        ['paragraph', '針對日方的積極信號，大陸外交部發言人郭嘉昆29日在例行記者會上回應日本電視台提問時指出，中方重視日方的上述表態。'],
      ],
      published: '2025-10-30',
      events: [{ type: 'ministry-response', date: '2025-10-29', actors: ['大陸外交部', '郭嘉昆'] }],
    },
    {
      text: [
        [
          'paragraph',
          '日本共同社29日引述政府人士报导，两国政府拟在亚太经合会峰会期间举行首脑会谈，大陆外交部发言人郭嘉昆也在29日下午的例行记者会做出回应。',
        ],
        ['paragraph', '针对日方的积极信号，大陆外交部发言人郭嘉昆29日在例行记者会上回应日本电视台提问时指出，中方重视日方的上述表态。'],
      ],
      published: '2025-10-30',
      events: [{ type: 'ministry-response', date: '2025-10-29', actors: ['大陆外交部', '郭嘉昆'] }],
    },
    {
      text: [
        ['headline', '外交部發言人孔泉4月30日答記者問全文'],
        ['paragraph', '問：請問唐家璇外長訪問巴基斯坦的主要目的？'],
        ['paragraph', '答：此訪將是一次非常重要的訪問，中巴是友好鄰邦。'],
      ],
      published: '2002-04-30',
      events: [{ type: 'ministry-response', date: '2002-04-30', actors: ['外交部', '孔泉'], passages: 3 }],
    },
    {
      text: [
        ['headline', '外交部发言人孔泉4月30日答记者问全文'],
        ['paragraph', '问：请问唐家璇外长访问巴基斯坦的主要目的？'],
        ['paragraph', '答：此访将是一次非常重要的访问，中巴是友好邻邦。'],
      ],
      published: '2002-04-30',
      events: [{ type: 'ministry-response', date: '2002-04-30', actors: ['外交部', '孔泉'], passages: 3 }],
    },
  ],
  leaves: ANSWERED_BEFORE,
  apply: (c: ResponseCandidate, speaker: Speaker) => {
    const s = text(c);
    const end = clauseEnd(s, c.verb.end, c.scope.sentence.end);
    // 「就A、B等問題回答了記者的提問」「就近期兩岸熱點問題回答了記者提問」: a list of what was asked, or
    // only its kind, frames the whole briefing.
    const listed =
      /^(?:回答|答|回应|作出回应|做出回应|发表谈话)/u.test(s.slice(c.verb.start, c.verb.end)) &&
      LISTED_TOPICS.test(s.slice(c.scope.sentence.start, end));
    // 「他表示願意回答大家的問題」: what is said is only that questions will be answered.
    // (Not 「這幾天我已多次回答了類似問題」: answers given before, told inside an answer.)
    // 「新聞發言人將介紹近期工作情況，並回答媒體提問」: the briefing announced, its answers to come.
    const willAnswer =
      /^[^，。不没无已]{0,8}(?:愿意|愿|乐意|乐于|将|会|可以|来|现在)回答[^，。了过]{0,12}(?:问题|提问)$/u.test(
        s.slice(c.verb.end, c.scope.sentence.end).replace(/[。！]$/u, ''),
      ) || /将[^。]{0,30}并回答[^，。了过]{0,12}(?:问题|提问)[。！]?$/u.test(s.slice(c.scope.sentence.start, c.scope.sentence.end));
    // 「就“中國外交政策”回答中外記者提問」: a press conference's theme, answered question by question below.
    const themed = /中外/u.test(s.slice(c.verb.start, end)) && THE_PRESS_ANSWERED.test(s.slice(c.verb.start, end));
    // 「下文為孔泉答記者問全文：」: a label for the transcript that follows.
    // 「…回答記者有關X的提問。相關實錄如下：」: one labelled by the transcript that follows it, too.
    // 「外交部發言人4月30日答記者問全文」: the transcript's own title.
    const label =
      TRANSCRIPT_LABEL.test(s.slice(c.scope.sentence.start, c.scope.sentence.end)) ||
      TRANSCRIPT_TITLE.test(s.slice(c.verb.start, end)) ||
      (/回答|答|回应/u.test(s.slice(c.verb.start, c.verb.end)) &&
        TRANSCRIPT_FOLLOWS.test(s.slice(c.scope.sentence.end, c.scope.sentence.end + 12))) ||
      // 「…舉行例行記者會，答問如下。」: the word is the label itself.
      /^如下/u.test(s.slice(c.verb.end));
    // 「網站公布了發言人此次答問情況」: the briefing pointed back at (此次, 本次) is the one the page reports.
    const pointedAt = /(?:这|此|本)次$/u.test(s.slice(c.scope.sentence.start, c.verb.start));
    // 「李明在記者會開始時表示很高興同大家見面」: what is said as the press conference begins opens it.
    const atTheStart = /(?:记者会|发布会|记者招待会)(?:开始|伊始|开场)[时後后]/u.test(s.slice(c.scope.sentence.start, c.verb.start));
    return (
      framesAnswers(c) ||
      listed ||
      willAnswer ||
      themed ||
      label ||
      pointedAt ||
      atTheStart ||
      (GENERIC_ANSWER.test(s.slice(c.verb.start, end)) && !leadTopic(c, speaker))
    );
  },
});

export const topicLeadWords = rule({
  id: 'topic.lead-words',
  decides:
    '對於, 關於, 針對, 至於, 有關, 就, 涉及到 (at the head of a clause) … before the verb name what is answered; 至於, or any of them opening a paragraph (對於…，李維一則表示), turns to another matter than the answers before, even one about the same country.',
  examples: [
    {
      text: [
        ['paragraph', '外交部發言人孔泉3日表示，我們希望美國發揮積極作用。'],
        ['paragraph', '涉及到朝鮮半島核問題，孔泉表示，六方會談是解決問題的最佳途徑。'],
      ],
      published: '2005-02-04',
      events: [
        { type: 'ministry-response', date: '2005-02-03', passages: 1 },
        { type: 'ministry-response', date: '2005-02-03', passages: 1 },
      ],
    },
    {
      text: [
        ['paragraph', '外交部发言人孔泉3日表示，我们希望美国发挥积极作用。'],
        ['paragraph', '涉及到朝鲜半岛核问题，孔泉表示，六方会谈是解决问题的最佳途径。'],
      ],
      published: '2005-02-04',
      events: [
        { type: 'ministry-response', date: '2005-02-03', passages: 1 },
        { type: 'ministry-response', date: '2005-02-03', passages: 1 },
      ],
    },
    {
      text: [
        ['paragraph', '國台辦發言人李維一26日表示，我們堅決反對台獨分裂活動。'],
        [
          'paragraph',
          '另外，有記者問，島內有人主張以公投推動台灣入聯，發言人對此有何評論？李維一說，對任何台獨分裂活動我們都是堅決反對的。',
        ],
        ['paragraph', '對於民進黨推出的所謂正常國家決議文，李維一則表示，大陸方面多次表達了譴責的立場。'],
      ],
      published: '2007-09-27',
      events: [
        { type: 'ministry-response', date: '2007-09-26', passages: 1 },
        { type: 'ministry-response', date: '2007-09-26', passages: 1 },
        { type: 'ministry-response', date: '2007-09-26', passages: 1 },
      ],
    },
    {
      text: [
        ['paragraph', '国台办发言人李维一26日表示，我们坚决反对台独分裂活动。'],
        [
          'paragraph',
          '另外，有记者问，岛内有人主张以公投推动台湾入联，发言人对此有何评论？李维一说，对任何台独分裂活动我们都是坚决反对的。',
        ],
        ['paragraph', '对于民进党推出的所谓正常国家决议文，李维一则表示，大陆方面多次表达了谴责的立场。'],
      ],
      published: '2007-09-27',
      events: [
        { type: 'ministry-response', date: '2007-09-26', passages: 1 },
        { type: 'ministry-response', date: '2007-09-26', passages: 1 },
        { type: 'ministry-response', date: '2007-09-26', passages: 1 },
      ],
    },
    {
      text: '外交部發言人毛寧4日表示，中方堅決反對美方對台軍售。關於日本修憲問題，毛寧表示，日方應深刻反省，不要借台灣問題挑事。',
      published: '2025-03-05',
      events: [
        { type: 'ministry-response', date: '2025-03-04' },
        { type: 'ministry-response', date: '2025-03-04' },
      ],
    },
    {
      text: '外交部发言人毛宁4日表示，中方坚决反对美方对台军售。关于日本修宪问题，毛宁表示，日方应深刻反省，不要借台湾问题挑事。',
      published: '2025-03-05',
      events: [
        { type: 'ministry-response', date: '2025-03-04' },
        { type: 'ministry-response', date: '2025-03-04' },
      ],
    },
    {
      text: [
        ['paragraph', '針對英國政府核准中國在倫敦興建使館，外交部發言人郭嘉昆21日表示，為外交館舍建設提供便利是東道國的義務。'],
        ['paragraph', '至於中國是否也將核准英國駐華使館翻修，郭嘉昆回應稱，中方一直依法處理英國使館的規劃申請。'],
      ],
      published: '2026-01-22',
      events: [
        { type: 'ministry-response', date: '2026-01-21', passages: 1 },
        { type: 'ministry-response', date: '2026-01-21', passages: 1 },
      ],
    },
    {
      text: [
        ['paragraph', '针对英国政府核准中国在伦敦兴建使馆，外交部发言人郭嘉昆21日表示，为外交馆舍建设提供便利是东道国的义务。'],
        ['paragraph', '至于中国是否也将核准英国驻华使馆翻修，郭嘉昆回应称，中方一直依法处理英国使馆的规划申请。'],
      ],
      published: '2026-01-22',
      events: [
        { type: 'ministry-response', date: '2026-01-21', passages: 1 },
        { type: 'ministry-response', date: '2026-01-21', passages: 1 },
      ],
    },
  ],
  apply: (c: ResponseCandidate, speaker: Speaker): Topic | undefined => {
    const { lex, sentence } = c.scope;
    const s = text(c);
    for (const lead of lex.topicLeads.all(s, sentence.start, c.verb.start)) {
      // 就 before the speaker leads a topic only at the head of a clause (「在同一記者會上，就X，趙立堅表示」).
      const clauseHead = lead.start === sentence.start || /[，,：:；;]/u.test(s[lead.start - 1] ?? '');
      if (
        lead.phrase === '就' &&
        ((lead.start < speaker.start && !clauseHead) || /^就(此|是|要|会|在)/u.test(s.slice(lead.start, lead.start + 2)))
      )
        continue;
      // 涉及到 leads a topic only at the head of a clause (「涉及到朝鮮半島的核問題，孔泉表示」), not inside one (這涉及到…).
      if (lead.phrase === '涉及到' && !clauseHead) continue;
      // 有关 leads a topic only at the head of a clause, and not as 有关负责人 (the official concerned).
      if (
        lead.phrase === '有关' &&
        (!clauseHead || /^有关(?:负责人|部门|方面|人士|官员|单位|国家|各方)/u.test(s.slice(lead.start, lead.start + 5)))
      )
        continue;
      const end = lead.start < speaker.start ? speaker.start : c.verb.start;
      if (end - lead.end < 2) continue;
      const topic = topicOf(lex, s.slice(lead.end, end));
      // 至於 turns to another matter: never the one just answered, even about the same country.
      const before = c.state.lastByMinistry.get(speaker.ministry.id)?.topic.key;
      // At the head of its paragraph, the matter is put afresh: never one answered before in the story.
      if (lead.start === 0 && lead.phrase !== '就' && (topic.key === before || c.state.answered?.has(topic.key)))
        return { ...topic, key: `t${hash64(`put:${s.slice(lead.end, end)}`).slice(0, 6)}` };
      if (lead.phrase === '至于' && !topic.entry && topic.key === before)
        return { ...topic, key: `t${hash64(`as-for:${s.slice(lead.end, end)}`).slice(0, 6)}` };
      return topic;
    }
    return undefined;
  },
});

export const topicThis = rule({
  id: 'topic.this',
  decides:
    '對此, 就此 before the verb, or 此 right after it (「某國宣布禁用一款應用，發言人稱此違反…」): the answer is about what came just before, in its sentence when the sentence opens with it; at a paragraph’s head after a question still open, about that question.',
  examples: [
    {
      text: [
        ['paragraph', '日本首相石破茂昨日向靖國神社供奉祭品。'],
        ['paragraph', '對此，外交部發言人毛寧4日表示，中方堅決反對，並已向日方提出嚴正交涉。'],
        ['paragraph', '毛寧還表示，日方應正視侵略歷史。'],
      ],
      published: '2025-03-05',
      events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛寧'] }],
    },
    {
      text: [
        ['paragraph', '日本首相石破茂昨日向靖国神社供奉祭品。'],
        ['paragraph', '对此，外交部发言人毛宁4日表示，中方坚决反对，并已向日方提出严正交涉。'],
        ['paragraph', '毛宁还表示，日方应正视侵略历史。'],
      ],
      published: '2025-03-05',
      events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛宁'] }],
    },
  ],
  leaves: [
    {
      text: [
        ['paragraph', '國台辦28日舉行例行新聞發布會。'],
        ['paragraph', '甲電視台記者：關於大陸居民赴台灣旅遊的磋商，請問發言人有何評論？'],
        ['paragraph', '楊毅：這件事我們一直積極推動。'],
        ['paragraph', '乙社記者：台灣有學者提出所謂新憲法草案，請問發言人對此有何評論？'],
        ['paragraph', '楊毅：這部所謂的草案企圖製造分裂。'],
      ],
      published: '2007-03-28',
      events: [
        { type: 'ministry-response', date: '2007-03-28', actors: ['國台辦'] },
        { type: 'ministry-response', date: '2007-03-28', actors: ['國台辦'] },
      ],
    },
    {
      text: [
        ['paragraph', '国台办28日举行例行新闻发布会。'],
        ['paragraph', '甲电视台记者：关于大陆居民赴台湾旅游的磋商，请问发言人有何评论？'],
        ['paragraph', '杨毅：这件事我们一直积极推动。'],
        ['paragraph', '乙社记者：台湾有学者提出所谓新宪法草案，请问发言人对此有何评论？'],
        ['paragraph', '杨毅：这部所谓的草案企图制造分裂。'],
      ],
      published: '2007-03-28',
      events: [
        { type: 'ministry-response', date: '2007-03-28', actors: ['国台办'] },
        { type: 'ministry-response', date: '2007-03-28', actors: ['国台办'] },
      ],
    },
  ],
  apply: (c: ResponseCandidate, speaker: Speaker): Topic | undefined => {
    const s = text(c);
    // The matter of the open question is that question's own (one broad topic asked twice stays two questions).
    const asked = (t: Topic): Topic => {
      const open = c.state.openQuestion;
      return open && t.entry && open.entry === t.entry ? open : t;
    };
    if (c.scope.lex.thisCues.has(s, Math.max(c.scope.sentence.start, speaker.start - 4), c.verb.start))
      // 「有記者問…？」then 「對此，吳謙表示」: at a paragraph's head, 對此 is the question still open.
      return c.state.openQuestion && c.scope.sentence.start === 0
        ? c.state.openQuestion
        : asked(topicOf(c.scope.lex, textBefore(c.scope, c.state)));
    // (Not 「這幾天」「這段時間」: a time, not the matter.)
    if (!/^[此这](?!(?:几|两|些)?天|段时间|阵子|周|个月|几年)/u.test(s.slice(c.verb.end, c.verb.end + 5))) return undefined;
    const opening = s.slice(c.scope.sentence.start, speaker.start);
    return asked(topicOf(c.scope.lex, hanCount(opening) >= 6 ? opening : textBefore(c.scope, c.state)));
  },
});

function leadTopic(c: ResponseCandidate, speaker: Speaker): Topic | undefined {
  return c.scope.rules.first([topicLeadWords, topicThis], undefined, c, speaker);
}

type TopicRule = Rule<(c: ResponseCandidate, speaker: Speaker) => Topic | undefined>;

export const otherOfficeBetween = rule({
  id: 'topic.other-office-between',
  decides:
    '「國台辦昨天表示，台灣將以中國台北名義參與。」「梁文傑表示，一點都不意外國台辦這樣說。」: where another office spoke since a ministry’s last answer, its next answer takes up what was said since, not its last topic.',
  examples: [
    {
      text: [
        ['paragraph', '陸委會副主委梁文傑13日在例行記者會上表示，中共破壞傳統文化。'],
        ['paragraph', '國台辦昨天在例行記者會表示，台灣將以中國台北名義參與亞太經合會。'],
        ['paragraph', '梁文傑表示，一點都不意外國台辦這樣說，台灣會爭取平等參與。'],
      ],
      published: '2025-11-14',
      events: [
        { type: 'ministry-response', date: '2025-11-13', actors: ['陸委會', '梁文傑'] },
        { type: 'ministry-response', date: '2025-11-13', actors: ['陸委會', '梁文傑'] },
        { type: 'ministry-response', date: '2025-11-13', actors: ['國台辦'] },
      ],
    },
    {
      text: [
        ['paragraph', '陆委会副主委梁文杰13日在例行记者会上表示，中共破坏传统文化。'],
        ['paragraph', '国台办昨天在例行记者会表示，台湾将以中国台北名义参与亚太经合会。'],
        ['paragraph', '梁文杰表示，一点都不意外国台办这样说，台湾会争取平等参与。'],
      ],
      published: '2025-11-14',
      events: [
        { type: 'ministry-response', date: '2025-11-13', actors: ['陆委会', '梁文杰'] },
        { type: 'ministry-response', date: '2025-11-13', actors: ['陆委会', '梁文杰'] },
        { type: 'ministry-response', date: '2025-11-13', actors: ['国台办'] },
      ],
    },
  ],
  apply: (state: BriefingState, ministry: string): boolean => {
    const own = state.lastByMinistry.get(ministry);
    return !!own && [...state.lastByMinistry].some(([id, l]) => id !== ministry && (l.seq ?? 0) > (own.seq ?? 0));
  },
});

// What a spokesperson answers about, between the speaker and a person named in it: 就…, 關於…, 答覆有關…, 在評價…時.
const ASKED_ABOUT = '(?:就|对于|关于|针对|(?:在)?谈(?:到|及)|在评(?:价|论)|(?:回答|答复|答覆|回应)(?:有关|关于))';
const ASKED_AFTER_OFFICE = new RegExp(`^[^，。]{0,8}发言人[^，。]{0,16}?${ASKED_ABOUT}`, 'u');
const ASKED_AFTER_SPEAKER = new RegExp(`^[^，。]{0,16}?${ASKED_ABOUT}`, 'u');

// Shared words that make an answer go on with the same matter.
const SAME_MATTER = 3;

/** How many two-character words of `a` (not the speaker's name, not words any answer says) `b` writes too. */
function sharedWords(lex: Lexicon, a: string, b: string, name: string): number {
  const seen = new Set<string>();
  for (let i = 0; i + 2 <= a.length; i++) {
    const w = a.slice(i, i + 2);
    if (seen.has(w) || lex.commonAnswerWords.has(w) || name.includes(w) || !/^\p{Script=Han}{2}$/u.test(w)) continue;
    if (b.includes(w)) seen.add(w);
  }
  return seen.size;
}

/** What the response answers: the first rule with an answer decides. */
export const TOPICS: TopicRule[] = [
  rule({
    id: 'topic.looks-back',
    decides:
      '「孔泉是在回答這一問題時作上述表示的」: a sentence that attributes the words above (上述表示, 上述談話) goes with the ministry’s last answer.',
    examples: [
      {
        text: [
          ['paragraph', '外交部發言人孔泉20日說，中方反對任何國家干涉中國內政。'],
          ['paragraph', '當日有記者問及美方有關言論，孔泉是在回答這一問題時作上述表示的。'],
        ],
        published: '2002-02-21',
        events: [{ type: 'ministry-response', date: '2002-02-20', actors: ['外交部', '孔泉'] }],
      },
      {
        text: [
          ['paragraph', '外交部发言人孔泉20日说，中方反对任何国家干涉中国内政。'],
          ['paragraph', '当日有记者问及美方有关言论，孔泉是在回答这一问题时作上述表示的。'],
        ],
        published: '2002-02-21',
        events: [{ type: 'ministry-response', date: '2002-02-20', actors: ['外交部', '孔泉'] }],
      },
    ],
    apply: (c, speaker) =>
      // (Not another side's: 「發言人說，英方上述言論純屬…」 speaks of others' words.)
      /(?<![方国府])上述(?:表示|回应|谈话|讲话|言论|看法|评论)/u.test(text(c).slice(c.scope.sentence.start, c.scope.sentence.end))
        ? c.state.lastByMinistry.get(speaker.ministry.id)?.topic
        : undefined,
  }),
  rule({
    id: 'topic.another-point',
    decides:
      '「另外，有關議員訪問一事，外交部表示…」: a sentence that opens with 另外, 此外, 同時 or 另針對 (or whose paragraph does, or opens with 至於, the speaker not named before in it) is another point of the same speaker, never merged with the one before even when no known topic tells them apart.',
    examples: [
      {
        text: [
          ['paragraph', '國台辦發言人朱鳳蓮4日表示，兩岸同胞是一家人。'],
          ['paragraph', '此外，在兩岸交流問題上，朱鳳蓮表示，大陸將繼續推動兩岸人員往來。'],
        ],
        published: '2025-03-05',
        events: [
          { type: 'ministry-response', date: '2025-03-04' },
          { type: 'ministry-response', date: '2025-03-04' },
        ],
      },
      {
        text: [
          ['paragraph', '国台办发言人朱凤莲4日表示，两岸同胞是一家人。'],
          ['paragraph', '此外，在两岸交流问题上，朱凤莲表示，大陆将继续推动两岸人员往来。'],
        ],
        published: '2025-03-05',
        events: [
          { type: 'ministry-response', date: '2025-03-04' },
          { type: 'ministry-response', date: '2025-03-04' },
        ],
      },
      {
        text: [
          ['paragraph', '商務部新聞發言人何亞東11日表示，中方願同各方加強貿易合作。'],
          ['paragraph', '同時，何亞東強調，如果外方執意加徵關稅，中方必將奉陪到底。'],
        ],
        published: '2025-09-12',
        events: [
          { type: 'ministry-response', date: '2025-09-11' },
          { type: 'ministry-response', date: '2025-09-11' },
        ],
      },
      {
        text: [
          ['paragraph', '商务部新闻发言人何亚东11日表示，中方愿同各方加强贸易合作。'],
          ['paragraph', '同时，何亚东强调，如果外方执意加征关税，中方必将奉陪到底。'],
        ],
        published: '2025-09-12',
        events: [
          { type: 'ministry-response', date: '2025-09-11' },
          { type: 'ministry-response', date: '2025-09-11' },
        ],
      },
      {
        text: [
          ['paragraph', '日本外相計劃訪華，會談主題包括釣魚島問題。外交部發言人毛寧昨日表示，中日雙方就外相訪華保持溝通。'],
          ['paragraph', '另針對日本教科書將釣魚島表述為日本「固有領土」，毛寧昨日在記者會上指出，有關做法改變不了事實。'],
        ],
        published: '2023-03-30',
        events: [
          { type: 'ministry-response', date: '2023-03-29' },
          { type: 'ministry-response', date: '2023-03-29' },
        ],
      },
      {
        text: [
          ['paragraph', '日本外相计划访华，会谈主题包括钓鱼岛问题。外交部发言人毛宁昨日表示，中日双方就外相访华保持沟通。'],
          ['paragraph', '另针对日本教科书将钓鱼岛表述为日本“固有领土”，毛宁昨日在记者会上指出，有关做法改变不了事实。'],
        ],
        published: '2023-03-30',
        events: [
          { type: 'ministry-response', date: '2023-03-29' },
          { type: 'ministry-response', date: '2023-03-29' },
        ],
      },
      {
        text: [
          ['paragraph', '陸委會副主委兼發言人梁文傑20日在例行記者會上證實，上海市台辦副主任有提來台申請。'],
          ['paragraph', '另一方面，內政部日前主張，擔任公職的陸配須提出放棄國籍證明。面對陸配參政權已死的提問，梁文傑直言，這是誤解。'],
          ['paragraph', '此外，國民黨副主席蕭旭岑表示，國民黨兩岸路線是一國兩區。梁文傑回應道，翻遍法條找不到這4個字。'],
        ],
        published: '2025-11-21',
        events: [
          { type: 'ministry-response', date: '2025-11-20' },
          { type: 'ministry-response', date: '2025-11-20' },
          { type: 'ministry-response', date: '2025-11-20' },
        ],
      },
      {
        text: [
          ['paragraph', '國台辦發言人彭慶恩29日表示，兩岸同胞是一家人，臉書帳號收到許多台灣網友留言。'],
          ['paragraph', '至於陸委會提醒民眾配合懸賞通告將面臨刑責。彭慶恩回應，民進黨當局對此如臨大敵。'],
        ],
        published: '2025-10-30',
        events: [
          { type: 'ministry-response', date: '2025-10-29' },
          { type: 'ministry-response', date: '2025-10-29' },
        ],
      },
      {
        text: [
          ['paragraph', '国台办发言人彭庆恩29日表示，两岸同胞是一家人，脸书账号收到许多台湾网友留言。'],
          ['paragraph', '至于陆委会提醒民众配合悬赏通告将面临刑责。彭庆恩回应，民进党当局对此如临大敌。'],
        ],
        published: '2025-10-30',
        events: [
          { type: 'ministry-response', date: '2025-10-29' },
          { type: 'ministry-response', date: '2025-10-29' },
        ],
      },
    ],
    apply: (c, speaker) => {
      const s = text(c);
      // At the sentence's head, or at its paragraph's when the speaker comes soon after (「此外，蕭旭岑表示…。梁文傑回應道」),
      // or in a later sentence of one opening with 至於 (in its own sentence, 至於 is topic.lead-words').
      const head = s.slice(0, c.scope.sentence.start);
      // (With 至於, the sentences before tell only the matter: no one has spoken in the paragraph yet.)
      const opens =
        /^(?:此外|另外|另一方面|(?:与此)?同时)/u.test(s) ||
        (/^至于/u.test(s) && c.scope.sentence.start > 0 && !c.scope.lex.responseVerbs.has(s, 0, c.scope.sentence.start));
      const start = c.scope.lex.furtherPoint.at(s, c.scope.sentence.start)
        ? c.scope.sentence.start
        : opens && speaker.start <= 150 && !head.includes(speaker.person?.folded ?? speaker.ministry.folded)
          ? 0
          : -1;
      if (start < 0 || speaker.start - start > (start === 0 ? 150 : 60)) return undefined;
      const topic = topicOf(c.scope.lex, s.slice(start, c.scope.sentence.end));
      // A known topic keeps its key, unless the answer before was on it too: another point is never that one.
      const before = speaker.ministry ? c.state.lastByMinistry.get(speaker.ministry.id)?.topic.key : undefined;
      return topic.entry && topic.key !== before
        ? topic
        : { ...topic, key: `t${hash64(`another:${s.slice(start, start + 24)}`).slice(0, 6)}` };
    },
  }),
  rule({
    id: 'topic.headline',
    decides: 'A headline’s response is about what the headline says.',
    examples: [
      {
        text: [
          ['paragraph', '外交部發言人毛寧4日在例行記者會上表示，中方堅決反對美方對台軍售。'],
          ['subheadline', '毛寧4日表示，中方反對日方修憲'],
        ],
        published: '2025-03-05',
        events: [
          { type: 'ministry-response', date: '2025-03-04' },
          { type: 'ministry-response', date: '2025-03-04' },
        ],
      },
      {
        text: [
          ['paragraph', '外交部发言人毛宁4日在例行记者会上表示，中方坚决反对美方对台军售。'],
          ['subheadline', '毛宁4日表示，中方反对日方修宪'],
        ],
        published: '2025-03-05',
        events: [
          { type: 'ministry-response', date: '2025-03-04' },
          { type: 'ministry-response', date: '2025-03-04' },
        ],
      },
    ],
    // (Not one that lists several: 外交部就美導彈擊毀衛星、北京奧運會等答問.)
    apply: (c) => (c.scope.role === 'headline' && !LISTED_TOPICS.test(text(c)) ? topicOf(c.scope.lex, text(c)) : undefined),
  }),
  rule({
    id: 'topic.single-matter-story',
    decides:
      '「外交部痛批…」 then 「對於中國外交部昨日發言，外交部重申…」: in a story that tells of no briefing, names no spokesperson presiding and puts no question, a ministry speaking again answers the same matter (not after 至於, nor 還表示 or 此外).',
    examples: [
      {
        text: [
          ['paragraph', '外交部11日痛批，中國外交官的戰狼言行令人大開眼界。'],
          ['paragraph', '對於中國外交部昨日發言，外交部重申，中華民國台灣是主權獨立的國家。'],
        ],
        published: '2025-11-12',
        outlet: '中央社',
        events: [{ type: 'ministry-response', date: '2025-11-11', actors: ['外交部'] }],
      },
      {
        text: [
          ['paragraph', '外交部11日痛批，中国外交官的战狼言行令人大开眼界。'],
          ['paragraph', '对于中国外交部昨日发言，外交部重申，中华民国台湾是主权独立的国家。'],
        ],
        published: '2025-11-12',
        outlet: '中央社',
        events: [{ type: 'ministry-response', date: '2025-11-11', actors: ['外交部'] }],
      },
    ],
    apply: (c, speaker) => {
      const { state } = c;
      if (state.asked?.size || state.openQuestion || state.briefingDay || state.presider) return undefined;
      const last = state.lastByMinistry.get(speaker.ministry.id);
      if (!last) return undefined;
      const s = text(c);
      const { sentence, lex } = c.scope;
      if (/至于/u.test(s.slice(sentence.start, c.verb.start)) || lex.furtherPoint.has(s, sentence.start, c.verb.end + 4)) return undefined;
      return last.topic;
    },
  }),
  topicLeadWords,
  topicThis,
  rule({
    id: 'topic.further-point',
    decides: '「朱鳳蓮還表示，…」「楊毅還回答了有關…的問題」: another point of the briefing, about what follows the verb.',
    examples: [
      {
        text: [
          ['paragraph', '國台辦發言人楊毅13日表示，兩岸同屬一個中國。'],
          ['paragraph', '楊毅13日還回答了有關兩會領導人商談的問題，他表示，具體時間還需要由兩會商量確定。'],
        ],
        published: '2010-10-14',
        events: [
          { type: 'ministry-response', date: '2010-10-13' },
          { type: 'ministry-response', date: '2010-10-13' },
        ],
      },
      {
        text: [
          ['paragraph', '国台办发言人杨毅13日表示，两岸同属一个中国。'],
          ['paragraph', '杨毅13日还回答了有关两会领导人商谈的问题，他表示，具体时间还需要由两会商量确定。'],
        ],
        published: '2010-10-14',
        events: [
          { type: 'ministry-response', date: '2010-10-13' },
          { type: 'ministry-response', date: '2010-10-13' },
        ],
      },
      {
        text: '國台辦發言人朱鳳蓮4日表示，兩岸同胞是一家人。朱鳳蓮還表示，民進黨當局炒作軍演是挑釁。',
        published: '2025-03-05',
        events: [
          { type: 'ministry-response', date: '2025-03-04' },
          { type: 'ministry-response', date: '2025-03-04' },
        ],
      },
      {
        text: '国台办发言人朱凤莲4日表示，两岸同胞是一家人。朱凤莲还表示，民进党当局炒作军演是挑衅。',
        published: '2025-03-05',
        events: [
          { type: 'ministry-response', date: '2025-03-04' },
          { type: 'ministry-response', date: '2025-03-04' },
        ],
      },
    ],
    apply: (c, speaker) =>
      c.scope.lex.furtherPoint.has(text(c), Math.max(c.scope.sentence.start, speaker.start - 3), c.verb.start + 4)
        ? topicOf(c.scope.lex, text(c).slice(c.verb.start, c.scope.sentence.end))
        : undefined,
  }),
  rule({
    id: 'topic.open-question',
    decides: 'An answer after a question (有記者問, 問：) is about that question.',
    examples: [
      {
        text: [
          ['paragraph', '外交部發言人毛寧4日在例行記者會上表示，中方堅決反對美方對台軍售。'],
          ['paragraph', '有記者問，日本首相參拜靖國神社，中方有何回應？毛寧表示，日方應正視歷史。'],
        ],
        published: '2025-03-05',
        events: [
          { type: 'ministry-response', date: '2025-03-04' },
          { type: 'ministry-response', date: '2025-03-04' },
        ],
      },
      {
        text: [
          ['paragraph', '外交部发言人毛宁4日在例行记者会上表示，中方坚决反对美方对台军售。'],
          ['paragraph', '有记者问，日本首相参拜靖国神社，中方有何回应？毛宁表示，日方应正视历史。'],
        ],
        published: '2025-03-05',
        events: [
          { type: 'ministry-response', date: '2025-03-04' },
          { type: 'ministry-response', date: '2025-03-04' },
        ],
      },
    ],
    apply: (c) => c.state.openQuestion,
  }),
  rule({
    id: 'topic.matter-between',
    decides:
      '「對於共軍近年加強施壓台灣…。」「劉永健回應，…」: a paragraph that tells no event and goes on with no answer, put between a ministry’s last answer and its next, is the matter the next answer takes up: another question, even on the same broad topic.',
    examples: [
      {
        text: [
          ['paragraph', '外交部發言人劉永健19日在例行記者會表示，台灣獲邀參加民主峰會，中國一概反對。'],
          ['paragraph', '對於共軍近年加強施壓台灣，幾乎天天派機艦侵入台灣海空域，外媒報導中國民眾對戰爭不感興趣。'],
          ['paragraph', '劉永健回應，不清楚上述報導的根據。'],
        ],
        published: '2024-03-19',
        events: [
          { type: 'ministry-response', date: '2024-03-19', actors: ['外交部', '劉永健'] },
          { type: 'ministry-response', date: '2024-03-19', actors: ['外交部', '劉永健'] },
        ],
      },
      {
        text: [
          ['paragraph', '外交部发言人刘永健19日在例行记者会表示，台湾获邀参加民主峰会，中国一概反对。'],
          ['paragraph', '对于共军近年加强施压台湾，几乎天天派机舰侵入台湾海空域，外媒报导中国民众对战争不感兴趣。'],
          ['paragraph', '刘永健回应，不清楚上述报导的根据。'],
        ],
        published: '2024-03-19',
        events: [
          { type: 'ministry-response', date: '2024-03-19', actors: ['外交部', '刘永健'] },
          { type: 'ministry-response', date: '2024-03-19', actors: ['外交部', '刘永健'] },
        ],
      },
    ],
    apply: (c, speaker) => {
      const last = c.state.lastByMinistry.get(speaker.ministry.id);
      const matter = c.state.matter;
      if (!last || !matter || matter.seq !== last.seq || c.scope.sentence.start > 0) return undefined;
      // What opens the paragraph puts a matter: 對於…, 關於…, or 此外 and another's words.
      if (!c.scope.lex.topicLeads.at(matter.text, 0) && !c.scope.lex.furtherPoint.at(matter.text, 0)) return undefined;
      // Another question even on the same broad topic (台灣 again): the key is the matter's own.
      return { ...topicOf(c.scope.lex, matter.text), key: `t${hash64(`matter:${matter.text.slice(0, 24)}`).slice(0, 6)}` };
    },
  }),
  rule({
    id: 'topic.subheading-between',
    decides:
      '「…中方將不得不採取反制行動。」 then a subheading 「香港事務純屬中國內政」 and 「高峰稱，香港事務純屬中國內政…」: an answer right under a subheading put after a ministry’s last answer, sharing no words with the answers before it, is another question; one going on in their words (運河, 巴拿馬 again), or the speaker restating (發言人又重申，…), is the same answer under a subheading.',
    examples: [
      {
        text: [
          ['paragraph', '商務部22日下午舉行新聞發布會，回答記者提問。'],
          ['paragraph', '商務部新聞發言人高峰稱，美方任何新的關稅措施都將導致貿易摩擦升級，中方對此堅決反對。'],
          ['subheadline', '不可靠實體清單制度近期公布'],
          ['paragraph', '高峰稱，不可靠實體清單制度將於近期發布，目前正在履行相關程序。'],
        ],
        published: '2019-08-23',
        events: [
          { type: 'ministry-response', date: '2019-08-22', actors: ['商務部', '高峰'] },
          { type: 'ministry-response', date: '2019-08-22', actors: ['商務部', '高峰'] },
        ],
      },
      {
        text: [
          ['paragraph', '商务部22日下午举行新闻发布会，回答记者提问。'],
          ['paragraph', '商务部新闻发言人高峰称，美方任何新的关税措施都将导致贸易摩擦升级，中方对此坚决反对。'],
          ['subheadline', '不可靠实体清单制度近期公布'],
          ['paragraph', '高峰称，不可靠实体清单制度将于近期发布，目前正在履行相关程序。'],
        ],
        published: '2019-08-23',
        events: [
          { type: 'ministry-response', date: '2019-08-22', actors: ['商务部', '高峰'] },
          { type: 'ministry-response', date: '2019-08-22', actors: ['商务部', '高峰'] },
        ],
      },
    ],
    leaves: [
      {
        text: [
          ['paragraph', '外交部發言人郭嘉昆21日表示，中方一貫尊重巴拿馬對運河的主權，承認運河是永久中立的國際通道。'],
          ['subheadline', '中方願同拉美國家深化合作'],
          ['paragraph', '郭嘉昆指出，運河的順暢運行關係到國際航運，各國都應尊重巴拿馬的主權和中立地位。'],
        ],
        published: '2025-01-22',
        events: [{ type: 'ministry-response', date: '2025-01-21', actors: ['外交部', '郭嘉昆'], passages: 2 }],
      },
      {
        text: [
          ['paragraph', '駐港公署發言人10日表示，有關報告歪曲事實，我們對此表示強烈不滿。'],
          ['subheadline', '奉勸外國政客謹言慎行'],
          ['paragraph', '發言人又重申，任何外國政府都無權干預特區事務。'],
        ],
        published: '2024-04-11',
        events: [{ type: 'ministry-response', date: '2024-04-10', actors: ['駐港公署'], passages: 2 }],
      },
      {
        text: [
          ['paragraph', '驻港公署发言人10日表示，有关报告歪曲事实，我们对此表示强烈不满。'],
          ['subheadline', '奉劝外国政客谨言慎行'],
          ['paragraph', '发言人又重申，任何外国政府都无权干预特区事务。'],
        ],
        published: '2024-04-11',
        events: [{ type: 'ministry-response', date: '2024-04-10', actors: ['驻港公署'], passages: 2 }],
      },
    ],
    apply: (c, speaker) => {
      const last = c.state.lastByMinistry.get(speaker.ministry.id);
      const sub = c.state.subheading;
      if (!last || !sub || sub.seq !== last.seq || c.scope.role !== 'body' || c.scope.sentence.start > 0) return undefined;
      if (sharedWords(c.scope.lex, text(c), sub.before, speaker.person?.folded ?? '') >= SAME_MATTER) return undefined;
      // 「發言人又重申，…」「他還強調，…」: the speaker restating or stressing besides goes on with the same answer.
      if (GOES_ON.test(text(c).slice(c.scope.sentence.start, c.verb.end))) return undefined;
      return { ...topicOf(c.scope.lex, sub.text), key: `t${hash64(`subheading:${sub.text.slice(0, 24)}`).slice(0, 6)}` };
    },
  }),
  rule({
    id: 'topic.ministry-last-answer',
    decides: 'With nothing else to go on, a ministry goes on with its last answer’s topic.',
    examples: [
      {
        text: [
          ['paragraph', '外交部發言人毛寧4日表示，中方堅決反對美方對台軍售。'],
          ['paragraph', '毛寧指出，美方應停止武裝台灣。'],
        ],
        published: '2025-03-05',
        events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛寧'] }],
      },
      {
        text: [
          ['paragraph', '外交部发言人毛宁4日表示，中方坚决反对美方对台军售。'],
          ['paragraph', '毛宁指出，美方应停止武装台湾。'],
        ],
        published: '2025-03-05',
        events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛宁'] }],
      },
    ],
    apply: (c, speaker) =>
      c.scope.rules.when(otherOfficeBetween, undefined, () => otherOfficeBetween.apply(c.state, speaker.ministry.id))
        ? undefined
        : c.state.lastByMinistry.get(speaker.ministry.id)?.topic,
  }),
  rule({
    id: 'topic.around',
    decides: 'Otherwise the topic is read from the sentence and the 120 characters before it.',
    examples: [
      {
        text: '日本政府宣布擴大對華出口管制。外交部發言人毛寧表示，中方堅決反對。',
        published: '2025-03-05',
        events: [{ type: 'ministry-response', topic: '出口管制', actors: ['外交部', '毛寧'] }],
      },
      {
        text: '日本政府宣布扩大对华出口管制。外交部发言人毛宁表示，中方坚决反对。',
        published: '2025-03-05',
        events: [{ type: 'ministry-response', topic: '出口管制', actors: ['外交部', '毛宁'] }],
      },
    ],
    apply: (c) => topicOf(c.scope.lex, text(c).slice(Math.max(0, c.scope.sentence.start - 120), c.scope.sentence.end)),
  }),
];

const GREETING_ONLY = new RegExp(`^${GREETING}[。！!]?(?:首先我?(?:发布|宣布)(?:一条|几条)?消息[：:]?)?$|^下面请(?:大家)?提问`, 'u');
// A speaker's turn (吴谦：, 孔泉说：) that opens with a greeting.
const GREETING_TURN = new RegExp(`^[^，。：:]{1,12}(?:说|表示)?[：:，,]\\s*${GREETING}`, 'u');

// A byline or dateline opening a sentence: 本报讯（记者钱瑞）, 新华社北京1月8日电, 【大公報訊】.
const pick = (d: DateValue): DateValue => ({ date: d.date, precision: d.precision, ...(d.partOfDay ? { partOfDay: d.partOfDay } : {}) });
// The ministry's last dated answer in the story (an undated one gives no day to keep).
const last = (c: ResponseCandidate, speaker: Speaker) => {
  const l = c.state.lastByMinistry.get(speaker.ministry.id);
  return l?.when.date ? l : undefined;
};

type DateRule = Rule<(c: ResponseCandidate, speaker: Speaker) => DateValue | undefined>;

/** When the response was given: the first rule with an answer decides. */
export const RESPONSE_DATES: DateRule[] = [
  rule({
    id: 'response.date-written',
    decides:
      'A date between the speaker and the verb (the one in the verb’s own clause first: 繼本周一發佈報告後，週三又點名批評), or at the sentence’s head after a byline (and 當地時間), dates the response (外交部發言人毛寧4日表示); not one inside the matter answered (張銘清就島內25日舉行的遊行回答), nor the byline’s own day when the report tells from a source of another day (據中國駐美使館網站14日消息), which is the story’s today.',
    examples: [
      {
        text: '中國外交部繼本周一(2月20日)發佈關於美國霸權的報告後，週三(2月22日)又點名批評了美國總統拜登。',
        published: '2023-02-24',
        events: [{ type: 'ministry-response', date: '2023-02-22', actors: ['中國外交部'] }],
      },
      {
        text: '中国外交部继本周一(2月20日)发布关于美国霸权的报告后，周三(2月22日)又点名批评了美国总统拜登。',
        published: '2023-02-24',
        events: [{ type: 'ministry-response', date: '2023-02-22', actors: ['中国外交部'] }],
      },
      { text: '毛寧4日表示，中方堅決反對。', published: '2026-02-05', events: [{ type: 'ministry-response', date: '2026-02-04' }] },
      {
        text: '本报讯 2月4日，商务部新闻发言人表示，中方坚决反对。',
        published: '2026-02-06',
        events: [{ type: 'ministry-response', date: '2026-02-04' }],
      },
      {
        text: '本报讯（记者 钱瑞）1月8日，商务部新闻发言人表示，日方1月6日宣布的出口管制措施损害中方利益。',
        published: '2026-01-09',
        events: [{ type: 'ministry-response', date: '2026-01-08', actors: ['商务部'] }],
      },
      {
        text: '本報訊 1月8日，商務部新聞發言人表示，日方1月6日宣布的出口管制措施損害中方利益。',
        published: '2026-01-09',
        events: [{ type: 'ministry-response', date: '2026-01-08', actors: ['商務部'] }],
      },
      {
        text: '新华社北京5月21日电 外交部发言人汪文斌20日表示，中方对此坚决反对。',
        published: '2021-05-21',
        events: [{ type: 'ministry-response', date: '2021-05-20', actors: ['外交部', '汪文斌'] }],
      },
      {
        text: '新華社北京5月21日電 外交部發言人汪文斌20日表示，中方對此堅決反對。',
        published: '2021-05-21',
        events: [{ type: 'ministry-response', date: '2021-05-20', actors: ['外交部', '汪文斌'] }],
      },
      {
        text: '對於今年遭受歐美「雙反」調查的光伏產業，商務部新聞發言人沈丹陽昨日表示，國家正在研究支持政策。',
        published: '2012-12-19',
        events: [{ type: 'ministry-response', date: '2012-12-18', actors: ['商務部', '沈丹陽'] }],
      },
      {
        text: '对于今年遭受欧美“双反”调查的光伏产业，商务部新闻发言人沈丹阳昨日表示，国家正在研究支持政策。',
        published: '2012-12-19',
        events: [{ type: 'ministry-response', date: '2012-12-18', actors: ['商务部', '沈丹阳'] }],
      },
    ],
    leaves: [
      {
        text: '國台辦二十九日在北京舉行新聞發布會，新聞發言人張銘清就島內25日舉行的遊行回答了記者的提問。',
        published: '2003-10-30',
        events: [{ type: 'ministry-response', date: '2003-10-29', actors: ['國台辦', '張銘清'] }],
      },
      {
        text: '国台办二十九日在北京举行新闻发布会，新闻发言人张铭清就岛内25日举行的游行回答了记者的提问。',
        published: '2003-10-30',
        events: [{ type: 'ministry-response', date: '2003-10-29', actors: ['国台办', '张铭清'] }],
      },
      {
        text: '中新網4月15日電 據中國駐美使館網站14日消息，駐美使館發言人就美國議員訪台答記者問時表示，中方堅決反對。',
        published: '2022-04-15',
        events: [{ type: 'ministry-response', date: '2022-04-14', actors: ['駐美使館'] }],
      },
      {
        text: '中新网4月15日电 据中国驻美使馆网站14日消息，驻美使馆发言人就美国议员访台答记者问时表示，中方坚决反对。',
        published: '2022-04-15',
        events: [{ type: 'ministry-response', date: '2022-04-14', actors: ['驻美使馆'] }],
      },
    ],
    apply: (c, speaker) => {
      const { sentence, dates, prep } = c.scope;
      const lead = sentence.start + (BYLINE_LEAD.exec(prep.folded.slice(sentence.start, speaker.start))?.[0].length ?? 0);
      // 「發言人張晗首先宣布論壇將於2月3日舉辦，然後就…回答了記者提問」: a day 將 leads is the plan's, not the answer's.
      // 「張銘清就臺灣島內25日舉行的遊行…回答了記者的提問」: a day inside the matter answered is the matter's.
      const between = (d: DateMention) =>
        d.start >= speaker.start &&
        d.end <= c.verb.start &&
        !planLeads(prep.folded, d.start) &&
        !/(?:就|针对|对于)[^，。；]{2,}$/u.test(prep.folded.slice(speaker.start, d.start));
      // The speaker's own day in numbers (高峰13日表示) comes before one at the head (新华社北京9月14日电, the day it
      // was filed); a relative one (今日聲明) is read from the head's day, so the head's comes first.
      const numbered = (d: DateMention) => between(d) && /[0-9〇一二三四五六七八九十廿卅][日号]/u.test(prep.folded.slice(d.start, d.end));
      // At the head, a day written after the byline (中新網1月16日電 在15日…記者招待會上) is the sentence's own: before the byline's.
      // Only marks and spaces stand between the byline and a day at the head (本報訊 2月4日，): after a word
      // (面對 16 日香港…遊行，陸慷說) the day is what the answer is about.
      // 「【中新社北京二十三日電】當地時間二十二日，…發言人」: the place's own clock may name the day.
      const headed = (d: DateMention) =>
        d.start <= lead + 8 &&
        d.end <= speaker.start &&
        /^(?:导语|导读|摘要)?[\s\p{P}]*(?:(?:当地|北京)时间)?(?:在|于)?$/u.test(prep.folded.slice(lead, d.start));
      // 「據中國駐美使館網站14日消息，駐美使館發言人…表示」: the day of the source the statement is told from.
      const sourced = (d: DateMention) =>
        d.end <= speaker.start &&
        /^[\s\p{P}]*据[^，。]{1,16}$/u.test(prep.folded.slice(lead, d.start)) &&
        /^(?:的)?(?:消息|报道|电)/u.test(prep.folded.slice(d.end, d.end + 3));
      const atHead = dates.filter((d) => !numbered(d) && (between(d) || headed(d)));
      // The byline's day is when the report was filed, not the source's day it tells from (that is the story's today).
      const filed = dates.some(sourced) ? [] : atHead.filter((d) => d.start < lead);
      // 「繼本周一(2月20日)發佈…報告後，週三(2月22日)又點名批評」: a day in the verb's own clause is the verb's.
      const verbClause = clauseStart(prep.folded, c.verb.start, sentence.start);
      const inClause = dates.filter((d) => numbered(d) && d.start >= verbClause && d.start > speaker.start);
      const candidates = [...inClause, ...dates.filter(numbered), ...atHead.filter((d) => d.start >= lead), ...filed];
      // 就近期出口管制问题答记者问: 近期 describes the questions; a day beside it dates the answers.
      // With no day, 近期 after 就 still describes the questions, not when they were answered.
      // A day beats a month or year (對於今年…的光伏產業，沈丹陽昨日表示: 今年 describes the matter).
      const own =
        candidates.find((d) => d.precision === 'day') ??
        candidates.find((d) => d.precision !== 'approximate') ??
        candidates.find((d) => !/[就对于关针][^，。]{0,3}$/u.test(prep.folded.slice(speaker.start, d.start)));
      if (!own) return undefined;
      for (const id of own.because) c.because.add(id);
      return pick(own);
    },
  }),
  rule({
    id: 'response.headline-undated',
    decides: 'A headline’s response with no date of its own stays undated: it joins the body’s.',
    examples: [
      {
        text: [
          ['headline', '毛寧回應日方動向 外交部例行記者會（3月4日）'],
          ['paragraph', '外交部發言人毛寧4日表示，日方應停止修憲，深刻反省侵略歷史。'],
        ],
        published: '2025-03-05',
        events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛寧'] }],
      },
      {
        text: [
          ['headline', '毛宁回应日方动向 外交部例行记者会（3月4日）'],
          ['paragraph', '外交部发言人毛宁4日表示，日方应停止修宪，深刻反省侵略历史。'],
        ],
        published: '2025-03-05',
        events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛宁'] }],
      },
    ],
    apply: (c) => (c.scope.role === 'headline' ? { date: null, precision: 'unknown' } : undefined),
  }),
  rule({
    id: 'response.date-briefing-of-question',
    decides: '有記者追問…束珏婷表示: an answer to a question put at this ministry’s briefing is given on the briefing’s day.',
    examples: [
      {
        text: [
          [
            'paragraph',
            '本报北京6月13日讯 商务部新闻发言人束珏婷13日在例行新闻发布会上表示，欧盟拟对自华进口电动汽车征收临时反补贴税，是典型的保护主义做法。',
          ],
          ['paragraph', '就在前一天，商务部新闻发言人已于12日晚就欧方初裁信息发表谈话，表示中方将坚决采取一切必要措施。'],
          ['paragraph', '有记者追问，中方是否会对欧盟猪肉等产品采取反制措施。束珏婷表示，中方将依法依规进行审慎评估。'],
        ],
        published: '2024-06-14',
        events: [
          { type: 'ministry-response', date: '2024-06-12' },
          { type: 'ministry-response', date: '2024-06-13', actors: ['商务部', '束珏婷'] },
        ],
      },
      {
        text: [
          [
            'paragraph',
            '本報北京6月13日訊 商務部新聞發言人束珏婷13日在例行新聞發布會上表示，歐盟擬對自華進口電動汽車徵收臨時反補貼稅，是典型的保護主義做法。',
          ],
          ['paragraph', '就在前一天，商務部新聞發言人已於12日晚就歐方初裁信息發表談話，表示中方將堅決採取一切必要措施。'],
          ['paragraph', '有記者追問，中方是否會對歐盟豬肉等產品採取反制措施。束珏婷表示，中方將依法依規進行審慎評估。'],
        ],
        published: '2024-06-14',
        events: [
          { type: 'ministry-response', date: '2024-06-12' },
          { type: 'ministry-response', date: '2024-06-13', actors: ['商務部', '束珏婷'] },
        ],
      },
    ],
    apply: (c, speaker) =>
      c.state.openQuestion && c.state.briefingDay && (c.state.briefingMinistry?.id ?? speaker.ministry.id) === speaker.ministry.id
        ? c.state.briefingDay
        : undefined,
  }),
  rule({
    id: 'response.date-ministry-later',
    decides: '國防部發言人還表示 after another office’s dated briefing: the ministry keeps its own latest day.',
    examples: [
      {
        text: [
          ['paragraph', '在4日的例行記者會上，外交部發言人毛寧表示，中方堅決反對美方對台軍售。'],
          ['paragraph', '國防部發言人張曉剛5日表示，解放軍將堅決捍衛國家主權。'],
          ['paragraph', '張曉剛還表示，美方應停止武裝台灣。'],
        ],
        published: '2025-03-06',
        events: [
          { type: 'ministry-response', date: '2025-03-04', actors: ['外交部'] },
          { type: 'ministry-response', date: '2025-03-05', actors: ['國防部'] },
          { type: 'ministry-response', date: '2025-03-05', actors: ['國防部'] },
        ],
      },
      {
        text: [
          ['paragraph', '在4日的例行记者会上，外交部发言人毛宁表示，中方坚决反对美方对台军售。'],
          ['paragraph', '国防部发言人张晓刚5日表示，解放军将坚决捍卫国家主权。'],
          ['paragraph', '张晓刚还表示，美方应停止武装台湾。'],
        ],
        published: '2025-03-06',
        events: [
          { type: 'ministry-response', date: '2025-03-04', actors: ['外交部'] },
          { type: 'ministry-response', date: '2025-03-05', actors: ['国防部'] },
          { type: 'ministry-response', date: '2025-03-05', actors: ['国防部'] },
        ],
      },
    ],
    apply: (c, speaker) => {
      const l = last(c, speaker);
      return l && (l.seq ?? 0) > (c.state.briefingSeq ?? 0) ? l.when : undefined;
    },
  }),
  rule({
    id: 'response.date-other-office-briefing',
    decides: '「中國外交部發言人毛寧昨天在例行記者會上…。蕭光偉回應」: another office’s briefing does not re-date this ministry’s answers.',
    examples: [
      {
        text: '外交部發言人蕭光偉今天在例行記者會上表示，中國無權代表台灣。中國外交部發言人毛寧昨天在例行記者會上聲稱，台灣參與國際組織必須按照一個中國原則處理。蕭光偉回應，中國無權在國際場合為台灣發聲。',
        published: '2025-08-26',
        outlet: '中央社',
        events: [
          { type: 'ministry-response', date: '2025-08-25', actors: ['中國外交部', '毛寧'] },
          { type: 'ministry-response', date: '2025-08-26', actors: ['外交部', '蕭光偉'] },
        ],
      },
      {
        text: [
          ['paragraph', '国防部新闻发言人张晓刚4日表示，解放军将坚决捍卫国家主权。'],
          ['paragraph', '外交部发言人毛宁5日在例行记者会上表示，中方坚决反对美方对台军售。'],
          ['paragraph', '张晓刚还表示，美方应停止武装台湾。'],
        ],
        published: '2025-03-06',
        events: [
          { type: 'ministry-response', date: '2025-03-04', actors: ['国防部'] },
          { type: 'ministry-response', date: '2025-03-04', actors: ['国防部'] },
          { type: 'ministry-response', date: '2025-03-05', actors: ['外交部'] },
        ],
      },
    ],
    apply: (c, speaker) => {
      const l = last(c, speaker);
      return l && c.state.briefingMinistry && c.state.briefingMinistry.id !== speaker.ministry.id ? l.when : undefined;
    },
  }),
  rule({
    id: 'response.date-briefing',
    decides:
      'An undated answer in a briefing’s report was given on the briefing’s day; not an office’s statement about what another office said at its briefing (外交部晚間發布新聞稿指出，國台辦發言人昨天在例行記者會上出言不遜), nor another office’s answer told after that briefing (國台辦發言人昨日於例行記者會…。對此，陸委會發言人強調): the briefing is the office’s named with it, else its presider’s.',
    examples: [
      {
        text: [
          ['paragraph', '外交部發言人毛寧4日主持例行記者會。'],
          ['paragraph', '日本政府3日宣布擴大對華出口管制。毛寧表示，中方堅決反對。'],
        ],
        published: '2025-03-05',
        events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛寧'] }],
      },
      {
        text: [
          ['paragraph', '外交部发言人毛宁4日主持例行记者会。'],
          ['paragraph', '日本政府3日宣布扩大对华出口管制。毛宁表示，中方坚决反对。'],
        ],
        published: '2025-03-05',
        events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛宁'] }],
      },
    ],
    leaves: [
      {
        text: [
          [
            'paragraph',
            '國台辦發言人陳斌華昨（12/10）日於例行記者會被台媒問及「是否開放社群平台」時，回答支吾其詞。陸委會發言人梁文傑表示，陳斌華講不出話來。',
          ],
          ['paragraph', '陳斌華於昨日例行記者會痛批民進黨「反民主」，不過記者隨後提問「是否開放社群平台」。'],
          ['paragraph', '對此，梁文傑強調，這是打詐措施。'],
        ],
        published: '2025-12-11',
        events: [
          { type: 'ministry-response', date: '2025-12-10', actors: ['國台辦', '陳斌華'] },
          { type: 'ministry-response', date: '2025-12-10', actors: ['國台辦', '陳斌華'] },
          { type: 'ministry-response', actors: ['陸委會', '梁文傑'], passages: 2 },
        ],
      },
      {
        text: [
          [
            'paragraph',
            '国台办发言人陈斌华昨（12/10）日于例行记者会被台媒问及“是否开放社交平台”时，回答支吾其词。陆委会发言人梁文杰表示，陈斌华讲不出话来。',
          ],
          ['paragraph', '陈斌华于昨日例行记者会痛批民进党“反民主”，不过记者随后提问“是否开放社交平台”。'],
          ['paragraph', '对此，梁文杰强调，这是打诈措施。'],
        ],
        published: '2025-12-11',
        events: [
          { type: 'ministry-response', date: '2025-12-10', actors: ['国台办', '陈斌华'] },
          { type: 'ministry-response', date: '2025-12-10', actors: ['国台办', '陈斌华'] },
          { type: 'ministry-response', actors: ['陆委会', '梁文杰'], passages: 2 },
        ],
      },
      {
        text: '外交部晚間發布新聞稿指出，國台辦發言人馬曉光昨天在例行記者會上出言不遜，用詞粗鄙低俗，實不值一駁。',
        published: '2022-04-14',
        events: [{ type: 'ministry-response', date: '2022-04-14' }],
      },
      {
        text: '外交部晚间发布新闻稿指出，国台办发言人马晓光昨天在例行记者会上出言不逊，用词粗鄙低俗，实不值一驳。',
        published: '2022-04-14',
        events: [{ type: 'ministry-response', date: '2022-04-14' }],
      },
    ],
    // Not another office's briefing (外交部發布新聞稿指出，國台辦發言人昨天在例行記者會…出言不遜): the office named with the
    // briefing (國台辦發言人昨日於例行記者會…。陸委會發言人表示), else the one who presides.
    apply: (c, speaker) => {
      const held = c.state.briefingMinistry ?? c.state.presider?.ministry;
      // (Compared without the country: 外交部昨天舉行例行記者會, written with none, is the speaker's own whichever country's.)
      return held && held.entry !== speaker.ministry.entry ? undefined : c.state.briefingDay;
    },
  }),
  rule({
    id: 'response.date-reacts-to-statement',
    decides:
      '「外交部19日證實，代表處人員8日遭毆打。對此，大使館表示…」: an undated answer to what another office just said (對此) came when that was said, not on the day of what it told.',
    examples: [
      {
        text: '外交部19日證實，我駐斐濟代表處人員8日在活動會場外遭中方人員毆打。對此，中國駐斐濟大使館表示，是台方人員先挑釁。',
        published: '2020-10-20',
        events: [
          { type: 'ministry-response', date: '2020-10-19', actors: ['外交部'] },
          { type: 'ministry-response', date: '2020-10-19', actors: ['中國駐斐濟大使館'] },
        ],
      },
      {
        text: '外交部19日证实，我驻斐济代表处人员8日在活动会场外遭中方人员殴打。对此，中国驻斐济大使馆表示，是台方人员先挑衅。',
        published: '2020-10-20',
        events: [
          { type: 'ministry-response', date: '2020-10-19', actors: ['外交部'] },
          { type: 'ministry-response', date: '2020-10-19', actors: ['中国驻斐济大使馆'] },
        ],
      },
    ],
    apply: (c, speaker) => {
      const s = text(c);
      const from = c.scope.sentence.start;
      if (!c.scope.lex.thisCues.has(s, from, Math.min(speaker.start, from + 4))) return undefined;
      let latest: { when: DateValue; seq?: number } | undefined;
      for (const [id, l] of c.state.lastByMinistry)
        if (id !== speaker.ministry.id && l.when.date && l.when.precision === 'day' && (l.seq ?? 0) >= (latest?.seq ?? 0)) latest = l;
      return latest ? pick(latest.when) : undefined;
    },
  }),
  rule({
    id: 'response.date-story-day',
    decides: 'Otherwise an undated answer in the body was given on the day the story reports (its dateline or lead).',
    examples: [
      {
        text: '（中央社記者游凱翔台北15日電）日本眾議員日前致函世衛。外交部發言人歐江安表示，台灣願對國際社會有所貢獻。',
        published: '2022-04-16',
        outlet: '中央社',
        events: [{ type: 'ministry-response', date: '2022-04-15', actors: ['外交部', '歐江安'] }],
      },
      {
        text: '新华社北京3月5日电 日本政府近日宣布修改出口管制规定。外交部发言人毛宁表示，中方对此表示关切。',
        published: '2025-03-06',
        events: [{ type: 'ministry-response', date: '2025-03-05', actors: ['外交部', '毛宁'] }],
      },
    ],
    apply: (c) => (c.scope.role === 'body' && c.scope.storyDay ? { date: c.scope.storyDay, precision: 'day' } : undefined),
  }),
];

export const answerTurn = rule({
  id: 'response.answer-turn',
  decides: 'A transcript’s answer turn (答：, 發言人：, 外務報道官：) is a response cue.',
  examples: [
    {
      text: [
        ['headline', '2025年3月7日外交部發言人毛寧主持例行記者會'],
        ['paragraph', '問：美方宣布對華加徵關稅，中方有何回應？'],
        ['paragraph', '答：中方堅決反對。'],
      ],
      published: '2025-03-08',
      events: [{ type: 'ministry-response', date: '2025-03-07', actors: ['外交部', '毛寧'] }],
    },
    {
      text: [
        ['headline', '2025年3月7日外交部发言人毛宁主持例行记者会'],
        ['paragraph', '问：美方宣布对华商品加征关税，中方有何回应？'],
        ['paragraph', '答：中方坚决反对，将采取必要措施。'],
      ],
      published: '2025-03-08',
      events: [{ type: 'ministry-response', date: '2025-03-07', actors: ['外交部', '毛宁'] }],
    },
  ],
  apply: (c: { scope: Scope }) => c.scope.lex.answerCues.at(text(c), c.scope.sentence.start),
});

const TITLED_TURN = /^[^，。：:]{0,12}?(?:新闻)?发言人[\u4e00-\u9fff·]{2,5}答?[：:]/u;

const NEWS_FIRST = new RegExp(`^${GIVES_NEWS}`, 'u');

export const presiderAnnounces = rule({
  id: 'response.presider-announces',
  decides:
    '「我首先發布一條消息。…中國政府決定向緬甸提供緊急援助」: at a briefing, a paragraph that opens by announcing news is the presiding spokesperson’s statement (a visit announced is not: response.announces-a-visit).',
  examples: [
    {
      text: [
        ['headline', '2008年5月6日外交部發言人秦剛舉行例行記者會'],
        ['paragraph', '我首先發布一條消息。緬甸部分地區遭受強颱風襲擊，中國政府決定向緬甸政府提供緊急援助。'],
      ],
      published: '2008-05-06',
      events: [{ type: 'ministry-response', date: '2008-05-06', actors: ['外交部', '秦剛'] }],
    },
    {
      text: [
        ['headline', '2008年5月6日外交部发言人秦刚举行例行记者会'],
        ['paragraph', '我首先发布一条消息。缅甸部分地区遭受强台风袭击，中国政府决定向缅甸政府提供紧急援助。'],
      ],
      published: '2008-05-06',
      events: [{ type: 'ministry-response', date: '2008-05-06', actors: ['外交部', '秦刚'] }],
    },
  ],
  apply: (c: { scope: Scope; state: BriefingState }) => {
    if (c.scope.sentence.start !== 0 || !c.state.presider) return undefined;
    const m = NEWS_FIRST.exec(text(c));
    return m ? { end: m[0].length, phrase: m[0] } : undefined;
  },
});

export const presiderTurn = rule({
  id: 'response.presider-turn',
  decides:
    '陳明通：… or 陳明通答：… at a paragraph’s head (or right after a reporter’s question in the same paragraph: …評論?謝謝。張銘清:…): the presiding speaker’s name and a colon open an answer turn; with the presider unnamed, any name and a colon after a reporter’s question does (高峰：).',
  examples: [
    {
      text: [
        ['paragraph', '國台辦今日舉行新聞發布會，發言人張銘清在會上表示，兩岸同胞是一家人。'],
        ['paragraph', '記者:台灣方面近日通過了所謂修憲案，對此有何評論?謝謝。張銘清:台灣是中國領土不可分割的一部分。'],
      ],
      published: '2004-09-15',
      events: [
        { type: 'ministry-response', date: '2004-09-15', actors: ['國台辦', '張銘清'], passages: 1 },
        { type: 'ministry-response', date: '2004-09-15', actors: ['國台辦', '張銘清'], passages: 1 },
      ],
    },
    {
      text: [
        ['paragraph', '国台办今日举行新闻发布会，发言人张铭清在会上表示，两岸同胞是一家人。'],
        ['paragraph', '记者:台湾方面近日通过了所谓修宪案，对此有何评论?谢谢。张铭清:台湾是中国领土不可分割的一部分。'],
      ],
      published: '2004-09-15',
      events: [
        { type: 'ministry-response', date: '2004-09-15', actors: ['国台办', '张铭清'], passages: 1 },
        { type: 'ministry-response', date: '2004-09-15', actors: ['国台办', '张铭清'], passages: 1 },
      ],
    },
    {
      text: [
        ['paragraph', '全國人大會議7日下午舉行記者會，外交部長李明就中國外交政策和國際形勢等問題回答了中外記者的提問。'],
        ['paragraph', '記者問：今年中美關係將如何發展？'],
        ['paragraph', '李明答：中方願同美方相向而行，妥善處理分歧。'],
        ['paragraph', '記者問：中方如何看待日本修改出口管制規定？'],
        ['paragraph', '李明答：中方對此表示嚴重關切。'],
      ],
      published: '2024-03-08',
      events: [
        { type: 'ministry-response', date: '2024-03-07', actors: ['外交部', '李明'] },
        { type: 'ministry-response', date: '2024-03-07', actors: ['外交部', '李明'] },
      ],
    },
    {
      text: [
        ['paragraph', '全国人大会议7日下午举行记者会，外交部长李明就中国外交政策和国际形势等问题回答了中外记者的提问。'],
        ['paragraph', '记者问：今年中美关系将如何发展？'],
        ['paragraph', '李明答：中方愿同美方相向而行，妥善处理分歧。'],
        ['paragraph', '记者问：中方如何看待日本修改出口管制规定？'],
        ['paragraph', '李明答：中方对此表示严重关切。'],
      ],
      published: '2024-03-08',
      events: [
        { type: 'ministry-response', date: '2024-03-07', actors: ['外交部', '李明'] },
        { type: 'ministry-response', date: '2024-03-07', actors: ['外交部', '李明'] },
      ],
    },
    {
      text: [
        ['headline', '2025年6月18日外交部發言人郭嘉昆主持例行記者會'],
        ['paragraph', '記者：美國商務部昨天宣布將多家中國實體列入實體清單。中方對此有何評論？'],
        ['paragraph', '郭嘉昆：中方一貫反對美方泛化國家安全概念。'],
      ],
      published: '2025-06-18',
      events: [{ type: 'ministry-response', date: '2025-06-18', actors: ['外交部', '郭嘉昆'] }],
    },
    {
      text: [
        ['headline', '2025年6月18日外交部发言人郭嘉昆主持例行记者会'],
        ['paragraph', '记者：美国商务部昨天宣布将多家中国实体列入实体清单。中方对此有何评论？'],
        ['paragraph', '郭嘉昆：中方一贯反对美方泛化国家安全概念。'],
      ],
      published: '2025-06-18',
      events: [{ type: 'ministry-response', date: '2025-06-18', actors: ['外交部', '郭嘉昆'] }],
    },
    {
      text: [
        ['paragraph', '商務部網站消息，10月12日，商務部召開例行新聞發布會。'],
        ['paragraph', '路透社記者：歐盟計劃對中國鋼鐵企業開展反補貼調查，商務部如何看待？'],
        ['paragraph', '商務部新聞發言人何亞東：我們注意到相關報道。歐方做法擾亂國際貿易秩序。'],
      ],
      published: '2023-10-12',
      events: [{ type: 'ministry-response', date: '2023-10-12', actors: ['商務部'] }],
    },
    {
      text: [
        ['paragraph', '商务部网站消息，10月12日，商务部召开例行新闻发布会。'],
        ['paragraph', '路透社记者：欧盟计划对中国钢铁企业开展反补贴调查，商务部如何看待？'],
        ['paragraph', '商务部新闻发言人何亚东：我们注意到相关报道。欧方做法扰乱国际贸易秩序。'],
      ],
      published: '2023-10-12',
      events: [{ type: 'ministry-response', date: '2023-10-12', actors: ['商务部'] }],
    },
    {
      text: [
        ['paragraph', '7月19日，商務部召開例行新聞發布會，實錄如下：'],
        ['paragraph', '澳亞衛視記者：請您介紹一下當前中歐的經貿情況。'],
        ['paragraph', '高峰：中歐互為重要的經貿合作夥伴。'],
      ],
      published: '2018-07-20',
      events: [{ type: 'ministry-response', date: '2018-07-19', actors: ['商務部'] }],
    },
    {
      text: [
        ['paragraph', '今天上午，國務院台灣事務辦公室舉行例行新聞發布會，發言人就近期兩岸關係發表談話。'],
        ['paragraph', '[李維一]:台灣當局最近提出了所謂七點結論，這是與兩岸同胞的期待背道而馳的。'],
      ],
      published: '2005-04-13',
      events: [{ type: 'ministry-response', date: '2005-04-13', actors: ['國務院台灣事務辦公室'], passages: 2 }],
    },
    {
      text: [
        ['paragraph', '今天上午，国务院台湾事务办公室举行例行新闻发布会，发言人就近期两岸关系发表谈话。'],
        ['paragraph', '【李维一】：台湾当局最近提出了所谓七点结论，这是与两岸同胞的期待背道而驰的。'],
      ],
      published: '2005-04-13',
      events: [{ type: 'ministry-response', date: '2005-04-13', actors: ['国务院台湾事务办公室'], passages: 2 }],
    },
    {
      text: [
        ['paragraph', '7月19日，商务部召开例行新闻发布会，实录如下：'],
        ['paragraph', '澳亚卫视记者：请您介绍一下当前中欧的经贸情况。'],
        ['paragraph', '高峰：中欧互为重要的经贸合作伙伴。'],
      ],
      published: '2018-07-20',
      events: [{ type: 'ministry-response', date: '2018-07-19', actors: ['商务部'] }],
    },
  ],
  apply: (c: { scope: Scope; state: BriefingState }) => {
    const at = c.scope.sentence.start;
    // 「記者:…對此您有什麼樣的評論?謝謝。張銘清:台灣是…」: a transcript run together puts the answer turn right after
    // the reporter's question in the same paragraph.
    if (at !== 0 && !(QUESTION_TURN.test(text(c)) && /[？?](?:谢谢[。！!]?)?\s*$/u.test(text(c).slice(0, at)))) return undefined;
    const s = text(c).slice(at);
    const turn = (end: number, phrase: string) => ({ end: at + end, phrase });
    // 「商務部新聞發言人何亞東：」: the presiding ministry's spokesperson named in full in the turn.
    const titled = c.state.presider ? TITLED_TURN.exec(s) : null;
    if (titled) return turn(titled[0].length, titled[0]);
    const name = c.state.presider?.person?.folded;
    // 「[李維一]:」「【李維一】：」: a name in brackets before the colon is a speaker's label, the presider's when it is
    // his name or when he is unnamed.
    const label = c.state.presider ? /^[[【［](\p{Script=Han}{2,4})[\]】］]\s*[：:]/u.exec(s) : null;
    if (label && (!name || label[1] === name) && !/记者/u.test(label[1]!)) return turn(label[0].length, label[0]);
    // 「路透社記者：…？」「高峰：…」: with the presider unnamed, a name's turn after a reporter's question answers it.
    const unnamed = c.state.presider && !name && c.state.openQuestion ? /^\p{Script=Han}{2,3}[：:]/u.exec(s) : null;
    if (unnamed && !/记者|问[：:]$/u.test(unnamed[0])) return turn(unnamed[0].length, unnamed[0]);
    const end = turnEnd(s, name);
    return end ? turn(end, s.slice(0, end)) : undefined;
  },
});

export const responseVerb = rule({
  id: 'response.verb',
  decides:
    '表示, 回應, 指出, 答記者問, 致函 (a letter to a paper) … from data/triggers.json: a response cue when a ministry or spokesperson stands before it.',
  examples: [
    {
      text: '2021年8月11日，中國駐美國使館發言人致函《華盛頓郵報》編委會，指其社論充斥涉華虛假信息。',
      published: '2021-08-24',
      events: [{ type: 'ministry-response', date: '2021-08-11', actors: ['中國駐美國使館'] }],
    },
    {
      text: '2021年8月11日，中国驻美国使馆发言人致函《华盛顿邮报》编委会，指其社论充斥涉华虚假信息。',
      published: '2021-08-24',
      events: [{ type: 'ministry-response', date: '2021-08-11', actors: ['中国驻美国使馆'] }],
    },
    {
      text: '商務部新聞發言人13日表示，中方堅決反對。',
      published: '2025-12-14',
      events: [{ type: 'ministry-response', date: '2025-12-13', actors: ['商務部'] }],
    },
    {
      text: '商务部新闻发言人13日表示，中方坚决反对。',
      published: '2025-12-14',
      events: [{ type: 'ministry-response', date: '2025-12-13', actors: ['商务部'] }],
    },
    {
      text: '陸委會副主委兼發言人梁文傑昨天在例行記者會上表示，政府會依法行政。',
      published: '2025-12-19',
      outlet: '聯合報',
      events: [{ type: 'ministry-response', date: '2025-12-18', actors: ['陸委會', '梁文傑'] }],
    },
  ],
  apply: (c: { scope: Scope }) => c.scope.lex.responseVerbs.all(text(c), c.scope.sentence.start, c.scope.sentence.end),
});

// A mark, or 此/这 (毛寧稱此違反…): what is said begins there.
const PUNCT_AFTER = /^[，,。：:「“；;！!？?\s此这]?$/u;

// 國台辦昨（26）日竟稱有關言論…: right after a day or an adverb, 稱 and 說 are the verb (but not 也說明, 又稱讚).
const ADVERB_BEFORE = /[日竟又也亦更还则再并即]$/u;
const WORD_AFTER = /^[明为道服法得赞呼号许谎笑示派控定挥导望责称出向]/u;

export const shortVerbNeedsMark = rule({
  id: 'response.short-verb-needs-mark',
  decides:
    '說, 稱, 指 count only before a mark or 此 (說：, 稱，「, 指，), or right after a day or an adverb (26日稱…, 竟稱…, 前日指…): otherwise they are inside other words (說明, 稱讚, 名稱, 指示).',
  examples: [
    { text: '國防部名稱將改為國防安全部。', published: '2025-09-06', events: [] },
    { text: '国防部名称将改为国防安全部。', published: '2025-09-06', events: [] },
    { text: '國防部發言人也說明了演習的目的。', published: '2025-09-06', events: [] },
    { text: '外交部昨日指示駐外使館加強戒備。', published: '2025-09-06', events: [] },
    { text: '外交部昨日指示驻外使馆加强戒备。', published: '2025-09-06', events: [] },
  ],
  leaves: [
    {
      text: '中國駐加拿大使館發言人前日指，加方應立即放人。',
      published: '2019-08-25',
      events: [{ type: 'ministry-response', date: '2019-08-23' }],
    },
    {
      text: '中国驻加拿大使馆发言人前日指，加方应立即放人。',
      published: '2019-08-25',
      events: [{ type: 'ministry-response', date: '2019-08-23' }],
    },
    {
      text: '國台辦昨（26）日竟稱有關言論再度暴露出民進黨當局的本質。',
      published: '2025-11-27',
      events: [{ type: 'ministry-response', date: '2025-11-26', actors: ['國台辦'] }],
    },
    {
      text: '国台办昨（26）日竟称有关言论再度暴露出民进党当局的本质。',
      published: '2025-11-27',
      events: [{ type: 'ministry-response', date: '2025-11-26', actors: ['国台办'] }],
    },
  ],
  apply: (c: { scope: Scope }, verb: { start: number; end: number; phrase: string }) => {
    if (!c.scope.lex.shortVerbs.has(verb.phrase)) return false;
    const s = text(c);
    const next = s.slice(verb.end, verb.end + 1);
    if (PUNCT_AFTER.test(next)) return false;
    return !(ADVERB_BEFORE.test(s.slice(verb.start - 1, verb.start)) && !WORD_AFTER.test(next));
  },
});

export const datedOfficeOverUndated = rule({
  id: 'response.dated-office-over-undated',
  decides:
    '「初選接連遭到港府和中聯辦抨擊，港澳辦14日亦發聲明」: when a sentence’s first office speaks on no day the sentence writes for it, another office after it whose answer the sentence dates is the response it reports (one response a sentence).',
  examples: [
    {
      text: '初選接連遭到港府和中聯辦抨擊，港澳辦14日亦發聲明，指初選是非法操控選舉。',
      published: '2020-07-15',
      events: [{ type: 'ministry-response', date: '2020-07-14', actors: ['港澳辦'] }],
    },
    {
      text: '初选接连遭到港府和中联办抨击，港澳办14日亦发声明，指初选是非法操控选举。',
      published: '2020-07-15',
      events: [{ type: 'ministry-response', date: '2020-07-14', actors: ['港澳办'] }],
    },
  ],
  apply: (undated: Mention, later: Mention): boolean => writesItsDay(later) && later.ministry?.id !== undated.ministry?.id,
});
/** Whether a response's day is written for it in its sentence (not the story's or the page's). */
export const writesItsDay = (m: Mention): boolean => !!m.when.date && m.because.has('response.date-written');

export const negatedVerbSaysNothing = rule({
  id: 'response.negated-verb-says-nothing',
  decides:
    '「大陸外交部一直未證實」「外交部至今沒有回應」: a verb negated right before it (未, 沒有, 尚未, 並未, 從未, 仍未, 不予) tells of no answer given; a verb after it in the sentence may still tell one (未回應此事，但發言人表示…).',
  examples: [
    { text: '日媒早前報導雙方已就會談展開協調，但大陸外交部一直未證實。', published: '2025-10-31', events: [] },
    { text: '日媒早前报道双方已就会谈展开协调，但大陆外交部一直未证实。', published: '2025-10-31', events: [] },
    { text: '對於這項指控，外交部至今沒有回應。', published: '2025-10-31', events: [] },
    { text: '对于这项指控，外交部至今没有回应。', published: '2025-10-31', events: [] },
  ],
  leaves: [
    {
      text: '外交部發言人毛寧30日未正面回應，僅表示中方的立場是一貫的。',
      published: '2025-10-31',
      events: [{ type: 'ministry-response', date: '2025-10-30', actors: ['外交部', '毛寧'] }],
    },
    {
      text: '外交部发言人毛宁30日未正面回应，仅表示中方的立场是一贯的。',
      published: '2025-10-31',
      events: [{ type: 'ministry-response', date: '2025-10-30', actors: ['外交部', '毛宁'] }],
    },
  ],
  apply: (c: { scope: Scope }, verb: { start: number }) => NEGATED.test(text(c).slice(Math.max(0, verb.start - 2), verb.start)),
});
// 未, 沒有, 尚未, 並未, 從未, 仍未, 不予 right before a verb (folded to Simplified).
const NEGATED = /(?:未|没有|没|不予)$/u;

/** Every rule of this file. */
/** What opens a transcript's answer turn, in the order tried: 答：, the presider's name, the presider's news. */
export const ANSWER_TURNS = [answerTurn, presiderTurn, presiderAnnounces];

export const foreignGovernmentIsBackground = rule({
  id: 'response.foreign-government-is-background',
  decides:
    'Another government’s ministry or embassy speaking (美國國務院發言人米勒15日表示, 美國商務部在聲明中說 (a country written before an office the data gives to China), 澳洲外交部表示譴責, 越南外交部發言人黎海平指出, 新加坡外交部發表聲明) is what the story reacts to, not a response on the timeline, which tells the responses of the offices of China, Taiwan, Hong Kong and Macao (real pages’ gold keeps other governments’ statements as optional acts).',
  examples: [
    { text: '美國商務部在聲明中說，此舉旨在進一步促進兩國旅遊合作。', published: '2023-08-29', events: [] },
    { text: '美国商务部在声明中说，此举旨在进一步促进两国旅游合作。', published: '2023-08-29', events: [] },
    {
      text: '解放軍本周舉行軍演。澳洲外交部表示譴責，並已向北京方面表達擔憂。',
      published: '2025-12-31',
      events: [],
    },
    {
      text: '解放军本周举行军演。澳大利亚外交部表示谴责，并已向北京方面表达担忧。',
      published: '2025-12-31',
      events: [],
    },
    {
      text: '美國國務院發言人米勒15日表示，對諾魯的決定感到失望。',
      published: '2024-01-16',
      events: [],
    },
    {
      text: '越南外交部发言人黎海平7日指出，越方坚决反对中方在争议海域的钻探活动。',
      published: '2016-04-08',
      events: [],
    },
    {
      text: '新加坡外交部昨天发表声明，对菲律宾的决定表示遗憾。',
      published: '2024-03-09',
      outlet: '联合早报',
      events: [],
    },
  ],
  leaves: [
    {
      text: '外交部發言人毛寧15日表示，中方對諾魯的決定表示讚賞。',
      published: '2024-01-16',
      events: [{ type: 'ministry-response', date: '2024-01-15', actors: ['外交部', '毛寧'] }],
    },
    {
      text: '陸委會今天發表聲明，對中共軍演表示遺憾。',
      published: '2024-03-09',
      outlet: '中央社',
      events: [{ type: 'ministry-response', date: '2024-03-09', actors: ['陸委會'] }],
    },
  ],
  apply: (m: Mention): boolean => m.type === 'ministry-response' && !!m.ministry && !HOME_OFFICES.has(m.ministry.country),
});

export const captionShowsTheSpeaker = rule({
  id: 'response.caption-shows-the-speaker',
  decides:
    '「外交部長唐家璇六日在記者會上表示，中美關係面臨改善的重要機遇。（新華社）」: a response told only in the first sentence of a photo caption shows who spoke; the body tells the answers, so the caption makes no event of its own (one it shares with the body stays).',
  examples: [
    {
      text: [
        ['caption', '外交部長唐家璇六日在記者會上表示，中美關係面臨改善的重要機遇。（新華社）'],
        ['paragraph', '本報北京3月6日電 外交部長唐家璇今天舉行中外記者會。'],
        ['paragraph', '記者問：中方如何看待朝鮮半島局勢？'],
        ['paragraph', '唐家璇說，中方主張通過對話解決朝鮮核問題。'],
      ],
      published: '2002-03-07',
      events: [{ type: 'ministry-response', date: '2002-03-06', actors: ['外交部', '唐家璇'] }],
    },
    {
      text: [
        ['caption', '外交部长唐家璇六日在记者会上表示，中美关系面临改善的重要机遇。（新华社）'],
        ['paragraph', '本报北京3月6日电 外交部长唐家璇今天举行中外记者会。'],
        ['paragraph', '记者问：中方如何看待朝鲜半岛局势？'],
        ['paragraph', '唐家璇说，中方主张通过对话解决朝鲜核问题。'],
      ],
      published: '2002-03-07',
      events: [{ type: 'ministry-response', date: '2002-03-06', actors: ['外交部', '唐家璇'] }],
    },
  ],
  apply: (group: readonly Mention[]): boolean =>
    group[0]!.type === 'ministry-response' &&
    group.every((m) => m.role === 'caption' && squeeze(m.passage.text).startsWith(squeeze(m.sentence).slice(0, 8))),
});

const squeeze = (s: string) => s.replace(/\s+/gu, '');

/** A speaker restating or stressing besides (又重申, 還強調, 再次重申, 還說): the same answer goes on. */
const GOES_ON = /^[^，,。：:]{0,24}?(?:又|还|也|再次|再度|并)(?:重申|强调|说)$/u;

export const RESPONSE_RULES = [
  jointOffices,
  otherOfficeBetween,
  foreignGovernmentIsBackground,
  captionShowsTheSpeaker,
  greetingTurn,
  matterOfAReply,
  ...ANSWER_TURNS,
  responseVerb,
  officeSpokenOf,
  shortVerbNeedsMark,
  negatedVerbSaysNothing,
  datedOfficeOverUndated,
  bareClauseLooksBack,
  ...SPEAKERS,
  ministerInOwnMeeting,
  jointPressIsTheVisit,
  announcementNeedsSpokesperson,
  ...RESPONSE_DROPS,
  declined,
  declinedWithPosition,
  declinedThenPosition,
  briefingOpening,
  ...TOPICS,
  ...RESPONSE_DATES,
];

/**
 * Folded clause start of the speaker's clause, for the drop rules: at most 30 characters before the verb, or before
 * the matter 就 opens when a long one stands between (毛寧8日就國家主席將赴秘魯利馬出席…峰會答記者問).
 */
export const speakerClause = (c: ResponseCandidate) => {
  const s = text(c);
  const start = clauseStart(s, c.verb.start, c.scope.sentence.start);
  const matter = s.slice(start, c.verb.start).search(MATTER_OPENS);
  const before = matter >= 0 ? Math.min(start + matter, c.verb.start) : c.verb.start;
  return Math.max(start, before - 30);
};
// 就, 關於, 針對 or 對於 opening what is answered about.
const MATTER_OPENS = /就|关于|针对|对于/u;
