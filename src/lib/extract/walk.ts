/**
 * Walks an article story by story, passage by passage, sentence by sentence, carrying
 * what a reader carries: the day the story is about (for 當日 and undated answers), the
 * open press-conference question, the spokesperson presiding. Nothing carries from one
 * story into another, and a caption's dates stay in the caption.
 */
import type { Passage } from '../schema.ts';
import { findDates } from './dates.ts';
import { peopleIn } from './actors.ts';
import { ministriesIn, ministryHeaded, type MinistryMention } from './ministries.ts';
import { detectMeetings } from './meetings.ts';
import { detectResponse, ministryName } from './responses.ts';
import { noteQuestion, type BriefingState } from './questions.ts';
import { inQuote, originalSlice, prepare, type Prepared } from './text.ts';
import { hasPlan } from './nonevents.ts';
import { asWritten, type Scope } from './scope.ts';
import type { Lexicon } from './lexicon.ts';
import type { Mention, MentionPerson } from './mention.ts';
import { fold } from './fold.ts';

/** Page-wide facts every sentence sees. */
export interface Page {
  lex: Lexicon;
  published: string;
  region: string | undefined;
  simplified: boolean;
  spokespeople: Scope['spokespeople'];
}

const roleOf = (p: Passage): Mention['role'] =>
  p.kind === 'headline' || p.kind === 'subheadline' ? 'headline' : p.kind === 'caption' ? 'caption' : 'body';

// A paragraph that goes on with the last answer: 同時，中方… / 此外… / 「…」 without a new speaker.
const CONTINUES = /^(同时|此外|另外|他还|她还|他说|她说|他指出|她指出|中方|我们|「|“)/u;

/** Registers the spokespeople named on the page (外交部發言人X) so a bare X表示 counts. */
export function registerSpokespeople(page: Page, prepared: Prepared[]): void {
  for (const prep of prepared) {
    for (const p of peopleIn(page.lex, prep)) {
      if (p.titleStart === undefined || !/发言人/u.test(prep.folded.slice(p.titleStart, p.titleEnd))) continue;
      const ministry = ministriesIn(page.lex, prep, Math.max(0, p.titleStart - 14), p.titleStart, page.region).pop();
      if (ministry && !page.spokespeople.has(p.folded)) page.spokespeople.set(p.folded, { entry: ministry.entry, country: ministry.country });
    }
  }
}

/** Every mention in one story's passages, in reading order. */
export function walkStory(page: Page, passages: readonly Passage[], prepared: Map<string, Prepared>): Mention[] {
  const out: Mention[] = [];
  const state: BriefingState = { lastByMinistry: new Map(), previousText: '' };
  let contextDay: string | undefined;
  let today: string | undefined;
  let lastPair: Scope['lastPair'];
  let lastResponse: Mention | undefined;
  for (const passage of passages) {
    // A credit (photographer, page furniture, a printed web page's address) reports nothing.
    if (passage.kind === 'credit') continue;
    const prep = prepared.get(passage.id)!;
    const role = roleOf(passage);
    const s = prep.folded;
    let found = false;
    for (const sentence of prep.sentences) {
      const speechAt = (i: number) => inQuote(prep, i) || page.lex.speechVerbs.has(s, sentence.start, i);
      const datesOf = () =>
        findDates(s.slice(sentence.start, sentence.end), { published: page.published, contextDay, today }, (i) => speechAt(i + sentence.start)).map((d) => ({
          ...d,
          start: d.start + sentence.start,
          end: d.end + sentence.start,
        }));
      let dates = datesOf();
      // 「台北30日電」「本报北京3月24日电」: the dateline's day is the story's 今天, whatever day the page came out,
      // from the dateline's own sentence on (新华社奥克兰九月十一日电 国家主席江泽民今天下午…).
      const dateline = role === 'body' ? dates.find((d) => d.precision === 'day' && d.date && d.date <= page.published && /^[电電]/u.test(s.slice(d.end, d.end + 1))) : undefined;
      if (dateline?.date && dateline.date !== today) {
        today = dateline.date;
        dates = datesOf();
      }
      const scope: Scope = { lex: page.lex, prep, sentence, dates, passage, role, region: page.region, simplified: page.simplified, spokespeople: page.spokespeople, storyDay: contextDay, lastPair };
      if (role !== 'caption') noteQuestion(scope, state);
      notePresider(scope, state);
      const meetings = detectMeetings(scope);
      const said = role === 'caption' ? undefined : detectResponse(scope, state);
      // 「美國國務院表示，國務卿盧比歐…與王毅通電話」 with no question put: the office's readout of its own
      // head's call is how the call is known, not an answer of its own.
      const readout = !!said?.ministry && !state.openQuestion && meetings.some((m) => m.people.some((p) => headsMinistry(page.lex, p, said.ministry!)));
      const response = readout ? undefined : said;
      out.push(...meetings);
      const pair = meetings.filter((m) => m.people.length === 2 && role !== 'caption').pop();
      if (pair) lastPair = pair.people;
      if (response) {
        out.push(response);
        const asked = state.questionPassage;
        if (role === 'body' && response.topic === state.openQuestion) {
          // The answer closes the question; further paragraphs of the answer follow the ministry's last topic.
          if (asked && asked.id !== passage.id) out.push({ ...response, passage: asked, confidence: response.confidence - 0.1 });
          state.openQuestion = undefined;
        }
        lastResponse = response;
        // What a follow-up (追问) stays on: the last answer given at the briefing, not a statement recalled from another day.
        if (role === 'body' && (!state.briefingDay || response.when.date === state.briefingDay.date)) state.lastAnswered = response.topic;
        if (role === 'body' && response.when.date) state.lastByMinistry.set(response.ministry!.id, { when: response.when, topic: response.topic!, seq: (state.seq = (state.seq ?? 0) + 1) });
      }
      found ||= meetings.length > 0 || !!response;
      // 「這是去年10月9日…公告後的配套措施」: a sentence looking back gives no new day to the story.
      if (role !== 'caption' && !page.lex.nonEvent.lookBackStartPattern.test(s.slice(sentence.start, sentence.start + 10))) {
        // A day after publication is a plan's (將於9月23日…), not the day the story is about; nor is a
        // weekday after a plan's word (预计在星期五发表联合公报), which would read as the Friday past.
        const day = [...dates].reverse().find((d) => d.precision === 'day' && d.date && d.date <= page.published && !hasPlan(page.lex, s, sentence.start, d.start));
        if (day?.date) contextDay = day.date;
      }
    }
    if (!found && role === 'body' && lastResponse && lastResponse.passage.story === passage.story && CONTINUES.test(s)) {
      out.push({ ...lastResponse, passage, sentence: originalSlice(prep, 0, prep.sentences[0]?.end ?? s.length), confidence: lastResponse.confidence - 0.1 });
    } else if (found || role === 'body') lastResponse = found ? lastResponse : undefined;
    if (role !== 'caption') state.previousText = s;
  }
  return out;
}

/** Whether `p` heads `ministry` (國務卿 the State Department, 外长 a foreign ministry), by title or by the people data. */
function headsMinistry(lex: Lexicon, p: MentionPerson, ministry: MinistryMention): boolean {
  const title = p.title ?? p.person?.role;
  if (!title) return false;
  const hit = lex.ministryHeads.all(fold(title))[0];
  if (!hit || hit.value !== ministry.entry) return false;
  const country = p.person?.country ?? p.country;
  return !country || country === ministry.country;
}

function notePresider(scope: Scope, state: BriefingState): void {
  const { lex, prep, sentence } = scope;
  // 商務部新聞發言人就…答記者問: a ministry's spokesperson, unnamed, answers what follows.
  for (const m of ministriesIn(lex, prep, sentence.start, sentence.end, scope.region)) {
    if (/^(新闻)?发言人|^(外务)?报道官/u.test(prep.folded.slice(m.end, m.end + 5))) state.presider = { ministry: { ...m, name: originalSlice(prep, m.start, m.end) } };
  }
  for (const p of peopleIn(lex, prep, sentence.start, sentence.end)) {
    const known = p.person?.ministry ? { entry: p.person.ministry, country: p.person.country } : scope.spokespeople.get(p.folded);
    if (!known) {
      // 陸委會主委陳明通召開記者會: the office head presides over the answers that follow.
      if (state.presider || p.titleStart === undefined || !lex.briefingCues.has(prep.folded, sentence.start, sentence.end) || lex.questionCues.has(prep.folded, sentence.start, sentence.end)) continue;
      const near = ministriesIn(lex, prep, Math.max(sentence.start, p.start - 16), p.start, scope.region).pop();
      const head = ministryHeaded(lex, prep.folded, p.titleStart, p.titleEnd!, near, scope.region);
      if (head) state.presider = { ministry: { ...head, name: head.end > head.start ? originalSlice(prep, head.start, head.end) : head.folded }, person: asWritten(scope, p) };
      continue;
    }
    const ministry = ministriesIn(lex, prep, Math.max(sentence.start, p.start - 16), p.start, scope.region).pop();
    const name = ministry ? originalSlice(prep, ministry.start, ministry.end) : ministryName(known.entry, scope.simplified);
    state.presider = {
      ministry: ministry ? { ...ministry, name } : { start: p.start, end: p.start, folded: name, name, id: `${known.country.toLowerCase()}-${known.entry}`, entry: known.entry, country: known.country, en: '' },
      person: asWritten(scope, p),
    };
  }
}
