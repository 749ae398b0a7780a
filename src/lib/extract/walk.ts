/**
 * Walks an article story by story, passage by passage, sentence by sentence, carrying
 * what a reader carries: the day the story is about (for 當日 and undated answers), the
 * open press-conference question, the spokesperson presiding. Nothing carries from one
 * story into another, and a caption's dates stay in the caption.
 */
import type { Passage } from '../schema.ts';
import { findDates, type DateMention } from './dates.ts';
import { detectMeetings } from './meetings.ts';
import { detectResponse } from './responses.ts';
import { noteQuestion, notePresider, noteTimeLabel, type BriefingState } from './questions.ts';
import { inQuote, originalSlice, type Prepared } from './text.ts';
import { fold } from './fold.ts';
import { peopleIn } from './actors.ts';
import type { Scope } from './scope.ts';
import type { Lexicon } from './lexicon.ts';
import type { Mention } from './mention.ts';
import type { RuleSet } from './engine.ts';
import { bareTitleOfSentenceOffice, pageSpokespeople } from './rules/briefing.ts';
import { ANSWER_TURNS, greetingTurn, inQuestionTurn, jointOffices } from './rules/responses.ts';
import { ANSWERS_ASKED, presiderCarriesOver, presidingLineJoinsFirstAnswer } from './rules/briefing.ts';
import {
  answerContinues,
  answerTellsAMeeting,
  anotherSpeaksBesides,
  statementTurnsToAnother,
  answerCoversQuestion,
  creditsReportNothing,
  timeStampIsToday,
  undatedStoryLead,
  storyWritesADay,
  morningStampIsNextDay,
  datelineToday,
  creditGivesDay,
  datelineOverStamp,
  lookBackGivesNoDay,
  otherReportGivesNoDay,
  planDayIsNoStoryDay,
  lastWeekIsNoStoryDay,
  saidDayIsNoStoryDay,
  readoutIsTheCall,
  readoutOfTalks,
  headSpeaksAfter,
  storyDay,
  dateHeadingOpensEntry,
  sceneLineDatesWhatFollows,
  creditedPhotoIsCaption,
  eventDayIsStoryDay,
  questionSetsNoDay,
  answerSetsNoDay,
  todayNamed,
  presidingLineIsToday,
  turnIsSpeech,
  questionTurnAtBriefing,
} from './rules/story.ts';

/** Page-wide facts every sentence sees. */
export interface Page {
  lex: Lexicon;
  rules: RuleSet;
  published: string;
  region: string | undefined;
  simplified: boolean;
  spokespeople: Scope['spokespeople'];
  /** Who presided over the last briefing read on the page, and its day. */
  carried?: BriefingState['carried'];
}

const roleOf = (p: Passage): Mention['role'] =>
  p.kind === 'headline' || p.kind === 'subheadline' ? 'headline' : p.kind === 'caption' ? 'caption' : 'body';

/** A passage's role, a photo's caption set among the paragraphs (…發表演說。(Reuters)) read as one (`folded`: its text). */
const passageRole = (page: Page, p: Passage, folded: string): Mention['role'] =>
  page.rules.when(creditedPhotoIsCaption, undefined, () => creditedPhotoIsCaption.apply(p, folded)) ? 'caption' : roleOf(p);

/** Registers the spokespeople named on the page (外交部發言人X) so a bare X表示 counts. */
export function registerSpokespeople(page: Page, prepared: Prepared[]): void {
  if (!page.rules.on(pageSpokespeople)) return;
  for (const prep of prepared)
    pageSpokespeople.apply(page.lex, prep, page.region, page.spokespeople, page.rules.on(bareTitleOfSentenceOffice));
}

/** Adds a response, and what a briefing learns from one in the body (`passage`): the question it answers, its topic. */
function takeResponse(
  page: Page,
  state: BriefingState,
  out: Mention[],
  response: Mention,
  passage: Passage | undefined,
  folded = '',
): void {
  out.push(response);
  if (response.topic) (state.answered ??= new Set()).add(response.topic.key);
  if (!passage) return;
  const opening = state.opening;
  if (opening?.passage && opening.ministry === response.ministry?.id && opening.passage.id !== passage.id) {
    response.because.add(presidingLineJoinsFirstAnswer.id);
    out.push({ ...response, passage: opening.passage, role: roleOf(opening.passage) });
  }
  state.opening = undefined;
  if (!state.asked?.size && !state.openQuestion && ANSWER_TURNS.some((r) => response.because.has(r.id))) state.unaskedTurn = response.topic;
  if (response.topic === state.openQuestion) {
    const asked = page.rules.first([answerCoversQuestion], response, state.questionPassage, passage);
    if (asked) out.push({ ...response, passage: asked });
    state.openQuestion = undefined;
  }
  // What a follow-up (追问) stays on: the last answer given at the briefing, not a statement recalled from another day.
  if (!state.briefingDay || response.when.date === state.briefingDay.date) state.lastAnswered = response.topic;
  // The answers' words since the last subheading, each passage once (it is the last one added when repeated).
  if (!state.answerText?.endsWith(folded)) state.answerText = (state.answerText ?? '') + folded;
  // Undated too: in a story that writes no day at all, the next answer still goes on with this one's topic.
  if (response.when.date || !state.lastByMinistry.get(response.ministry!.id)?.when.date)
    state.lastByMinistry.set(response.ministry!.id, {
      when: response.when,
      topic: response.topic!,
      seq: (state.seq = (state.seq ?? 0) + 1),
    });
}

/** Whether a sentence belongs to a reporter's open question: no answer, nor an answer turn, has begun. */
const stillAsking = (state: BriefingState, answerTurn: boolean, answer: Mention | undefined) =>
  !!state.openQuestion && !answerTurn && !answer;

/**
 * The story's day as a sentence sets it for the sentences after it, if it sets one (`asking`: the
 * sentence is part of a reporter's open question, which sets none).
 */
function storyDayAfter(page: Page, scope: Scope, asking: boolean, meetings: readonly Mention[], speaking = false): string | undefined {
  const { rules, lex } = page;
  const { prep, sentence, dates } = scope;
  const s = prep.folded;
  if (rules.when(questionSetsNoDay, undefined, () => questionSetsNoDay.apply(asking))) return undefined;
  if (!meetings.length && rules.when(answerSetsNoDay, undefined, () => answerSetsNoDay.apply(speaking))) return undefined;
  if (rules.when(lookBackGivesNoDay, undefined, () => lookBackGivesNoDay.apply(lex, s.slice(sentence.start, sentence.start + 10))))
    return undefined;
  const eventDay = rules.first([eventDayIsStoryDay], undefined, meetings, page.published);
  if (eventDay) return eventDay;
  // A call or meeting another outlet reported still sets the day; what else it retells does not.
  if (rules.when(otherReportGivesNoDay, undefined, () => otherReportGivesNoDay.apply(s.slice(sentence.start, sentence.start + 20))))
    return undefined;
  // A plan's day and a day of last week tell of something else than the story's day.
  const setsDay = (d: (typeof dates)[number]) =>
    !rules.when(planDayIsNoStoryDay, undefined, () => planDayIsNoStoryDay.apply(lex, s, sentence.start, d)) &&
    !rules.when(lastWeekIsNoStoryDay, undefined, () => lastWeekIsNoStoryDay.apply(s.slice(d.start, d.end))) &&
    !rules.when(saidDayIsNoStoryDay, undefined, () =>
      saidDayIsNoStoryDay.apply(inQuote(prep, d.start) || speechVerbBefore(lex, s, sentence.start, d.start)),
    );
  return rules.first([storyDay], undefined, dates, page.published, setsDay)?.date ?? undefined;
}

/** Sets the story's day after a sentence; returns it when the sentence wrote that day itself. */
function noteStoryDay(
  page: Page,
  scope: Scope,
  days: StoryDays,
  asking: boolean,
  meetings: readonly Mention[],
  speaking: boolean,
): string | undefined {
  const set = storyDayAfter(page, scope, asking, meetings, speaking);
  if (set) Object.assign(days, { contextDay: set, contextFromCredit: false });
  return set && scope.dates.some((d) => d.date === set && d.precision === 'day') ? set : undefined;
}

/**
 * A body paragraph with no event of its own that goes on with the last answer of its story: that
 * response again, on the next point when it turns to one. Returns the response a next paragraph goes on with.
 */
function continueAnswer(
  page: Page,
  state: BriefingState,
  out: Mention[],
  last: Mention | undefined,
  passage: Passage,
  prep: Prepared,
): Mention | undefined {
  const { rules, lex } = page;
  const s = prep.folded;
  if (!last || last.passage.story !== passage.story) return undefined;
  // A spokesperson's greeting (章啟月說，女士們，先生們，下午好！) opens a turn: the statement under it is theirs.
  const inTurn = ANSWER_TURNS.some((r) => last.because.has(r.id)) || last.because.has(greetingTurn.id);
  if (!rules.when(answerContinues, undefined, () => answerContinues.apply(s, inTurn, !!state.openQuestion))) return undefined;
  if (rules.when(anotherSpeaksBesides, undefined, () => anotherSpeaksBesides.apply(lex, s, last))) return undefined;
  const because = new Set([...last.because, answerContinues.id]);
  const next = rules.first([statementTurnsToAnother], { because }, s, !!state.openQuestion || !!state.asked?.size);
  const again = {
    ...last,
    passage,
    sentence: originalSlice(prep, 0, prep.sentences[0]?.end ?? s.length),
    because,
    ...(next ? { topic: next } : {}),
  };
  out.push(again);
  // The next paragraph goes on with this point.
  return next ? again : last;
}

/**
 * After a paragraph: one that told no event goes on with the last answer (or names the next one's
 * matter); one that told only a call or meeting inside a transcript's answer turn is still that answer.
 * Returns the response a next paragraph goes on with.
 */
function paragraphDone(
  page: Page,
  state: BriefingState,
  out: Mention[],
  last: Mention | undefined,
  passage: Passage,
  prep: Prepared,
  role: Mention['role'],
  found: boolean,
  responded: boolean,
): Mention | undefined {
  if (role !== 'body') return last;
  if (!found) return quietParagraph(page, state, out, last, passage, prep);
  if (!responded && answerTurnOpen(page, state, last)) return continueAnswer(page, state, out, last, passage, prep) ?? last;
  return last;
}

/** Whether a transcript's answer turn is still open: a paragraph telling a call or meeting inside it is still the answer. */
function answerTurnOpen(page: Page, state: BriefingState, last: Mention | undefined): boolean {
  return (
    !!last &&
    page.rules.when(answerTellsAMeeting, undefined, () =>
      answerTellsAMeeting.apply(
        ANSWER_TURNS.some((r) => last.because.has(r.id)),
        !!state.openQuestion,
      ),
    )
  );
}

/**
 * A body paragraph that tells no event: it goes on with the last answer, or else, with no question
 * open, it may be the matter the next answer takes up.
 */
function quietParagraph(
  page: Page,
  state: BriefingState,
  out: Mention[],
  last: Mention | undefined,
  passage: Passage,
  prep: Prepared,
): Mention | undefined {
  const told = out.length;
  const next = continueAnswer(page, state, out, last, passage, prep);
  if (out.length === told && !state.openQuestion) state.matter = { text: prep.folded, seq: state.seq ?? 0 };
  return next;
}

/** True when what an office said (with no question put) is the readout of talks its head held. */
function isReadout(page: Page, state: BriefingState, said: Mention, scope: Scope, meetings: readonly Mention[]): boolean {
  const { rules, lex } = page;
  const { prep, sentence } = scope;
  // 「發言人束玨婷答覆媒體相關提問時表示」: the sentence itself says a question was put.
  const asked = !!state.openQuestion || ANSWERS_ASKED.test(prep.folded.slice(sentence.start, sentence.end));
  // At the office's own press conference (its presider named), questions are put even where none is printed.
  const atItsPress = !!said.ministry && !!state.presider?.person && state.presider.ministry.id === said.ministry.id;
  const headSpeaks = () => headSpeaksAfter(lex, said, peopleIn(lex, prep, sentence.start, sentence.end), prep.folded);
  return (
    rules.when(readoutIsTheCall, undefined, () => readoutIsTheCall.apply(lex, said, asked, meetings)) ||
    rules.when(readoutOfTalks, undefined, () =>
      readoutOfTalks.apply(said, asked || atItsPress, prep.folded.slice(sentence.start, sentence.end), meetings, headSpeaks),
    )
  );
}

/** What a story's dates count from, as its passages are read. */
interface StoryDays {
  /** The day the story is about so far. */
  contextDay?: string | undefined;
  /** Whether that day is only a credit's (a time stamp under the headline), which a dateline in the body overrides. */
  contextFromCredit?: boolean;
  /** The story's 今天: its dateline's or time stamp's day. */
  today?: string | undefined;
  /** Whether the story names its today itself (今天(14日)). */
  named: boolean;
  /** Reading the first paragraph under a time stamp: its undated calls and meetings happened on the stamp's day. */
  stampLead: boolean;
  /** Whether the story's first body paragraph has been read. */
  leadRead?: boolean;
  /** The day of the chronology entry being read (a heading that is only a date): its undated calls and meetings happened then. */
  entryDay?: string | undefined;
  /** The rule that opened the entry: a date heading, or a scene line (北京時間12月15日下午，人民大會堂東大廳。). */
  entryBecause?: string | undefined;
  /** The last day the paragraph wrote with its year (1971年4月10日): a later month without one may be in it. */
  yearWritten?: string | undefined;
  /** The last such day of an earlier paragraph: a month-day the publication year would put ahead may be in its year. */
  yearWrittenBefore?: string | undefined;
  /** The story's body sentences that wrote a day, with that day, for an act named again later (發表完談話後). */
  dated: { text: string; date: string }[];
}

// 1971年4月10日, 一九七一年四月十日: a day written with its year.
const WITH_YEAR = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年/u;

/** A web page's time stamp under the headline (2025年08月08日 19:11) sets the story's today (`folded`: the story's body). */
function noteTimeStamp(page: Page, passage: Passage, days: StoryDays, folded: () => string): void {
  if (passage.kind !== 'credit') return;
  const stamped = page.rules.first([timeStampIsToday], undefined, passage, page.published);
  if (!stamped) return;
  const stamp = page.rules.first([morningStampIsNextDay], undefined, passage, stamped, folded()) ?? stamped;
  Object.assign(days, { today: stamp, named: false, stampLead: true });
}

/**
 * A body paragraph's undated calls and meetings under a time stamp's lead or a chronology's date heading, or
 * leading a story that writes no day (`writesADay`: whether the story writes one, read when needed).
 */
function dateUndatedByDay(
  page: Page,
  meetings: readonly Mention[],
  days: StoryDays,
  written: string | undefined,
  writesADay: () => boolean,
): void {
  const { lex, rules } = page;
  if (!days.leadRead && !days.today) {
    const lead = meetings.filter(
      (m) => !m.when.date && rules.when(undatedStoryLead, undefined, () => undatedStoryLead.apply(m, writesADay)),
    );
    dateUndatedLead(lex, lead, page.published, undatedStoryLead.id);
  }
  // (A day the paragraph wrote before them is theirs: 「密特朗28日…。…分別進行了會談」.)
  // (The stamp's own day is the report's, as a dateline's is: the happening may be dated a day or so before further on.)
  if (days.stampLead) dateUndatedLead(lex, meetings, written ?? days.today!, timeStampIsToday.id, !written);
  if (days.entryDay) dateUndatedLead(lex, meetings, days.entryDay, days.entryBecause ?? dateHeadingOpensEntry.id);
}

/** A heading that is only a date opens a chronology's entry: the offices start afresh, on its day. */
function noteDateHeading(page: Page, state: BriefingState, days: StoryDays, folded: string): void {
  const { rules } = page;
  // Only a heading naming a day can be one (most are not: their dates are not looked for again).
  if (!/[日号]/u.test(folded) || folded.length > 40) return;
  const dates = findDates(folded, { published: page.published, rules });
  if (!rules.when(dateHeadingOpensEntry, undefined, () => dateHeadingOpensEntry.apply(folded, dates))) return;
  state.lastByMinistry = new Map();
  state.answered = undefined;
  days.entryDay = dates.find((d) => d.precision === 'day')?.date ?? undefined;
  days.entryBecause = undefined;
  // (A release dated on its own line, 2023年8月28日,星期一, means that day by 今天.)
  if (days.entryDay) Object.assign(days, { today: days.entryDay, named: false });
}

/** A body paragraph that is only a day and a place sets the scene for the undated calls and meetings after it. */
function noteSceneLine(page: Page, days: StoryDays, prep: Prepared, role: Mention['role'], dates: readonly DateMention[]): void {
  if (role !== 'body') return;
  if (
    prep.sentences.length !== 1 ||
    !page.rules.when(sceneLineDatesWhatFollows, undefined, () => sceneLineDatesWhatFollows.apply(prep.folded, dates))
  )
    return;
  days.entryDay = dates.find((d) => d.precision === 'day')?.date ?? undefined;
  days.entryBecause = sceneLineDatesWhatFollows.id;
}

/** A heading inside a story: a date opening a chronology's entry, or a subheading put between answers. */
function noteHeading(page: Page, state: BriefingState, days: StoryDays, passage: Passage, folded: string): void {
  noteDateHeading(page, state, days, folded);
  if (passage.kind !== 'subheadline') return;
  state.subheading = { text: folded, seq: state.seq ?? 0, before: state.answerText ?? '' };
  state.answerText = '';
}

/** Dates the undated calls and meetings of a time-stamped story's first paragraph on its today (not those in reported speech). */
function dateUndatedLead(lex: Lexicon, meetings: readonly Mention[], today: string, because = timeStampIsToday.id, dateline = false): void {
  // Looked for in the folded sentence (the words are Simplified), before the call or meeting word.
  const reported = (m: Mention) => {
    const s = fold(m.sentence);
    return lex.speechVerbs.has(s, 0, Math.max(0, s.indexOf(fold(m.word))));
  };
  for (const m of meetings)
    if (!m.when.date && !m.restates && m.people.length > 1 && !reported(m)) {
      m.when = { date: today, precision: 'day', ...(dateline ? { dateline } : {}) };
      m.because.add(because);
    }
}

/**
 * Whether a speech verb in `s[from, i)` opens reported speech that reaches `i`: not one inside brackets
 * closed before it (釣魚島(南韓稱獨島)…, 稱 names, and what follows the bracket is not said).
 */
function speechVerbBefore(lex: Lexicon, s: string, from: number, i: number): boolean {
  return lex.speechVerbs.all(s, from, i).some((hit) => {
    const open = Math.max(s.lastIndexOf('(', hit.start), s.lastIndexOf('（', hit.start));
    if (open < from) return true;
    const close = [s.indexOf(')', open), s.indexOf('）', open)].filter((k) => k >= 0);
    const end = close.length ? Math.min(...close) : -1;
    return !(end > hit.start && end < i);
  });
}

/** The dates of one sentence; a dateline or a named today in it becomes the story's today from there on. */
function sentenceDates(
  page: Page,
  state: BriefingState,
  days: StoryDays,
  prep: Prepared,
  sentence: Prepared['sentences'][number],
  role: Mention['role'],
  speechAt: (i: number) => boolean,
): DateMention[] {
  const { rules } = page;
  const s = prep.folded;
  const datesOf = () =>
    findDates(
      s.slice(sentence.start, sentence.end),
      {
        published: page.published,
        contextDay: days.contextDay,
        speechDay: state.briefingDay?.date ?? undefined,
        today: days.today,
        todayNamed: days.named,
        yearWritten: days.yearWritten,
        yearWrittenBefore: days.yearWrittenBefore,
        rules,
      },
      (i) => speechAt(i + sentence.start),
    ).map((d) => ({ ...d, start: d.start + sentence.start, end: d.end + sentence.start }));
  const dates = datesOf();
  const written = dates.filter((d) => (d.precision === 'day' || d.precision === 'month') && WITH_YEAR.test(s.slice(d.start, d.end))).pop();
  if (written?.date) days.yearWritten = written.date;
  if (role !== 'body') return dates;
  const ownToday = rules.first([todayNamed], undefined, dates, s, page.published);
  // A presiding line dated with its year (新華社北京1月11日電 2013年1月10日，發言人…主持例行記者會) dates the briefing past a dateline.
  // (Only a sentence writing a day with its year can hold one.)
  const presiding = written
    ? rules.first(
        [presidingLineIsToday],
        undefined,
        dates.map((d) => ({ ...d, start: d.start - sentence.start, end: d.end - sentence.start })),
        s.slice(sentence.start, sentence.end),
        page.published,
      )
    : undefined;
  const dateline = ownToday ?? presiding ?? rules.first([datelineToday], undefined, dates, s, page.published);
  if (!dateline?.date || (dateline.date === days.today && !!ownToday === days.named)) return dates;
  days.today = dateline.date;
  days.named = !!ownToday;
  // 「中央社-2023-01-02 09:13」 then 「(中央社華盛頓1日綜合外電報導)」: the wire's day is the story's, not the page's stamp.
  if (rules.when(datelineOverStamp, undefined, () => datelineOverStamp.apply(!!days.contextFromCredit)))
    Object.assign(days, { contextDay: dateline.date, contextFromCredit: false });
  return datesOf();
}

/** Remembers a body sentence that wrote a day, for an act it tells named again later. */
function noteDated(days: StoryDays, dates: readonly DateMention[], sentence: string): void {
  const day = dates.findLast((d) => d.precision === 'day' && d.date)?.date;
  if (day) days.dated.push({ text: sentence, date: day });
}

/** What the rules see of one sentence of a passage. */
function scopeOf(
  page: Page,
  prep: Prepared,
  passage: Passage,
  role: Mention['role'],
  sentence: Scope['sentence'],
  dates: DateMention[],
  storyDay: string | undefined,
  lastPair?: Scope['lastPair'],
  dated: StoryDays['dated'] = [],
): Scope {
  const { lex, rules, region, simplified, spokespeople } = page;
  const dayOfAct = (words: string) => dated.findLast((d) => d.text.includes(words))?.date;
  return { lex, rules, prep, sentence, dates, passage, role, region, simplified, spokespeople, storyDay, lastPair, dayOfAct };
}

/**
 * A credit reports nothing, but a transcript's time label printed as one (時間:2013年3月28日 15:00) is the
 * briefing's day, and a day it gives is the story's when the story has none yet.
 */
function noteCreditDay(page: Page, state: BriefingState, days: StoryDays, prep: Prepared, passage: Passage): void {
  const sentence = prep.sentences[0];
  if (!sentence) return;
  const dates = sentenceDates(page, state, days, prep, sentence, 'caption', () => false);
  noteTimeLabel(scopeOf(page, prep, passage, 'caption', sentence, dates, days.contextDay), state);
  const credited = page.rules.first([creditGivesDay], undefined, dates, page.published, days.contextDay);
  if (credited && credited !== days.contextDay) Object.assign(days, { contextDay: credited, contextFromCredit: true });
}

/** A sentence's dates, its 當天 counted from `askedDay` (a day the open question wrote) when there is one. */
function askedDates(askedDay: string | undefined, days: StoryDays, read: () => DateMention[]): DateMention[] {
  if (!askedDay) return read();
  const story = days.contextDay;
  days.contextDay = askedDay;
  const dates = read();
  days.contextDay = story;
  return dates;
}

/** While a question is open, the last day it has written (this sentence's, else `before`); none once it closes. */
const dayAsked = (asking: boolean, dates: readonly DateMention[], before: string | undefined) =>
  asking ? (dates.findLast((d) => d.precision === 'day' && d.date)?.date ?? before) : undefined;

/** Every mention in one story's passages, in reading order. */
export function walkStory(page: Page, passages: readonly Passage[], prepared: Map<string, Prepared>): Mention[] {
  const { rules, lex } = page;
  const out: Mention[] = [];
  const state: BriefingState = {
    lastByMinistry: new Map(),
    previousText: '',
    ...(page.carried && rules.on(presiderCarriesOver) ? { carried: page.carried } : {}),
  };
  const days: StoryDays = { named: false, stampLead: false, dated: [] };
  let lastPair: Scope['lastPair'];
  let lastResponse: Mention | undefined;
  let spokenTurn = false;
  const body = () => passages.map((p) => (p.kind === 'paragraph' ? prepared.get(p.id)!.folded : '')).join('');
  // Whether any passage of the story, headlines and credits too, writes a day (read once, when a lead needs it).
  let wroteADay: boolean | undefined;
  const writesADay = () => (wroteADay ??= storyWritesADay(passages.map((p) => prepared.get(p.id)!.folded).join('\n'), page.published));
  for (const passage of passages) {
    noteTimeStamp(page, passage, days, body);
    if (rules.when(creditsReportNothing, undefined, () => creditsReportNothing.apply(passage))) {
      noteCreditDay(page, state, days, prepared.get(passage.id)!, passage);
      continue;
    }
    const prep = prepared.get(passage.id)!;
    const role = passageRole(page, passage, prep.folded);
    if (days.yearWritten) days.yearWrittenBefore = days.yearWritten;
    days.yearWritten = undefined;
    const s = prep.folded;
    if (role === 'headline') noteHeading(page, state, days, passage, s);
    let found = false;
    let responded = false;
    spokenTurn =
      role === 'body' &&
      rules.when(turnIsSpeech, undefined, () =>
        turnIsSpeech.apply(s, state.presider?.person?.folded, spokenTurn, !!lex.answerCues.at(s, 0)),
      );
    const askedAtBriefing =
      role === 'body' &&
      !spokenTurn &&
      rules.when(questionTurnAtBriefing, undefined, () => questionTurnAtBriefing.apply(s, state.briefingDay?.date));
    // The day an earlier sentence of the paragraph wrote, which set the story's day.
    let paraDay: string | undefined;
    // A day a reporter's open question wrote: its 當天 later in the question is that day, though it sets no story day.
    let askedDay: string | undefined;
    for (const sentence of prep.sentences) {
      const speechAt = (i: number) => spokenTurn || askedAtBriefing || inQuote(prep, i) || speechVerbBefore(lex, s, sentence.start, i);
      const dates = askedDates(askedDay, days, () => sentenceDates(page, state, days, prep, sentence, role, speechAt));
      noteSceneLine(page, days, prep, role, dates);
      const scope = scopeOf(page, prep, passage, role, sentence, dates, days.contextDay, lastPair, days.dated);
      noteQuestion(scope, state);
      // Who presides is never read from a reporter's turn (「問：韓國國防部發言人24日表示…」).
      if (!inQuestionTurn(lex, s, Math.min(sentence.end, sentence.start + 4))) notePresider(scope, state);
      const meetings = detectMeetings(scope);
      if (role === 'body') dateUndatedByDay(page, meetings, days, paraDay, writesADay);
      const said = detectResponse(scope, state);
      const response = said && !isReadout(page, state, said, scope, meetings) ? said : undefined;
      if (!said) {
        const opening = rules.first([presidingLineJoinsFirstAnswer], undefined, s.slice(sentence.start, sentence.end), state);
        if (opening) state.opening = { ...opening, passage };
      }
      out.push(...meetings);
      if (role === 'body') noteDated(days, dates, s.slice(sentence.start, sentence.end));
      const pair = meetings.filter((m) => m.people.length === 2 && role !== 'caption').pop();
      if (pair) lastPair = pair.people;
      if (response) {
        takeResponse(page, state, out, response, role === 'body' ? passage : undefined, s);
        lastResponse = response;
        const partner = rules.first([jointOffices], undefined, lex, prep, sentence, response, page.region);
        if (partner) out.push(partner);
      }
      found ||= meetings.length > 0 || !!response;
      responded ||= !!response;
      const asking = stillAsking(state, spokenTurn, response);
      if (role !== 'caption') paraDay = noteStoryDay(page, scope, days, asking, meetings, spokenTurn) ?? paraDay;
      askedDay = dayAsked(asking, dates, askedDay);
    }
    if (role === 'body') Object.assign(days, { stampLead: false, leadRead: true });
    lastResponse = paragraphDone(page, state, out, lastResponse, passage, prep, role, found, responded);
    if (role !== 'caption') state.previousText = s;
  }
  if (state.presider) page.carried = { presider: state.presider, briefingDay: state.briefingDay };
  return out;
}
