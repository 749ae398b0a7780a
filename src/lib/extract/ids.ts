/**
 * Event ids: deterministic, URL-safe, and the same for one happening in every article
 * whatever the outlet or script: date, kind, and the people's data ids (or a hash of the
 * Simplified-folded name); for answers the ministry and topic key.
 */
import { hash64 } from '../hash.ts';
import { personKey } from './actors.ts';
import { fold } from './fold.ts';
import type { Group } from './merge.ts';

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function personSlug(key: string): string {
  return key.startsWith('name:') ? `n${hash64(key.slice(5)).slice(0, 6)}` : key;
}

/** The guest a group's meeting word names without naming anyone the data knows (查爾斯王子夫婦). */
export const unnamedGuestOf = (group: Group): string | undefined => group.find((m) => m.guestUnnamed && m.counterpart)?.counterpart;

/**
 * The id of the event a group of mentions makes; `byGuest` adds the unnamed guest, for two meetings of one
 * person on one day told apart only by whom they met (會見了查爾斯王子夫婦, 還會見了威廉王子).
 */
export function eventId(group: Group, byGuest = false): string {
  const head = group.find((m) => m.when.date && m.when.precision !== 'approximate') ?? group[0]!;
  const date = head.when.precision === 'approximate' || !head.when.date ? 'undated' : head.when.date;
  const undatedTail = date === 'undated' ? [hash64(head.sentence).slice(0, 6)] : [];
  if (head.type === 'ministry-response') {
    // A minister answering is his own response beside the spokesperson's; spokespeople go unnamed so outlets agree.
    const speaker = group.find((m) => m.spokesperson)?.spokesperson;
    const minister =
      speaker?.title && !speaker.person?.ministry && !/[发發]言人/u.test(speaker.title) ? [personSlug(personKey(speaker))] : [];
    return slug(['response', date, head.ministry?.id ?? 'x', head.topic?.key ?? 'x', ...minister, ...undatedTail].join('-'));
  }
  const kind = head.mode === 'video' ? 'video' : head.type;
  const people = [...new Set(group.flatMap((m) => m.people.map((p) => personSlug(personKey(p)))))].sort();
  const who = people.length ? people : [`x${hash64(head.sentence).slice(0, 6)}`];
  const guest = byGuest ? unnamedGuestOf(group) : undefined;
  const guestTail = guest ? [`g${hash64(fold(guest)).slice(0, 6)}`] : [];
  return slug([kind, date, ...who, ...guestTail, ...undatedTail].join('-'));
}
