/**
 * One happening, one event: mentions that report the same call, meeting or answer (lead,
 * body, caption, headline, a commentary's aside) are grouped. Dated mentions group on date,
 * kind and compatible people; undated ones join a dated group of the same kind whose people
 * include theirs, else stand alone when the body names someone, else are dropped.
 */
import { personKey } from './actors.ts';
import type { Mention } from './mention.ts';

/** Mentions of one happening. */
export type Group = Mention[];

/** What makes two mentions the same kind of happening (video calls and video meetings alike). */
export function kindOf(m: Mention): string {
  if (m.type === 'ministry-response') return `response:${m.ministry?.id}:${m.topic?.key}`;
  return (m.mode === 'video' ? 'video' : m.type) + (m.multilateral ? ':multilateral' : '');
}

const keysOf = (m: Mention) => new Set(m.people.map(personKey));
const subset = (a: Set<string>, b: Set<string>) => [...a].every((k) => b.has(k));
const dated = (m: Mention) => m.when.date !== null && m.when.precision !== 'approximate';

/**
 * 「12日上午…视频通话」 and 「华盛顿当地时间11日晚…视频通话」: one call, a day apart on two clocks.
 * Only a call or meeting, one side in local time, the days adjacent, and the same people named.
 */
function acrossTimeZones(m: Mention, group: Group): boolean {
  const head = group[0]!;
  if (m.type === 'ministry-response' || !m.when.date || !head.when.date || m.when.precision !== 'day' || head.when.precision !== 'day') return false;
  const local = m.when.local ? m : group.find((g) => g.when.local);
  const home = local === m ? head : m;
  if (!local || home.when.local || !home.when.date || !local.when.date) return false;
  // An evening abroad is the next morning here (Washington's 11日晚 is Beijing's 12日上午), a morning
  // far east the evening before; without a part of the day it may be a summit's second day.
  const shift = (Date.parse(home.when.date) - Date.parse(local.when.date)) / 86_400_000;
  const pod = local.when.partOfDay;
  if (!((shift === 1 && (pod === 'evening' || pod === 'night')) || (shift === -1 && pod === 'morning'))) return false;
  const mine = keysOf(m);
  const theirs = new Set(group.flatMap((g) => [...keysOf(g)]));
  return mine.size >= 2 && mine.size === theirs.size && subset(mine, theirs);
}

function compatible(m: Mention, group: Group, sameDay: boolean): boolean {
  const head = group[0]!;
  if (kindOf(m) !== kindOf(head)) return false;
  // Undated and approximate mentions (近日, 上周) are alike: neither gives a day to disagree on.
  if (sameDay && (dated(m) || dated(head)) && m.when.date !== head.when.date && !acrossTimeZones(m, group)) return false;
  // Two named speakers of one ministry (the minister, then the spokesperson) are two responses.
  if (m.type === 'ministry-response') {
    if (!m.people.length) return true;
    const mine = keysOf(m);
    return group.every((g) => !g.people.length || g.people.some((p) => mine.has(personKey(p))));
  }
  const mine = keysOf(m);
  const theirs = new Set(group.flatMap((g) => [...keysOf(g)]));
  if (!sameDay) return mine.size > 0 && subset(mine, theirs);
  return subset(mine, theirs) || subset(theirs, mine);
}

/** Groups the mentions of a page; `published` drops what lies in its future (plans). */
export function mergeMentions(mentions: readonly Mention[], published: string): Group[] {
  const groups: Group[] = [];
  const current = mentions.filter((m) => !m.when.date || m.when.date.slice(0, m.when.date.length) <= published.slice(0, m.when.date.length));
  const answers = current.filter((m) => m.type === 'ministry-response' && !m.opening);
  const byOpening = (a: Mention, b: Mention) => Number(!!a.opening) - Number(!!b.opening);
  // A month- or year-dated mention (这是两国元首去年第二次视频会晤) comes after the day-dated ones it may restate.
  const coarse = (m: Mention) => Number(m.when.precision === 'month' || m.when.precision === 'year');
  // A day on another place's clock (当地时间) comes after the home day of the same happening.
  const local = (m: Mention) => Number(!!m.when.local);
  for (const m of current.filter(dated).sort((a, b) => byOpening(a, b) || coarse(a) - coarse(b) || local(a) - local(b))) {
    // The briefing's opening line goes with its first answer, when the story reports one.
    const first = m.opening && answers.find((a) => a.passage.story === m.passage.story && a.ministry?.id === m.ministry?.id && a.when.date === m.when.date);
    const target = first && groups.find((g) => g.includes(first));
    if (target) {
      target.push(m);
      continue;
    }
    const group =
      groups.find((g) => compatible(m, g, true)) ??
      (coarse(m) ? groups.find((g) => g[0]!.passage.story === m.passage.story && !coarse(g[0]!) && g[0]!.when.date!.startsWith(m.when.date!) && compatible(m, g, false)) : undefined);
    if (group) group.push(m);
    else groups.push([m]);
  }
  const loose: Group[] = [];
  for (const m of current.filter((x) => !dated(x))) {
    const candidates = groups.filter((g) => compatible(m, g, false));
    const group = candidates.find((g) => g.some((x) => x.passage.story === m.passage.story)) ?? candidates[0];
    if (group) {
      group.push(m);
      continue;
    }
    if (m.role !== 'body' || m.restates) continue;
    const named = m.type === 'ministry-response' || m.people.length > 0;
    if (!named) continue;
    const same = loose.find((g) => g[0]!.passage.story === m.passage.story && compatible(m, g, true));
    if (same) same.push(m);
    else loose.push([m]);
  }
  return [...groups, ...loose];
}
