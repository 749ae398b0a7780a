/**
 * Ministry responses in one sentence: a ministry, its spokesperson or an embassy followed
 * by a response verb (表示, 回應, 指出, 答記者問 …), or an 答： line of a transcript.
 * The topic comes from the sentence's lead (對於…, 就…), 對此 (what came before), the open
 * question, or the same ministry's last answer; the date from the sentence or the briefing.
 */
import { peopleIn } from './actors.ts';
import { ministriesIn, ministryHeaded, type MinistryMention } from './ministries.ts';
import { findTriggers, excluded } from './triggers.ts';
import { responseNonEventReason, hasPlan } from './nonevents.ts';
import { clauseEnd, clauseStart, originalSlice } from './text.ts';
import { asWritten, sentenceText, speakersIn, type Scope } from './scope.ts';
import { topicOf, type Topic } from './topics.ts';
import { textBefore, type BriefingState } from './questions.ts';
import { fold } from './fold.ts';
import ministriesData from '../data/ministries.json' with { type: 'json' };
import type { DateValue } from './dates.ts';
import type { Mention, MentionPerson } from './mention.ts';

/** Chinese characters in a text: how much a clause says, punctuation and Latin aside. */
const hanCount = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '').length;

// A byline or dateline opening a sentence: 本报讯（记者钱瑞）, 新华社北京1月8日电, 【大公報訊】.
const BYLINE_LEAD = /^.{0,24}?(?:讯|报道|电)(?:[）)】」\]]|\s*[（(【][^（）()【】]{0,16}[）)】])?[：:，,\s]*/u;

// 回答記者提問, 答記者問 with nothing after: the briefing itself, not an answer on a topic.
const GENERIC_ANSWER = /^(?:回答|答)(?:了)?(?:记者|媒体)?(?:的)?(?:提问|问题|问|关心的问题)?$/u;
const PUNCT_AFTER = /^[，,。：:「“；;！!？?\s]?$/u;

interface Speaker {
  ministry: MinistryMention & { name: string };
  person?: MentionPerson;
  start: number;
}

/** The ministry's name in the article's script, for a spokesperson named without it. */
export function ministryName(entryId: string, simplified: boolean): string {
  const entry = ministriesData.ministries.find((m) => m.id === entryId);
  const names = entry?.names ?? [entryId];
  return (simplified ? names.find((n) => fold(n) === n) : undefined) ?? names[0]!;
}

function speakerBefore(scope: Scope, verb: number, state: BriefingState): Speaker | undefined {
  const { lex, prep, sentence } = scope;
  const s = prep.folded;
  if (answerAt(scope, state) && verb === sentence.start) return state.presider && { ...state.presider, start: verb };
  const clause = Math.max(clauseStart(s, verb, sentence.start), verb - 30);
  // 「發言人毛寧昨日在例行記者會上，就日本…一事回應稱」: a clause with no subject of its own takes the sentence's.
  const bare = !speakersIn(scope, clause, verb).length && !ministriesIn(lex, prep, clause, verb, scope.region).length;
  const from = bare ? Math.max(sentence.start, verb - 60) : clause;
  // 他在回答…時表示 / 發言人指出: the spokesperson the story already named.
  if (state.presider && /^(他|她|该发言人|发言人|该负责人)/u.test(s.slice(from, verb)) && !speakersIn(scope, from, verb).length) {
    return { ...state.presider, start: from };
  }
  const ministries = ministriesIn(lex, prep, from, verb, scope.region);
  const people = speakersIn(scope, from, verb);
  const last = people[people.length - 1];
  const isSpokesperson = (p: typeof last) =>
    !!p && (!!p.person?.ministry || scope.spokespeople.has(p.folded) || (p.titleStart !== undefined && /发言人/u.test(s.slice(p.titleStart, p.titleEnd))));
  const ministry = ministries[ministries.length - 1];
  // 陸委會主委陳明通表示, 外交部長王毅回應: a minister or office head speaks for the ministry.
  const head = last && !isSpokesperson(last) && last.titleStart !== undefined ? ministryHeaded(lex, s, last.titleStart, last.titleEnd!, ministry, scope.region) : undefined;
  const verbEnd = verb + (lex.responseVerbs.at(s, verb)?.phrase.length ?? 0);
  if (head && lex.pressCues.has(s, sentence.start, verbEnd) && !leadsMeeting(scope, last!.end, verb)) {
    const name = head.end > head.start ? originalSlice(prep, head.start, head.end) : ministryName(head.entry, scope.simplified);
    return { ministry: { ...head, name }, person: asWritten(scope, last!), start: Math.min(head.start, last!.titleStart!) };
  }
  if (last && !isSpokesperson(last) && (!ministry || last.start > ministry.start)) return undefined;
  const person = isSpokesperson(last) ? asWritten(scope, last!) : undefined;
  if (ministry) return { ministry: { ...ministry, name: originalSlice(prep, ministry.start, ministry.end) }, ...(person ? { person } : {}), start: ministry.start };
  if (!person) return undefined;
  const known = person.person?.ministry ? { entry: person.person.ministry, country: person.person.country } : scope.spokespeople.get(person.folded);
  if (!known) return undefined;
  const name = ministryName(known.entry, scope.simplified);
  const id = `${known.country.toLowerCase()}-${known.entry}`;
  const country = known.country;
  return { ministry: { start: person.start, end: person.start, folded: fold(name), name, id, entry: known.entry, country, en: '' }, person, start: person.start };
}

/** 「王毅在會見X時表示」: the minister speaks in the meeting he holds; that is the meeting, not a response. */
function leadsMeeting(scope: Scope, from: number, verb: number): boolean {
  const { lex, prep } = scope;
  const s = prep.folded;
  return findTriggers(lex, s, from, verb).some((t) => {
    const between = s.slice(from, t.start);
    if (lex.topicLeads.has(s, from, t.start)) return false;
    const first = peopleIn(lex, prep, from, t.start)[0];
    return !first || /[同与和跟]/u.test(s.slice(from, first.start)) || !between;
  });
}

function leadTopic(scope: Scope, state: BriefingState, speaker: Speaker, verb: number): Topic | undefined {
  const { lex, prep, sentence } = scope;
  const s = prep.folded;
  for (const lead of lex.topicLeads.all(s, sentence.start, verb)) {
    // 就 before the speaker leads a topic only at the head of a clause (「在同一記者會上，就X，趙立堅表示」).
    const clauseHead = lead.start === sentence.start || /[，,：:；;]/u.test(s[lead.start - 1] ?? '');
    if (lead.phrase === '就' && ((lead.start < speaker.start && !clauseHead) || /^就(此|是|要|会|在)/u.test(s.slice(lead.start, lead.start + 2)))) continue;
    const end = lead.start < speaker.start ? speaker.start : verb;
    if (end - lead.end >= 2) return topicOf(lex, s.slice(lead.end, end));
  }
  if (lex.thisCues.has(s, Math.max(sentence.start, speaker.start - 4), verb)) return topicOf(lex, textBefore(scope, state));
  return undefined;
}

function pickTopic(scope: Scope, state: BriefingState, speaker: Speaker, verb: number): Topic {
  const { lex, prep, sentence } = scope;
  if (scope.role === 'headline') return topicOf(lex, prep.folded);
  const lead = leadTopic(scope, state, speaker, verb);
  // 「朱鳳蓮還表示，…」: another point of the briefing, about what it says.
  if (!lead && lex.furtherPoint.has(prep.folded, Math.max(sentence.start, speaker.start - 3), verb + 4)) return topicOf(lex, prep.folded.slice(verb, sentence.end));
  return (
    lead ??
    state.openQuestion ??
    state.lastByMinistry.get(speaker.ministry.id)?.topic ??
    topicOf(lex, prep.folded.slice(Math.max(0, sentence.start - 120), sentence.end))
  );
}

function pickDate(scope: Scope, state: BriefingState, speaker: Speaker, verb: number): DateValue {
  const { sentence } = scope;
  // Where the sentence's own words begin, after a byline (本报讯（记者钱瑞）1月8日，商务部…).
  const lead = sentence.start + (BYLINE_LEAD.exec(scope.prep.folded.slice(sentence.start, speaker.start))?.[0].length ?? 0);
  const candidates = scope.dates.filter((d) => (d.start >= speaker.start && d.end <= verb) || (d.start <= lead + 3 && d.end <= speaker.start));
  // 就近期出口管制问题答记者问: 近期 describes the questions; a day beside it dates the answers.
  const own = candidates.find((d) => d.precision !== 'approximate') ?? candidates[0];
  const pick = (d: DateValue | undefined): DateValue | undefined => d && { date: d.date, precision: d.precision, ...(d.partOfDay ? { partOfDay: d.partOfDay } : {}) };
  if (own) return pick(own)!;
  if (scope.role === 'headline') return { date: null, precision: 'unknown' };
  // Otherwise the briefing's day, the ministry's last answer, or the day the story reports (its dateline).
  const storyDay: DateValue | undefined = scope.role === 'body' && scope.storyDay ? { date: scope.storyDay, precision: 'day' } : undefined;
  const last = state.lastByMinistry.get(speaker.ministry.id);
  // An answer to a question put at this ministry's briefing (有记者追问…束珏婷表示) is given that day, even
  // after the story recalled an earlier statement of the ministry (12日晚发表谈话).
  if (state.openQuestion && state.briefingDay && (state.briefingMinistry ?? speaker.ministry.id) === speaker.ministry.id) return state.briefingDay;
  // 國防部發言人還表示 after another office's dated briefing: the ministry's own day, not that briefing's.
  if (last && (last.seq ?? 0) > (state.briefingSeq ?? 0)) return last.when;
  // 「中國外交部發言人毛寧昨天在例行記者會上…。蕭光偉回應」: another office's briefing; this one keeps its day.
  if (last && state.briefingMinistry && state.briefingMinistry !== speaker.ministry.id) return last.when;
  return state.briefingDay ?? last?.when ?? storyDay ?? { date: null, precision: 'unknown' };
}

/** An answer line of a transcript: 答：…, or the presiding speaker's name and a colon (陳明通：…). */
function answerAt(scope: Scope, state: BriefingState): { end: number; phrase: string } | undefined {
  const { lex, prep, sentence } = scope;
  const s = prep.folded;
  const cue = lex.answerCues.at(s, sentence.start);
  if (cue) return cue;
  const name = state.presider?.person?.folded;
  if (!name || sentence.start !== 0 || !s.startsWith(name) || !/^[：:]/u.test(s.slice(name.length))) return undefined;
  return { end: name.length + 1, phrase: s.slice(0, name.length + 1) };
}

/** The ministry response stated in one sentence, if any. */
export function detectResponse(scope: Scope, state: BriefingState): Mention | undefined {
  const { lex, prep, sentence } = scope;
  const s = prep.folded;
  const answer = answerAt(scope, state);
  const verbs = answer ? [{ start: sentence.start, end: answer.end, phrase: answer.phrase }] : lex.responseVerbs.all(s, sentence.start, sentence.end);
  for (const verb of verbs) {
    if (lex.shortVerbs.has(verb.phrase) && !PUNCT_AFTER.test(s.slice(verb.end, verb.end + 1))) continue;
    // 「两国外长共同签署…联合声明」: a word inside a longer one that means something else.
    if (excluded(lex, s, verb.start, verb.end)) continue;
    const speaker = speakerBefore(scope, verb.start, state);
    if (!speaker) continue;
    if (responseNonEventReason(lex, s, speaker.start, verb.end, sentence.start, sentence.end)) return undefined;
    // A turn before any question that announces a visit (应…邀请，…将于…访问): the briefing's news, not an answer.
    if (answer && !state.openQuestion && hasPlan(lex, s, 0, s.length)) return undefined;
    // 「我没有可以提供的信息」「请向主管部门询问」: no answer, unless the reply also states a position:
    // in the same sentence (保持着沟通，目前没有可以发布的消息), or, in a transcript's turn, after it.
    let stated = sentence;
    if (lex.nonEvent.declined.has(s, sentence.start, sentence.end)) {
      const clauses = s.slice(verb.end, sentence.end).split(/[，,；;：:“”「」]/u);
      // (关于高层交往，我们会适时发布消息: a clause that only names the topic states nothing.)
      const substantive = clauses.some((c) => hanCount(c) >= 6 && !lex.nonEvent.declined.has(c) && !lex.topicLeads.at(c, 0) && !/^(?:有关|至于)/u.test(c));
      if (!substantive) {
        const more = answer ? prep.sentences.find((x) => x.start >= sentence.end && !lex.nonEvent.declined.has(s, x.start, x.end) && hanCount(s.slice(x.start, x.end)) >= 8) : undefined;
        if (!more) return undefined;
        stated = more;
      }
    }
    const opening = GENERIC_ANSWER.test(s.slice(verb.start, clauseEnd(s, verb.end, sentence.end))) && !leadTopic(scope, state, speaker, verb.start);
    const topic = pickTopic(scope, state, speaker, verb.start);
    const when = pickDate(scope, state, speaker, verb.start);
    const people = speaker.person ? [speaker.person] : [];
    return {
      type: 'ministry-response',
      when,
      people,
      ministry: speaker.ministry,
      ...(speaker.person ? { spokesperson: speaker.person } : {}),
      topic,
      word: originalSlice(prep, verb.start, verb.end),
      passage: scope.passage,
      sentence: sentenceText(stated === sentence ? scope : { ...scope, sentence: stated }),
      role: scope.role,
      confidence: when.precision === 'day' ? (topic.entry ? 0.85 : 0.75) : 0.5,
      ...(opening ? { opening } : {}),
    };
  }
  return undefined;
}
