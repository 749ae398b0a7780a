/**
 * Groups the mentions of a page into happenings by the rules in rules/merge.ts. Dated
 * mentions group on date, kind and compatible people; undated ones join a dated group
 * of the same kind whose people include theirs, else may stand alone.
 */
import type { RuleSet } from './engine.ts';
import { personKey } from './actors.ts';
import type { Mention } from './mention.ts';
import {
  acrossTimeZones,
  datelineDayYields,
  bareWordRestatesVideo,
  coarseJoinsDay,
  futureIsPlan,
  leadSumsUpAnswer,
  leadRepeatsAnswer,
  leadAnswersQuestionBelow,
  meetingOnVisitDay,
  openingJoinsAnswer,
  respectivelyNamesEach,
  sameHappening,
  twoSpeakersTwoResponses,
  undatedJoinsDated,
  undatedStandsAlone,
  undatedAnswerOnPublicationDay,
  undatedOnDayTold,
  type Group,
} from './rules/merge.ts';

export type { Group } from './rules/merge.ts';

/** What makes two mentions the same kind of happening (video calls and video meetings alike). */
export function kindOf(m: Mention): string {
  if (m.type === 'ministry-response') return `response:${m.ministry?.id}:${m.topic?.key}`;
  return (m.mode === 'video' ? 'video' : m.type) + (m.multilateral ? ':multilateral' : '');
}

const dated = (m: Mention) => m.when.date !== null && m.when.precision !== 'approximate';

function compatible(rules: RuleSet, m: Mention, group: Group, sameDay: boolean): boolean {
  const head = group[0]!;
  if (kindOf(m) !== kindOf(head))
    return (
      (!sameDay || !dated(m) || m.when.date === head.when.date) &&
      rules.when(bareWordRestatesVideo, m, () => bareWordRestatesVideo.apply(m, group))
    );
  // Undated and approximate mentions (近日, 上周) are alike: neither gives a day to disagree on.
  if (
    sameDay &&
    (dated(m) || dated(head)) &&
    m.when.date !== head.when.date &&
    !rules.when(acrossTimeZones, m, () => acrossTimeZones.apply(m, group)) &&
    !rules.when(datelineDayYields, m, () => datelineDayYields.apply(m, group))
  )
    return false;
  if (m.type === 'ministry-response') return !rules.when(twoSpeakersTwoResponses, undefined, () => twoSpeakersTwoResponses.apply(m, group));
  if (!sameDay) return rules.when(undatedJoinsDated, m, () => undatedJoinsDated.apply(m, group));
  return rules.when(sameHappening, m, () => sameHappening.apply(m, group));
}

// A transcript's turn: an answer (答：) or a reporter's question (問：).
const TURN = /[答問问][:：]/u;

/** Groups the mentions of a page; `published` drops what lies in its future (plans). */
export function mergeMentions(mentions: readonly Mention[], published: string, rules: RuleSet, behindAsia = false): Group[] {
  const groups: Group[] = [];
  const current = mentions.filter((m) => !rules.when(futureIsPlan, undefined, () => futureIsPlan.apply(m, published, behindAsia)));
  const answers = current.filter((m) => m.type === 'ministry-response' && !m.opening);
  current.forEach((m, i) => {
    if (m.type !== 'ministry-response' || (m.when.date ? !m.because.has('response.date-story-day') : m.role !== 'body')) return;
    const told = rules.first([leadSumsUpAnswer], m, m, current.slice(0, i), current.slice(i + 1));
    if (told) Object.assign(m, { when: told.when, topic: told.topic });
  });
  // Each story's first answer told in prose (not a transcript's turn, which may repeat a stock line of a later one;
  // not its headline, which only names it).
  const answered = new Set<string>();
  current.forEach((m, i) => {
    if (m.type !== 'ministry-response' || m.opening || m.role !== 'body' || answered.has(m.passage.story)) return;
    answered.add(m.passage.story);
    if (/答[:：]/u.test(m.passage.text)) return;
    const same = rules.first([leadRepeatsAnswer, leadAnswersQuestionBelow], m, m, current.slice(i + 1));
    // A lead printed twice (a summary, then the story's opening) repeats itself first: the answer its repeat sums up is both's.
    const answer =
      same && !TURN.test(same.passage.text) && rules.first([leadRepeatsAnswer], same, same, current.slice(current.indexOf(same) + 1));
    const told = answer || same;
    if (told) for (const lead of answer && same ? [m, same] : [m]) Object.assign(lead, { when: told.when, topic: told.topic });
  });
  const byOpening = (a: Mention, b: Mention) => Number(!!a.opening) - Number(!!b.opening);
  // A month- or year-dated mention (这是两国元首去年第二次视频会晤) comes after the day-dated ones it may restate.
  const coarse = (m: Mention) => m.when.precision === 'month' || m.when.precision === 'year';
  // A day on another place's clock (当地时间) comes after the home day of the same happening.
  const local = (m: Mention) => Number(!!m.when.local);
  // A day taken from the dateline comes after the days the report writes itself.
  const lined = (m: Mention) => Number(!!m.when.dateline);
  // A briefing's opening line goes with the group of the first answer given there.
  const loose: Group[] = [];
  const joinOpening = (m: Mention): boolean => {
    const at = current.indexOf(m);
    const first = rules.first(
      [openingJoinsAnswer],
      m,
      m,
      answers,
      answers.find((a) => current.indexOf(a) > at),
    );
    const target = first && (groups.find((g) => g.includes(first)) ?? loose.find((g) => g.includes(first)));
    // A statement's frame (發言人就美方加徵關稅答記者問) names the matter best: it leads the answer's group.
    if (m.framed) target?.unshift(m);
    else target?.push(m);
    return !!target;
  };
  for (const m of current
    .filter(dated)
    .sort((a, b) => byOpening(a, b) || Number(coarse(a)) - Number(coarse(b)) || local(a) - local(b) || lined(a) - lined(b))) {
    if (joinOpening(m)) continue;
    const group =
      groups.find((g) => compatible(rules, m, g, true)) ??
      (coarse(m)
        ? groups.find((g) => rules.when(coarseJoinsDay, m, () => coarseJoinsDay.apply(m, g, coarse)) && compatible(rules, m, g, false))
        : undefined);
    if (group) group.push(m);
    else groups.push([m]);
  }
  const joinDated = (m: Mention): boolean => {
    const candidates = groups.filter((g) => compatible(rules, m, g, false));
    const group = candidates.find((g) => g.some((x) => x.passage.story === m.passage.story)) ?? candidates[0];
    group?.push(m);
    return !!group;
  };
  const standAlone = (m: Mention): void => {
    if (!rules.when(undatedStandsAlone, m, () => undatedStandsAlone.apply(m))) return;
    const day =
      rules.first([undatedAnswerOnPublicationDay], m, m, published) ??
      rules.first([undatedOnDayTold], m, m) ??
      rules.first([meetingOnVisitDay], m, m, groups);
    if (day) m.when = day;
    const same = loose.find((g) => g[0]!.passage.story === m.passage.story && compatible(rules, m, g, true));
    if (same) same.push(m);
    else loose.push([m]);
  };
  // 同一天: a mention that joins no day of its own waits until the others have joined theirs.
  const waiting: Mention[] = [];
  // 「分別會見了外國客人」, then 「在會見X時」 for each: the first guest named joins the day's group, each later one is a meeting of its own.
  const joinRespectively = (m: Mention): boolean => {
    const told = rules.first([respectivelyNamesEach], m, m, groups);
    if (!told) return false;
    const host = told[0]!.people[0]!;
    m.when = { date: told[0]!.when.date, precision: 'day' };
    if (!m.people.some((p) => personKey(p) === personKey(host))) m.people = [host, ...m.people];
    // The group holds its first guest already: this one met the host apart.
    if (told.some((x) => x !== m && x.because.has(respectivelyNamesEach.id))) groups.push([m]);
    else told.push(m);
    return true;
  };
  // An undated opening waits for the undated answers it may open.
  for (const m of current.filter((x) => !dated(x)).sort(byOpening)) {
    if (joinOpening(m) || joinRespectively(m) || joinDated(m)) continue;
    if (m.sameDay) waiting.push(m);
    else standAlone(m);
  }
  for (const m of waiting) {
    // It takes the day its sentence's dated mention ended up with.
    const day = groups.find(
      (g) => dated(g[0]!) && g.some((x) => x !== m && x.passage.id === m.passage.id && x.sentence === m.sentence),
    )?.[0]!.when;
    if (!day) {
      if (!joinDated(m)) standAlone(m);
      continue;
    }
    m.when = { date: day.date, precision: day.precision };
    const group = groups.find((g) => compatible(rules, m, g, true));
    if (group) group.push(m);
    else groups.push([m]);
  }
  return [...groups, ...loose];
}
