/**
 * Calls and meetings: which trigger words report a happening (drop rules), who took part
 * (people rules), when (date rules) and what kind (type rules). Each rule reads one
 * candidate: a trigger word in its annotated sentence.
 */
import { rule, type Rule } from '../engine.ts';
import { clauseEnd, clauseStart } from '../text.ts';
import { hasPlan } from '../nonevents.ts';
import { peopleIn, type PersonMention } from '../actors.ts';
import type { DateMention, DateValue } from '../dates.ts';
import type { Scope } from '../scope.ts';
import type { TriggerHit } from '../triggers.ts';
import type { MentionPerson } from '../mention.ts';

/** A call or meeting word in its sentence, as the rules see it. */
export interface CallCandidate {
  scope: Scope;
  trig: TriggerHit;
  /** Every call or meeting word of the sentence. */
  triggers: TriggerHit[];
  /** Start and end of the clause holding the word. */
  cStart: number;
  cEnd: number;
  because: Set<string>;
}

/** What a drop rule says: drop it, keep it whatever later rules say, or keep it as a look back. */
export type Verdict = 'drop' | 'keep' | 'restates';
type DropRule = Rule<(c: CallCandidate) => Verdict | undefined>;

const text = (c: CallCandidate) => c.scope.prep.folded;
const sStart = (c: CallCandidate) => c.scope.sentence.start;
const sEnd = (c: CallCandidate) => c.scope.sentence.end;
const ne = (c: CallCandidate) => c.scope.lex.nonEvent;
const before = (c: CallCandidate) => text(c).slice(c.cStart, c.trig.start);

export const datedPastOccasion = rule({
  id: 'call.dated-past-occasion',
  decides: '「去年12月中旬，阿迪昂曾與吳釗燮視訊通話」: a past occasion (曾, 此前) written with its own day or month is still an event.',
  examples: [],
  apply: (c: CallCandidate) =>
    c.scope.dates.some((d) => d.end <= c.trig.start && d.start >= sStart(c) && (d.precision === 'day' || d.precision === 'month')),
});

/** Why a call or meeting word reports no happening, in the order they are tried. */
export const CALL_DROPS: DropRule[] = [
  rule({
    id: 'call.question-is-not-held',
    decides: 'A call or meeting in a question (是否, 會否, 嗎, ？) has not been held.',
    examples: [],
    apply: (c) => (ne(c).question.has(text(c), sStart(c), sEnd(c)) ? 'drop' : undefined),
  }),
  rule({
    id: 'call.count-is-not-one',
    decides: '3次會晤, 多次通話, 會晤兩次: a count sums several happenings and dates none.',
    examples: [],
    apply: (c) => {
      const after = text(c).slice(c.trig.end, Math.min(c.cEnd, c.trig.end + 8));
      return ne(c).aggregate.has(text(c), c.cStart, c.trig.start) || ne(c).aggregatePattern.test(before(c)) || ne(c).aggregateAfterPattern.test(after) ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'call.count-since',
    decides: '今年以來，我同總統先生兩次通話: after 以來 even 一次 is a count.',
    examples: [],
    apply: (c) => (ne(c).since.has(text(c), sStart(c), c.trig.start) && ne(c).sinceCountPattern.test(before(c)) ? 'drop' : undefined),
  }),
  rule({
    id: 'call.hypothetical',
    decides: '如果, 若, 一旦 before the word: a hypothetical call or meeting.',
    examples: [],
    apply: (c) => (ne(c).hypothetical.has(text(c), sStart(c), c.trig.start) ? 'drop' : undefined),
  }),
  rule({
    id: 'call.plan-is-not-held',
    decides: '將於, 邀請, 期待 in the clause (or the one before) or right after the word: a plan, not a happening.',
    examples: [],
    apply: (c) => {
      const s = text(c);
      const planFrom = clauseStart(s, Math.max(sStart(c), c.cStart - 1), sStart(c));
      return hasPlan(c.scope.lex, s, planFrom, c.trig.start) || hasPlan(c.scope.lex, s, c.trig.end, Math.min(c.cEnd, c.trig.end + 6)) ? 'drop' : undefined;
    },
  }),
  rule({
    id: 'call.anniversary',
    decides: '會晤兩周年, 紀念日: an anniversary names a past happening, not a new one.',
    examples: [],
    apply: (c) => (ne(c).anniversary.has(text(c), c.cStart, c.cEnd) ? 'drop' : undefined),
  }),
  rule({
    id: 'call.other-occasion',
    decides: '曾在會見…時表示, 此前, 上次: another occasion recalled, not reported (unless its own date is written: call.dated-past-occasion).',
    examples: [],
    apply: (c) => {
      if (!ne(c).otherOccasion.has(text(c), c.cStart, c.trig.start)) return undefined;
      return c.scope.rules.when(datedPastOccasion, c, () => datedPastOccasion.apply(c)) ? 'keep' : 'drop';
    },
  }),
  rule({
    id: 'call.negated',
    decides: '未, 沒有, 拒絕 just before the word: it did not happen.',
    examples: [],
    apply: (c) => (ne(c).negation.has(text(c), Math.max(c.cStart, c.trig.start - 4), c.trig.start) ? 'drop' : undefined),
  }),
  rule({
    id: 'call.denied-or-hearsay',
    decides: '「佩斯科夫否認…已通電話的報道」: denied, or only a report of a report.',
    examples: [],
    apply: (c) => (ne(c).denied.has(text(c), c.cStart, c.trig.start) || ne(c).hearsayAfterPattern.test(text(c).slice(c.trig.end, c.cEnd)) ? 'drop' : undefined),
  }),
  rule({
    id: 'call.called-off',
    decides: '「原定今日舉行的雙邊會晤，則因行程調整而取消」: called off.',
    examples: [],
    apply: (c) => (ne(c).cancelledAfterPattern.test(text(c).slice(c.trig.end, sEnd(c))) ? 'drop' : undefined),
  }),
  rule({
    id: 'call.during-a-visit',
    decides: '「訪俄期間，錢其琛會見了葉利欽」: meetings during a visit, with no day written in their sentence, fall on one of its days, not on the story’s day; they may only join one reported with its day.',
    examples: [],
    apply: (c) => {
      const head = text(c).slice(sStart(c), c.trig.start);
      if (!/(?:访|访问|出访|访华|visit)[^，。]{0,12}期间[，,]?/u.test(head)) return undefined;
      return c.scope.dates.some((d) => d.start >= sStart(c) && d.end <= sEnd(c) && d.date && d.precision === 'day') ? undefined : 'restates';
    },
  }),
  rule({
    id: 'call.named-as-a-thing',
    decides: '「麥卡錫與蔡英文的會面嚴重違反…」「林芳正在會談中提到」「通話的場景」「通電話時表示」: a call or meeting named as a thing (next to 的, in 在…中, or as when someone spoke) with no day in its sentence is one reported elsewhere; it may only join that one.',
    examples: [],
    apply: (c) => {
      const s = text(c);
      const nominal = /的$/u.test(s.slice(c.trig.start - 1, c.trig.start)) || /^(?:的|时[，,]?(?:表示|说|称|指出|强调|谈及|提到))/u.test(s.slice(c.trig.end, c.trig.end + 5)) || (/在(?:这次|此次|这场|本次)?$/u.test(before(c)) && /^[中时上后]/u.test(s.slice(c.trig.end, c.trig.end + 1)));
      if (!nominal) return undefined;
      return c.scope.dates.some((d) => d.start >= sStart(c) && d.end <= sEnd(c) && d.date) ? undefined : 'restates';
    },
  }),
  rule({
    id: 'call.looks-back',
    decides: '「這是兩國元首…後首次通話」「王毅等參加會見」: the happening just reported, looked back on; it may only join that one, undated.',
    examples: [],
    apply: (c) => {
      const s = text(c);
      const b = before(c);
      // (Calls named before 後 in 「這是…3月18日視頻通話、7月28日通電話後首次會晤」 are earlier ones, still events.)
      // 「林芳正今日跟王毅進行上任以來首度電話會談」: a first one with its own day is reported, not looked back on.
      const ownDay = c.scope.dates.some((d) => d.start >= sStart(c) && d.end <= c.trig.start && d.precision === 'day');
      if (ne(c).restatementPattern.test(b) && (c.cStart > sStart(c) || !ne(c).lookBackStartPattern.test(b)) && !(ownDay && !ne(c).lookBackStartPattern.test(b) && /(?:首次|首度|第一次)$/u.test(b))) return 'restates';
      if (ne(c).lookBackStartPattern.test(s.slice(sStart(c), c.trig.start)) && /首次|首度|第一次/u.test(b)) return 'restates';
      return undefined;
    },
  }),
  rule({
    id: 'call.subject-of-an-answer',
    decides: '「商務部新聞發言人就中美經貿牽頭人通話答記者問」: the call is what an answer is about, reported elsewhere (unless its day is written there).',
    examples: [],
    apply: (c) => {
      const { lex, dates } = c.scope;
      const s = text(c);
      const lead = lex.topicLeads.all(s, c.cStart, c.trig.start).pop();
      if (!lead || !lex.responseVerbs.has(s, c.trig.end, clauseEnd(s, c.trig.end, sEnd(c)))) return undefined;
      return dates.some((d) => d.start >= lead.end && d.end <= c.trig.start && d.precision === 'day') ? undefined : 'drop';
    },
  }),
];

// Verbs whose object follows them: 會見/接見 X.
const OBJECT_AFTER = /^(会见|接见|会晤|拜会|会面|见面)$/u;
/** Whether the word takes its guest after it (會見 X). */
export const takesObject = (c: CallCandidate) => OBJECT_AFTER.test(c.trig.word.slice(-2));

// The sentence's subject: its speaker (習近平指出，…) or else the first person named.
export function subjectOfSentence(scope: Scope, beforeAt: number): PersonMention | undefined {
  const { lex, prep, sentence } = scope;
  const people = peopleIn(lex, prep, sentence.start, beforeAt);
  return people.find((p) => lex.speechVerbs.at(prep.folded, p.end)) ?? people[0];
}

type PeopleRule = Rule<(c: CallCandidate, found: PersonMention[]) => PersonMention[] | undefined>;

export const companionsNotMet = rule({
  id: 'call.companions-not-met',
  decides: '「會見隨馬克龍訪華的企業家代表團」: whom the ones met accompany is not met.',
  examples: [],
  apply: (c: CallCandidate, p: PersonMention, objEnd: number) => /[随陪跟]/u.test(text(c).slice(c.trig.end, p.start)) && text(c).slice(p.end, objEnd).includes('的'),
});

// 「(記者陳斌華)」「【本報記者 李文】」: a name in a byline's credit is the reporter's.
const CREDIT_BEFORE = /[（(【〔][^）)】〕]{0,10}(?:记者|通讯员|编辑|摄影)[\s、]*$/u;
/** The people in `[from, to)` who may take part: reporters in a credit never do. */
const participantsIn = (c: CallCandidate, from: number, to: number) =>
  peopleIn(c.scope.lex, c.scope.prep, from, to).filter((p) => !CREDIT_BEFORE.test(text(c).slice(Math.max(0, p.start - 14), p.start)));

/** Who took part, each rule adding to what the ones before found. */
export const CALL_PEOPLE: PeopleRule[] = [
  rule({
    id: 'call.people-before',
    decides: 'The people named in the clause before the word take part (習近平同普京通電話).',
    examples: [],
    apply: (c) => participantsIn(c, c.cStart, c.trig.start),
  }),
  rule({
    id: 'call.object-after',
    decides: '會見 X, 接見 X: the people named after the word in its clause are met.',
    examples: [],
    apply: (c, found) => {
      if (!takesObject(c)) return undefined;
      const objEnd = clauseEnd(text(c), c.trig.end, sEnd(c));
      const after = participantsIn(c, c.trig.end, objEnd).filter((p) => !c.scope.rules.when(companionsNotMet, c, () => companionsNotMet.apply(c, p, objEnd)));
      return after.length ? [...found, ...after] : undefined;
    },
  }),
  rule({
    id: 'call.clause-takes-sentence-subject',
    decides: '「習近平…會見了A，又會見了B」: a clause with an object but no subject takes the sentence’s subject.',
    examples: [],
    apply: (c, found) => {
      if (!takesObject(c) || c.cStart <= sStart(c) || c.trig.start - c.cStart > 4) return undefined;
      if (!found.some((p) => p.start > c.trig.start) || found.some((p) => p.start < c.trig.start)) return undefined;
      const subject = subjectOfSentence(c.scope, c.cStart);
      return subject ? [subject, ...found] : undefined;
    },
  }),
  rule({
    id: 'call.people-earlier-in-sentence',
    decides: '「林芳正今日跟王毅，進行首度電話會談」: a clause that names no one takes the people named before it in the sentence.',
    examples: [],
    apply: (c, found) => {
      // Only a clause whose verb is a light verb before the word (進行, 舉行) continues the clause before it.
      if (found.length || c.cStart <= sStart(c) || !/^(?:并|並|还|還|也|再)?(?:进行|進行|举行|舉行|展开|展開)(?:了)?/u.test(before(c))) return undefined;
      const earlier = participantsIn(c, sStart(c), c.cStart);
      return earlier.length ? earlier : undefined;
    },
  }),
  rule({
    id: 'call.with-takes-speaker',
    decides: '「很高興同總統先生視頻會晤」: with 同 and no one before it, the sentence’s subject is one side.',
    examples: [],
    apply: (c, found) => {
      const withAt = before(c).search(/[同与和跟]/u);
      if (withAt < 0 || found.some((p) => p.start < c.cStart + withAt)) return undefined;
      const speaker = subjectOfSentence(c.scope, c.cStart);
      return speaker ? [speaker, ...found] : undefined;
    },
  }),
];

/** The undated value. */
export const UNDATED: DateValue = { date: null, precision: 'unknown' };
// 「通電話後首次會晤」: an event the next one is counted from.
const AFTER_EVENT = /^(后|後|以来|以來|之后|之後)/u;

export const dateOfEarlierEvent = rule({
  id: 'call.date-of-earlier-event',
  decides: '「3月18日視頻通話、7月28日通電話後首次會晤」: a date dates the first call or meeting after it only, not one counted from it.',
  examples: [],
  apply: (c: CallCandidate, d: DateMention) => c.triggers.some((t) => t.start >= d.end && t.end <= c.trig.start && AFTER_EVENT.test(text(c).slice(t.end, t.end + 2))),
});

export const dateOfSpeaking = rule({
  id: 'call.date-of-speaking',
  decides: '「發言人3日證實，兩人通話…」: a date before a speech verb dates the speaking, not the call.',
  examples: [],
  apply: (c: CallCandidate, d: DateMention) => c.scope.lex.responseVerbs.has(text(c), d.end, c.trig.start),
});

type DateRule = Rule<(c: CallCandidate, restates: boolean) => DateValue | undefined>;
const valueOf = (d: DateMention): DateValue => ({ date: d.date, precision: d.precision, ...(d.partOfDay ? { partOfDay: d.partOfDay } : {}), ...(d.local ? { local: true } : {}) });

/** When it happened: the first rule with an answer dates it. */
export const CALL_DATES: DateRule[] = [
  rule({
    id: 'call.look-back-is-undated',
    decides: 'A look back on a happening (call.looks-back) gives it no date of its own: it joins the happening reported.',
    examples: [],
    apply: (_c, restates) => (restates ? UNDATED : undefined),
  }),
  rule({
    id: 'call.date-written-before',
    decides: 'The nearest date written before the word in its sentence dates it (習近平21日同普京通電話).',
    examples: [],
    apply: (c) => {
      const { rules } = c.scope;
      const d = [...c.scope.dates]
        .reverse()
        .find(
          (x) =>
            x.end <= c.trig.start &&
            x.start >= sStart(c) &&
            !x.rangeEnd &&
            !rules.when(dateOfEarlierEvent, undefined, () => dateOfEarlierEvent.apply(c, x)) &&
            !rules.when(dateOfSpeaking, undefined, () => dateOfSpeaking.apply(c, x)),
        );
      if (!d) return undefined;
      for (const id of d.because) c.because.add(id);
      return valueOf(d);
    },
  }),
  rule({
    id: 'call.same-occasion-story-day',
    decides: '習近平還會見了…, 峰會期間…會見, 隨後: an undated call or meeting on the same occasion happened on the story’s day.',
    examples: [],
    apply: (c) => {
      const { scope } = c;
      return scope.role === 'body' && scope.storyDay && scope.lex.sameOccasion.has(text(c), sStart(c), c.trig.start) ? { date: scope.storyDay, precision: 'day' } : undefined;
    },
  }),
];

/** 「兩國元首在…會晤」「雙方舉行會談」: with no one named, the two sides are the story’s last pair (both leaders for 元首). */
export const pairWords = rule({
  id: 'call.pair-words',
  decides: '兩國元首, 雙方, 兩人 with no one named: the two people of the story’s last two-sided call or meeting (for 元首 both must be leaders).',
  examples: [],
  apply: (c: CallCandidate): MentionPerson[] | undefined => {
    const { lex, prep, lastPair, sentence } = c.scope;
    // 「阿爾巴尼斯與習近平會面，是兩國領導人首次會談」: a sentence that names its people speaks of them.
    if (!lastPair || peopleIn(lex, prep, sentence.start, c.trig.start).length > 0) return undefined;
    let hit;
    for (let k = c.cStart; k < c.trig.start && !hit; k++) hit = lex.pairWords.at(prep.folded, k);
    if (!hit || hit.end > c.trig.start) return undefined;
    if (hit.value.leaders && !lastPair.every((p) => lex.leaderTitle.test(`${p.title ?? ''}${p.person?.role ?? ''}`))) return undefined;
    return lastPair;
  },
});

export const spokespersonSpeaksOfIt = rule({
  id: 'call.spokesperson-speaks-of-it',
  decides: '「發言人毛寧…證實了通話」: when everyone named is a spokesperson, they speak about the call, not in it.',
  examples: [],
  apply: (c: CallCandidate, people: readonly PersonMention[]) =>
    people.length > 0 &&
    people.every((p) => {
      const title = p.titleStart !== undefined ? text(c).slice(p.titleStart, p.titleEnd) : '';
      return !!p.person?.ministry || c.scope.spokespeople.has(p.folded) || /发言人/u.test(title);
    }),
});

export const sameDayAsItsSentence = rule({
  id: 'call.same-day-as-its-sentence',
  decides: '「在與普亭視訊通話後，習近平與川普通電話，形成同一天與美俄領導人通話的場景」: a sentence that says 同一天 puts its undated calls and meetings on the day of the one it dates.',
  examples: [],
  apply: (c: CallCandidate) => /同一天|同一日|同日内|同一天内/u.test(text(c).slice(sStart(c), sEnd(c))),
});

export const respectively = rule({
  id: 'call.respectively',
  decides: '「分別會見A、B和C」: one meeting with each of them.',
  examples: [],
  apply: (c: CallCandidate) => c.scope.lex.respectively.has(text(c), c.cStart, c.trig.start),
});

export const multilateral = rule({
  id: 'call.multilateral',
  decides: '三方會晤, 集體會見: several sides meet, never the same happening as a two-sided one that day.',
  examples: [],
  apply: (c: CallCandidate) => c.scope.lex.multilateral.has(text(c), Math.max(c.cStart, c.trig.start - 6), c.trig.start),
});

export const twoSidedConferenceIsCall = rule({
  id: 'call.two-sided-video-conference',
  decides: 'Two leaders’ 視訊會議 (a video conference of exactly two people) is a call.',
  examples: [],
  apply: (c: CallCandidate, guests: number, isMultilateral: boolean) => !!c.trig.twoPeople && guests === 2 && !isMultilateral,
});

/** Every rule of this file, in the order they run. */
export const CALL_RULES = [...CALL_DROPS, datedPastOccasion, ...CALL_PEOPLE, companionsNotMet, pairWords, spokespersonSpeaksOfIt, ...CALL_DATES, dateOfEarlierEvent, dateOfSpeaking, sameDayAsItsSentence, respectively, multilateral, twoSidedConferenceIsCall];
