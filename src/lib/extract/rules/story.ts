/**
 * The story as a reader walks it: which passages report anything, the story's own today
 * and day, and how an answer spreads over its question and the paragraphs that go on
 * with it. walk.ts applies these rules passage by passage.
 */
import { QUESTION_TURN } from './responses.ts';
import { rule } from '../engine.ts';
import { fold } from '../fold.ts';
import { hasPlan } from '../nonevents.ts';
import type { Passage } from '../../schema.ts';
import type { DateMention } from '../dates.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Mention, MentionPerson } from '../mention.ts';
import type { MinistryMention } from '../ministries.ts';

export const creditsReportNothing = rule({
  id: 'story.credits-report-nothing',
  decides: 'A credit (photographer, page furniture, a printed web page’s address) reports nothing.',
  examples: [],
  apply: (p: Passage) => p.kind === 'credit',
});

export const datelineToday = rule({
  id: 'story.dateline-today',
  decides: '「台北30日電」「新華社北京3月28日電」「本報北京7月13日訊」: the dateline’s day is the story’s 今天, from the dateline’s own sentence on.',
  examples: [],
  apply: (dates: readonly DateMention[], s: string, published: string) =>
    dates.find((d) => d.precision === 'day' && d.date && d.date <= published && /^[电電讯訊]/u.test(s.slice(d.end, d.end + 1))),
});

/** Whether `p` heads `ministry` (國務卿 the State Department, 外长 a foreign ministry), by title or by the people data. */
function headsMinistry(lex: Lexicon, p: MentionPerson, ministry: MinistryMention): boolean {
  const title = p.title ?? p.person?.role;
  if (!title) return false;
  const hit = lex.ministryHeads.all(fold(title))[0];
  if (!hit || hit.value !== ministry.entry) return false;
  const country = p.person?.country ?? p.country;
  return !country || country === ministry.country;
}

export const readoutIsTheCall = rule({
  id: 'response.readout-is-the-call',
  decides: '「美國國務院表示，國務卿盧比歐…與王毅通電話」 with no question put: the office’s readout of its own head’s call is how the call is known, not an answer.',
  examples: [],
  apply: (lex: Lexicon, said: Mention, asked: boolean, meetings: readonly Mention[]) =>
    !!said.ministry && !asked && meetings.some((m) => m.people.some((p) => headsMinistry(lex, p, said.ministry!))),
});

export const answerCoversQuestion = rule({
  id: 'response.answer-covers-question',
  decides: 'An answer closes the open question, and the question’s passage is listed with the answer’s event.',
  examples: [],
  apply: (question: Passage | undefined, answer: Passage) => (question && question.id !== answer.id ? question : undefined),
});

// A paragraph that goes on with the last answer: 同時，中方… / 此外… / 「…」 without a new speaker.
const CONTINUES = /^(同时|此外|另外|他还|她还|他说|她说|他指出|她指出|中方|我们|「|“)/u;

export const answerContinues = rule({
  id: 'response.answer-continues',
  decides: '同時，中方… / 此外… / 「…」 opening a paragraph with no new speaker goes on with the last answer; in a transcript, every paragraph up to the next turn does.',
  examples: [],
  apply: (s: string, inAnswerTurn: boolean, questionOpen: boolean) => CONTINUES.test(s) || (inAnswerTurn && !questionOpen),
});


export const turnIsSpeech = rule({
  id: 'story.answer-turn-is-speech',
  decides: '「秦剛：…胡錦濤主席昨晚已同梅德韋杰夫通了電話」: a transcript’s answer turn, up to the next question, is the speaker’s speech, so its 昨晚 and 今天 count from the briefing’s day.',
  examples: [],
  apply: (s: string, presider: string | undefined, lastWasTurn: boolean, answerCue: boolean) => {
    if (answerCue || (presider && s.startsWith(presider) && /^[：:]/u.test(s.slice(presider.length)))) return true;
    return lastWasTurn && !QUESTION_TURN.test(s);
  },
});

export const storyDay = rule({
  id: 'story.day',
  decides: 'The last day written in a sentence (up to publication) becomes the day the story is about, for 當日 and undated answers.',
  examples: [],
  apply: (dates: readonly DateMention[], published: string, notPlan: (d: DateMention) => boolean) =>
    [...dates].reverse().find((d) => d.precision === 'day' && d.date && d.date <= published && notPlan(d)),
});

export const lookBackGivesNoDay = rule({
  id: 'story.look-back-gives-no-day',
  decides: '「這是去年10月9日…公告後的配套措施」: a sentence looking back gives the story no new day.',
  examples: [],
  apply: (lex: Lexicon, opening: string) => lex.nonEvent.lookBackStartPattern.test(opening),
});

export const planDayIsNoStoryDay = rule({
  id: 'story.plan-day-is-no-story-day',
  decides: '预计在星期五发表联合公报: a day after a plan’s word is the plan’s, not the day the story is about.',
  examples: [],
  apply: (lex: Lexicon, s: string, from: number, d: DateMention) => hasPlan(lex, s, from, d.start),
});

/** Every rule of this file. */
export const STORY_RULES = [creditsReportNothing, datelineToday, turnIsSpeech, readoutIsTheCall, answerCoversQuestion, answerContinues, storyDay, lookBackGivesNoDay, planDayIsNoStoryDay];
