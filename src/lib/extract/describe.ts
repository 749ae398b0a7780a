/**
 * Turns a group of mentions into the event the site shows: actors as written, participants
 * with title, country and English name, a short title in the article's script, an English
 * title from the data's names, a one-sentence summary, and every passage that states it.
 */
import type { Actor, TimelineEvent } from '../schema.ts';
import { personKey } from './actors.ts';
import { actKind, actTitleEn, isSummons } from './acts.ts';
import { confidenceOf, doubtsOf } from './confidence.ts';
import { eventId } from './ids.ts';
import type { Group } from './merge.ts';
import type { Mention, MentionPerson } from './mention.ts';
import { QUESTION_TURN } from './rules/responses.ts';
import ministriesData from '../data/ministries.json' with { type: 'json' };
import countriesData from '../data/countries.json' with { type: 'json' };

function people(group: Group): MentionPerson[] {
  const byKey = new Map<string, MentionPerson>();
  // Body mentions first: their names and titles are the fullest.
  const ordered = [...group].sort((a, b) => Number(a.role !== 'body') - Number(b.role !== 'body'));
  for (const m of ordered)
    for (const p of m.people) {
      const known = byKey.get(personKey(p));
      // 胡錦濤 in one mention, 國家主席胡錦濤 in another: the title (and the country before it) is kept from wherever it is written.
      if (!known) byKey.set(personKey(p), p);
      else if (!known.title && p.title)
        byKey.set(personKey(p), { ...known, title: p.title, ...(!known.country && p.country ? { country: p.country } : {}) });
    }
  return [...byKey.values()];
}

// 會見後設宴款待: a meal shared belongs to the meeting; when both are reported, the meeting word names the event.
const meal = (m: Mention) => /[宴餐]/u.test(m.word);
/** The mention that tells the event best: in the body, not a meal, as `ok` asks; a caption's only when the body has none. */
const best = (group: Group, ok: (m: Mention) => boolean): Mention | undefined =>
  group.find((m) => m.role === 'body' && ok(m) && !meal(m)) ??
  group.find((m) => ok(m) && !meal(m)) ??
  group.find((m) => m.role === 'body' && ok(m));

/** 「駐日使館」 in one mention and 「中國駐日本大使館」 in another: the office is named as fully as the group writes it. */
function withFullestOffice(group: Group, head: Mention): Mention {
  let fullest = head.ministry;
  if (!fullest) return head;
  for (const m of group)
    if (m.ministry && m.ministry.id === fullest.id && m.ministry.name.length > fullest.name.length) fullest = m.ministry;
  return fullest === head.ministry ? head : { ...head, ministry: fullest };
}

function participant(p: MentionPerson): Actor {
  const country = p.person?.country ?? p.country;
  return {
    name: p.name,
    ...(p.person ? { id: p.person.id } : {}),
    kind: 'person',
    ...(p.title ? { title: p.title } : {}),
    ...(country ? { country } : {}),
    ...(p.person ? { en: p.person.en } : {}),
  };
}

const EN_VERB: Record<string, string> = { phone: 'holds phone call with', video: 'holds video meeting with', 'in-person': 'meets' };

const countryEn = (code: string) => countriesData.countries.find((c) => c.code === code)?.en ?? code;

function ministryEn(m: Mention): string {
  const entry = m.ministry?.entry ?? '';
  if (entry.startsWith('embassy-')) return `Embassy of ${countryEn(m.ministry!.country)} in ${countryEn(entry.slice(8).toUpperCase())}`;
  if (entry.startsWith('consulate-')) return `Consulate of ${countryEn(m.ministry!.country)}`;
  return ministriesData.ministries.find((x) => x.id === entry)?.en ?? (m.ministry?.en || 'Ministry');
}

function titles(group: Group, head: Mention, who: MentionPerson[], simplified: boolean): { title: string; titleEn: string } {
  return head.type === 'ministry-response' ? responseTitles(group, head, simplified) : meetingTitles(group, head, who);
}

/** A response's titles: who answered (office, role, name) and on what. */
function responseTitles(group: Group, head: Mention, simplified: boolean): { title: string; titleEn: string } {
  const zh = (hant: string, hans: string) => (simplified ? hans : hant);
  const sp = group.find((m) => m.spokesperson)?.spokesperson;
  const label = head.topic?.entry ? (simplified ? head.topic.entry.zhHans : head.topic.entry.zhHant) : undefined;
  // A minister or office head answering is named by his own title (外交部長王毅, 陸委會主委陳明通).
  const role = sp?.title && !/[发發]言人/u.test(sp.title) ? sp.title : undefined;
  const office = head.ministry?.name ?? '';
  const speaker = sp ? `${role?.includes(office) ? '' : office}${role ?? zh('發言人', '发言人')}${sp.name}` : office;
  const country =
    head.ministry && head.ministry.country !== 'CN' && !head.ministry.entry.startsWith('embassy')
      ? `${countryEn(head.ministry.country)} `
      : '';
  const en = `${country}${ministryEn(head)}${sp?.person ? `${role ? ' ' : ' spokesperson '}${sp.person.en}` : ''}`;
  return {
    title: label ? `${speaker}${zh('回應', '回应')}${label}` : `${speaker}${zh('答記者問', '答记者问')}`,
    titleEn: label ? `${en} responds on ${head.topic!.entry!.en}` : `${en} answers questions`,
  };
}

/** A call's or meeting's titles: the sides as named, joined by the trigger word as written. */
function meetingTitles(group: Group, head: Mention, who: MentionPerson[]): { title: string; titleEn: string } {
  const main = best(group, (m) => m.role === 'body' || m === head) ?? head;
  const word = main.word;
  const names = who.map((p) => p.name);
  // A formal act (relations, credentials, a mission opened): the clause that tells it (布吉納法索24日宣布與我斷交).
  const kind = head.type === 'other' ? actKind(word) : undefined;
  if (kind) {
    const at = Math.max(0, main.sentence.indexOf(word)) + word.length;
    const upTo =
      main.sentence
        .slice(0, at)
        .split(/[，。；,;]/u)
        .pop() ?? word;
    if (kind !== 'visit' && kind !== 'message')
      return { title: upTo.length > 32 ? upTo.slice(-32) : upTo, titleEn: actTitleEn(kind, upTo) };
    // 「國務院總理李強15日下午乘專機抵達阿德萊德」「王毅致電烏茲別克斯坦新任外長」: a visit's or a message's whole clause,
    // so the place reached or the one written to is in the title (and for a message, the next clause says what it sends).
    const clause = upTo + main.sentence.slice(at).split(/[，。；,;]/u)[0];
    const en = who.map((p) => p.person?.en ?? p.name);
    const title = clause.length > 32 ? clause.slice(0, 32) : clause;
    // A message goes from the first named to the others.
    // (What it sends is in its word, 致賀電, or after it, 致電祝賀; 互致 before it.)
    if (kind === 'message')
      return { title, titleEn: actTitleEn(kind, main.sentence.slice(Math.max(0, at - word.length - 2)), en[0], en.slice(1).join(', ')) };
    return { title, titleEn: actTitleEn(kind, clause, en.join(', ')) };
  }
  // An envoy summoned: the word and whom it summoned (召見傅融).
  if (isSummons(word)) {
    const en = who.map((p) => p.person?.en ?? p.name);
    return { title: `${word}${names.join('、')}`, titleEn: en.length ? `Envoy summoned: ${en.join(', ')}` : 'Envoy summoned' };
  }
  const receives = /^(會見|会见|接見|接见)$|(款待|宴請|宴请)$/u.test(word);
  const other = names.length >= 2 ? names.slice(1).join('、') : main.counterpart;
  const title =
    names.length === 0 || (names.length === 1 && !!other && other.includes(names[0]!))
      ? `${main.counterpart ?? ''}${word}`
      : !other
        ? `${names[0]}${word}`
        : receives
          ? `${names[0]}${word}${other}`
          : `${names[0]}同${other}${word}`;
  const en = who.map((p) => p.person?.en ?? p.name);
  const verb = /会谈|會談/u.test(word)
    ? 'holds talks with'
    : head.type === 'call' && head.mode === 'video'
      ? 'holds video call with'
      : EN_VERB[head.mode ?? 'in-person']!;
  const titleEn =
    en.length >= 2
      ? `${en[0]} ${verb} ${en.slice(1).join(', ')}`
      : en.length === 1
        ? `${en[0]} ${head.type === 'call' ? 'holds a call' : head.mode === 'video' ? 'holds a video meeting' : 'holds a meeting'}`
        : head.type === 'call'
          ? 'Phone call'
          : 'Meeting';
  return { title, titleEn };
}

/** The answering office as an actor; a country the page names by one character (洪國, XX) has no code to show. */
function office(head: Mention): Actor {
  const { name, id, country } = head.ministry!;
  return { name, id, kind: 'organization', ...(country === 'XX' ? {} : { country }), en: ministryEn(head) };
}

/** The mention whose sentence sums the event up: the page's own words, not a reporter's question about it. */
function summaryOf(group: Group, head: Mention): Mention {
  const told = (m: Mention) => (m.role === 'body' || m === head) && !QUESTION_TURN.test(m.passage.text);
  return best(group, told) ?? best(group, (m) => m.role === 'body' || m === head) ?? head;
}

/** The event a group of mentions describes; `order` gives each passage's position on the page. */
export function describe(group: Group, simplified: boolean, order: Map<string, number>, byGuest: boolean): TimelineEvent {
  // 近日 in the body, 12月9日 in its heading: the day the group writes beats an approximate one.
  const head = withFullestOffice(
    group,
    best(group, (m) => !!m.when.date && m.when.precision !== 'approximate') ??
      best(group, (m) => !!m.when.date) ??
      group.find((m) => m.when.date) ??
      group[0]!,
  );
  const withPart = group.find((m) => m.when.date === head.when.date && m.when.partOfDay);
  const who = people(group);
  const isResponse = head.type === 'ministry-response';
  const sp = group.find((m) => m.spokesperson)?.spokesperson;
  const actors = isResponse ? [head.ministry?.name ?? '', ...(sp ? [sp.name] : [])].filter(Boolean) : who.map((p) => p.name);
  const participants: Actor[] = isResponse ? [office(head), ...(sp ? [participant(sp)] : [])] : who.map(participant);
  const passages = [...new Set(group.map((m) => m.passage.id))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const { title, titleEn } = titles(group, head, who, simplified);
  const summarySource = summaryOf(group, head);
  const because = new Set(group.flatMap((m) => [...m.because]));
  const doubts = doubtsOf(group, because);
  const location = group.find((m) => m.location)?.location;
  const label = head.topic?.entry ? (simplified ? head.topic.entry.zhHans : head.topic.entry.zhHant) : undefined;
  // Fields in the order articles have always listed them: id, type, mode, when, who, the type's own, then the text.
  const id = eventId(group, byGuest);
  const when = {
    date: head.when.date,
    precision: head.when.precision,
    ...(withPart?.when.partOfDay ? { partOfDay: withPart.when.partOfDay } : {}),
    actors,
    participants,
  };
  const place = location ? { location } : {};
  const text = {
    title,
    titleEn,
    summary: summarySource.sentence.length > 160 ? `${summarySource.sentence.slice(0, 159)}…` : summarySource.sentence,
    passages,
    confidence: confidenceOf(head.type, doubts),
    ...(doubts.length ? { doubts } : {}),
    because: [...because].sort(),
  };
  switch (head.type) {
    case 'call':
      return { id, type: 'call', mode: head.mode === 'video' ? 'video' : 'phone', ...when, ...place, ...text };
    case 'meeting':
      return { id, type: 'meeting', mode: head.mode === 'video' ? 'video' : 'in-person', ...when, ...place, ...text };
    case 'ministry-response':
      return {
        id,
        type: 'ministry-response',
        ...when,
        ministry: head.ministry?.name ?? '',
        ...(sp ? { spokesperson: sp.name } : {}),
        ...(label ? { topic: label } : {}),
        ...text,
      };
    case 'other':
      return { id, type: 'other', ...when, ...place, ...text };
  }
}
