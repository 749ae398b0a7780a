/**
 * Calls and meetings in one sentence: every call or meeting word is a candidate, and the
 * rules in rules/calls.ts drop it, find its people, date it and type it.
 */
import { personKey, type PersonMention } from './actors.ts';
import { findTriggers } from './triggers.ts';
import { BYLINE_LEAD, clauseEnd, clauseStart, originalSlice } from './text.ts';
import { asWritten, sentenceText, type Scope } from './scope.ts';
import type { Mention, MentionPerson } from './mention.ts';
import type { DateValue } from './dates.ts';
import {
  CALL_DATES,
  CALL_DROPS,
  CALL_PEOPLE,
  UNDATED,
  dayTold,
  multilateral,
  pairWords,
  respectively,
  respectivelyPairedDays,
  leadersOfSeveralCountries,
  sameDayAsItsSentence,
  spokespersonSpeaksOfIt,
  videoByMeans,
  type CallCandidate,
} from './rules/calls.ts';

function location(scope: Scope, from: number, to: number): string | undefined {
  const m = /在([^，。、同与和]{2,12}?)(?:分别|先后|共同|一起|共|会议间隙|间隙|期间)?(?:同|与|和|会见|会晤|举行|出席|接见)/u.exec(
    scope.prep.folded.slice(from, to),
  );
  // 「在出席東盟峰會期間」「在4月訪華期間」: an occasion, not a place.
  if (!m || /^(?:出席|参加)|访|期间/u.test(m[1]!)) return undefined;
  return originalSlice(scope.prep, from + m.index + 1, from + m.index + 1 + m[1]!.length);
}

/** The people of a call or meeting as the people rules find them, each once; else a pair word's (雙方元首). */
function peopleOf(c: CallCandidate): ReturnType<typeof asWritten>[] {
  const { scope } = c;
  const { rules } = scope;
  let found: PersonMention[] = [];
  for (const r of CALL_PEOPLE) {
    if (!rules.on(r)) continue;
    const next = r.apply(c, found);
    if (next && next.length !== found.length) {
      found = next;
      c.because.add(r.id);
    }
  }
  // One person named twice (楊潔篪同賴斯…同美國總統國家安全事務助理賴斯): the mention with a title tells more.
  const byKey = new Map<string, PersonMention>();
  for (const p of found) {
    const known = byKey.get(personKey(p));
    if (!known || (known.titleStart === undefined && p.titleStart !== undefined)) byKey.set(personKey(p), p);
  }
  const people = [...byKey.values()].map((p) => asWritten(scope, p));
  return people.length === 0 ? (rules.first([pairWords], c, c) ?? people) : people;
}

/** The call and meeting mentions of one sentence. */
export function detectMeetings(scope: Scope): Mention[] {
  const { lex, prep, sentence, rules } = scope;
  const s = prep.folded;
  const out: Mention[] = [];
  const triggers = findTriggers(lex, s, sentence.start, sentence.end, rules);
  for (const trig of triggers) {
    const c: CallCandidate = {
      scope,
      trig,
      triggers,
      cStart: clauseStart(s, trig.start, sentence.start),
      cEnd: clauseEnd(s, trig.end, sentence.end),
      because: new Set(trig.because),
    };
    const verdict = rules.first(CALL_DROPS, c, c);
    if (verdict === 'drop') continue;
    const restates = verdict === 'restates';
    const people = peopleOf(c);
    if (rules.when(spokespersonSpeaksOfIt, undefined, () => spokespersonSpeaksOfIt.apply(c, people))) continue;
    const whenWritten = rules.first(CALL_DATES, c, c, restates) ?? UNDATED;
    const told = !whenWritten.date && !restates ? dayTold(c) : undefined;
    const place = location(scope, c.cStart, trig.end);
    const other = counterpart(scope, c.cStart, trig, sentence.end);
    const { sides, hosts } = sidesOf(c, people);
    const isMultilateral = rules.when(multilateral, c, () => multilateral.apply(c));
    const paired = sides.length > 1 ? rules.first([respectivelyPairedDays], c, c, sides.length) : undefined;
    for (const [k, guests] of (sides.length > 1 ? sides.map((p) => [...hosts, p]) : [people]).entries()) {
      const because = new Set(c.because);
      const when: DateValue = paired?.[k] ? { date: paired[k].date, precision: paired[k].precision } : whenWritten;
      out.push({
        type: verdict === 'message' ? 'other' : trig.type,
        mode: rules.when(videoByMeans, { because }, () => videoByMeans.apply(c)) ? 'video' : trig.mode,
        ...(isMultilateral ? { multilateral: true } : {}),
        ...unnamedGuest(scope, guests, people, trig),
        ...comesNext(s, c.cStart, trig.start),
        ...(restates ? { restates } : {}),
        ...(!when.date && !restates && rules.when(sameDayAsItsSentence, { because }, () => sameDayAsItsSentence.apply(c))
          ? { sameDay: true }
          : {}),
        when,
        ...(told ? { told } : {}),
        people: guests,
        word: originalSlice(prep, trig.start, trig.end),
        ...(place ? { location: place } : {}),
        ...(other && sides.length < 2 ? { counterpart: other } : {}),
        passage: scope.passage,
        sentence: sentenceText(scope),
        role: scope.role,
        because,
      });
    }
  }
  return out;
}

/**
 * Who meets whom when one word tells several meetings: 「分別會見A、B和C」 (the ones after the word), 「先後與A及B會面」
 * (the ones after 與), 「甲、乙和丙分別會見了丁」 (several before the word, each meeting the one after it); else no sides.
 */
function sidesOf(c: CallCandidate, people: MentionPerson[]): { sides: MentionPerson[]; hosts: MentionPerson[] } {
  const { lex, rules } = c.scope;
  const s = c.scope.prep.folded;
  const { trig } = c;
  const each =
    rules.when(respectively, c, () => respectively.apply(c)) ||
    rules.when(leadersOfSeveralCountries, c, () => leadersOfSeveralCountries.apply(c, people));
  const withAt = each ? s.slice(c.cStart, trig.start).search(/[与同和跟]/u) : -1;
  const after = each ? people.filter((p) => p.start > trig.start) : [];
  const before = people.filter((p) => p.start < trig.start);
  const last = before.at(-1);
  const manyMeetOne = each && after.length === 1 && before.length > 1 && !!last && lex.respectively.has(s, last.end, trig.start);
  const sides = manyMeetOne
    ? before
    : after.length > 1 || withAt < 0
      ? after
      : people.filter((p) => p.start > c.cStart + withAt && p.start < trig.start);
  const hosts = manyMeetOne ? after : people.filter((p) => p.start < trig.start && !sides.includes(p));
  return { sides, hosts };
}

// A word for what came next, ahead of the trigger in its clause (王毅其後會見, 隨後又與…會面), or for another one
// besides, right before it (王毅昨天也會見了…, 還會見了, 另會見) or before the one met (也與歐盟外長共進早餐).
const NEXT = /其后|随后|稍后|之后|接着|然后|随即/u;
const BESIDES = /(?:也|还|另|又)(?:分别)?(?:[与同和跟][^，,。；]{1,20})?$/u;
const comesNext = (s: string, from: number, to: number): { next?: true; besides?: true } => ({
  ...(NEXT.test(s.slice(from, to)) ? { next: true } : {}),
  ...(BESIDES.test(s.slice(from, to)) ? { besides: true } : {}),
});

// What the people list misses: 會見[來華出席…的國際組織負責人], [美國工商界]會見, or the whole clause.
/**
 * 「會見中德工商界知名人士」: in the body, a meeting word (會見, 接見…) with an object written after it in its
 * clause (not 時, 後, 中 closing it) that names no one the page knows, and one person on this side.
 */
function unnamedGuest(
  scope: Scope,
  guests: readonly PersonMention[],
  people: readonly PersonMention[],
  trig: { start: number; end: number; word: string },
): { guestUnnamed?: true } {
  const s = scope.prep.folded;
  if (scope.role !== 'body' || guests.length !== 1 || people.some((p) => p.start > trig.start)) return {};
  if (!/^(会见|接见|会晤|拜会)$/u.test(trig.word.slice(-2))) return {};
  const end = clauseEnd(s, trig.end, scope.sentence.end);
  return /^了?(?![时后前]|中[，,。；表指说强称])[^，,。；]{4,24}$/u.test(s.slice(trig.end, end)) ? { guestUnnamed: true } : {};
}

function counterpart(scope: Scope, cStart: number, trig: { start: number; end: number; word: string }, sEnd: number): string | undefined {
  const s = scope.prep.folded;
  if (/^(会见|接见|会晤|拜会|会面|见面)$/u.test(trig.word.slice(-2))) {
    const end = clauseEnd(s, trig.end, sEnd);
    const cut = s.slice(trig.end, end).search(/时|后|前|期间/u);
    const to = cut >= 0 ? trig.end + cut : end;
    // 會見[…葛瑞姆率領的]跨黨派參議員訪團: a long object is named by what follows its last 的.
    const of = s.lastIndexOf('的', to - 1);
    const from = to - trig.end > 24 && of > trig.end ? of + 1 : trig.end;
    if (to - from >= 2 && to - from <= 24) return originalSlice(scope.prep, from, to);
  }
  const verb = /(举行|进行)$/u.test(s.slice(cStart, trig.start)) ? 2 : 0;
  const m = /[同与和跟]([^同与和跟]{2,16})$/u.exec(s.slice(cStart, trig.start - verb));
  if (m) return originalSlice(scope.prep, trig.start - verb - m[1]!.length, trig.start - verb);
  // The clause, past a byline at its head (新華社北京8月3日電 王毅3日…出席…外長會).
  const from = cStart + (BYLINE_LEAD.exec(s.slice(cStart, trig.start))?.[0].length ?? 0);
  return trig.start - from >= 2 ? originalSlice(scope.prep, from, trig.start) : undefined;
}
