/**
 * Ministry responses in one sentence: a response cue (an 答： turn, or a verb such as 表示,
 * 回應, 答記者問) is a candidate; the rules in rules/responses.ts find who speaks, drop what
 * answers nothing, and say what the answer is about and when it was given.
 */
import { excluded } from './triggers.ts';
import { originalSlice } from './text.ts';
import { sentenceText, type Scope } from './scope.ts';
import { topicOf } from './topics.ts';
import type { BriefingState } from './questions.ts';
import type { Mention } from './mention.ts';
import {
  RESPONSE_DATES,
  RESPONSE_DROPS,
  announcementNeedsSpokesperson,
  SPEAKERS,
  TOPICS,
  bareClauseLooksBack,
  briefingOpening,
  declined,
  ANSWER_TURNS,
  responseVerb,
  shortVerbNeedsMark,
  negatedVerbSaysNothing,
  datedOfficeOverUndated,
  writesItsDay,
  speakerClause,
  matterOfAReply,
  greetingTurn,
  framesOneMatter,
  type ResponseCandidate,
} from './rules/responses.ts';

export { ministryName } from './ministries.ts';

/** The ministry response stated in one sentence, if any. */
export function detectResponse(scope: Scope, state: BriefingState): Mention | undefined {
  const { rules } = scope;
  const turn = { because: new Set<string>() };
  const answer = rules.first(ANSWER_TURNS, turn, { scope, state });
  const verbs = answer
    ? [{ start: scope.sentence.start, end: answer.end, phrase: answer.phrase }]
    : rules.on(responseVerb)
      ? responseVerb.apply({ scope })
      : [];
  let first: Mention | undefined;
  for (const verb of verbs) {
    const said = responseAt(scope, state, verb, answer, turn.because);
    if (said === 'drop') return first;
    if (!said) continue;
    if (!first) {
      first = said;
      // Only a day written after this verb can date another office's answer.
      const dayAfter = scope.dates.some((d) => d.start >= verb.end && d.precision === 'day');
      if (answer || !dayAfter || !rules.on(datedOfficeOverUndated) || writesItsDay(said)) return said;
      continue;
    }
    // 「初選遭到中聯辦抨擊，港澳辦14日亦發聲明」: another office's answer dated in the sentence is what it reports.
    if (datedOfficeOverUndated.apply(first, said)) {
      said.because.add(datedOfficeOverUndated.id);
      return said;
    }
  }
  return first;
}

/** The response one verb of the sentence states, 'drop' when the sentence states none, or nothing for this verb. */
function responseAt(
  scope: Scope,
  state: BriefingState,
  verb: ResponseCandidate['verb'],
  answer: ResponseCandidate['answer'],
  turnBecause: ReadonlySet<string>,
): Mention | 'drop' | undefined {
  const { prep, sentence, rules, lex } = scope;
  const s = prep.folded;
  if (rules.when(shortVerbNeedsMark, undefined, () => shortVerbNeedsMark.apply({ scope }, verb))) return undefined;
  if (!answer && rules.when(negatedVerbSaysNothing, undefined, () => negatedVerbSaysNothing.apply({ scope }, verb))) return undefined;
  // 「两国外长共同签署…联合声明」: a word inside a longer one that means something else.
  if (excluded(scope.lex, s, verb.start, verb.end, rules)) return undefined;
  const c: ResponseCandidate = { scope, state, verb, answer, from: 0, because: new Set(answer ? turnBecause : [responseVerb.id]) };
  if (!answer && rules.when(matterOfAReply, c, () => matterOfAReply.apply(c))) return undefined;
  const clause = speakerClause(c);
  c.from = rules.first([bareClauseLooksBack], c, c, clause) ?? clause;
  const speaker = rules.first(SPEAKERS, c, c);
  if (!speaker || rules.when(announcementNeedsSpokesperson, c, () => announcementNeedsSpokesperson.apply(c, speaker))) return undefined;
  if (rules.first(RESPONSE_DROPS, undefined, c, speaker)) return 'drop';
  const stated = rules.first([declined], c, c);
  if (stated === 'drop') return 'drop';
  const opening =
    rules.when(greetingTurn, c, () => greetingTurn.apply(c) === 'opening') ||
    rules.when(briefingOpening, c, () => briefingOpening.apply(c, speaker));
  // With no topic rule on that answers, the sentence alone names the topic.
  const topic = rules.first(TOPICS, c, c, speaker) ?? topicOf(lex, prep.folded.slice(sentence.start, sentence.end));
  const when = rules.first(RESPONSE_DATES, c, c, speaker) ?? { date: null, precision: 'unknown' };
  return {
    type: 'ministry-response',
    when,
    people: speaker.person ? [speaker.person] : [],
    ministry: speaker.ministry,
    ...(speaker.person ? { spokesperson: speaker.person } : {}),
    topic,
    word: originalSlice(prep, verb.start, verb.end),
    passage: scope.passage,
    sentence: sentenceText(stated ? { ...scope, sentence: stated } : scope),
    role: scope.role,
    ...(opening ? { opening } : {}),
    ...(opening && framesOneMatter(c) ? { framed: true } : {}),
    because: c.because,
  };
}
