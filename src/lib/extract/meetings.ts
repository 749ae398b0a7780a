/**
 * Calls and meetings in one sentence: a trigger word, the people around it, the date
 * written before it in the sentence. Not-events (aggregates, plans, questions …) are skipped.
 */
import { peopleIn, personKey, type PersonMention } from './actors.ts';
import { nonEventReason } from './nonevents.ts';
import { findTriggers } from './triggers.ts';
import { clauseEnd, clauseStart, originalSlice } from './text.ts';
import { asWritten, sentenceText, type Scope } from './scope.ts';
import type { DateValue } from './dates.ts';
import type { Mention } from './mention.ts';

// Verbs whose object follows them: 會見/接見 X.
const OBJECT_AFTER = /^(会见|接见|会晤|拜会|会面|见面)$/u;
const UNDATED: DateValue = { date: null, precision: 'unknown' };
// 「通電話後首次會晤」: an event the next one is counted from.
const AFTER_EVENT = /^(后|後|以来|以來|之后|之後)/u;

// The sentence's subject: its speaker (習近平指出，…) or else the first person named.
function subjectOfSentence(scope: Scope, before: number): PersonMention | undefined {
  const { lex, prep, sentence } = scope;
  const people = peopleIn(lex, prep, sentence.start, before);
  return people.find((p) => lex.speechVerbs.at(prep.folded, p.end)) ?? people[0];
}

function isSpokesperson(scope: Scope, p: PersonMention): boolean {
  const title = p.titleStart !== undefined ? scope.prep.folded.slice(p.titleStart, p.titleEnd) : '';
  return !!p.person?.ministry || scope.spokespeople.has(p.folded) || /发言人/u.test(title);
}

function location(scope: Scope, from: number, to: number): string | undefined {
  const m = /在([^，。、同与和]{2,12}?)(?:同|与|和|会见|会晤|举行|出席|接见)/u.exec(scope.prep.folded.slice(from, to));
  return m ? originalSlice(scope.prep, from + m.index + 1, from + m.index + 1 + m[1]!.length) : undefined;
}

/** Whether a date is written in `[from, to)` (就12日的通话答问 still dates a call). */
function dateBetween(scope: Scope, from: number, to: number): boolean {
  return scope.dates.some((d) => d.start >= from && d.end <= to && d.precision === 'day');
}

/** The call and meeting mentions of one sentence. */
export function detectMeetings(scope: Scope): Mention[] {
  const { lex, prep, sentence } = scope;
  const s = prep.folded;
  const out: Mention[] = [];
  const triggers = findTriggers(lex, s, sentence.start, sentence.end);
  for (const trig of triggers) {
    const reason = nonEventReason(lex, s, trig.start, trig.end, sentence.start, sentence.end);
    // 「去年12月中旬，阿迪昂曾與吳釗燮視訊通話」: a past occasion written with its date is still an event.
    const datedPast = reason === 'other-occasion' && scope.dates.some((d) => d.end <= trig.start && d.start >= sentence.start && (d.precision === 'day' || d.precision === 'month'));
    // 「這是兩人…首度通話」: the happening reported before, looked back on; it may only join that one.
    const restates = reason === 'restatement';
    if (reason && !datedPast && !restates) continue;
    const cStart = clauseStart(s, trig.start, sentence.start);
    // 「商务部新闻发言人就中美经贸牵头人通话答记者问」: the call is what the answer is about, reported elsewhere.
    const lead = lex.topicLeads.all(s, cStart, trig.start).pop();
    if (lead && lex.responseVerbs.has(s, trig.end, clauseEnd(s, trig.end, sentence.end)) && !dateBetween(scope, lead.end, trig.start)) continue;
    const found = peopleIn(lex, prep, cStart, trig.start);
    const tail = trig.word.slice(-2);
    if (OBJECT_AFTER.test(tail)) {
      const objEnd = clauseEnd(s, trig.end, sentence.end);
      // 「會見隨馬克龍訪華的企業家代表團」: whom the ones met accompany is not met.
      found.push(...peopleIn(lex, prep, trig.end, objEnd).filter((p) => !(/[随陪跟]/u.test(s.slice(trig.end, p.start)) && s.slice(p.end, objEnd).includes('的'))));
    }
    // 「習近平…會見了A，又會見了B」: a clause with an object but no subject takes the sentence's.
    if (OBJECT_AFTER.test(tail) && cStart > sentence.start && trig.start - cStart <= 4 && found.some((p) => p.start > trig.start) && !found.some((p) => p.start < trig.start)) {
      const subject = subjectOfSentence(scope, cStart);
      if (subject) found.unshift(subject);
    }
    // 「很高興同總統先生視頻會晤」: no subject before 同, so the sentence's subject is one side.
    const withAt = s.slice(cStart, trig.start).search(/[同与和跟]/u);
    if (withAt >= 0 && !found.some((p) => p.start < cStart + withAt)) {
      const speaker = subjectOfSentence(scope, cStart);
      if (speaker) found.unshift(speaker);
    }
    const seen = new Set<string>();
    let people = found.filter((p) => !seen.has(personKey(p)) && seen.add(personKey(p))).map((p) => asWritten(scope, p));
    if (people.length === 0) people = pairOf(scope, cStart, trig.start) ?? people;
    // 「發言人毛寧…證實了通話」: a spokesperson speaks about the call, not in it.
    if (people.length > 0 && people.every((p) => isSpokesperson(scope, p))) continue;
    // 「3月18日視頻通話、7月28日通電話後首次會晤」: a date dates the first call or meeting after it only.
    // 「發言人3日證實，兩人通話…」: a date before a speech verb dates the speaking, not the call.
    const date = [...scope.dates]
      .reverse()
      .find((d) => d.end <= trig.start && d.start >= sentence.start && !d.rangeEnd && !triggers.some((t) => t.start >= d.end && t.end <= trig.start && AFTER_EVENT.test(s.slice(t.end, t.end + 2))) && !lex.responseVerbs.has(s, d.end, trig.start));
    const sameDay = !date && scope.role === 'body' && scope.storyDay && lex.sameOccasion.has(s, sentence.start, trig.start);
    const when: DateValue = restates
      ? UNDATED
      : date
      ? { date: date.date, precision: date.precision, ...(date.partOfDay ? { partOfDay: date.partOfDay } : {}), ...(date.local ? { local: true } : {}) }
      : sameDay ? { date: scope.storyDay!, precision: 'day' } : UNDATED;
    const place = location(scope, cStart, trig.start);
    const other = counterpart(scope, cStart, trig, sentence.end);
    // 「分別會見A、B和C」: one meeting with each of them.
    const sides = lex.respectively.has(s, cStart, trig.start) ? people.filter((p) => p.start > trig.start) : [];
    const hosts = people.filter((p) => p.start < trig.start);
    const multilateral = lex.multilateral.has(s, Math.max(cStart, trig.start - 6), trig.start);
    for (const guests of sides.length > 1 ? sides.map((p) => [...hosts, p]) : [people]) out.push({
      type: trig.twoPeople && guests.length === 2 && !multilateral ? trig.twoPeople : trig.type,
      mode: trig.mode,
      ...(multilateral ? { multilateral } : {}),
      ...(restates ? { restates } : {}),
      when,
      people: guests,
      word: originalSlice(prep, trig.start, trig.end),
      ...(place ? { location: place } : {}),
      ...(other && sides.length < 2 ? { counterpart: other } : {}),
      passage: scope.passage,
      sentence: sentenceText(scope),
      role: scope.role,
      confidence: confidenceOf(when, guests.length, guests.every((p) => p.person)),
    });
  }
  return out;
}

// 「兩國元首在…會晤」「雙方舉行會談」: the two sides are the story's last pair (both leaders for 元首).
function pairOf(scope: Scope, from: number, to: number): Mention['people'] | undefined {
  const { lex, prep, lastPair } = scope;
  // 「阿爾巴尼斯與習近平會面，是兩國領導人首次會談」: a sentence that names its people speaks of them.
  if (!lastPair || peopleIn(lex, prep, scope.sentence.start, to).length > 0) return undefined;
  let hit;
  for (let k = from; k < to && !hit; k++) hit = lex.pairWords.at(prep.folded, k);
  if (!hit || hit.end > to) return undefined;
  if (hit.value.leaders && !lastPair.every((p) => lex.leaderTitle.test(`${p.title ?? ''}${p.person?.role ?? ''}`))) return undefined;
  return lastPair;
}

// What the people list misses: 會見[來華出席…的國際組織負責人], [美國工商界]會見, or the whole clause.
function counterpart(scope: Scope, cStart: number, trig: { start: number; end: number; word: string }, sEnd: number): string | undefined {
  const s = scope.prep.folded;
  if (OBJECT_AFTER.test(trig.word.slice(-2))) {
    const end = clauseEnd(s, trig.end, sEnd);
    const cut = s.slice(trig.end, end).search(/时|后|前|期间/u);
    const to = cut >= 0 ? trig.end + cut : end;
    // 會見[…葛瑞姆率領的]跨黨派參議員訪團: a long object is named by what follows its last 的.
    const of = s.lastIndexOf('的', to - 1);
    const from = to - trig.end > 24 && of > trig.end ? of + 1 : trig.end;
    if (to - from >= 2 && to - from <= 24) return originalSlice(scope.prep, from, to);
  }
  const m = /[同与和跟]([^同与和跟]{2,16})$/u.exec(s.slice(cStart, trig.start).replace(/举行$|进行$/u, ''));
  if (m) return originalSlice(scope.prep, trig.start - m[1]!.length - (/(举行|进行)$/u.test(s.slice(cStart, trig.start)) ? 2 : 0), trig.start - (/(举行|进行)$/u.test(s.slice(cStart, trig.start)) ? 2 : 0));
  return trig.start - cStart >= 2 ? originalSlice(scope.prep, cStart, trig.start) : undefined;
}

function confidenceOf(when: DateValue, named: number, known: boolean): number {
  let c = when.precision === 'day' ? 0.9 : when.precision === 'unknown' ? 0.5 : 0.7;
  if (named < 2) c -= 0.1;
  if (!known) c -= 0.1;
  return Math.round(c * 100) / 100;
}
