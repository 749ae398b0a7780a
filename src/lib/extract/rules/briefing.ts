/**
 * What a story remembers about its press conference, sentence by sentence: the briefing's
 * day, the question open, who presides. Each rule reads one annotated sentence and the
 * state so far; questions.ts and walk.ts apply what they return.
 */
import { rule } from '../engine.ts';
import { peopleIn } from '../actors.ts';
import { countryEndingAt, ministriesIn, ministryHeaded, ministryName } from '../ministries.ts';
import { originalSlice } from '../text.ts';
import { asWritten, type Scope } from '../scope.ts';
import { topicOf, type Topic } from '../topics.ts';
import type { DateMention } from '../dates.ts';
import type { BriefingState } from '../questions.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Prepared } from '../text.ts';

const text = (scope: Scope) => scope.prep.folded;

export const timeLabel = rule({
  id: 'briefing.time-label',
  decides: '时间：2025年7月24日（星期四）下午3:00 at the head of a transcript gives the briefing’s day (an era year before it is passed over).',
  examples: [],
  apply: (scope: Scope, state: BriefingState): DateMention | undefined => {
    const label = scope.sentence.start === 0 ? scope.lex.briefingTimeLabels.at(text(scope), 0) : undefined;
    if (!label || state.briefingDay) return undefined;
    return scope.dates.find((d) => d.start <= label.end + 6 && d.precision === 'day');
  },
});

export const reporterTurn = rule({
  id: 'briefing.reporter-turn',
  decides: '记者（共同社 河野）：… — a reporter’s turn named in brackets asks as 记者： does.',
  examples: [],
  apply: (scope: Scope) => (scope.sentence.start === 0 ? scope.lex.questionTurnPattern.exec(text(scope)) : null) ?? undefined,
});

export const questionCue = rule({
  id: 'briefing.question-cue',
  decides: '有記者問, 問：, 被問及, 記者： open a question whose topic the next answers take.',
  examples: [],
  apply: (scope: Scope) => scope.lex.questionCues.all(text(scope), scope.sentence.start, scope.sentence.end)[0],
});

export const briefingCue = rule({
  id: 'briefing.cue',
  decides: '記者會, 發布會, 答記者問 name a briefing, which a day written before them dates.',
  examples: [],
  apply: (scope: Scope) => scope.lex.briefingCues.all(text(scope), scope.sentence.start, scope.sentence.end)[0],
});

export const dayBeforeCue = rule({
  id: 'briefing.day-before-cue',
  decides: 'Only a date before the cue dates the briefing (外交部發言人4日在例行記者會上…); dates after it are the question’s content.',
  examples: [],
  apply: (scope: Scope, cueStart: number) => [...scope.dates].reverse().find((d) => d.start < cueStart && d.precision === 'day'),
});

export const dayInBrackets = rule({
  id: 'briefing.day-in-brackets',
  decides: '例行新闻发布会（2025年7月24日）: a briefing named with its day in brackets is dated by it.',
  examples: [],
  apply: (scope: Scope, cueEnd: number) => scope.dates.find((d) => d.precision === 'day' && d.start >= cueEnd && d.start <= cueEnd + 1 && /[（(]/u.test(text(scope).slice(cueEnd, d.start + 1))),
});

export const followUp = rule({
  id: 'briefing.follow-up',
  decides: '追問, 再問: a follow-up question stays on the topic of the question still open, else of the last answer.',
  examples: [],
  apply: (scope: Scope, state: BriefingState, cueStart: number) => (scope.lex.followUpCues.at(text(scope), cueStart) ? (state.openQuestion ?? state.lastAnswered) : undefined),
});

export const askedOnThis = rule({
  id: 'briefing.asked-on-this',
  decides: '有記者就此提問 (no question mark): the question is about what the story just reported.',
  examples: [],
  apply: (scope: Scope, textBefore: string, cue: { end: number; phrase: string }): Topic | undefined => {
    const s = text(scope);
    const rest = s.slice(cue.end, Math.min(s.length, cue.end + 6));
    return /就此|对此|此事|有记者就此/u.test(cue.phrase + rest) && !/[？?]/u.test(s.slice(cue.end, scope.sentence.end)) ? topicOf(scope.lex, textBefore) : undefined;
  },
});

export const questionOnThis = rule({
  id: 'briefing.question-on-this',
  decides: '「請問商務部對此有何評論？」: a question with no topic of its own is about what the story just reported.',
  examples: [],
  apply: (scope: Scope, topic: Topic, from: number, to: number, textBefore: string) =>
    !topic.entry && scope.lex.thisCues.has(text(scope), from, to) ? topicOf(scope.lex, textBefore) : undefined,
});

export const distinctQuestions = rule({
  id: 'briefing.distinct-questions',
  decides: 'Reporters’ turns in a transcript (路透社记者：…) are separate matters even on one broad topic; so are two questions with no known topic.',
  examples: [],
  apply: (state: BriefingState, topic: Topic, question: string): Topic => {
    state.asked ??= new Map();
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
  decides: '商務部新聞發言人就…答記者問: a ministry’s spokesperson, named or not, answers the turns that follow.',
  examples: [],
  apply: (scope: Scope): BriefingState['presider'] => {
    let found: BriefingState['presider'];
    for (const m of ministriesIn(scope.lex, scope.prep, scope.sentence.start, scope.sentence.end, scope.region)) {
      if (/^(新闻)?发言人|^(外务)?报道官/u.test(text(scope).slice(m.end, m.end + 5))) found = { ministry: { ...m, name: originalSlice(scope.prep, m.start, m.end) } };
    }
    return found;
  },
});

export const officeHeadPresides = rule({
  id: 'briefing.office-head-presides',
  decides: '陸委會主委陳明通召開記者會: an office head holding a press conference presides over the answers that follow.',
  examples: [],
  apply: (scope: Scope, state: BriefingState, p: ReturnType<typeof peopleIn>[number]): BriefingState['presider'] => {
    const { lex, prep, sentence, region } = scope;
    if (state.presider || p.titleStart === undefined || !lex.briefingCues.has(prep.folded, sentence.start, sentence.end) || lex.questionCues.has(prep.folded, sentence.start, sentence.end)) return undefined;
    const near = ministriesIn(lex, prep, Math.max(sentence.start, p.start - 16), p.start, region).pop();
    const head = ministryHeaded(lex, prep.folded, p.titleStart, p.titleEnd!, near, region);
    return head ? { ministry: { ...head, name: head.end > head.start ? originalSlice(prep, head.start, head.end) : head.folded }, person: asWritten(scope, p) } : undefined;
  },
});

export const knownSpokespersonPresides = rule({
  id: 'briefing.known-spokesperson-presides',
  decides: '毛寧 named in a sentence (known from the data or named on the page as a spokesperson) presides over the answers that follow.',
  examples: [],
  apply: (scope: Scope, p: ReturnType<typeof peopleIn>[number], known: { entry: string; country: string }): BriefingState['presider'] => {
    const { lex, prep, sentence, region } = scope;
    const ministry = ministriesIn(lex, prep, Math.max(sentence.start, p.start - 16), p.start, region).pop();
    const name = ministry ? originalSlice(prep, ministry.start, ministry.end) : ministryName(known.entry, scope.simplified);
    return {
      ministry: ministry ? { ...ministry, name } : { start: p.start, end: p.start, folded: name, name, id: `${known.country.toLowerCase()}-${known.entry}`, entry: known.entry, country: known.country, en: '' },
      person: asWritten(scope, p),
    };
  },
});

export const pageSpokespeople = rule({
  id: 'speaker.page-spokespeople',
  decides: '外交部發言人毛寧 named once on the page makes a bare 毛寧表示 elsewhere on it that ministry’s spokesperson.',
  examples: [],
  apply: (lex: Lexicon, prep: Prepared, region: string | undefined, into: Map<string, { entry: string; country: string; name?: string }>) => {
    for (const p of peopleIn(lex, prep)) {
      if (p.titleStart === undefined || !/发言人/u.test(prep.folded.slice(p.titleStart, p.titleEnd))) continue;
      const ministry = ministriesIn(lex, prep, Math.max(0, p.titleStart - 14), p.titleStart, region).pop();
      if (ministry && !into.has(p.folded)) into.set(p.folded, { entry: ministry.entry, country: ministry.country, name: originalSlice(prep, countryEndingAt(lex, prep.folded, ministry.start)?.start ?? ministry.start, ministry.end) });
    }
  },
});

export const presiderCarriesOver = rule({
  id: 'briefing.presider-carries-over',
  decides: 'A transcript split by a reprinted headline or a 【記者會實錄】 label goes on with the spokesperson who presided before it: 答： in the next story is theirs.',
  examples: [],
  apply: () => true,
});

/** Every rule of this file. */
export const BRIEFING_RULES = [
  presiderCarriesOver,
  timeLabel,
  reporterTurn,
  questionCue,
  briefingCue,
  dayBeforeCue,
  dayInBrackets,
  followUp,
  askedOnThis,
  questionOnThis,
  distinctQuestions,
  spokespersonPresides,
  officeHeadPresides,
  knownSpokespersonPresides,
  pageSpokespeople,
];
