/**
 * One happening, one event: which mentions (lead, body, caption, headline, a commentary's
 * aside) report the same call, meeting or answer. merge.ts groups by these rules.
 */
import { rule } from '../engine.ts';
import { personKey } from '../actors.ts';
import type { Mention } from '../mention.ts';

/** Mentions of one happening. */
export type Group = Mention[];

const keysOf = (m: Mention) => new Set(m.people.map(personKey));
const subset = (a: Set<string>, b: Set<string>) => [...a].every((k) => b.has(k));

export const futureIsPlan = rule({
  id: 'merge.future-is-a-plan',
  decides: 'A mention dated after publication (將於9月23日…) is a plan: it makes no event.',
  examples: [],
  apply: (m: Mention, published: string) => !!m.when.date && m.when.date > published.slice(0, m.when.date.length),
});

export const acrossTimeZones = rule({
  id: 'merge.across-time-zones',
  decides: '「12日上午…視頻通話」and「華盛頓當地時間11日晚…視頻通話」: one call a day apart on two clocks (same people, an evening abroad is the next morning here).',
  examples: [],
  apply: (m: Mention, group: Group): boolean => {
    const head = group[0]!;
    if (m.type === 'ministry-response' || !m.when.date || !head.when.date || m.when.precision !== 'day' || head.when.precision !== 'day') return false;
    const local = m.when.local ? m : group.find((g) => g.when.local);
    const home = local === m ? head : m;
    if (!local || home.when.local || !home.when.date || !local.when.date) return false;
    const shift = (Date.parse(home.when.date) - Date.parse(local.when.date)) / 86_400_000;
    const pod = local.when.partOfDay;
    if (!((shift === 1 && (pod === 'evening' || pod === 'night')) || (shift === -1 && pod === 'morning'))) return false;
    const mine = keysOf(m);
    const theirs = new Set(group.flatMap((g) => [...keysOf(g)]));
    return mine.size >= 2 && mine.size === theirs.size && subset(mine, theirs);
  },
});

export const twoSpeakersTwoResponses = rule({
  id: 'merge.two-speakers-two-responses',
  decides: 'Two named speakers of one ministry (the minister, then the spokesperson) give two responses, not one.',
  examples: [],
  apply: (m: Mention, group: Group) => {
    if (!m.people.length) return false;
    const mine = keysOf(m);
    return !group.every((g) => !g.people.length || g.people.some((p) => mine.has(personKey(p))));
  },
});

export const sameHappening = rule({
  id: 'merge.same-happening',
  decides: 'Mentions of the same kind on the same day whose people are the same or a part of each other are one happening.',
  examples: [],
  apply: (m: Mention, group: Group) => {
    const mine = keysOf(m);
    const theirs = new Set(group.flatMap((g) => [...keysOf(g)]));
    return subset(mine, theirs) || subset(theirs, mine);
  },
});

export const openingJoinsAnswer = rule({
  id: 'merge.opening-joins-first-answer',
  decides: 'A briefing’s opening line (發言人X主持例行記者會) goes with the first answer the story reports from it.',
  examples: [],
  apply: (m: Mention, answers: readonly Mention[]) => (m.opening ? answers.find((a) => a.passage.story === m.passage.story && a.ministry?.id === m.ministry?.id && a.when.date === m.when.date) : undefined),
});

export const coarseJoinsDay = rule({
  id: 'merge.coarse-joins-day',
  decides: '「這是兩國元首去年第二次視頻會晤」: a month- or year-dated mention joins the day-dated one of the story it restates.',
  examples: [],
  apply: (m: Mention, group: Group, coarse: (x: Mention) => boolean) => group[0]!.passage.story === m.passage.story && !coarse(group[0]!) && group[0]!.when.date!.startsWith(m.when.date!),
});

export const undatedJoinsDated = rule({
  id: 'merge.undated-joins-dated',
  decides: 'An undated mention joins a dated happening of the same kind whose people include its own (preferring its own story).',
  examples: [],
  apply: (m: Mention, group: Group) => {
    const mine = keysOf(m);
    return mine.size > 0 && subset(mine, new Set(group.flatMap((g) => [...keysOf(g)])));
  },
});

export const undatedStandsAlone = rule({
  id: 'merge.undated-stands-alone',
  decides: 'An undated mention that joins nothing stands as an undated event when the body states it and names someone (headlines, captions and look-backs never do).',
  examples: [],
  apply: (m: Mention) => m.role === 'body' && !m.restates && (m.type === 'ministry-response' || m.people.length > 0),
});

export const bareWordRestatesVideo = rule({
  id: 'merge.bare-word-restates-video',
  decides: '「拜登與習近平舉行視頻會晤。當日中午，雙方會晤結束」: a bare 會晤 or 會談 on the day of a video meeting of the same story, between the same people, is that meeting.',
  examples: [],
  apply: (m: Mention, group: Group) => {
    const head = group[0]!;
    const bare = (x: Mention) => x.mode === 'in-person' && /^(?:会晤|會晤|会谈|會談)$/u.test(x.word);
    const video = (x: Mention) => x.mode === 'video' && x.type === 'meeting';
    if (!((bare(m) && video(head)) || (video(m) && bare(head))) || m.passage.story !== head.passage.story) return false;
    const mine = keysOf(m);
    const theirs = new Set(group.flatMap((g) => [...keysOf(g)]));
    return mine.size > 0 && subset(mine, theirs) && subset(theirs, mine);
  },
});

/** Every rule of this file. */
export const MERGE_RULES = [bareWordRestatesVideo, futureIsPlan, openingJoinsAnswer, sameHappening, acrossTimeZones, twoSpeakersTwoResponses, coarseJoinsDay, undatedJoinsDated, undatedStandsAlone];
