/**
 * Press conferences as a story tells them: a cue (有記者問, 問：, 被問及 …) opens a question
 * whose topic the next answers take, a date dates the briefing, a spokesperson presides.
 * The decisions are the rules in rules/briefing.ts; this file applies them to the state.
 */
import type { Passage } from '../schema.ts';
import type { DateValue } from './dates.ts';
import type { Scope } from './scope.ts';
import { topicOf, type Topic } from './topics.ts';
import { opensTurnOf } from './text.ts';
import { ministriesIn, type MinistryMention } from './ministries.ts';
import { peopleIn } from './actors.ts';
import type { MentionPerson } from './mention.ts';
import {
  askedOnThis,
  briefingCue,
  briefingInQuestion,
  dayBeforeCue,
  dayInBrackets,
  distinctQuestions,
  followUp,
  knownSpokespersonPresides,
  officeHeadPresides,
  spokespersonOfTheBriefing,
  questionCue,
  questionOnThis,
  reporterTurn,
  spokespersonPresides,
  relayedTranscript,
  timeLabel,
} from './rules/briefing.ts';
import { inQuestionTurn } from './rules/responses.ts';

/** A day and the rules that gave it. */
export type TracedDay = DateValue & { because?: readonly string[] };

/** What a story remembers between sentences about its briefing. */
export interface BriefingState {
  openQuestion?: Topic | undefined;
  /** The passage that asked it, listed with the answer's event. */
  questionPassage?: Passage;
  briefingDay?: TracedDay | undefined;
  /** Whose briefing that day was, when the story names the office with it. */
  briefingMinistry?: MinistryMention | undefined;
  /** The topic keys of the story's answers: a paragraph that opens with the matter it answers (對於…，X表示) asks afresh, even on one of them. */
  answered?: Set<string> | undefined;
  /** The last response of each ministry in the story: a later answer continues it. */
  lastByMinistry: Map<string, { when: DateValue; topic: Topic; seq?: number }>;
  /** Order of briefings and answers in the story: a ministry that answered after the last briefing was dated keeps its own day. */
  seq?: number;
  briefingSeq?: number;
  /** Who answers 答： lines: the spokesperson presiding, or the last one named. */
  presider?: { ministry: MinistryMention & { name: string }; person?: MentionPerson } | undefined;
  /** The presider and day of the page's briefing before this story: a transcript split by a reprinted headline goes on with them. */
  carried?: { presider: NonNullable<BriefingState['presider']>; briefingDay?: TracedDay | undefined };
  /** 「外交部發言人林劍主持例行記者會。」: the line telling of the briefing, listed with its first answer. */
  opening?: { ministry: string; passage?: Passage } | undefined;
  /** Folded text of the story before this passage (for 對此 at a passage start). */
  previousText: string;
  /** The topic of the last answer in the story: a follow-up question (追问) stays on it. */
  lastAnswered?: Topic | undefined;
  /** An answer turn given before any question was printed (a transcript picked up mid-way): a later question is another. */
  unaskedTurn?: Topic | undefined;
  /** Topic keys asked so far in the story: a second question on another matter must not merge with the first. */
  asked?: Map<string, string>;
  /** The story's answers (folded) since its last subheading. */
  answerText?: string;
  /** The last subheading put between answers: its text, the answers given by then, and their words. */
  subheading?: { text: string; seq: number; before: string } | undefined;
  /** The last body paragraph that told no event and went on with no answer (a matter put before the next answer), and the answers given by then. */
  matter?: { text: string; seq: number } | undefined;
}

/** Folded text of the sentences before the current one in the passage, else the story's last text. */
export function textBefore(scope: Scope, state: BriefingState): string {
  const s = scope.prep.folded.slice(0, scope.sentence.start);
  return s.length > 4 ? s : state.previousText.slice(-200);
}

const traced = (
  d: { date: string | null; precision: DateValue['precision']; partOfDay?: DateValue['partOfDay']; because: readonly string[] },
  id: string,
): TracedDay => ({
  date: d.date,
  precision: d.precision,
  ...(d.partOfDay ? { partOfDay: d.partOfDay } : {}),
  because: [...d.because, id],
});

/** A transcript's time label (时间：2025年7月24日…) in the sentence gives the briefing's day. */
export function noteTimeLabel(scope: Scope, state: BriefingState): void {
  const labelled = scope.rules.first([timeLabel], undefined, scope, state);
  if (labelled) state.briefingDay = { date: labelled.date, precision: labelled.precision, because: [...labelled.because, timeLabel.id] };
}

/** Notes a question or a dated briefing in the sentence. */
export function noteQuestion(scope: Scope, state: BriefingState): void {
  const { lex, prep, sentence, rules } = scope;
  const s = prep.folded;
  noteTimeLabel(scope, state);
  const turn = rules.first([reporterTurn], undefined, scope);
  const asked = turn ? undefined : rules.first([questionCue], undefined, scope);
  const cue =
    (turn ? { start: 0, end: turn[0].length, phrase: turn[0] } : undefined) ?? asked ?? rules.first([briefingCue], undefined, scope);
  if (!cue) return;
  const asks = !!turn || !!asked;
  // 「外交部25日舉行例行記者會，關於24日晚的通話，有記者詢問…」: the briefing named before the question gives its day.
  const held = asked ? rules.first([briefingCue], undefined, scope) : undefined;
  const at = held && held.start < cue.start ? held.start : cue.start;
  const before = rules.first([dayBeforeCue], undefined, scope, at);
  const bracketed = before || asks ? undefined : rules.first([dayInBrackets], undefined, scope, cue.end);
  const day = before ? traced(before, dayBeforeCue.id) : bracketed ? traced(bracketed, dayInBrackets.id) : undefined;
  // 「問：…你昨天在記者會上已作了回應」「答：昨天，有記者問到這個問題」: another briefing, not this one.
  const another =
    !turn &&
    rules.when(briefingInQuestion, undefined, () =>
      briefingInQuestion.apply(
        !asks && inQuestionTurn(lex, s, cue.start),
        !!lex.answerCues.at(s, 0) || opensTurnOf(s, state.presider?.person?.folded),
      ),
    );
  if (day && !another) {
    state.briefingDay = day;
    state.briefingSeq = state.seq = (state.seq ?? 0) + 1;
    state.briefingMinistry = ministriesIn(lex, prep, sentence.start, at, scope.region).pop();
  }
  if (!asks) return;
  state.questionPassage = scope.passage;
  const followed = rules.first([followUp], undefined, scope, state, cue.start);
  if (followed) {
    state.openQuestion = followed;
    return;
  }
  const onThis = rules.first([askedOnThis], undefined, scope, textBefore(scope, state), cue);
  if (onThis) {
    state.openQuestion = onThis;
    return;
  }
  const answer = lex.answerCues.all(s, cue.end)[0]?.start ?? s.length;
  const mark = s.slice(cue.end, answer).search(/[？?]/u);
  const end = mark >= 0 ? cue.end + mark + 1 : Math.min(answer, sentence.end);
  const question = s.slice(cue.end, end);
  let topic = topicOf(lex, question);
  const answered = new Set([...state.lastByMinistry.values()].map((l) => l.topic.key));
  topic = rules.first([questionOnThis], undefined, scope, topic, cue.end, end, textBefore(scope, state), answered) ?? topic;
  topic = rules.first([distinctQuestions], undefined, state, topic, question) ?? topic;
  state.openQuestion = topic;
}

/** Notes who presides over the answers that follow: a ministry's spokesperson, named or not, or an office head. */
export function notePresider(scope: Scope, state: BriefingState): void {
  const { lex, prep, sentence, rules } = scope;
  state.presider = rules.first([spokespersonPresides], undefined, scope) ?? state.presider;
  for (const p of peopleIn(lex, prep, sentence.start, sentence.end)) {
    const known = p.person?.ministry ? { entry: p.person.ministry, country: p.person.country } : scope.spokespeople.get(p.folded);
    const ofTheBriefing = known ? undefined : rules.first([spokespersonOfTheBriefing], undefined, scope, state, p);
    const presider = known
      ? rules.first([knownSpokespersonPresides], undefined, scope, p, known)
      : (ofTheBriefing ?? rules.first([officeHeadPresides], undefined, scope, state, p));
    if (!presider) continue;
    state.presider = presider;
    // A presiding head the data does not know (駐英國大使劉曉明舉行記者會), or the briefing's own spokesperson
    // (國台辦舉行記者會。發言人李維一…), is known on this page from here on, so a bare 劉曉明表示 later is his answer.
    const spokesperson = p.titleStart !== undefined && /发言人/u.test(prep.folded.slice(p.titleStart, p.titleEnd));
    if (!known && !p.person && (!spokesperson || ofTheBriefing)) {
      const { entry, country, name } = presider.ministry;
      scope.spokespeople.set(p.folded, { entry, country, name });
    }
  }
  state.presider ??= rules.first([relayedTranscript], undefined, scope);
}
