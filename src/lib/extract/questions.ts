/**
 * Press-conference questions: a cue (有記者問, 問：, 被問及 …) opens a question whose
 * topic the next answers take; the date of the briefing comes with it.
 */
import type { Passage } from '../schema.ts';
import type { DateValue } from './dates.ts';
import type { Scope } from './scope.ts';
import { topicOf, type Topic } from './topics.ts';
import { ministriesIn, type MinistryMention } from './ministries.ts';
import type { MentionPerson } from './mention.ts';

/** What a story remembers between sentences about its briefing. */
export interface BriefingState {
  openQuestion?: Topic;
  /** The passage that asked it, listed with the answer's event. */
  questionPassage?: Passage;
  briefingDay?: DateValue;
  /** Whose briefing that day was (a ministry id), when the story names it. */
  briefingMinistry?: string;
  /** The last response of each ministry in the story: a later answer continues it. */
  lastByMinistry: Map<string, { when: DateValue; topic: Topic; seq?: number }>;
  /** Order of briefings and answers in the story: a ministry that answered after the last briefing was dated keeps its own day. */
  seq?: number;
  briefingSeq?: number;
  /** Who answers 答： lines: the spokesperson presiding, or the last one named. */
  presider?: { ministry: MinistryMention & { name: string }; person?: MentionPerson };
  /** Folded text of the story before this passage (for 對此 at a passage start). */
  previousText: string;
  /** The topic of the last answer in the story: a follow-up question (追问) stays on it. */
  lastAnswered?: Topic;
  /** Topic keys asked so far in the story: a second question on another matter must not merge with the first. */
  asked?: Map<string, string>;
}

/** Folded text of the sentences before the current one in the passage, else the story's last text. */
export function textBefore(scope: Scope, state: BriefingState): string {
  const s = scope.prep.folded.slice(0, scope.sentence.start);
  return s.length > 4 ? s : state.previousText.slice(-200);
}

/** Notes a question or a dated briefing in the sentence. */
export function noteQuestion(scope: Scope, state: BriefingState): void {
  const { lex, prep, sentence } = scope;
  const s = prep.folded;
  const label = sentence.start === 0 ? lex.briefingTimeLabels.at(s, 0) : undefined;
  if (label && !state.briefingDay) {
    // 时间：2025年7月24日（星期四）下午3:00 at the head of a transcript.
    // (日期：令和7年10月8日: an era year before the month is passed over.)
    const day = scope.dates.find((d) => d.start <= label.end + 6 && d.precision === 'day');
    if (day) state.briefingDay = { date: day.date, precision: day.precision };
  }
  // 记者（共同社 河野）：… — a reporter's turn named in brackets asks as 记者： does.
  const turn = sentence.start === 0 ? lex.questionTurnPattern.exec(s) : null;
  const cue = (turn ? { start: 0, end: turn[0].length, phrase: turn[0], value: true as const } : undefined) ?? lex.questionCues.all(s, sentence.start, sentence.end)[0] ?? lex.briefingCues.all(s, sentence.start, sentence.end)[0];
  if (!cue) return;
  const asks = !!turn || !!lex.questionCues.at(s, cue.start);
  // Only a date before the cue dates the briefing; dates after it are the question's content.
  // A briefing named with its day in brackets, 例行新闻发布会（2025年7月24日）, is dated too.
  const day =
    [...scope.dates].reverse().find((d) => d.start < cue.start && d.precision === 'day') ??
    (asks ? undefined : scope.dates.find((d) => d.precision === 'day' && d.start >= cue.end && d.start <= cue.end + 1 && /[（(]/u.test(s.slice(cue.end, d.start + 1))));
  if (day) {
    state.briefingDay = { date: day.date, precision: day.precision, ...(day.partOfDay ? { partOfDay: day.partOfDay } : {}) };
    state.briefingSeq = state.seq = (state.seq ?? 0) + 1;
    state.briefingMinistry = ministriesIn(lex, prep, sentence.start, cue.start, scope.region).pop()?.id;
  }
  if (!asks) return;
  state.questionPassage = scope.passage;
  if (lex.followUpCues.at(s, cue.start) && state.lastAnswered) {
    state.openQuestion = state.lastAnswered;
    return;
  }
  const rest = s.slice(cue.end, Math.min(s.length, cue.end + 6));
  if (/就此|对此|此事|有记者就此/u.test(cue.phrase + rest) && !/[？?]/u.test(s.slice(cue.end, sentence.end))) {
    state.openQuestion = topicOf(lex, textBefore(scope, state));
    return;
  }
  const answer = lex.answerCues.all(s, cue.end)[0]?.start ?? s.length;
  const mark = s.slice(cue.end, answer).search(/[？?]/u);
  const end = mark >= 0 ? cue.end + mark + 1 : Math.min(answer, sentence.end);
  const question = s.slice(cue.end, end);
  state.openQuestion = topicOf(lex, question);
  // 「請問商務部對此有何評論？」: the question is about what the story just reported.
  if (!state.openQuestion.entry && lex.thisCues.has(s, cue.end, end)) state.openQuestion = topicOf(lex, textBefore(scope, state));
  // In a transcript, turns put by reporters (路透社记者：…) are separate matters even on one broad topic;
  // in a report, 有记者问 … 在被问及 … on one topic are that topic's answer.
  const inTurns = /[：:]$/u.test(cue.phrase);
  if (inTurns || !state.openQuestion.entry) state.openQuestion = distinctTopic(state, state.openQuestion, question);
}

// Two questions that read as one topic (two on "the US", or in a transcript tariffs then an entity
// list, both "export controls") are two answers: the later one is numbered. A follow-up keeps its topic.
function distinctTopic(state: BriefingState, topic: Topic, question: string): Topic {
  state.asked ??= new Map();
  let key = topic.key;
  // One question read twice (from 回答记者提问 on, then from 有记者问 on) is still one.
  const same = (a: string | undefined) => a !== undefined && (a.includes(question) || question.includes(a));
  for (let n = 2; state.asked.has(key) && !same(state.asked.get(key)); n++) key = `${topic.key}-q${n}`;
  state.asked.set(key, question);
  return key === topic.key ? topic : { ...topic, key };
}
