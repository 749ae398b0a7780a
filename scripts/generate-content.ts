/**
 * Writes synthetic, schema-valid article Markdown for building and benchmarking the
 * site at scale: seeded and deterministic, with events of every type and precision,
 * dense days, long quiet stretches and events reported by several articles.
 *
 *   node scripts/generate-content.ts --out <dir> --articles N [--events M] [--seed S]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderArticle } from '../src/lib/ingest/markdown.ts';
import { hash64, shortId } from '../src/lib/hash.ts';
import { articleSchema, type Actor, type Passage, type TimelineEvent } from '../src/lib/schema.ts';
import * as OpenCC from 'opencc-js';
import { actors, outlets, topics, venues, type Person } from './generate-content-data.ts';
import { seededRandom } from './seeded-random.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    articles: { type: 'string', default: '20' },
    events: { type: 'string' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: '2015' },
    to: { type: 'string', default: '2026' },
  },
});
if (!values.out) {
  console.error('generate-content: give --out <dir> (and --articles N, optionally --events M --seed S)');
  process.exit(2);
}
const articleCount = Number(values.articles);
const eventCount = values.events === undefined ? articleCount * 3 : Number(values.events);
// The same seed always gives the same content.
const rand = seededRandom(Number(values.seed));

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

// Active episodes separated by quiet stretches; a few hot days take bursts of events.
const start = Date.UTC(Number(values.from), 0, 1);
const end = Date.UTC(Number(values.to), 11, 31);
const episodes: { start: number; days: number; weight: number }[] = [];
for (let t = start; t < end;) {
  const days = 3 + Math.floor(rand() * 40);
  episodes.push({ start: t, days, weight: 0.2 + rand() });
  t += (days + 5 + Math.floor(rand() < 0.25 ? 150 + rand() * 300 : rand() * 40)) * DAY;
}
const hotDays = Array.from({ length: Math.max(2, Math.round(episodes.length / 6)) }, () => {
  const ep = pick(episodes);
  return ep.start + Math.floor(rand() * ep.days) * DAY;
});
const totalWeight = episodes.reduce((s, e) => s + e.weight, 0);
function randomDay(): number {
  if (rand() < 0.08) return pick(hotDays);
  let r = rand() * totalWeight;
  for (const ep of episodes) {
    r -= ep.weight;
    if (r <= 0) return ep.start + Math.floor(rand() * ep.days) * DAY;
  }
  return episodes[0]!.start;
}

const zhNum = (n: number) => String(n);
const toHans = OpenCC.Converter({ from: 'hk', to: 'cn' });
function participant(p: Person): Actor {
  return { name: p.name, id: p.id, kind: p.kind, ...(p.title ? { title: p.title } : {}), country: p.country, en: p.en };
}

/** One new event with its own wording; the passage text is written per article. */
/** An event before its passages are known (the type's own fields kept apart by `type`). */
type EventDraft = TimelineEvent extends infer E ? (E extends TimelineEvent ? Omit<E, 'passages'> : never) : never;

interface Draft {
  event: EventDraft;
  day: number;
  a: Person;
  b: Person | null;
  topic: (typeof topics)[number];
}

let serial = 0;
function newEvent(day: number): Draft {
  serial++;
  const r = rand();
  const type: TimelineEvent['type'] = r < 0.3 ? 'call' : r < 0.6 ? 'meeting' : r < 0.88 ? 'ministry-response' : 'other';
  const pr = rand();
  const precision: TimelineEvent['precision'] =
    pr < 0.8 ? 'day' : pr < 0.88 ? 'month' : pr < 0.94 ? 'approximate' : pr < 0.96 ? 'year' : 'unknown';
  const d = iso(day);
  const date = precision === 'unknown' ? null : precision === 'month' ? d.slice(0, 7) : precision === 'year' ? d.slice(0, 4) : d;
  const leaders = actors.filter((p) => p.kind === 'person' && !p.spokesperson);
  const topic = pick(topics);
  let a: Person, b: Person | null, title: string, titleEn: string, summary: string;
  if (type === 'ministry-response') {
    a = pick(actors.filter((p) => p.kind === 'organization'));
    b = pick(actors.filter((p) => p.spokesperson === a.id));
    title = `${a.name}就${topic.zh}作出回應`;
    titleEn = `${a.en} responds on ${topic.en}`;
    summary = `${a.name}發言人${b.name}在例行記者會上回答有關${topic.zh}的提問。`;
  } else {
    a = pick(leaders.filter((p) => p.country === 'CN'));
    b = pick(leaders.filter((p) => p.country !== a.country));
    const verb =
      type === 'call' ? ['通電話', 'holds a phone call with'] : type === 'meeting' ? ['會晤', 'meets'] : ['共同出席活動', 'appears with'];
    title = `${a.name}同${b.name}${verb[0]}`;
    titleEn = `${a.en} ${verb[1]} ${b.en}`;
    summary = `${a.title}${a.name}同${b.title}${b.name}就${topic.zh}交換意見。`;
  }
  const id = shortId('e-', `event ${values.seed} ${serial}`, 10);
  const event = {
    id,
    type,
    ...(type === 'call'
      ? { mode: 'phone' as const }
      : type === 'meeting'
        ? { mode: rand() < 0.3 ? ('video' as const) : ('in-person' as const) }
        : {}),
    date,
    precision,
    actors: b ? [a.name, b.name] : [a.name],
    participants: b ? [participant(a), participant(b)] : [participant(a)],
    ...(type === 'ministry-response' ? { ministry: a.name, spokesperson: b.name, topic: topic.zh } : { location: pick(venues) }),
    title,
    titleEn,
    summary,
    ...certainty(id, type, precision, rand()),
  } as EventDraft;
  return { event, day, a, b, topic };
}

const unit = (text: string) => parseInt(hash64(text).slice(0, 8), 16) / 2 ** 32;
const laterDoubts = ['in-speech', 'headline-only', 'actor-unknown', 'one-side'] as const;

/**
 * How sure the machine was of an event. About three in ten are uncertain (confidence
 * 0.30–0.69) with the doubts that fit them, or none; one in five of those, and some sure
 * ones, an editor has reviewed. Decided by a hash of the id (the random draw `r` only
 * spreads the sure ones' confidence), so the seed still makes the same events.
 */
function certainty(
  id: string,
  type: TimelineEvent['type'],
  precision: TimelineEvent['precision'],
  r: number,
): Pick<TimelineEvent, 'confidence' | 'doubts' | 'reviewed'> {
  const h = unit(`certainty ${id}`);
  if (h >= 0.3) return { confidence: Math.round((0.7 + r * 0.3) * 100) / 100, ...(h < 0.4 ? { reviewed: true } : {}) };
  const doubts: NonNullable<TimelineEvent['doubts']> = [];
  const d = unit(`doubts ${id}`);
  if (d >= 0.15) {
    doubts.push(precision === 'unknown' ? 'date-missing' : precision === 'day' ? 'date-inferred' : 'date-coarse');
    if (type === 'ministry-response' && d < 0.5) doubts.push('topic-unknown');
    else if (d >= 0.5) doubts.push(laterDoubts[Math.floor(((d - 0.5) / 0.5) * laterDoubts.length)]!);
  }
  const confidence = Math.floor((0.3 + (h / 0.3) * 0.4) * 100) / 100;
  return { confidence, ...(doubts.length ? { doubts } : {}), ...(h < 0.06 ? { reviewed: true } : {}) };
}

/** The sentence an article prints for an event; wording varies by outlet and script. */
function sentence(dr: Draft, outletIndex: number): string {
  const { event, day, a, b, topic } = dr;
  const dt = new Date(day);
  const md = `${zhNum(dt.getUTCMonth() + 1)}月${zhNum(dt.getUTCDate())}日`;
  const when =
    event.precision === 'day'
      ? md
      : event.precision === 'month'
        ? `${zhNum(dt.getUTCMonth() + 1)}月間`
        : event.precision === 'approximate'
          ? `${md}前後`
          : event.precision === 'year'
            ? `${dt.getUTCFullYear()}年內`
            : '早前';
  const variant = outletIndex % 3;
  if (event.type === 'ministry-response') {
    return [
      `${a.name}發言人${b!.name}${when}主持例行記者會。有記者問及${topic.zh}，${b!.name}表示，中方的立場是一貫和明確的，希望有關方面${topic.ask}。`,
      `在${when}的記者會上，${b!.name}回應${topic.zh}時指出，中方${topic.stance}，並敦促相關方面${topic.ask}。`,
      `對於${topic.zh}，${a.name}${when}回應說，中方${topic.stance}。`,
    ][variant]!;
  }
  const how =
    event.type === 'call' ? '通電話' : event.type === 'meeting' ? (event.mode === 'video' ? '舉行視頻會晤' : '舉行會談') : '共同出席活動';
  return [
    `${a.title}${a.name}${when}在${event.location}同${b!.title}${b!.name}${how}。雙方就${topic.zh}深入交換意見，同意保持密切溝通。`,
    `據報道，${a.name}與${b!.name}${when}${how}，${a.name}表示，願同對方一道推動${topic.zh}取得進展。`,
    `${when}，${a.name}同${b!.name}${how}，兩人談及${topic.zh}。`,
  ][variant]!;
}

mkdirSync(values.out, { recursive: true });
const recent: Draft[] = [];
let made = 0;
for (let i = 0; i < articleCount; i++) {
  const remaining = eventCount - made;
  const fresh =
    i === articleCount - 1 ? remaining : Math.min(remaining, Math.round((remaining / (articleCount - i)) * (0.4 + rand() * 1.2)));
  const anchor = randomDay();
  const drafts: Draft[] = [];
  for (let k = 0; k < fresh; k++)
    drafts.push(newEvent(k === 0 ? anchor : anchor - Math.floor(rand() < 0.7 ? rand() * 3 : rand() * 40) * DAY));
  made += fresh;
  // Some articles also report events an earlier article reported (same id).
  const repeats = recent.length && rand() < 0.3 ? [pick(recent)] : [];
  for (const r of repeats) if (!drafts.includes(r)) drafts.push(r);
  recent.push(...drafts.slice(0, 3));
  if (recent.length > 40) recent.splice(0, recent.length - 40);
  const latest = Math.max(anchor, ...drafts.map((d) => d.day));
  const published = iso(latest + (rand() < 0.7 ? DAY : 0));
  const outlet = pick(outlets);
  const outletIndex = outlets.indexOf(outlet);
  const slug = `gen-${String(values.seed)}-${String(i + 1).padStart(5, '0')}`;

  const passages: Passage[] = [];
  const stories: { id: string; headline: string | null }[] = [];
  const events: TimelineEvent[] = [];
  const perStory = Math.max(1, Math.ceil(drafts.length / (1 + Math.floor(rand() * 3))));
  for (let s = 0; s * perStory < Math.max(1, drafts.length); s++) {
    const group = drafts.slice(s * perStory, (s + 1) * perStory);
    const storyId = shortId('s-', `${slug} story ${s}`);
    const script = (text: string) => (outlet.language === 'zh-Hans' ? toHans(text) : text);
    const headline = script(group[0] ? group[0].event.title : `${outlet.name}評論：${pick(topics).zh}`);
    stories.push({ id: storyId, headline });
    const add = (kind: Passage['kind'], text: string): string => {
      const id = shortId('p-', `${slug} ${passages.length} ${text}`);
      passages.push({ id, kind, story: storyId, text: script(text) });
      return id;
    };
    passages.push({ id: shortId('p-', `${slug} headline ${s}`), kind: 'headline', story: storyId, text: headline });
    if (s === 0) add('byline', `${outlet.byline}記者 ${pick(outlet.reporters)} ${pick(['北京', '香港', '台北', '華盛頓'])}報道`);
    if (!group.length) add('paragraph', `評論員指出，${pick(topics).zh}牽動各方關注，外界將繼續觀察後續發展。`);
    for (const dr of group) {
      const pid = add('paragraph', sentence(dr, outletIndex));
      const extra = rand() < 0.3 ? add('paragraph', `分析人士認為，這是雙方今年以來的又一次重要互動。${dr.event.summary}`) : null;
      events.push({ ...dr.event, passages: extra ? [pid, extra] : [pid] });
    }
    if (rand() < 0.4) add('caption', `▲${group[0]?.a.name ?? '發言人'}出席活動。${outlet.photo}`);
  }
  const frontmatter = {
    title: stories[0]!.headline ?? slug,
    outlet: outlet.name,
    published,
    language: outlet.language,
    source: { file: `${slug}.txt`, sha256: [0, 1, 2, 3].map((n) => hash64(`${slug} ${n}`)).join('') },
    stories,
    events,
  };
  articleSchema.parse({ ...frontmatter, generated: '0000000000000000' });
  writeFileSync(join(values.out, `${slug}.md`), renderArticle(frontmatter, passages));
}
console.log(`generate-content: wrote ${articleCount} articles with ${made} events to ${values.out}`);
