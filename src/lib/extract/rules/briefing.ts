/**
 * What a story remembers about its press conference, sentence by sentence: the briefing's
 * day, the question open, who presides. Each rule reads one annotated sentence and the
 * state so far; questions.ts and walk.ts apply what they return.
 */
import { rule } from '../engine.ts';
import { peopleIn } from '../actors.ts';
import {
  findMinistries,
  ministriesIn,
  ministryHeaded,
  ministryName,
  ministryOfSpokesperson,
  nameAsWritten,
  postingBefore,
} from '../ministries.ts';
import { hanCount, originalSlice, sentenceAt } from '../text.ts';
import { FUTURE_JIANG, planLeads } from '../nonevents.ts';
import { fold } from '../fold.ts';
import { asWritten, type Scope } from '../scope.ts';
import { topicOf, type Topic } from '../topics.ts';
import type { DateMention } from '../dates.ts';
import type { BriefingState } from '../questions.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Mention } from '../mention.ts';
import type { Prepared } from '../text.ts';

const text = (scope: Scope) => scope.prep.folded;

export const timeLabel = rule({
  id: 'briefing.time-label',
  decides:
    '时间：2025年7月24日（星期四）下午3:00 at the head of a transcript, even printed as a credit, gives the briefing’s day (an era year before it is passed over); a web page’s stamp naming its source (時間:2007-11-20 08:36 來源:台灣網) does not.',
  examples: [
    {
      text: [
        ['headline', '商务部例行新闻发布会'],
        ['paragraph', '时间：2025年7月24日（星期四）下午3:00'],
        ['paragraph', '发布人：商务部新闻发言人 何亚东'],
        ['paragraph', '荷兰政府18日发布出口管制新规。'],
        ['paragraph', '记者：商务部对此有何回应？'],
        ['paragraph', '何亚东：中方注意到有关情况，对荷方扩大出口管制表示不满。'],
      ],
      published: '2025-07-25',
      events: [{ type: 'ministry-response', date: '2025-07-24', actors: ['商务部', '何亚东'] }],
    },
    {
      text: [
        ['headline', '商務部例行新聞發布會'],
        ['paragraph', '時間：2025年7月24日（星期四）下午3:00'],
        ['paragraph', '發布人：商務部新聞發言人 何亞東'],
        ['paragraph', '荷蘭政府18日發布出口管制新規。'],
        ['paragraph', '記者：商務部對此有何回應？'],
        ['paragraph', '何亞東：中方注意到有關情況，對荷方擴大出口管制表示不滿。'],
      ],
      published: '2025-07-25',
      events: [{ type: 'ministry-response', date: '2025-07-24', actors: ['商務部', '何亞東'] }],
    },
  ],
  leaves: [
    {
      text: [
        ['credit', '時間:2007-11-20 08:36 來源:台灣網'],
        ['paragraph', '新華網北京11月19日電 外交部發言人劉建超19日表示，中方已就美國會委員會年度報告向美方提出嚴正交涉。'],
        ['paragraph', '有記者問：美國會委員會近日發表年度涉華報告，請問你對此有何評論？'],
        ['paragraph', '劉建超說，該委員會無視中國發展進步的事實，我們已經向美方提出嚴正交涉。'],
      ],
      published: '2007-11-20',
      events: [{ type: 'ministry-response', date: '2007-11-19', actors: ['外交部', '劉建超'], passages: 3 }],
    },
    {
      text: [
        ['credit', '时间:2007-11-20 08:36 来源:台湾网'],
        ['paragraph', '新华网北京11月19日电 外交部发言人刘建超19日表示，中方已就美国会委员会年度报告向美方提出严正交涉。'],
        ['paragraph', '有记者问：美国会委员会近日发表年度涉华报告，请问你对此有何评论？'],
        ['paragraph', '刘建超说，该委员会无视中国发展进步的事实，我们已经向美方提出严正交涉。'],
      ],
      published: '2007-11-20',
      events: [{ type: 'ministry-response', date: '2007-11-19', actors: ['外交部', '刘建超'], passages: 3 }],
    },
  ],
  apply: (scope: Scope, state: BriefingState): DateMention | undefined => {
    const label = scope.sentence.start === 0 ? scope.lex.briefingTimeLabels.at(text(scope), 0) : undefined;
    // 「時間:2007-11-20 08:36 來源:台灣網」: a web page's stamp, naming where it came from, tells when the page went up.
    if (!label || state.briefingDay || /来源[：:]/u.test(text(scope))) return undefined;
    return scope.dates.find((d) => d.start <= label.end + 6 && d.precision === 'day');
  },
});

export const reporterTurn = rule({
  id: 'briefing.reporter-turn',
  decides: '记者（共同社 河野）：… — a reporter’s turn named in brackets asks as 记者： does.',
  examples: [
    {
      text: [
        ['headline', '商務部例行新聞發布會（10月8日）'],
        ['paragraph', '商務部新聞發言人何亞東主持發布會。'],
        ['paragraph', '記者（共同社 河野）：日方對中國稀土出口管制有何看法，商務部如何回應？'],
        ['paragraph', '何亞東：中方的出口管制措施符合國際通行做法。'],
        ['paragraph', '記者（朝日新聞 佐藤）：商務部如何看待近期中日經貿往來？'],
        ['paragraph', '何亞東：中方希望雙方保持溝通。'],
      ],
      published: '2025-10-09',
      events: [
        { type: 'ministry-response', date: '2025-10-08', actors: ['商務部', '何亞東'] },
        { type: 'ministry-response', date: '2025-10-08', actors: ['商務部', '何亞東'] },
      ],
    },
    {
      text: [
        ['headline', '商务部例行新闻发布会（10月8日）'],
        ['paragraph', '商务部新闻发言人何亚东主持发布会。'],
        ['paragraph', '记者（共同社 河野）：日方对中国稀土出口管制有何看法，商务部如何回应？'],
        ['paragraph', '何亚东：中方的出口管制措施符合国际通行做法。'],
        ['paragraph', '记者（朝日新闻 佐藤）：商务部如何看待近期中日经贸往来？'],
        ['paragraph', '何亚东：中方希望双方保持沟通。'],
      ],
      published: '2025-10-09',
      events: [
        { type: 'ministry-response', date: '2025-10-08', actors: ['商务部', '何亚东'] },
        { type: 'ministry-response', date: '2025-10-08', actors: ['商务部', '何亚东'] },
      ],
    },
  ],
  apply: (scope: Scope) => (scope.sentence.start === 0 ? scope.lex.questionTurnPattern.exec(text(scope)) : null) ?? undefined,
});

// 「做出上述表示」「作上述回應」「以上表示」: the words just told, looked back on.
const ABOVE_REMARKS = /(?:做出|作出|作|做)(?:了)?(?:上述|以上|这番|这一)(?:表示|回应|表态|讲话|谈话)/u;

export const questionCue = rule({
  id: 'briefing.question-cue',
  decides:
    '有記者問, 媒體提問, 問：, 被問及, 記者：, 在回答…的問題時 (or 在回答中國如何加強護航合作時) open a question whose topic the next answers take (not the record of answers, 回答記者提問的情況, nor the question that drew the words just told: 是在回答記者提問時做出上述表示的).',
  examples: [
    {
      text: [
        ['paragraph', '陸委會26日召開例行記者會，由副主委兼發言人梁文傑主持。'],
        ['paragraph', '媒體提問陸委會的建議事項，詢問陸委會是否建議市長在28日的論壇上表達台灣立場？'],
        ['paragraph', '梁文傑回應，共機擾台現在幾乎變成常態。'],
      ],
      published: '2025-12-26',
      events: [{ type: 'ministry-response', date: '2025-12-26', actors: ['陸委會', '梁文傑'], passages: 3 }],
    },
    {
      text: [
        ['paragraph', '陆委会26日召开例行记者会，由副主委兼发言人梁文杰主持。'],
        ['paragraph', '媒体提问陆委会的建议事项，询问陆委会是否建议市长在28日的论坛上表达台湾立场？'],
        ['paragraph', '梁文杰回应，共机扰台现在几乎变成常态。'],
      ],
      published: '2025-12-26',
      events: [{ type: 'ministry-response', date: '2025-12-26', actors: ['陆委会', '梁文杰'], passages: 3 }],
    },
    {
      text: [
        ['paragraph', '陸委會發言人梁文傑昨天在例行記者會上表示，台灣人民不得在大陸設籍。'],
        ['paragraph', '記者會上另一議題聚焦金門海域。梁文傑指出，陸委會對中國海警船艦闖入表達嚴正抗議。'],
      ],
      published: '2025-12-19',
      outlet: '聯合報',
      events: [
        { type: 'ministry-response', date: '2025-12-18', actors: ['陸委會', '梁文傑'] },
        { type: 'ministry-response', date: '2025-12-18', actors: ['陸委會', '梁文傑'] },
      ],
    },
    {
      text: [
        ['paragraph', '国台办发言人朱凤莲昨天在例行新闻发布会上表示，两岸同胞是一家人。'],
        ['paragraph', '有记者问，民进党当局近日炒作大陆军演，对此有何评论？朱凤莲指出，民进党当局挑衅在先。'],
      ],
      published: '2025-12-19',
      events: [
        { type: 'ministry-response', date: '2025-12-18', actors: ['国台办', '朱凤莲'] },
        { type: 'ministry-response', date: '2025-12-18', actors: ['国台办', '朱凤莲'] },
      ],
    },
    {
      text: [
        ['paragraph', '國台辦發言人李維一24日在例行新聞發布會上說，兩岸關係朝和平穩定方向發展。'],
        ['paragraph', '在回答國台辦會否與國民黨協商其主席訪問大陸的問題時，李維一重申，我們尊重本人的意願。'],
      ],
      published: '2006-01-25',
      events: [
        { type: 'ministry-response', date: '2006-01-24', actors: ['國台辦', '李維一'] },
        { type: 'ministry-response', date: '2006-01-24', actors: ['國台辦', '李維一'] },
      ],
    },
    {
      text: [
        ['paragraph', '国台办发言人李维一24日在例行新闻发布会上说，两岸关系朝和平稳定方向发展。'],
        ['paragraph', '在回答国台办会否与国民党协商其主席访问大陆的问题时，李维一重申，我们尊重本人的意愿。'],
      ],
      published: '2006-01-25',
      events: [
        { type: 'ministry-response', date: '2006-01-24', actors: ['国台办', '李维一'] },
        { type: 'ministry-response', date: '2006-01-24', actors: ['国台办', '李维一'] },
      ],
    },
    {
      text: [
        ['paragraph', '國防部新聞發言人耿雁生23日表示，中國海軍赴西太平洋訓練是計劃內的正常安排。'],
        ['paragraph', '在回答中國如何加強國際護航合作時，耿雁生說，各國護航艦艇加強了行動協調。'],
      ],
      published: '2012-02-24',
      events: [
        { type: 'ministry-response', date: '2012-02-23', passages: 1 },
        { type: 'ministry-response', date: '2012-02-23', passages: 1 },
      ],
    },
    {
      text: [
        ['paragraph', '国防部新闻发言人耿雁生23日表示，中国海军赴西太平洋训练是计划内的正常安排。'],
        ['paragraph', '在回答中国如何加强国际护航合作时，耿雁生说，各国护航舰艇加强了行动协调。'],
      ],
      published: '2012-02-24',
      events: [
        { type: 'ministry-response', date: '2012-02-23', passages: 1 },
        { type: 'ministry-response', date: '2012-02-23', passages: 1 },
      ],
    },
  ],
  leaves: [
    {
      text: '新華社北京9月28日電 外交部發言人孔泉28日在例行記者會上說，中國沒有放棄通過六方會談解決問題的希望。孔泉是在回答記者提問時做出上述表示的。孔泉說，中方對此抱樂觀態度。',
      published: '2004-09-29',
      events: [{ type: 'ministry-response', date: '2004-09-28', actors: ['外交部', '孔泉'] }],
    },
    {
      text: '新华社北京9月28日电 外交部发言人孔泉28日在例行记者会上说，中国没有放弃通过六方会谈解决问题的希望。孔泉是在回答记者提问时做出上述表示的。孔泉说，中方对此抱乐观态度。',
      published: '2004-09-29',
      events: [{ type: 'ministry-response', date: '2004-09-28', actors: ['外交部', '孔泉'] }],
    },
  ],
  apply: (scope: Scope) => {
    // 「孔泉是在回答記者提問時做出上述表示的」: the question that drew the words just told, no new one.
    if (ABOVE_REMARKS.test(text(scope).slice(scope.sentence.start, scope.sentence.end))) return undefined;
    const cue = scope.lex.questionCues
      .all(text(scope), scope.sentence.start, scope.sentence.end)
      // 「發布了劉建超回答記者提問的情況」: the record of questions answered puts none; nor does 答覆媒體提問時表示 (answering).
      .find(
        (q) =>
          !RECORD_AFTER.test(text(scope).slice(q.end, q.end + 4)) &&
          !(q.phrase === '媒体提问' && ANSWERING.test(text(scope).slice(Math.max(0, q.start - 2), q.start))),
      );
    if (cue) return cue;
    // 「在回答國台辦會否與國民黨協商…的問題時，李維一重申」「在回答中國如何加強護航合作時」: the question named inside 在回答…時.
    const named = ANSWERING_A_QUESTION.exec(text(scope).slice(scope.sentence.start, scope.sentence.end));
    if (!named) return undefined;
    const start = scope.sentence.start + named.index;
    return { start, end: start + 3, phrase: named[1]!, value: true as const };
  },
});

// 「回答記者提問的情況」: what names the record of answers, not a question put.
export const RECORD_OF = '的(?:情况|实录|内容)';
const RECORD_AFTER = new RegExp(`^${RECORD_OF}`, 'u');
const ANSWERING = /(?:答复|回答|回应)$/u;
const ANSWERING_A_QUESTION = /(?<=^|[，,])(在(?:回答|答复|回应))[^，。？]{2,40}?(?:的?(?:问题|提问))?时/u;

export const briefingCue = rule({
  id: 'briefing.cue',
  decides: '記者會, 發布會, 答記者問 name a briefing, which a day written before them dates.',
  examples: [
    {
      text: [
        ['headline', '2025年6月18日外交部發言人郭嘉昆主持例行記者會'],
        ['paragraph', '美國商務部昨天宣布將多家中國實體列入實體清單。'],
        ['paragraph', '記者：中方對此有何評論？'],
        ['paragraph', '郭嘉昆：中方一貫堅決反對美方泛化國家安全概念。'],
      ],
      published: '2025-06-18',
      events: [{ type: 'ministry-response', date: '2025-06-18', actors: ['外交部', '郭嘉昆'] }],
    },
    {
      text: [
        ['headline', '商务部召开例行新闻发布会（2025年7月24日）'],
        ['paragraph', '荷兰政府18日发布出口管制新规。'],
        ['paragraph', '记者：商务部对此有何回应？'],
        ['paragraph', '何亚东：中方注意到有关情况，对荷方扩大出口管制表示不满。'],
      ],
      published: '2025-07-25',
      events: [{ type: 'ministry-response', date: '2025-07-24', actors: ['商务部', '何亚东'] }],
    },
  ],
  apply: (scope: Scope) => scope.lex.briefingCues.all(text(scope), scope.sentence.start, scope.sentence.end)[0],
});

export const briefingInQuestion = rule({
  id: 'briefing.named-in-a-turn',
  decides:
    '「問：…你昨天在記者會上已經作了原則回應」「答：昨天，有記者問到這個問題」「毛寧：有關部門19日舉行了新聞發布會」: a briefing or a question named inside a reporter’s question or an answer (an answer turn, or the presiding spokesperson’s) is another one; its day is not this briefing’s.',
  examples: [
    {
      text: [
        ['headline', '2019年12月20日外交部發言人耿爽主持例行記者會'],
        ['paragraph', '問：關於一名中國公民在美被捕，請問有何進展？'],
        ['paragraph', '答：昨天，有記者問到這個問題。中國駐美使領館已經接到美方的通報，將提供領事協助。'],
      ],
      published: '2019-12-21',
      events: [{ type: 'ministry-response', date: '2019-12-20', actors: ['外交部', '耿爽'] }],
    },
    {
      text: [
        ['headline', '2019年12月20日外交部发言人耿爽主持例行记者会'],
        ['paragraph', '问：关于一名中国公民在美被捕，请问有何进展？'],
        ['paragraph', '答：昨天，有记者问到这个问题。中国驻美使领馆已经接到美方的通报，将提供领事协助。'],
      ],
      published: '2019-12-21',
      events: [{ type: 'ministry-response', date: '2019-12-20', actors: ['外交部', '耿爽'] }],
    },
    {
      text: [
        ['paragraph', '5月21日，外交部發言人毛寧主持例行記者會。'],
        ['paragraph', '有記者提問：中方如何看待關稅對中國經濟的影響？'],
        ['paragraph', '毛寧：有關部門19日舉行了新聞發布會，介紹4月份國民經濟運行情況。中國經濟有能力應對各種風險挑戰。'],
      ],
      published: '2025-05-22',
      events: [{ type: 'ministry-response', date: '2025-05-21', actors: ['外交部', '毛寧'] }],
    },
    {
      text: [
        ['paragraph', '5月21日，外交部发言人毛宁主持例行记者会。'],
        ['paragraph', '有记者提问：中方如何看待关税对中国经济的影响？'],
        ['paragraph', '毛宁：有关部门19日举行了新闻发布会，介绍4月份国民经济运行情况。中国经济有能力应对各种风险挑战。'],
      ],
      published: '2025-05-22',
      events: [{ type: 'ministry-response', date: '2025-05-21', actors: ['外交部', '毛宁'] }],
    },
  ],
  apply: (inQuestion: boolean, inAnswer: boolean) => inQuestion || inAnswer,
});

// 「外交部將舉行中外媒體吹風會」: a briefing still to be held, right before its cue.
const BRIEFING_AHEAD = new RegExp(`${FUTURE_JIANG.source}(?:于|在)?[^，。；就]{0,12}(?:举行|召开|主持|举办)[^，。；]{0,12}$`, 'u');

export const dayBeforeCue = rule({
  id: 'briefing.day-before-cue',
  decides:
    'Only a date before the cue dates the briefing (外交部發言人4日在例行記者會上…; the briefing named before a question: 外交部12日舉行例行記者會，關於11日晚的通話，有記者問); dates after it are the question’s content, and a day before a briefing still to be held (11月18日下午，外交部將舉行吹風會) dates none.',
  examples: [
    {
      text: [
        ['headline', '2025年6月18日外交部發言人郭嘉昆主持例行記者會'],
        ['paragraph', '美國商務部昨天宣布將多家中國實體列入實體清單。'],
        ['paragraph', '記者：中方對此有何評論？'],
        ['paragraph', '郭嘉昆：中方一貫堅決反對美方泛化國家安全概念。'],
      ],
      published: '2025-06-18',
      events: [{ type: 'ministry-response', date: '2025-06-18', actors: ['外交部', '郭嘉昆'] }],
    },
    {
      text: [
        ['headline', '2025年6月18日外交部发言人郭嘉昆主持例行记者会'],
        ['paragraph', '美国商务部昨天宣布将多家中国实体列入实体清单。'],
        ['paragraph', '记者：中方对此有何评论？'],
        ['paragraph', '郭嘉昆：中方一贯坚决反对美方泛化国家安全概念。'],
      ],
      published: '2025-06-18',
      events: [{ type: 'ministry-response', date: '2025-06-18', actors: ['外交部', '郭嘉昆'] }],
    },
    {
      text: [
        ['paragraph', '外交部12日舉行例行記者會，關於11日晚兩國元首的通話，有記者問通話由哪一方提出。'],
        ['paragraph', '外交部發言人林劍表示，此次通話是應對方請求進行的。'],
      ],
      published: '2024-03-13',
      events: [
        { type: 'call', date: '2024-03-11' },
        { type: 'ministry-response', date: '2024-03-12', actors: ['外交部', '林劍'] },
      ],
    },
    {
      text: [
        ['paragraph', '外交部12日举行例行记者会，关于11日晚两国元首的通话，有记者问通话由哪一方提出。'],
        ['paragraph', '外交部发言人林剑表示，此次通话是应对方请求进行的。'],
      ],
      published: '2024-03-13',
      events: [
        { type: 'call', date: '2024-03-11' },
        { type: 'ministry-response', date: '2024-03-12', actors: ['外交部', '林剑'] },
      ],
    },
  ],
  leaves: [
    {
      text: [
        ['paragraph', '11月16日，外交部發言人洪磊主持例行記者會。'],
        ['paragraph', '洪磊首先發布消息：11月18日下午，外交部將舉行中外媒體吹風會。'],
        ['paragraph', '問：緬甸政府近日釋放了昂山素季，中方對此有何評論？'],
        ['paragraph', '答：我們希望並相信，緬甸將繼續推進民族和解。'],
      ],
      published: '2010-11-17',
      events: [{ type: 'ministry-response', date: '2010-11-16', actors: ['外交部', '洪磊'] }],
    },
    {
      text: [
        ['paragraph', '11月16日，外交部发言人洪磊主持例行记者会。'],
        ['paragraph', '洪磊首先发布消息：11月18日下午，外交部将举行中外媒体吹风会。'],
        ['paragraph', '问：缅甸政府近日释放了昂山素季，中方对此有何评论？'],
        ['paragraph', '答：我们希望并相信，缅甸将继续推进民族和解。'],
      ],
      published: '2010-11-17',
      events: [{ type: 'ministry-response', date: '2010-11-16', actors: ['外交部', '洪磊'] }],
    },
  ],
  // (「論壇將於2月3日舉辦，然後就…回答了記者提問」: a day 將 leads is a plan's, not the briefing's; so is one a plan
  // follows before the cue: 「11月18日下午，外交部將舉行吹風會」.)
  apply: (scope: Scope, cueStart: number) =>
    [...scope.dates]
      .reverse()
      .find(
        (d) =>
          d.start < cueStart &&
          d.precision === 'day' &&
          !planLeads(scope.prep.folded, d.start) &&
          !BRIEFING_AHEAD.test(scope.prep.folded.slice(d.end, cueStart)),
      ),
});

export const dayInBrackets = rule({
  id: 'briefing.day-in-brackets',
  decides: '例行新闻发布会（2025年7月24日）: a briefing named with its day in brackets is dated by it.',
  examples: [
    {
      text: [
        ['headline', '商務部召開例行新聞發布會（2025年7月24日）'],
        ['paragraph', '荷蘭政府18日發布出口管制新規。'],
        ['paragraph', '記者：商務部對此有何回應？'],
        ['paragraph', '何亞東：中方注意到有關情況，對荷方擴大出口管制表示不滿。'],
      ],
      published: '2025-07-25',
      events: [{ type: 'ministry-response', date: '2025-07-24', actors: ['商務部', '何亞東'] }],
    },
    {
      text: [
        ['headline', '商务部召开例行新闻发布会（2025年7月24日）'],
        ['paragraph', '荷兰政府18日发布出口管制新规。'],
        ['paragraph', '记者：商务部对此有何回应？'],
        ['paragraph', '何亚东：中方注意到有关情况，对荷方扩大出口管制表示不满。'],
      ],
      published: '2025-07-25',
      events: [{ type: 'ministry-response', date: '2025-07-24', actors: ['商务部', '何亚东'] }],
    },
  ],
  apply: (scope: Scope, cueEnd: number) =>
    scope.dates.find(
      (d) => d.precision === 'day' && d.start >= cueEnd && d.start <= cueEnd + 1 && /[（(]/u.test(text(scope).slice(cueEnd, d.start + 1)),
    ),
});

export const followUp = rule({
  id: 'briefing.follow-up',
  decides: '追問, 再問: a follow-up question stays on the topic of the question still open, else of the last answer.',
  examples: [
    {
      text: [
        ['headline', '2025年6月18日外交部发言人郭嘉昆主持例行记者会'],
        ['paragraph', '路透社记者：美方表示将对中国半导体产品征收新的关税。中方是否会采取反制措施？'],
        ['paragraph', '郭嘉昆：关税战、贸易战没有赢家。'],
        ['paragraph', '追问：中美双方目前是否就此保持沟通？'],
        ['paragraph', '郭嘉昆：中美双方在经贸问题上一直保持着沟通。'],
      ],
      published: '2025-06-18',
      events: [{ type: 'ministry-response', date: '2025-06-18', actors: ['外交部', '郭嘉昆'] }],
    },
    {
      text: [
        ['headline', '2025年6月18日外交部發言人郭嘉昆主持例行記者會'],
        ['paragraph', '路透社記者：美方表示將對中國半導體產品徵收新的關稅。中方是否會採取反制措施？'],
        ['paragraph', '郭嘉昆：關稅戰、貿易戰沒有贏家。'],
        ['paragraph', '追問：中美雙方目前是否就此保持溝通？'],
        ['paragraph', '郭嘉昆：中美雙方在經貿問題上一直保持著溝通。'],
      ],
      published: '2025-06-18',
      events: [{ type: 'ministry-response', date: '2025-06-18', actors: ['外交部', '郭嘉昆'] }],
    },
  ],
  apply: (scope: Scope, state: BriefingState, cueStart: number) =>
    scope.lex.followUpCues.at(text(scope), cueStart) ? (state.openQuestion ?? state.lastAnswered) : undefined,
});

export const askedOnThis = rule({
  id: 'briefing.asked-on-this',
  decides: '有記者就此提問 (no question mark): the question is about what the story just reported.',
  examples: [
    {
      text: [
        ['paragraph', '外交部發言人林劍10日在例行記者會上表示，中方堅決反對美方濫施關稅。'],
        ['paragraph', '美國總統特朗普當天宣布再對華商品加徵關稅。有記者就此提問。林劍表示，中方必將奉陪到底。'],
      ],
      published: '2025-04-11',
      events: [{ type: 'ministry-response', date: '2025-04-10', actors: ['外交部', '林劍'] }],
    },
    {
      text: [
        ['paragraph', '外交部发言人林剑10日在例行记者会上表示，中方坚决反对美方滥施关税。'],
        ['paragraph', '美国总统特朗普当天宣布再对华商品加征关税。有记者就此提问。林剑表示，中方必将奉陪到底。'],
      ],
      published: '2025-04-11',
      events: [{ type: 'ministry-response', date: '2025-04-10', actors: ['外交部', '林剑'] }],
    },
  ],
  apply: (scope: Scope, textBefore: string, cue: { end: number; phrase: string }): Topic | undefined => {
    const s = text(scope);
    const rest = s.slice(cue.end, Math.min(s.length, cue.end + 6));
    return /就此|对此|此事|有记者就此/u.test(cue.phrase + rest) && !/[？?]/u.test(s.slice(cue.end, scope.sentence.end))
      ? topicOf(scope.lex, textBefore)
      : undefined;
  },
});

export const questionOnThis = rule({
  id: 'briefing.question-on-this',
  decides:
    '「請問商務部對此有何評論？」: a question with no topic of its own is about what the story just reported (not the answer just given when it tells its own matter before 對此).',
  examples: [
    {
      text: [
        ['paragraph', '商務部新聞發言人何亞東10日在例行新聞發布會上表示，中方堅決反對美方泛化出口管制。'],
        ['paragraph', '荷蘭政府當天宣布擴大對華晶片出口管制。有記者問：請問商務部對此有何評論？何亞東表示，中方將採取必要措施。'],
      ],
      published: '2025-04-11',
      events: [{ type: 'ministry-response', date: '2025-04-10', actors: ['商務部', '何亞東'] }],
    },
    {
      text: [
        ['paragraph', '商务部新闻发言人何亚东10日在例行新闻发布会上表示，中方坚决反对美方泛化出口管制。'],
        ['paragraph', '荷兰政府当天宣布扩大对华芯片出口管制。有记者问：请问商务部对此有何评论？何亚东表示，中方将采取必要措施。'],
      ],
      published: '2025-04-11',
      events: [{ type: 'ministry-response', date: '2025-04-10', actors: ['商务部', '何亚东'] }],
    },
  ],
  leaves: [
    {
      text: [
        ['paragraph', '會後，有記者問及：美英法德等國擬擴大對伊朗制裁，中方對此有何評論？'],
        ['paragraph', '洪磊表示，中方一向反對對伊朗的單邊制裁。'],
        ['paragraph', '另有記者問及：哈薩克斯坦總統已任命阿赫梅托夫為新總理，中方對此有何評論？'],
        ['paragraph', '洪磊表示，我們對阿赫梅托夫先生就任哈薩克斯坦總理表示祝賀。'],
      ],
      published: '2012-09-26',
      events: [
        { type: 'ministry-response', date: '2012-09-26' },
        { type: 'ministry-response', date: '2012-09-26' },
      ],
    },
    {
      text: [
        ['paragraph', '会后，有记者问及：美英法德等国拟扩大对伊朗制裁，中方对此有何评论？'],
        ['paragraph', '洪磊表示，中方一向反对对伊朗的单边制裁。'],
        ['paragraph', '另有记者问及：哈萨克斯坦总统已任命阿赫梅托夫为新总理，中方对此有何评论？'],
        ['paragraph', '洪磊表示，我们对阿赫梅托夫先生就任哈萨克斯坦总理表示祝贺。'],
      ],
      published: '2012-09-26',
      events: [
        { type: 'ministry-response', date: '2012-09-26' },
        { type: 'ministry-response', date: '2012-09-26' },
      ],
    },
  ],
  apply: (scope: Scope, topic: Topic, from: number, to: number, textBefore: string, answered: ReadonlySet<string>) => {
    if (topic.entry) return undefined;
    const cue = scope.lex.thisCues.all(text(scope), from, to)[0];
    if (!cue) return undefined;
    const before = topicOf(scope.lex, textBefore);
    // 「哈薩克斯坦總統已任命新總理，中方對此有何評論？」: a question that tells its own matter first is not the answer just given.
    const own = hanCount(text(scope).slice(from, cue.start)) >= 12;
    return own && answered.has(before.key) ? undefined : before;
  },
});

export const distinctQuestions = rule({
  id: 'briefing.distinct-questions',
  decides:
    'Questions put (reporters’ turns in a transcript, 路透社记者：…, or 有記者問, 在應詢評論…時 in a report) are separate matters even on one broad topic, also from an answer turn printed before any question (a transcript picked up mid-way), unless one question is read twice.',
  examples: [
    {
      text: [
        ['headline', '2025年6月18日外交部发言人郭嘉昆主持例行记者会'],
        ['paragraph', '记者：美方宣布扩大对华半导体出口管制。中方有何回应？'],
        ['paragraph', '郭嘉昆：中方坚决反对。'],
        ['paragraph', '记者：美国商务部把更多中国实体列入出口管制清单。中方有何评论？'],
        ['paragraph', '郭嘉昆：中方将采取必要措施。'],
      ],
      published: '2025-06-18',
      events: [
        { type: 'ministry-response', date: '2025-06-18' },
        { type: 'ministry-response', date: '2025-06-18' },
      ],
    },
    {
      text: [
        ['headline', '2025年6月18日外交部發言人郭嘉昆主持例行記者會'],
        ['paragraph', '記者：美方宣布擴大對華半導體出口管制。中方有何回應？'],
        ['paragraph', '郭嘉昆：中方堅決反對。'],
        ['paragraph', '記者：美國商務部把更多中國實體列入出口管制清單。中方有何評論？'],
        ['paragraph', '郭嘉昆：中方將採取必要措施。'],
      ],
      published: '2025-06-18',
      events: [
        { type: 'ministry-response', date: '2025-06-18' },
        { type: 'ministry-response', date: '2025-06-18' },
      ],
    },
    {
      text: [
        ['paragraph', '外交部发言人毛宁18日就美方涉华言论答记者问。'],
        ['paragraph', '问：美国国会有议员称将推动对华限制法案。中方对此有何回应？'],
        ['paragraph', '答：我们敦促美方停止把经贸问题政治化。'],
        ['paragraph', '问：中方是否会邀请美国企业家出席论坛？'],
        ['paragraph', '答：论坛向各国工商界开放。'],
      ],
      published: '2024-02-19',
      events: [
        { type: 'ministry-response', date: '2024-02-18' },
        { type: 'ministry-response', date: '2024-02-18' },
      ],
    },
    {
      text: [
        ['headline', '國台辦9月28日新聞發布會全文'],
        ['paragraph', '馬曉光：台灣有一句政治術語叫裝睡的人叫不醒，李登輝就是那個叫不醒的人。'],
        ['paragraph', '記者：謝雪紅被島內台獨組織包裝成台獨先鋒，對此發言人如何評價？'],
        ['paragraph', '馬曉光：謝雪紅女士為實現祖國統一而奮鬥的精神是不容歪曲的。'],
      ],
      published: '2016-09-28',
      events: [
        { type: 'ministry-response', date: '2016-09-28' },
        { type: 'ministry-response', date: '2016-09-28' },
      ],
    },
    {
      text: [
        ['paragraph', '國台辦發言人李維一30日在例行新聞發布會上指出，民進黨推動入聯公投，實質是謀求台獨。'],
        ['paragraph', '有記者問：民進黨推動入聯公投，請問發言人有何評論？李維一在答問中作上述表示。'],
        ['paragraph', '在應詢評論李登輝訪日時，李維一表示，希望日本方面恪守承諾，不給台獨分子提供舞台。'],
      ],
      published: '2007-05-31',
      events: [
        { type: 'ministry-response', date: '2007-05-30', passages: 2 },
        { type: 'ministry-response', date: '2007-05-30', passages: 1 },
      ],
    },
    {
      text: [
        ['paragraph', '国台办发言人李维一30日在例行新闻发布会上指出，民进党推动入联公投，实质是谋求台独。'],
        ['paragraph', '有记者问：民进党推动入联公投，请问发言人有何评论？李维一在答问中作上述表示。'],
        ['paragraph', '在应询评论李登辉访日时，李维一表示，希望日本方面恪守承诺，不给台独分子提供舞台。'],
      ],
      published: '2007-05-31',
      events: [
        { type: 'ministry-response', date: '2007-05-30', passages: 2 },
        { type: 'ministry-response', date: '2007-05-30', passages: 1 },
      ],
    },
  ],
  apply: (state: BriefingState, topic: Topic, question: string): Topic => {
    state.asked ??= new Map();
    // An answer turn given before any question was printed (a transcript picked up mid-way) holds its topic too.
    const answered = state.unaskedTurn?.key;
    if (answered !== undefined && !state.asked.has(answered)) state.asked.set(answered, '\u0000');
    let key = topic.key;
    // One question read twice (from 回答记者提问 on, then from 有记者问 on) is still one.
    const same = (a: string | undefined) => a !== undefined && (a.includes(question) || question.includes(a));
    for (let n = 2; state.asked.has(key) && !same(state.asked.get(key)); n++) key = `${topic.key}-q${n}`;
    state.asked.set(key, question);
    return key === topic.key ? topic : { ...topic, key };
  },
});

export const spokespersonPresides = rule({
  id: 'briefing.spokesperson-presides',
  decides: '商務部新聞發言人就…答記者問, 商務部召開例行新聞發布會: a ministry’s spokesperson, named or not, answers the turns that follow.',
  examples: [
    {
      text: [
        ['paragraph', '商務部新聞發言人8日在例行新聞發布會上回答記者提問。'],
        ['paragraph', '問：美方宣布對華加徵關稅，商務部有何回應？'],
        ['paragraph', '答：中方堅決反對。'],
        ['paragraph', '問：荷蘭擴大晶片出口管制，商務部有何評論？'],
        ['paragraph', '答：中方將採取必要措施。'],
      ],
      published: '2025-04-09',
      events: [
        { type: 'ministry-response', date: '2025-04-08', actors: ['商務部'] },
        { type: 'ministry-response', date: '2025-04-08', actors: ['商務部'] },
      ],
    },
    {
      text: [
        ['paragraph', '商务部新闻发言人8日在例行新闻发布会上回答记者提问。'],
        ['paragraph', '问：美方宣布对华加征关税，商务部有何回应？'],
        ['paragraph', '答：中方坚决反对。'],
        ['paragraph', '问：荷兰扩大芯片出口管制，商务部有何评论？'],
        ['paragraph', '答：中方将采取必要措施。'],
      ],
      published: '2025-04-09',
      events: [
        { type: 'ministry-response', date: '2025-04-08', actors: ['商务部'] },
        { type: 'ministry-response', date: '2025-04-08', actors: ['商务部'] },
      ],
    },
    {
      text: [
        ['paragraph', '商務部20日召開例行新聞發布會。'],
        ['paragraph', '提問：美國商務部長近日表示將繼續加徵關稅，請問商務部對此有何評論？'],
        ['paragraph', '高峰：中方堅決反對單邊加徵關稅，將採取必要的反制措施。'],
      ],
      published: '2019-06-21',
      events: [{ type: 'ministry-response', date: '2019-06-20', actors: ['商務部'] }],
    },
    {
      text: [
        ['paragraph', '商务部20日召开例行新闻发布会。'],
        ['paragraph', '提问：美国商务部长近日表示将继续加征关税，请问商务部对此有何评论？'],
        ['paragraph', '高峰：中方坚决反对单边加征关税，将采取必要的反制措施。'],
      ],
      published: '2019-06-21',
      events: [{ type: 'ministry-response', date: '2019-06-20', actors: ['商务部'] }],
    },
    {
      text: [
        ['paragraph', '7月19日，商務部召開例行新聞發布會。'],
        ['paragraph', '記者：歐盟擬對中國電動車加徵關稅，商務部有何評論？'],
        ['paragraph', '答：中方堅決反對，將採取必要措施。'],
      ],
      published: '2024-07-20',
      events: [{ type: 'ministry-response', date: '2024-07-19', actors: ['商務部'] }],
    },
    {
      text: [
        ['headline', '2018年9月6日商務部例行新聞發布會'],
        ['paragraph', '記者：中非合作論壇北京峰會達成一系列成果，商務部有何具體舉措？'],
        ['paragraph', '高峰：我們將推動中非經貿合作提質升級。'],
      ],
      published: '2018-11-30',
      events: [{ type: 'ministry-response', date: '2018-09-06', actors: ['商務部'] }],
    },
    {
      text: [
        ['headline', '2018年9月6日商务部例行新闻发布会'],
        ['paragraph', '记者：中非合作论坛北京峰会达成一系列成果，商务部有何具体举措？'],
        ['paragraph', '高峰：我们将推动中非经贸合作提质升级。'],
      ],
      published: '2018-11-30',
      events: [{ type: 'ministry-response', date: '2018-09-06', actors: ['商务部'] }],
    },
    {
      text: [
        ['paragraph', '7月19日，商务部召开例行新闻发布会。'],
        ['paragraph', '记者：欧盟拟对中国电动车加征关税，商务部有何评论？'],
        ['paragraph', '答：中方坚决反对，将采取必要措施。'],
      ],
      published: '2024-07-20',
      events: [{ type: 'ministry-response', date: '2024-07-19', actors: ['商务部'] }],
    },
  ],
  apply: (scope: Scope): BriefingState['presider'] => {
    let found: BriefingState['presider'];
    for (const m of ministriesIn(scope.lex, scope.prep, scope.sentence.start, scope.sentence.end, scope.region)) {
      // (Or the ministry holding the briefing: 商務部召開例行新聞發布會, 國台辦在新聞發布廳舉行了例行新聞發布會, a heading's
      // 2018年9月6日商務部例行新聞發布會, its spokesperson unnamed.)
      const after = text(scope).slice(m.end, m.end + 26);
      // A heading names the briefing without a verb: its day, then the ministry (2018年9月6日商務部例行新聞發布會).
      const heading =
        /^[\s\d年月]*\d\s*[日号]\s*$/u.test(text(scope).slice(scope.sentence.start, m.start)) &&
        /^(?:例行)?(?:新闻发布会|记者会)/u.test(after);
      if (
        heading ||
        /^(新闻)?发言人|^(外务)?报道官|^[\d年月日号今昨前天上下午晚早时分于周星期一二三四五六七八九十（）()\s]{0,14}(?:在[\u4e00-\u9fff]{1,10}?)?(?:召开|举行)[了的]?(?:例行)?(?:新闻)?(?:发布会|记者会|记者招待会)/u.test(
          after,
        )
      )
        found = { ministry: { ...m, name: originalSlice(scope.prep, m.start, m.end) } };
    }
    return found;
  },
});

export const relayedTranscript = rule({
  id: 'briefing.relayed-transcript',
  decides:
    '據外交部網站6月13日報道 over 問：…答： turns, no spokesperson named: a transcript relayed from the ministry’s website, whose turns the ministry answers.',
  examples: [
    {
      text: [
        ['paragraph', '【本報訊】據外交部網站6月13日報道，國家主席將出訪三國。'],
        ['paragraph', '問：中國—東盟外長特別會議將在雲南舉行，中方有何期待？'],
        ['paragraph', '答：我們期待利用此次會議與東盟國家加強溝通。'],
      ],
      published: '2016-06-13',
      events: [{ type: 'ministry-response', date: '2016-06-13', actors: ['外交部'] }],
    },
    {
      text: [
        ['paragraph', '【本报讯】据外交部网站6月13日报道，国家主席将出访三国。'],
        ['paragraph', '问：中国—东盟外长特别会议将在云南举行，中方有何期待？'],
        ['paragraph', '答：我们期待利用此次会议与东盟国家加强沟通。'],
      ],
      published: '2016-06-13',
      events: [{ type: 'ministry-response', date: '2016-06-13', actors: ['外交部'] }],
    },
  ],
  apply: (scope: Scope): BriefingState['presider'] => {
    const m = ministriesIn(scope.lex, scope.prep, scope.sentence.start, scope.sentence.end, scope.region).find((x) =>
      /^网站[^，,。]{0,12}?(?:报道|消息|发布)/u.test(text(scope).slice(x.end, x.end + 20)),
    );
    return m ? { ministry: { ...m, name: originalSlice(scope.prep, m.start, m.end) } } : undefined;
  },
});

/** 「前外交部長」「原外長」: a former minister's title, whose holder speaks for himself. */
export const formerTitle = (s: string, titleStart: number) =>
  /(?:前|原|前任|卸任)$/u.test(s.slice(Math.max(0, titleStart - 2), titleStart));

/**
 * The office a head speaks for, named as written: an ambassador by his title with its posting
 * (中國駐英國大使), else the ministry named before the title, else `fallback`.
 */
export function headOfficeName(
  lex: Lexicon,
  prep: Prepared,
  head: { start: number; end: number },
  p: { titleStart?: number; titleEnd?: number },
  fallback: string,
): string {
  const posted = postingBefore(lex, prep.folded, p.titleStart!, p.titleEnd!);
  if (posted !== undefined) return originalSlice(prep, posted, p.titleEnd!);
  return head.end > head.start ? originalSlice(prep, head.start, head.end) : fallback;
}

export const jointPressIsTheVisit = rule({
  id: 'speaker.joint-press-is-the-visit',
  decides:
    '「外長王毅與巴羅共同見記者時表示」「雙方會見記者會上」: what a minister says beside a visiting counterpart before the press belongs to the visit, not to a ministry’s answer.',
  examples: [
    { text: '法國外長巴羅昨與外長王毅共同見記者時表示，雙方同意辦好三大高級別對話。', published: '2025-03-28', events: [] },
    { text: '法国外长巴罗昨与外长王毅共同见记者时表示，双方同意办好三大高级别对话。', published: '2025-03-28', events: [] },
  ],
  apply: (scope: Scope, verbEnd: number) =>
    /(?:共同|一起|联合|双方)(?:会见|见|面对)记者|联合(?:记者会|新闻发布会|记者招待会)|共同记者会/u.test(
      scope.prep.folded.slice(scope.sentence.start, verbEnd),
    ),
});

export const spokespersonOfTheBriefing = rule({
  id: 'briefing.spokesperson-of-the-briefing',
  decides:
    '「國台辦在新聞發布廳舉行了例行新聞發布會。發言人楊毅就…回答了記者的提問」: a bare 發言人 named after a ministry opened its briefing is that ministry’s spokesperson, and presides.',
  examples: [
    {
      text: [
        ['paragraph', '3月28日上午，國台辦在新聞發布廳舉行了例行新聞發布會。發言人楊毅就兩岸旅遊等問題回答了記者的提問。'],
        ['paragraph', '甲電視台記者：兩岸磋商的氣氛如何？'],
        ['paragraph', '楊毅：凡是對台灣同胞有利的事情，我們都會認真對待。'],
      ],
      published: '2007-03-28',
      events: [{ type: 'ministry-response', date: '2007-03-28', actors: ['國台辦', '楊毅'] }],
    },
    {
      text: [
        ['paragraph', '3月28日上午，国台办在新闻发布厅举行了例行新闻发布会。发言人杨毅就两岸旅游等问题回答了记者的提问。'],
        ['paragraph', '甲电视台记者：两岸磋商的气氛如何？'],
        ['paragraph', '杨毅：凡是对台湾同胞有利的事情，我们都会认真对待。'],
      ],
      published: '2007-03-28',
      events: [{ type: 'ministry-response', date: '2007-03-28', actors: ['国台办', '杨毅'] }],
    },
    {
      text: '中新社北京十一月二十九日電 在國台辦二十九日舉行的例行發布會上，發言人楊毅回答記者提問時強調，台灣問題涉及國家和民族的根本利益。',
      published: '2006-11-29',
      events: [{ type: 'ministry-response', date: '2006-11-29', actors: ['國台辦', '楊毅'] }],
    },
    {
      text: '中新社北京十一月二十九日电 在国台办二十九日举行的例行发布会上，发言人杨毅回答记者提问时强调，台湾问题涉及国家和民族的根本利益。',
      published: '2006-11-29',
      events: [{ type: 'ministry-response', date: '2006-11-29', actors: ['国台办', '杨毅'] }],
    },
  ],
  apply: (scope: Scope, state: BriefingState, p: ReturnType<typeof peopleIn>[number]): BriefingState['presider'] => {
    const { prep } = scope;
    if (!state.presider || state.presider.person || p.titleStart === undefined) return undefined;
    if (!/^(新闻)?发言人$/u.test(prep.folded.slice(p.titleStart, p.titleEnd))) return undefined;
    return { ministry: state.presider.ministry, person: asWritten(scope, p) };
  },
});

export const officeHeadPresides = rule({
  id: 'briefing.office-head-presides',
  decides:
    '陸委會主委陳明通召開記者會, 中國駐英國大使劉曉明舉行記者會: an office head (or an ambassador, for his foreign ministry) holding a press conference presides over the answers that follow, and his bare name answers from then on (not beside a visiting counterpart: speaker.joint-press-is-the-visit).',
  examples: [
    {
      text: [
        ['paragraph', '陸委會主委邱垂正昨（9）日召開記者會，以下為問答：'],
        ['paragraph', '記者：兩岸航線何時恢復？'],
        ['paragraph', '邱垂正：我們已請對岸盡快回應。'],
      ],
      published: '2024-06-10',
      events: [{ type: 'ministry-response', date: '2024-06-09', actors: ['陸委會', '邱垂正'] }],
    },
    {
      text: [
        ['paragraph', '陆委会主委邱垂正昨（9）日召开记者会，以下为问答：'],
        ['paragraph', '记者：两岸航线何时恢复？'],
        ['paragraph', '邱垂正：我们已请对岸尽快回应。'],
      ],
      published: '2024-06-10',
      events: [{ type: 'ministry-response', date: '2024-06-09', actors: ['陆委会', '邱垂正'] }],
    },
    {
      text: [
        ['paragraph', '3日，中國駐英國大使劉曉明就香港問題舉行中外記者會。'],
        ['paragraph', '劉曉明表示，英方一些人公然干預香港事務。'],
      ],
      published: '2019-07-05',
      events: [{ type: 'ministry-response', date: '2019-07-03', actors: ['中國駐英國大使', '劉曉明'] }],
    },
    {
      text: [
        ['paragraph', '3日，中国驻英国大使刘晓明就香港问题举行中外记者会。'],
        ['paragraph', '刘晓明表示，英方一些人公然干预香港事务。'],
      ],
      published: '2019-07-05',
      events: [{ type: 'ministry-response', date: '2019-07-03', actors: ['中国驻英国大使', '刘晓明'] }],
    },
  ],
  apply: (scope: Scope, state: BriefingState, p: ReturnType<typeof peopleIn>[number]): BriefingState['presider'] => {
    const { lex, prep, sentence, region } = scope;
    if (state.presider || p.titleStart === undefined || !lex.briefingCues.has(prep.folded, sentence.start, sentence.end)) return undefined;
    // 「就…回答中外記者提問」 frames the answers; any other question cue makes the sentence a question.
    const unframed = prep.folded.slice(sentence.start, sentence.end).replace(ANSWERS_THE_PRESS_ALL, (m) => '　'.repeat(m.length));
    if (lex.questionCues.has(unframed, 0, unframed.length)) return undefined;
    const near = ministriesIn(lex, prep, Math.max(sentence.start, p.start - 16), p.start, region).pop();
    if (formerTitle(prep.folded, p.titleStart)) return undefined;
    const head = ministryHeaded(lex, prep.folded, p.titleStart, p.titleEnd!, near, region);
    // Beside a visiting counterpart before the press (雙方會見記者), a minister speaks for the visit.
    if (!head || (scope.rules.on(jointPressIsTheVisit) && jointPressIsTheVisit.apply(scope, sentence.end))) return undefined;
    return { ministry: { ...head, name: headOfficeName(lex, prep, head, p, head.folded) }, person: asWritten(scope, p) };
  },
});

/** 「回答中外記者提問」「回答了記者的提問」 (folded): the press's questions answered, the frame of a briefing. */
export const ANSWERS_THE_PRESS = '回答(?:了)?(?:中外)?记者(?:的)?提问';
const ANSWERS_THE_PRESS_ALL = new RegExp(ANSWERS_THE_PRESS, 'gu');
/** Wider: answering reporters' or the media's questions of any wording (答覆媒體相關提問): a question was put. */
export const ANSWERS_ASKED = /(?:回答|答复|答覆)了?(?:中外)?(?:记者|媒体)的?(?:相关)?(?:提问|询问|问题)/u;

export const knownSpokespersonPresides = rule({
  id: 'briefing.known-spokesperson-presides',
  decides: '毛寧 named in a sentence (known from the data or named on the page as a spokesperson) presides over the answers that follow.',
  examples: [
    {
      text: [
        ['headline', '2025年3月7日外交部發言人毛寧主持例行記者會'],
        ['paragraph', '問：美方宣布對華商品加徵關稅，中方有何回應？'],
        ['paragraph', '答：中方堅決反對，將採取必要措施。'],
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
  apply: (scope: Scope, p: ReturnType<typeof peopleIn>[number], known: { entry: string; country: string }): BriefingState['presider'] => {
    const { lex, prep, sentence, region } = scope;
    const written = ministriesIn(lex, prep, Math.max(sentence.start, p.start - 16), p.start, region).pop();
    const ministry = written && ministryOfSpokesperson(lex, prep, written, { ministry: known.entry, country: known.country });
    const name = ministry ? originalSlice(prep, ministry.start, ministry.end) : ministryName(known.entry, scope.simplified);
    return {
      ministry: ministry
        ? { ...ministry, name }
        : {
            start: p.start,
            end: p.start,
            folded: name,
            name,
            id: `${known.country.toLowerCase()}-${known.entry}`,
            entry: known.entry,
            country: known.country,
            en: '',
          },
      person: asWritten(scope, p),
    };
  },
});

export const bareTitleOfSentenceOffice = rule({
  id: 'speaker.bare-title-of-sentence-office',
  decides:
    '「商務部本月宣布對…發起反傾銷調查，新聞發言人高峰今日對此表示」: a spokesperson title with no office before it is the spokesperson of the one office that opens the sentence.',
  examples: [
    {
      text: [
        ['paragraph', '商務部本月宣布對原產於美國的進口產品發起反傾銷調查，新聞發言人高峰26日對此表示，這是一起正常的貿易救濟案件。'],
        ['paragraph', '有記者問：中美貿易摩擦是否在加劇？高峰表示，中美經貿關係是互利共贏的。'],
      ],
      published: '2017-10-27',
      events: [
        { type: 'ministry-response', date: '2017-10-26', actors: ['商務部', '高峰'] },
        { type: 'ministry-response', date: '2017-10-26', actors: ['商務部', '高峰'] },
      ],
    },
    {
      text: [
        ['paragraph', '商务部本月宣布对原产于美国的进口产品发起反倾销调查，新闻发言人高峰26日对此表示，这是一起正常的贸易救济案件。'],
        ['paragraph', '有记者问：中美贸易摩擦是否在加剧？高峰表示，中美经贸关系是互利共赢的。'],
      ],
      published: '2017-10-27',
      events: [
        { type: 'ministry-response', date: '2017-10-26', actors: ['商务部', '高峰'] },
        { type: 'ministry-response', date: '2017-10-26', actors: ['商务部', '高峰'] },
      ],
    },
  ],
  apply: (lex: Lexicon, prep: Prepared, titleStart: number, region: string | undefined) => {
    const sentence = sentenceAt(prep, titleStart);
    const offices = ministriesIn(lex, prep, sentence.start, titleStart, region);
    return offices.length === 1 && offices[0]!.start - sentence.start <= 2 ? offices[0] : undefined;
  },
});

export const pageSpokespeople = rule({
  id: 'speaker.page-spokespeople',
  decides:
    '中國外交部發言人郭嘉昆 (or 陸委會副主委邱垂正, the council’s deputy heads speaking for it) named once on the page makes a bare 郭嘉昆表示 elsewhere on it that ministry’s spokesperson, the ministry named as the page first wrote it.',
  examples: [
    {
      text: [
        ['paragraph', '中國外交部發言人郭嘉昆21日在例行記者會上表示，中方歡迎各國企業來華投資。'],
        ['paragraph', '另有記者提問，中方是否會邀請美國總統訪華？郭嘉昆表示，中方願同美方保持溝通。'],
      ],
      published: '2026-01-22',
      events: [
        { type: 'ministry-response', date: '2026-01-21', actors: ['中國外交部', '郭嘉昆'] },
        { type: 'ministry-response', date: '2026-01-21', actors: ['中國外交部', '郭嘉昆'] },
      ],
    },
    {
      text: [
        ['paragraph', '中国外交部发言人郭嘉昆21日在例行记者会上表示，中方欢迎各国企业来华投资。'],
        ['paragraph', '另有记者提问，中方是否会邀请美国总统访华？郭嘉昆表示，中方愿同美方保持沟通。'],
      ],
      published: '2026-01-22',
      events: [
        { type: 'ministry-response', date: '2026-01-21', actors: ['中国外交部', '郭嘉昆'] },
        { type: 'ministry-response', date: '2026-01-21', actors: ['中国外交部', '郭嘉昆'] },
      ],
    },
    {
      text: [
        ['paragraph', '陸委會副主委邱垂正今日回應表示，我方言行一致、立場堅定。'],
        ['paragraph', '有關台商幹部提及壓力很大，邱垂正回應，台商在中國大陸的處境為難。'],
      ],
      published: '2017-02-16',
      events: [
        { type: 'ministry-response', date: '2017-02-16', actors: ['陸委會', '邱垂正'] },
        { type: 'ministry-response', date: '2017-02-16', actors: ['陸委會', '邱垂正'] },
      ],
    },
  ],
  apply: (
    lex: Lexicon,
    prep: Prepared,
    region: string | undefined,
    into: Map<string, { entry: string; country: string; name?: string }>,
    sentenceOffice = false,
  ) => {
    for (const p of peopleIn(lex, prep)) {
      // 陸委會副主委: the council's deputy heads speak for it at its briefings.
      if (p.titleStart === undefined || !/发言人|副主委/u.test(prep.folded.slice(p.titleStart, p.titleEnd))) continue;
      const ministry =
        ministriesIn(lex, prep, Math.max(0, p.titleStart - 14), p.titleStart, region).pop() ??
        (sentenceOffice ? bareTitleOfSentenceOffice.apply(lex, prep, p.titleStart, region) : undefined);
      if (ministry && !into.has(p.folded))
        into.set(p.folded, {
          entry: ministry.entry,
          country: ministry.country,
          name: nameAsWritten(lex, prep, ministry),
        });
    }
  },
});

export const presiderCarriesOver = rule({
  id: 'briefing.presider-carries-over',
  decides:
    'A transcript split by a reprinted headline or a 【記者會實錄】 label goes on with the spokesperson who presided before it: 答： in the next story is theirs.',
  examples: [
    {
      text: [
        ['headline', '2025年3月7日外交部發言人毛寧主持例行記者會', 'a'],
        ['paragraph', '問：中方如何看待當前中歐關係？', 'a'],
        ['paragraph', '答：中方願同歐方加強對話。', 'a'],
        ['headline', '中方堅決反對美方加徵關稅', 'b'],
        ['paragraph', '問：美方宣布對華商品加徵關稅，中方有何回應？', 'b'],
        ['paragraph', '答：中方堅決反對，將採取必要措施。', 'b'],
      ],
      published: '2025-03-08',
      events: [
        { type: 'ministry-response', date: '2025-03-07', actors: ['外交部', '毛寧'] },
        { type: 'ministry-response', date: '2025-03-07', actors: ['外交部', '毛寧'] },
      ],
    },
    {
      text: [
        ['headline', '2025年3月7日外交部发言人毛宁主持例行记者会', 'a'],
        ['paragraph', '问：中方如何看待当前中欧关系？', 'a'],
        ['paragraph', '答：中方愿同欧方加强对话。', 'a'],
        ['headline', '中方坚决反对美方加征关税', 'b'],
        ['paragraph', '问：美方宣布对华商品加征关税，中方有何回应？', 'b'],
        ['paragraph', '答：中方坚决反对，将采取必要措施。', 'b'],
      ],
      published: '2025-03-08',
      events: [
        { type: 'ministry-response', date: '2025-03-07', actors: ['外交部', '毛宁'] },
        { type: 'ministry-response', date: '2025-03-07', actors: ['外交部', '毛宁'] },
      ],
    },
  ],
  apply: () => true,
});

// 「问：」「答：」 opening a passage (folded text).
const QUESTION_OPENS = /^\s*问[：:]/u;
const ANSWER_OPENS = /^\s*答[：:]/u;
// An answer speaking for China: 中方, 中国政府, 我国, 中国多次重申.
const SPEAKS_FOR_CHINA = /中方|中国政府|我国|中国(?:在这|一贯|一向|多次|始终|坚决|坚定)/u;

export const unnamedTranscript = rule({
  id: 'briefing.unnamed-transcript',
  decides:
    'A page of 问：/答： turns (two questions, or one on a page that opens inside an answer) that names no spokesperson and no day, whose answers speak for China (中方), is a regular briefing of the publication day: of the one office named above the questions (外交部評…言論), else of the Chinese foreign ministry.',
  examples: [
    {
      text: [
        ['paragraph', '問：澳方發表國防白皮書，稱將加強軍備。中方如何看待？'],
        ['paragraph', '答：中國堅持走和平發展道路，中方的國防政策是防禦性的。'],
        ['paragraph', '問：有報道說美方將派特使訪華，你能否證實？'],
        ['paragraph', '答：我沒有得到這方面的具體信息。'],
      ],
      published: '2009-05-06',
      events: [
        { type: 'ministry-response', date: '2009-05-06', actors: ['外交部'] },
        { type: 'ministry-response', date: '2009-05-06', actors: ['外交部'] },
      ],
    },
    {
      text: [
        ['paragraph', '问：澳方发表国防白皮书，称将加强军备。中方如何看待？'],
        ['paragraph', '答：中国坚持走和平发展道路，中方的国防政策是防御性的。'],
        ['paragraph', '问：有报道说美方将派特使访华，你能否证实？'],
        ['paragraph', '答：我没有得到这方面的具体信息。'],
      ],
      published: '2009-05-06',
      events: [
        { type: 'ministry-response', date: '2009-05-06', actors: ['外交部'] },
        { type: 'ministry-response', date: '2009-05-06', actors: ['外交部'] },
      ],
    },
    {
      text: [
        ['headline', '商務部評美方加徵關稅：損人不利己'],
        ['paragraph', '問：美方宣布對華商品加徵關稅，中方如何回應？'],
        ['paragraph', '答：中方堅決反對，將採取必要措施。'],
        ['paragraph', '問：中美經貿磋商是否會繼續？'],
        ['paragraph', '答：中方的立場是一貫的、明確的。'],
      ],
      published: '2019-12-20',
      events: [
        { type: 'ministry-response', date: '2019-12-20', actors: ['商務部'] },
        { type: 'ministry-response', date: '2019-12-20', actors: ['商務部'] },
      ],
    },
    {
      text: [
        ['headline', '商务部评美方加征关税：损人不利己'],
        ['paragraph', '问：美方宣布对华商品加征关税，中方如何回应？'],
        ['paragraph', '答：中方坚决反对，将采取必要措施。'],
        ['paragraph', '问：中美经贸磋商是否会继续？'],
        ['paragraph', '答：中方的立场是一贯的、明确的。'],
      ],
      published: '2019-12-20',
      events: [
        { type: 'ministry-response', date: '2019-12-20', actors: ['商务部'] },
        { type: 'ministry-response', date: '2019-12-20', actors: ['商务部'] },
      ],
    },
    {
      text: [
        ['paragraph', '答：關於第一個問題，請你向主管部門了解。我想強調的是，中國政府高度重視。'],
        ['paragraph', '問：中方是否擔心海外人員的安全？'],
        ['paragraph', '答：中國政府一向高度重視中國在海外人員的安危。'],
      ],
      published: '2016-12-20',
      events: [
        { type: 'ministry-response', date: '2016-12-20', actors: ['外交部'] },
        { type: 'ministry-response', date: '2016-12-20', actors: ['外交部'] },
      ],
    },
    {
      text: [
        ['paragraph', '答：关于第一个问题，请你向主管部门了解。我想强调的是，中国政府高度重视。'],
        ['paragraph', '问：中方是否担心海外人员的安全？'],
        ['paragraph', '答：中国政府一向高度重视中国在海外人员的安危。'],
      ],
      published: '2016-12-20',
      events: [
        { type: 'ministry-response', date: '2016-12-20', actors: ['外交部'] },
        { type: 'ministry-response', date: '2016-12-20', actors: ['外交部'] },
      ],
    },
  ],
  leaves: [
    {
      text: [
        ['paragraph', '本報記者專訪駐英國大使。'],
        ['paragraph', '問：中英關係前景如何？'],
        ['paragraph', '答：中方願同英方加強合作。'],
        ['paragraph', '問：你如何看待兩國經貿往來？'],
        ['paragraph', '答：雙方合作潛力巨大。'],
      ],
      published: '2024-05-06',
      events: [],
    },
  ],
  apply: (lex: Lexicon, passages: readonly Prepared[], published: string, simplified: boolean, region?: string) => {
    const texts = passages.map((p) => p.folded);
    const first = texts.findIndex((t) => QUESTION_OPENS.test(t));
    // Two answers at least, and two questions, or one when the page opens inside an answer (a transcript's second page).
    const opensAnswering = texts.findIndex((t) => ANSWER_OPENS.test(t)) < first;
    if (
      texts.filter((t) => ANSWER_OPENS.test(t)).length < 2 ||
      texts.filter((t) => QUESTION_OPENS.test(t)).length < (opensAnswering ? 1 : 2)
    )
      return undefined;
    // What is said between the questions: the answers and the paragraphs that go on with them.
    if (!texts.some((t, i) => i > first && !QUESTION_OPENS.test(t) && SPEAKS_FOR_CHINA.test(t))) return undefined;
    // Anyone named or titled before the questions (专访驻英国大使) is who answers.
    const named = (p: Prepared) =>
      peopleIn(lex, p, 0, p.folded.length).length > 0 || lex.titles.all(p.folded, 0, p.folded.length).length > 0;
    const lead = passages.slice(0, first);
    if (lead.some(named)) return undefined;
    // An office named there alone (外交部評…言論) speaks; else China's foreign ministry, as the data names it.
    const offices = lead.flatMap((p) => ministriesIn(lex, p, 0, p.folded.length, region));
    if (new Set(offices.map((o) => o.id)).size > 1) return undefined;
    const [ministry] = offices.length ? offices : findMinistries(lex, '外交部', 0, 3, 'CN');
    if (!ministry) return undefined;
    return {
      presider: { ministry: { ...ministry, start: 0, end: 0, name: ministryName(ministry.entry, simplified) } },
      briefingDay: { date: published, precision: 'day' as const, because: [unnamedTranscript.id] },
    };
  },
});

/** Every rule of this file. */
// 主持例行記者會, 舉行例行新聞發布會, 召開記者會, 主持外交部例行記者會: the line that tells of the briefing itself.
export const PRESIDES =
  /(?:主持|举行|召开)(?:了)?(?:[\u4e00-\u9fff]{1,5}?(?:部|办|委会|署))?(?:当天的|今天的|例行|定期)*(?:新闻)?(?:记者会|发布会|吹风会|记者招待会)/u;

export const presidingLineJoinsFirstAnswer = rule({
  id: 'briefing.presiding-line-joins-first-answer',
  decides:
    '「11月14日，外交部發言人林劍主持例行記者會。」「8月2日，華春瑩主持外交部例行記者會。」: the line that tells who held the briefing states the briefing its answers belong to; it is listed with the first answer given there.',
  examples: [
    {
      text: [
        ['paragraph', '11月14日，外交部發言人林劍主持例行記者會。'],
        ['paragraph', '有記者提問，日本首相近日涉台言論，中方有何回應？'],
        ['paragraph', '林劍表示，中方堅決反對，已向日方提出嚴正交涉。'],
      ],
      published: '2025-11-14',
      events: [{ type: 'ministry-response', date: '2025-11-14', actors: ['外交部', '林劍'], passages: 3 }],
    },
    {
      text: [
        ['paragraph', '11月14日，外交部发言人林剑主持例行记者会。'],
        ['paragraph', '有记者提问，日本首相近日涉台言论，中方有何回应？'],
        ['paragraph', '林剑表示，中方坚决反对，已向日方提出严正交涉。'],
      ],
      published: '2025-11-14',
      events: [{ type: 'ministry-response', date: '2025-11-14', actors: ['外交部', '林剑'], passages: 3 }],
    },
    {
      text: [
        ['paragraph', '8月2日，華春瑩主持外交部例行記者會。'],
        ['paragraph', '問：美方宣布將對中國輸美商品加徵關稅，你對此有何評論？'],
        ['paragraph', '答：美方此舉嚴重違背兩國元首會晤共識。'],
      ],
      published: '2019-08-03',
      events: [{ type: 'ministry-response', date: '2019-08-02', actors: ['外交部', '華春瑩'], passages: 3 }],
    },
    {
      text: [
        ['paragraph', '8月2日，华春莹主持外交部例行记者会。'],
        ['paragraph', '问：美方宣布将对中国输美商品加征关税，你对此有何评论？'],
        ['paragraph', '答：美方此举严重违背两国元首会晤共识。'],
      ],
      published: '2019-08-03',
      events: [{ type: 'ministry-response', date: '2019-08-02', actors: ['外交部', '华春莹'], passages: 3 }],
    },
  ],
  apply: (sentence: string, state: BriefingState): BriefingState['opening'] =>
    state.presider && PRESIDES.test(sentence) ? { ministry: state.presider.ministry.id } : undefined,
});

// 「首先我發布兩條消息：」: the spokesperson gives out news before the questions.
const GIVES_OUT_NEWS = /发布[^，。！？]{0,4}消息/u;
// 「應越南國家主席邀請，國家副主席將於5月20日…訪問」: news of a visit or a meeting ahead.
const ANNOUNCES = /(?:^|[：:，,。])\s*应[^，。]{2,80}邀请|将(?:于|在)[^，。]{0,30}(?:访问|出席|举行|访华)/u;

export const announcementsAnswerNothing = rule({
  id: 'briefing.announcements-answer-nothing',
  decides:
    '「外交部發言人秦剛主持例行記者會。」「秦剛：各位下午好！首先我發布兩條消息：」「應越南國家主席邀請，國家副主席將於5月20日至23日對越南進行正式訪問。」 with no answer printed after them (a transcript cut off before its first question is answered): news given out of visits and meetings ahead answers no question, so the opening, the greeting and the news make no response; a statement under the greeting (中方深表哀悼) still does.',
  examples: [
    {
      text: [
        ['paragraph', '5月10日下午，外交部發言人秦剛主持例行記者會。'],
        ['paragraph', '秦剛：各位下午好！首先我發布兩條消息：'],
        ['paragraph', '應越南國家主席邀請，國家副主席將於5月20日至23日對越南進行正式訪問。'],
      ],
      published: '2008-05-11',
      events: [],
    },
    {
      text: [
        ['paragraph', '5月10日下午，外交部发言人秦刚主持例行记者会。'],
        ['paragraph', '秦刚：各位下午好！首先我发布两条消息：'],
        ['paragraph', '应越南国家主席邀请，国家副主席将于5月20日至23日对越南进行正式访问。'],
      ],
      published: '2008-05-11',
      events: [],
    },
  ],
  leaves: [
    {
      text: [
        ['paragraph', '5月10日下午，外交部發言人秦剛主持例行記者會。'],
        ['paragraph', '秦剛：各位下午好！首先我發布一條消息：'],
        ['paragraph', '中方對緬甸遭受強熱帶風暴襲擊深表同情，決定向緬方提供緊急人道主義援助。'],
      ],
      published: '2008-05-11',
      events: [{ type: 'ministry-response', date: '2008-05-10', actors: ['外交部', '秦剛'] }],
    },
    {
      text: [
        ['paragraph', '5月10日下午，外交部发言人秦刚主持例行记者会。'],
        ['paragraph', '秦刚：各位下午好！首先我发布一条消息：'],
        ['paragraph', '中方对缅甸遭受强热带风暴袭击深表同情，决定向缅方提供紧急人道主义援助。'],
      ],
      published: '2008-05-11',
      events: [{ type: 'ministry-response', date: '2008-05-10', actors: ['外交部', '秦刚'] }],
    },
  ],
  apply: (group: readonly Mention[], greeting: string): boolean => {
    if (!group.every((m) => m.opening)) return false;
    const turn = group.filter((m) => m.because.has(greeting)).map((m) => fold(m.passage.text));
    return turn.some((t) => GIVES_OUT_NEWS.test(t)) && turn.some((t) => ANNOUNCES.test(t));
  },
});

export const BRIEFING_RULES = [
  announcementsAnswerNothing,
  presidingLineJoinsFirstAnswer,
  presiderCarriesOver,
  unnamedTranscript,
  timeLabel,
  reporterTurn,
  questionCue,
  briefingCue,
  briefingInQuestion,
  dayBeforeCue,
  dayInBrackets,
  followUp,
  askedOnThis,
  questionOnThis,
  distinctQuestions,
  spokespersonPresides,
  officeHeadPresides,
  spokespersonOfTheBriefing,
  knownSpokespersonPresides,
  pageSpokespeople,
  relayedTranscript,
  bareTitleOfSentenceOffice,
];
