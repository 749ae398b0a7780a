/**
 * The extractor's knowledge, loaded from the JSON files in src/lib/data and folded to
 * Simplified once, so matching works the same on Traditional and Simplified text.
 */
import peopleData from '../data/people.json' with { type: 'json' };
import titlesData from '../data/titles.json' with { type: 'json' };
import countriesData from '../data/countries.json' with { type: 'json' };
import ministriesData from '../data/ministries.json' with { type: 'json' };
import triggersData from '../data/triggers.json' with { type: 'json' };
import noneventsData from '../data/nonevents.json' with { type: 'json' };
import topicsData from '../data/topics.json' with { type: 'json' };
import outletsData from '../data/outlets.json' with { type: 'json' };
import surnamesData from '../data/surnames.json' with { type: 'json' };
import { fold } from './fold.ts';
import { PhraseMatcher } from './matcher.ts';

export interface PersonEntry {
  id: string;
  en: string;
  country: string;
  names: string[];
  role?: string;
  ministry?: string;
  /** The last year a spokesperson spoke for the ministry. */
  spokespersonUntil?: number;
}
export interface TitleEntry {
  names: string[];
  en: string;
  /** A head of state, government or party. */
  head?: boolean;
}
export interface CountryEntry {
  code: string;
  en: string;
  names: string[];
}
export interface MinistryEntry {
  id: string;
  en: string;
  names: string[];
  country?: string;
}
export interface TriggerEntry {
  type: 'call' | 'meeting' | 'other';
  mode: 'phone' | 'video' | 'in-person';
}
export interface TopicEntry {
  key: string;
  zhHant: string;
  zhHans: string;
  en: string;
}

/** Everything the extractor matches on, folded and indexed. */
export interface Lexicon {
  people: PhraseMatcher<PersonEntry>;
  personById: Map<string, PersonEntry>;
  /** 習, 馬, 拜: the first character of a known person's name in Chinese (folded), as nicknames cut names to it. */
  nameInitials: ReadonlySet<string>;
  titles: PhraseMatcher<TitleEntry>;
  countries: PhraseMatcher<CountryEntry>;
  /** 北京, 華府: a capital that speaks for its government (the country code). */
  capitals: PhraseMatcher<string>;
  ministries: PhraseMatcher<MinistryEntry>;
  ministryEntries: Map<string, MinistryEntry>;
  embassyWords: PhraseMatcher<true>;
  /** 美 in 駐美使館: a host country's one-character name, right before the embassy word → its code. */
  postedHosts: Map<string, string>;
  /** Titles whose holder speaks for a ministry (外交部長, 外長): title → ministry id. */
  ministryHeads: PhraseMatcher<string>;
  triggers: PhraseMatcher<TriggerEntry>;
  exclusions: PhraseMatcher<true>;
  responseVerbs: PhraseMatcher<true>;
  shortVerbs: Set<string>;
  speechVerbs: PhraseMatcher<true>;
  questionCues: PhraseMatcher<true>;
  answerCues: PhraseMatcher<true>;
  followUpCues: PhraseMatcher<true>;
  questionTurnPattern: RegExp;
  briefingTimeLabels: PhraseMatcher<true>;
  briefingCues: PhraseMatcher<true>;
  pressCues: PhraseMatcher<true>;
  topicLeads: PhraseMatcher<true>;
  thisCues: PhraseMatcher<true>;
  sameOccasion: PhraseMatcher<true>;
  /** Words any answer may say: they tell no matter apart. */
  commonAnswerWords: ReadonlySet<string>;
  respectively: PhraseMatcher<true>;
  /** Words for the two sides just named (兩國元首, 雙方); `leaders` only when both are leaders. */
  pairWords: PhraseMatcher<{ leaders: boolean }>;
  /** Titles and roles that make a person a leader, for 兩國元首. */
  leaderTitle: RegExp;
  multilateral: PhraseMatcher<true>;
  furtherPoint: PhraseMatcher<true>;
  topics: PhraseMatcher<TopicEntry>;
  /** Position of a topic in the data: lower is more specific. */
  topicRank: (t: TopicEntry) => number;
  nonEvent: {
    aggregate: PhraseMatcher<true>;
    aggregatePattern: RegExp;
    aggregatePeoplePattern: RegExp;
    aggregateAfterPattern: RegExp;
    since: PhraseMatcher<true>;
    sinceCountPattern: RegExp;
    plan: PhraseMatcher<true>;
    hypothetical: PhraseMatcher<true>;
    question: PhraseMatcher<true>;
    anniversary: PhraseMatcher<true>;
    otherOccasion: PhraseMatcher<true>;
    negation: PhraseMatcher<true>;
    declined: PhraseMatcher<true>;
    restatementPattern: RegExp;
    denied: PhraseMatcher<true>;
    hearsayAfterPattern: RegExp;
    cancelledAfterPattern: RegExp;
    lookBackStartPattern: RegExp;
  };
  /** The last characters of the call, meeting and other words (folded). */
  triggerEnds: ReadonlySet<string>;
  /** Common Chinese surnames (folded), for names the people data does not hold. */
  surnames: ReadonlySet<string>;
  outletRegion: (outlet: string | undefined) => string | undefined;
  /** The country whose paper's bracketed dateline (（吉隆坡15日讯）) opens `folded`, if any. */
  datelineRegion: (folded: string) => string | undefined;
  /** Whether the outlet's paper is dated on a clock behind Asia's (an American paper). */
  behindAsia: (outlet: string | undefined) => boolean;
}

const words = (list: readonly string[], silent: readonly string[] = []) =>
  new PhraseMatcher(
    list.map((w) => [fold(w), true as const] as const),
    silent.map(fold),
  );
const keyed = <T extends { names: string[] }>(list: readonly T[]) =>
  new PhraseMatcher(list.flatMap((e) => e.names.map((n) => [fold(n), e] as const)));

let cached: Lexicon | undefined;

/** The lexicon, built on first use. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const people = peopleData.people as PersonEntry[];
  const triggerEntries = (['call', 'meeting', 'other'] as const).flatMap((type) =>
    (triggersData[type] as { word: string; mode: TriggerEntry['mode'] }[]).map((t) => [fold(t.word), { type, mode: t.mode }] as const),
  );
  const ne = noneventsData;
  // (Lower-cased once: Latin names match in any case.)
  const outlets = outletsData.outlets.map((o) => ({ names: o.names.map((n) => fold(n).toLowerCase()), region: o.region }));
  const behind = outletsData.behindAsia.map(fold);
  const latinWord = (w: string) => `(?<![A-Za-z])${w.replace(/ /gu, '\\s+')}(?![A-Za-z])`;
  const anyOf = (words: readonly string[]) => words.map((w) => (/^[A-Za-z ]+$/u.test(w) ? latinWord(w) : fold(w))).join('|');
  const sourceWords = new RegExp(anyOf(outletsData.sourceWords), 'iu');
  const places = Object.entries(outletsData.places).map(([region, words]) => ({ region, pattern: new RegExp(anyOf(words), 'iu') }));
  const shared = new Set(outletsData.sharedNames.map(fold));
  // `f` is folded and lower-cased.
  const namesIn = (f: string) =>
    outlets
      .flatMap((o) => o.names.map((n) => ({ name: n, region: o.region, at: f.indexOf(n) })))
      .filter((o) => o.at >= 0)
      .sort((a, b) => a.at - b.at || b.name.length - a.name.length);
  // A place named outside any outlet's name (台灣 in 中國台灣網 is a name, not a place).
  const placeIn = (f: string) => {
    const bare = namesIn(f).reduce((t, o) => t.slice(0, o.at) + ' '.repeat(o.name.length) + t.slice(o.at + o.name.length), f);
    return places
      .map((p) => ({ region: p.region, at: bare.search(p.pattern) }))
      .filter((p) => p.at >= 0)
      .sort((a, b) => a.at - b.at)[0]?.region;
  };
  // The outlet named first decides, unless papers in several places share its name and a place is named.
  const regionIn = (f: string) => {
    const named = namesIn(f)[0];
    return named && !shared.has(named.name) ? named.region : (placeIn(f) ?? named?.region);
  };
  const datelines = Object.entries(outletsData.datelinePlaces).map(
    ([region, places]) => [region, new RegExp(`^[（(](?:${places.join('|')})[^）)]{0,12}?\\d{1,2}日讯[）)]`, 'u')] as const,
  );
  cached = {
    people: keyed(people),
    personById: new Map(people.map((p) => [p.id, p])),
    nameInitials: new Set(people.flatMap((p) => p.names.filter((n) => /\p{Script=Han}/u.test(n)).map((n) => fold(n)[0]!))),
    titles: keyed(titlesData.titles as TitleEntry[]),
    countries: keyed(countriesData.countries as CountryEntry[]),
    capitals: new PhraseMatcher(
      Object.entries(countriesData.capitals).flatMap(([code, names]) => names.map((n) => [fold(n), code] as const)),
    ),
    ministries: keyed(ministriesData.ministries as MinistryEntry[]),
    ministryEntries: new Map((ministriesData.ministries as MinistryEntry[]).map((m) => [m.id, m])),
    embassyWords: words(ministriesData.embassy.words),
    postedHosts: new Map(Object.entries(countriesData.posted).flatMap(([code, names]) => names.map((n) => [fold(n), code] as const))),
    ministryHeads: new PhraseMatcher(
      Object.entries(ministriesData.heads).flatMap(([id, titles]) => titles.map((t) => [fold(t), id] as const)),
    ),
    triggers: new PhraseMatcher(triggerEntries),
    exclusions: words(triggersData.exclusions),
    responseVerbs: words(triggersData.responseVerbs),
    shortVerbs: new Set(triggersData.shortVerbs.map(fold)),
    speechVerbs: words(triggersData.speechVerbs, triggersData.notSpeech),
    questionCues: words(triggersData.questionCues),
    answerCues: words(triggersData.answerCues),
    followUpCues: words(triggersData.followUpCues),
    questionTurnPattern: new RegExp(triggersData.questionTurnPattern, 'u'),
    briefingTimeLabels: words(triggersData.briefingTimeLabels),
    briefingCues: words(triggersData.briefingCues),
    pressCues: words(triggersData.pressCues),
    topicLeads: words(triggersData.topicLeads),
    thisCues: words(triggersData.thisCues),
    sameOccasion: words(triggersData.sameOccasion),
    commonAnswerWords: new Set(triggersData.commonAnswerWords),
    respectively: words(triggersData.respectively),
    pairWords: new PhraseMatcher<{ leaders: boolean }>([
      ...triggersData.pairWords.leaders.map((w): [string, { leaders: boolean }] => [fold(w), { leaders: true }]),
      ...triggersData.pairWords.any.map((w): [string, { leaders: boolean }] => [fold(w), { leaders: false }]),
    ]),
    leaderTitle: new RegExp(triggersData.pairWords.leaderTitles.map(fold).join('|'), 'u'),
    multilateral: words(triggersData.multilateral),
    furtherPoint: words(triggersData.furtherPoint),
    topics: new PhraseMatcher(
      (topicsData.topics as (TopicEntry & { cues: string[] })[]).flatMap((t) => t.cues.map((c) => [fold(c), t] as const)),
    ),
    topicRank: (t) => (topicsData.topics as TopicEntry[]).findIndex((x) => x.key === t.key),
    nonEvent: {
      aggregate: words(ne.aggregate),
      aggregatePattern: new RegExp(ne.aggregatePattern, 'u'),
      aggregatePeoplePattern: new RegExp(ne.aggregatePeoplePattern, 'u'),
      aggregateAfterPattern: new RegExp(ne.aggregateAfterPattern, 'u'),
      since: words(ne.since),
      sinceCountPattern: new RegExp(ne.sinceCountPattern, 'u'),
      plan: words(ne.plan),
      hypothetical: words(ne.hypothetical),
      question: words(ne.question),
      anniversary: words(ne.anniversary),
      otherOccasion: words(ne.otherOccasion),
      negation: words(ne.negation),
      declined: words(ne.declined),
      restatementPattern: new RegExp(ne.restatementPattern, 'u'),
      denied: words(ne.denied),
      hearsayAfterPattern: new RegExp(ne.hearsayAfterPattern, 'u'),
      cancelledAfterPattern: new RegExp(ne.cancelledAfterPattern, 'u'),
      lookBackStartPattern: new RegExp(ne.lookBackStartPattern, 'u'),
    },
    triggerEnds: new Set(triggerEntries.map(([word]) => word.at(-1)!)),
    surnames: new Set(surnamesData.surnames.map(fold)),
    outletRegion: (outlet) => {
      if (!outlet) return undefined;
      const f = fold(outlet).toLowerCase();
      // The outlet is named before what it cites, reprints or mirrors.
      return regionIn(f.split(sourceWords)[0]!) ?? regionIn(f);
    },
    datelineRegion: (folded) => datelines.find(([, pattern]) => pattern.test(folded))?.[0],
    behindAsia: (outlet) => {
      const f = outlet ? fold(outlet) : '';
      return !!f && behind.some((n) => f.includes(n));
    },
  };
  return cached;
}
