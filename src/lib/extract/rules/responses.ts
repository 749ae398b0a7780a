/**
 * Ministry responses: which cue words in a sentence are a ministry's answer (speaker and
 * drop rules), what it answers (topic rules) and when it was given (date rules).
 */
import { hash64 } from '../../hash.ts';
import { rule, type Rule } from '../engine.ts';
import { peopleIn, type PersonMention } from '../actors.ts';
import { countryEndingAt, ministriesIn, ministryHeaded, ministryName, type MinistryMention } from '../ministries.ts';
import { findTriggers } from '../triggers.ts';
import { hasPlan } from '../nonevents.ts';
import { clauseEnd, clauseStart, originalSlice, type Sentence } from '../text.ts';
import { asWritten, speakersIn, type Scope } from '../scope.ts';
import { topicOf, type Topic } from '../topics.ts';
import { textBefore, type BriefingState } from '../questions.ts';
import { fold } from '../fold.ts';
import type { DateValue } from '../dates.ts';
import type { MentionPerson } from '../mention.ts';

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
export function isSpokesperson(scope: Scope, p: PersonMention | undefined): boolean {
  return !!p && (!!p.person?.ministry || scope.spokespeople.has(p.folded) || (p.titleStart !== undefined && /发言人/u.test(scope.prep.folded.slice(p.titleStart, p.titleEnd))));
}

export const ministerInOwnMeeting = rule({
  id: 'speaker.minister-in-own-meeting',
  decides: '「王毅在會見X時表示」: a minister speaking in the meeting he holds is that meeting, not a response.',
  examples: [],
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
  decides: '「發言人毛寧昨日在例行記者會上，就日本…一事回應稱」: a clause with no speaker of its own takes the sentence’s, up to 60 characters back.',
  examples: [],
  apply: (c: ResponseCandidate, clause: number) => {
    const bare = !speakersIn(c.scope, clause, c.verb.start).length && !ministriesIn(c.scope.lex, c.scope.prep, clause, c.verb.start, c.scope.region).length;
    return bare ? Math.max(c.scope.sentence.start, c.verb.start - 60) : undefined;
  },
});

type SpeakerRule = Rule<(c: ResponseCandidate) => Speaker | null | undefined>;
// The ministry as written, with the country written right before it (中國外交部, 美國國務院).
const named = (scope: Scope, m: MinistryMention) => ({ ...m, name: originalSlice(scope.prep, countryEndingAt(scope.lex, scope.prep.folded, m.start)?.start ?? m.start, m.end) });

/** Who gives the response: the first rule with an answer decides (null: nobody, so no response). */
export const SPEAKERS: SpeakerRule[] = [
  rule({
    id: 'speaker.answer-turn-is-presider',
    decides: 'An answer turn of a transcript (答：…) is given by the spokesperson presiding.',
    examples: [],
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
    decides: '他在回答…時表示, 發言人指出: a pronoun or a bare 發言人 is the spokesperson the story already named.',
    examples: [],
    apply: (c) => {
      const s = text(c);
      const { presider } = c.state;
      if (!presider || !/^(他|她|该发言人|发言人|该负责人)/u.test(s.slice(c.from, c.verb.start)) || speakersIn(c.scope, c.from, c.verb.start).length) return undefined;
      return { ...presider, start: c.from };
    },
  }),
  rule({
    id: 'speaker.minister-before-press',
    decides: '陸委會主委陳明通召開記者會表示, 外交部長王毅回應: a minister or office head speaks for the ministry when before the press.',
    examples: [],
    apply: (c) => {
      const { lex, prep, sentence, region } = c.scope;
      const s = prep.folded;
      const last = speakersIn(c.scope, c.from, c.verb.start).pop();
      if (!last || isSpokesperson(c.scope, last) || last.titleStart === undefined) return undefined;
      const ministry = ministriesIn(lex, prep, c.from, c.verb.start, region).pop();
      const head = ministryHeaded(lex, s, last.titleStart, last.titleEnd!, ministry, region);
      const verbEnd = c.verb.start + (lex.responseVerbs.at(s, c.verb.start)?.phrase.length ?? 0);
      if (!head || !lex.pressCues.has(s, sentence.start, verbEnd)) return undefined;
      if (c.scope.rules.when(ministerInOwnMeeting, undefined, () => ministerInOwnMeeting.apply(c.scope, last.end, c.verb.start))) return undefined;
      // An ambassador speaks for his foreign ministry, named as his title is written (中國駐英大使).
      const posted = /大使$/u.test(s.slice(last.titleStart, last.titleEnd)) ? /(?:[\u4e00-\u9fff]{1,4}?)?驻[\u4e00-\u9fff]{1,6}$/u.exec(s.slice(Math.max(0, last.titleStart - 11), last.titleStart)) : null;
      const name = posted
        ? originalSlice(prep, last.titleStart - posted[0].length, last.titleEnd!)
        : head.end > head.start
          ? originalSlice(prep, head.start, head.end)
          : ministryName(head.entry, c.scope.simplified);
      return { ministry: { ...head, name }, person: asWritten(c.scope, last), start: Math.min(head.start, last.titleStart) };
    },
  }),
  rule({
    id: 'speaker.someone-else-speaks',
    decides: '「X國總統表示」: a person who is no spokesperson, named after any ministry, is speaking for himself: no ministry’s response.',
    examples: [],
    apply: (c) => {
      const last = speakersIn(c.scope, c.from, c.verb.start).pop();
      const ministry = ministriesIn(c.scope.lex, c.scope.prep, c.from, c.verb.start, c.scope.region).pop();
      return last && !isSpokesperson(c.scope, last) && (!ministry || last.start > ministry.start) ? null : undefined;
    },
  }),
  rule({
    id: 'speaker.ministry-named',
    decides: '外交部發言人毛寧表示, 商務部表示: the ministry named before the verb responds, with its spokesperson when named.',
    examples: [],
    apply: (c) => {
      const ministry = ministriesIn(c.scope.lex, c.scope.prep, c.from, c.verb.start, c.scope.region).pop();
      if (!ministry) return undefined;
      const last = speakersIn(c.scope, c.from, c.verb.start).pop();
      const person = isSpokesperson(c.scope, last) ? asWritten(c.scope, last!) : undefined;
      return { ministry: named(c.scope, ministry), ...(person ? { person } : {}), start: ministry.start };
    },
  }),
  rule({
    id: 'speaker.capital-for-government',
    decides: '「北京昨日表示，此事將對中新關係帶來嚴重後果」: a capital heading its clause, right before the verb (a day between), speaks for its government; its foreign ministry answers, named as written.',
    examples: [],
    apply: (c) => {
      const s = text(c);
      const clause = clauseStart(s, c.verb.start, c.scope.sentence.start);
      const hit = c.scope.lex.capitals.at(s, clause);
      if (!hit) return undefined;
      const between = s.slice(hit.end, c.verb.start);
      if (between && !c.scope.dates.some((d) => d.start === hit.end && d.end === c.verb.start) && !/^(?:也|亦|则|随即|即|再度|再次|已|已经|更)$/u.test(between)) return undefined;
      const country = hit.value;
      const name = originalSlice(c.scope.prep, hit.start, hit.end);
      const ministry = { start: hit.start, end: hit.end, folded: hit.phrase, name, id: `${country.toLowerCase()}-mfa`, entry: 'mfa', country, en: '' };
      return { ministry, start: hit.start };
    },
  }),
  rule({
    id: 'speaker.known-spokesperson',
    decides: '毛寧表示: a spokesperson known from the data or named earlier on the page speaks for that ministry.',
    examples: [],
    apply: (c) => {
      const last = speakersIn(c.scope, c.from, c.verb.start).pop();
      if (!last || !isSpokesperson(c.scope, last)) return undefined;
      const person = asWritten(c.scope, last);
      const known = person.person?.ministry ? { entry: person.person.ministry, country: person.person.country } : c.scope.spokespeople.get(person.folded);
      if (!known) return undefined;
      const onPage = c.scope.spokespeople.get(person.folded);
      const name = (onPage?.entry === known.entry && onPage.name) || ministryName(known.entry, c.scope.simplified);
      const ministry = { start: person.start, end: person.start, folded: fold(name), name, id: `${known.country.toLowerCase()}-${known.entry}`, entry: known.entry, country: known.country, en: '' };
      return { ministry, person, start: person.start };
    },
  }),
];

/** Chinese characters in a text: how much a clause says, punctuation and Latin aside. */
const hanCount = (t: string) => t.replace(/[^\p{Script=Han}]/gu, '').length;

type DropRule = Rule<(c: ResponseCandidate, speaker: Speaker) => 'drop' | undefined>;

// 问：, 记者：, 总台央视记者：, 记者（共同社）：: a reporter's turn.
export const QUESTION_TURN = /^\s*(?:问|[\u4e00-\u9fff]{0,10}记者(?:\s*[（(][^）)]{0,20}[）)])?)\s*[：:]/u;

export const announcementNeedsSpokesperson = rule({
  id: 'response.announcement-needs-spokesperson',
  decides: '「華春瑩今天宣布」 is the ministry speaking; 「日本駐華使館20日已宣布恢復簽證」「美方宣布加徵關稅」 are acts, not answers: 宣布 counts only from a named spokesperson.',
  examples: [],
  apply: (c: ResponseCandidate, speaker: Speaker) => {
    if (!/^宣[布佈]/u.test(text(c).slice(c.verb.start, c.verb.start + 2))) return false;
    const p = speaker.person;
    // The spokesperson is the one announcing: only a day or an adverb between them (「就美方宣布加徵關稅答記者問」 is another's act).
    return !(p && isSpokesperson(c.scope, p) && p.end <= c.verb.start && /^[^，,。就对关针方]{0,8}$/u.test(text(c).slice(p.end, c.verb.start)));
  },
});

/** Why a sentence with a speaker and a cue gives no response, in the order tried. */
export const RESPONSE_DROPS: DropRule[] = [
  rule({
    id: 'response.greeting-turn',
    decides: '「秦剛：各位下午好。」「下面請大家提問」: a turn that only greets or opens the floor answers nothing.',
    examples: [],
    apply: (c) => {
      if (!c.answer) return undefined;
      const said = text(c).slice(c.verb.end, c.scope.sentence.end).trim();
      return /^(?:各位|大家|女士们|先生们|记者朋友们)[^。！!]{0,8}(?:好|早)[。！!]?$|^下面请(?:大家)?提问/u.test(said) ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'response.in-question-turn',
    decides: '「問：美國國務卿克里24日發表書面聲明…中方對此有何回應？」: what a reporter’s turn quotes is the question’s matter, not a response given at the briefing.',
    examples: [],
    apply: (c) => (QUESTION_TURN.test(text(c)) || c.scope.lex.questionTurnPattern.test(text(c)) ? 'drop' : undefined),
  }),
  rule({
    id: 'response.question-is-no-answer',
    decides: 'A sentence that ends in a question mark after the cue (…中方對此有何回應？) asks; it does not answer.',
    examples: [],
    apply: (c) => {
      const { start, end } = c.scope.sentence;
      const s = text(c);
      return /[？?]/u.test(s.slice(start, end)) && !/[，,：:]/u.test(s.slice(c.verb.end, end)) ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'response.other-occasion',
    decides: '此前曾表示, 上次回應: a statement recalled from another occasion.',
    examples: [],
    apply: (c, speaker) => (c.scope.lex.nonEvent.otherOccasion.has(text(c), clauseStart(text(c), speaker.start, c.scope.sentence.start), c.verb.end) ? 'drop' : undefined),
  }),
  rule({
    id: 'response.hypothetical',
    decides: '如果外交部表示: a hypothetical statement.',
    examples: [],
    apply: (c, speaker) => (c.scope.lex.nonEvent.hypothetical.has(text(c), clauseStart(text(c), speaker.start, c.scope.sentence.start), speaker.start) ? 'drop' : undefined),
  }),
  rule({
    id: 'response.negated',
    decides: '外交部未回應, 沒有表示: no statement was made.',
    examples: [],
    apply: (c, speaker) => {
      const cStart = clauseStart(text(c), speaker.start, c.scope.sentence.start);
      return c.scope.lex.nonEvent.negation.has(text(c), Math.max(cStart, speaker.start - 3), speaker.start) ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'response.visit-announcement',
    decides: 'A transcript turn before any question that announces a visit (應…邀請，…將於…訪問) is the briefing’s news, not an answer.',
    examples: [],
    apply: (c) => (c.answer && !c.state.openQuestion && hasPlan(c.scope.lex, text(c), 0, text(c).length) ? 'drop' : undefined),
  }),
];

export const declinedWithPosition = rule({
  id: 'response.declined-with-position',
  decides: '「保持著溝通，目前沒有可以發布的消息」: a reply that declines still answers when the same sentence states a position.',
  examples: [],
  apply: (c: ResponseCandidate) => {
    const { lex } = c.scope;
    const clauses = text(c).slice(c.verb.end, c.scope.sentence.end).split(/[，,；;：:“”「」]/u);
    // (关于高层交往，我们会适时发布消息: a clause that only names the topic states nothing.)
    return clauses.some((x) => hanCount(x) >= 6 && !lex.nonEvent.declined.has(x) && !lex.topicLeads.at(x, 0) && !/^(?:有关|至于)/u.test(x));
  },
});

export const declinedThenPosition = rule({
  id: 'response.declined-then-position',
  decides: 'In a transcript’s answer turn, a declining sentence followed by one that states a position is an answer, stated there.',
  examples: [],
  apply: (c: ResponseCandidate): Sentence | undefined => {
    if (!c.answer) return undefined;
    const { prep, lex } = c.scope;
    const s = prep.folded;
    return prep.sentences.find((x) => x.start >= c.scope.sentence.end && !lex.nonEvent.declined.has(s, x.start, x.end) && hanCount(s.slice(x.start, x.end)) >= 8);
  },
});

export const declined = rule({
  id: 'response.declined',
  decides: '「我沒有可以提供的信息」「請向主管部門詢問」: a reply that only declines is no response.',
  examples: [],
  apply: (c: ResponseCandidate): 'drop' | Sentence | undefined => {
    const { lex, sentence, rules } = c.scope;
    if (!lex.nonEvent.declined.has(text(c), sentence.start, sentence.end)) return undefined;
    if (rules.when(declinedWithPosition, c, () => declinedWithPosition.apply(c))) return undefined;
    return rules.first([declinedThenPosition], c, c) ?? 'drop';
  },
});

// 回答記者提問, 答記者問 with nothing after: the briefing itself, not an answer on a topic.
const GENERIC_ANSWER = /^(?:回答|答)(?:了)?(?:记者|媒体)?(?:的)?(?:提问|问题|问|关心的问题)?$/u;

export const briefingOpening = rule({
  id: 'response.briefing-opening',
  decides: '「發言人X在例行記者會上回答記者提問」with no topic: it opens the briefing and joins the first answer given there.',
  examples: [],
  apply: (c: ResponseCandidate, speaker: Speaker) => GENERIC_ANSWER.test(text(c).slice(c.verb.start, clauseEnd(text(c), c.verb.end, c.scope.sentence.end))) && !leadTopic(c, speaker),
});

export const topicLeadWords = rule({
  id: 'topic.lead-words',
  decides: '對於, 關於, 針對, 有關, 就 … before the verb name what is answered.',
  examples: [],
  apply: (c: ResponseCandidate, speaker: Speaker): Topic | undefined => {
    const { lex, sentence } = c.scope;
    const s = text(c);
    for (const lead of lex.topicLeads.all(s, sentence.start, c.verb.start)) {
      // 就 before the speaker leads a topic only at the head of a clause (「在同一記者會上，就X，趙立堅表示」).
      const clauseHead = lead.start === sentence.start || /[，,：:；;]/u.test(s[lead.start - 1] ?? '');
      if (lead.phrase === '就' && ((lead.start < speaker.start && !clauseHead) || /^就(此|是|要|会|在)/u.test(s.slice(lead.start, lead.start + 2)))) continue;
      // 有关 leads a topic only at the head of a clause, and not as 有关负责人 (the official concerned).
      if (lead.phrase === '有关' && (!clauseHead || /^有关(?:负责人|部门|方面|人士|官员|单位|国家|各方)/u.test(s.slice(lead.start, lead.start + 5)))) continue;
      const end = lead.start < speaker.start ? speaker.start : c.verb.start;
      if (end - lead.end >= 2) return topicOf(lex, s.slice(lead.end, end));
    }
    return undefined;
  },
});

export const topicThis = rule({
  id: 'topic.this',
  decides: '對此, 就此 before the verb, or 此 right after it (「澳洲宣布禁用TikTok，毛寧稱此違反…」): the answer is about what came just before, in its sentence when the sentence opens with it.',
  examples: [],
  apply: (c: ResponseCandidate, speaker: Speaker): Topic | undefined => {
    const s = text(c);
    if (c.scope.lex.thisCues.has(s, Math.max(c.scope.sentence.start, speaker.start - 4), c.verb.start)) return topicOf(c.scope.lex, textBefore(c.scope, c.state));
    if (!/^[此这]/u.test(s.slice(c.verb.end, c.verb.end + 1))) return undefined;
    const opening = s.slice(c.scope.sentence.start, speaker.start);
    return topicOf(c.scope.lex, hanCount(opening) >= 6 ? opening : textBefore(c.scope, c.state));
  },
});

function leadTopic(c: ResponseCandidate, speaker: Speaker): Topic | undefined {
  return c.scope.rules.first([topicLeadWords, topicThis], undefined, c, speaker);
}

type TopicRule = Rule<(c: ResponseCandidate, speaker: Speaker) => Topic | undefined>;

/** What the response answers: the first rule with an answer decides. */
export const TOPICS: TopicRule[] = [
  rule({
    id: 'topic.another-point',
    decides: '「另外，有關裴洛西的邀訪，外交部表示…」: a sentence that opens with 另外 or 此外 is another point of the same speaker, never merged with the one before even when no known topic tells them apart.',
    examples: [],
    apply: (c, speaker) => {
      const s = text(c);
      const { start } = c.scope.sentence;
      if (!c.scope.lex.furtherPoint.at(s, start) || speaker.start - start > 60) return undefined;
      const topic = topicOf(c.scope.lex, s.slice(start, c.scope.sentence.end));
      return topic.entry ? topic : { ...topic, key: `t${hash64(`another:${s.slice(start, start + 24)}`).slice(0, 6)}` };
    },
  }),
  rule({
    id: 'topic.headline',
    decides: 'A headline’s response is about what the headline says.',
    examples: [],
    apply: (c) => (c.scope.role === 'headline' ? topicOf(c.scope.lex, text(c)) : undefined),
  }),
  topicLeadWords,
  topicThis,
  rule({
    id: 'topic.further-point',
    decides: '「朱鳳蓮還表示，…」: another point of the briefing, about what follows the verb.',
    examples: [],
    apply: (c, speaker) =>
      c.scope.lex.furtherPoint.has(text(c), Math.max(c.scope.sentence.start, speaker.start - 3), c.verb.start + 4) ? topicOf(c.scope.lex, text(c).slice(c.verb.start, c.scope.sentence.end)) : undefined,
  }),
  rule({
    id: 'topic.open-question',
    decides: 'An answer after a question (有記者問, 問：) is about that question.',
    examples: [],
    apply: (c) => c.state.openQuestion,
  }),
  rule({
    id: 'topic.ministry-last-answer',
    decides: 'With nothing else to go on, a ministry goes on with its last answer’s topic.',
    examples: [],
    apply: (c, speaker) => c.state.lastByMinistry.get(speaker.ministry.id)?.topic,
  }),
  rule({
    id: 'topic.around',
    decides: 'Otherwise the topic is read from the sentence and the 120 characters before it.',
    examples: [],
    apply: (c) => topicOf(c.scope.lex, text(c).slice(Math.max(0, c.scope.sentence.start - 120), c.scope.sentence.end)),
  }),
];

// A byline or dateline opening a sentence: 本报讯（记者钱瑞）, 新华社北京1月8日电, 【大公報訊】.
const BYLINE_LEAD = /^.{0,24}?(?:讯|报道|电)(?:[）)】」\]]|\s*[（(【][^（）()【】]{0,16}[）)】])?[：:，,\s]*/u;
const pick = (d: DateValue): DateValue => ({ date: d.date, precision: d.precision, ...(d.partOfDay ? { partOfDay: d.partOfDay } : {}) });
const last = (c: ResponseCandidate, speaker: Speaker) => c.state.lastByMinistry.get(speaker.ministry.id);

type DateRule = Rule<(c: ResponseCandidate, speaker: Speaker) => DateValue | undefined>;

/** When the response was given: the first rule with an answer decides. */
export const RESPONSE_DATES: DateRule[] = [
  rule({
    id: 'response.date-written',
    decides: 'A date between the speaker and the verb, or at the sentence’s head after a byline, dates the response (外交部發言人毛寧4日表示).',
    examples: [],
    apply: (c, speaker) => {
      const { sentence, dates, prep } = c.scope;
      const lead = sentence.start + (BYLINE_LEAD.exec(prep.folded.slice(sentence.start, speaker.start))?.[0].length ?? 0);
      const candidates = dates.filter((d) => (d.start >= speaker.start && d.end <= c.verb.start) || (d.start <= lead + 3 && d.end <= speaker.start));
      // 就近期出口管制问题答记者问: 近期 describes the questions; a day beside it dates the answers.
      const own = candidates.find((d) => d.precision !== 'approximate') ?? candidates[0];
      if (!own) return undefined;
      for (const id of own.because) c.because.add(id);
      return pick(own);
    },
  }),
  rule({
    id: 'response.headline-undated',
    decides: 'A headline’s response with no date of its own stays undated: it joins the body’s.',
    examples: [],
    apply: (c) => (c.scope.role === 'headline' ? { date: null, precision: 'unknown' } : undefined),
  }),
  rule({
    id: 'response.date-briefing-of-question',
    decides: '有記者追問…束珏婷表示: an answer to a question put at this ministry’s briefing is given on the briefing’s day.',
    examples: [],
    apply: (c, speaker) => (c.state.openQuestion && c.state.briefingDay && (c.state.briefingMinistry ?? speaker.ministry.id) === speaker.ministry.id ? c.state.briefingDay : undefined),
  }),
  rule({
    id: 'response.date-ministry-later',
    decides: '國防部發言人還表示 after another office’s dated briefing: the ministry keeps its own latest day.',
    examples: [],
    apply: (c, speaker) => {
      const l = last(c, speaker);
      return l && (l.seq ?? 0) > (c.state.briefingSeq ?? 0) ? l.when : undefined;
    },
  }),
  rule({
    id: 'response.date-other-office-briefing',
    decides: '「中國外交部發言人毛寧昨天在例行記者會上…。蕭光偉回應」: another office’s briefing does not re-date this ministry’s answers.',
    examples: [],
    apply: (c, speaker) => {
      const l = last(c, speaker);
      return l && c.state.briefingMinistry && c.state.briefingMinistry !== speaker.ministry.id ? l.when : undefined;
    },
  }),
  rule({
    id: 'response.date-briefing',
    decides: 'An undated answer in a briefing’s report was given on the briefing’s day.',
    examples: [],
    apply: (c) => c.state.briefingDay,
  }),
  rule({
    id: 'response.date-ministry-last',
    decides: 'An undated answer of a ministry that answered before in the story takes that answer’s day.',
    examples: [],
    apply: (c, speaker) => last(c, speaker)?.when,
  }),
  rule({
    id: 'response.date-story-day',
    decides: 'Otherwise an undated answer in the body was given on the day the story reports (its dateline or lead).',
    examples: [],
    apply: (c) => (c.scope.role === 'body' && c.scope.storyDay ? { date: c.scope.storyDay, precision: 'day' } : undefined),
  }),
];

export const answerTurn = rule({
  id: 'response.answer-turn',
  decides: 'A transcript’s answer turn (答：, 發言人：, 外務報道官：) is a response cue.',
  examples: [],
  apply: (c: { scope: Scope }) => c.scope.lex.answerCues.at(text(c), c.scope.sentence.start),
});

export const presiderTurn = rule({
  id: 'response.presider-turn',
  decides: '陳明通：… at a paragraph’s head: the presiding speaker’s name and a colon open an answer turn.',
  examples: [],
  apply: (c: { scope: Scope; state: BriefingState }) => {
    const s = text(c);
    const name = c.state.presider?.person?.folded;
    if (!name || c.scope.sentence.start !== 0 || !s.startsWith(name) || !/^[：:]/u.test(s.slice(name.length))) return undefined;
    return { end: name.length + 1, phrase: s.slice(0, name.length + 1) };
  },
});

export const responseVerb = rule({
  id: 'response.verb',
  decides: '表示, 回應, 指出, 答記者問 … from data/triggers.json: a response cue when a ministry or spokesperson stands before it.',
  examples: [],
  apply: (c: { scope: Scope }) => c.scope.lex.responseVerbs.all(text(c), c.scope.sentence.start, c.scope.sentence.end),
});

// A mark, or 此/这 (毛寧稱此違反…): what is said begins there.
const PUNCT_AFTER = /^[，,。：:「“；;！!？?\s此这]?$/u;

export const shortVerbNeedsMark = rule({
  id: 'response.short-verb-needs-mark',
  decides: '說, 稱 count only before a mark or 此 (說：, 稱，「, 稱此): otherwise they are inside other words (說明, 稱讚).',
  examples: [],
  apply: (c: { scope: Scope }, verb: { end: number; phrase: string }) => c.scope.lex.shortVerbs.has(verb.phrase) && !PUNCT_AFTER.test(text(c).slice(verb.end, verb.end + 1)),
});

/** Every rule of this file. */
export const RESPONSE_RULES = [
  answerTurn,
  presiderTurn,
  responseVerb,
  shortVerbNeedsMark,
  bareClauseLooksBack,
  ...SPEAKERS,
  ministerInOwnMeeting,
  announcementNeedsSpokesperson,
  ...RESPONSE_DROPS,
  declined,
  declinedWithPosition,
  declinedThenPosition,
  briefingOpening,
  ...TOPICS,
  ...RESPONSE_DATES,
];

/** Folded clause start of the speaker's clause, for the drop rules. */
export const speakerClause = (c: ResponseCandidate) => Math.max(clauseStart(text(c), c.verb.start, c.scope.sentence.start), c.verb.start - 30);
