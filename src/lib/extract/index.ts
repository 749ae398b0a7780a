/**
 * Event extraction: passages in, events out. Pure; the publication date is an argument.
 * Every passage is folded to Simplified for matching (offsets map back 1:1), each story is
 * walked on its own (see walk.ts) by the rules in rules/, and mentions of one happening
 * merge into one event that names the rules behind it.
 */
import type { Passage, Story, TimelineEvent } from '../schema.ts';
import { lexicon, type Lexicon } from './lexicon.ts';
import { countryEndingAt } from './ministries.ts';
import { prepare, type Prepared } from './text.ts';
import { traditionalShare } from './fold.ts';
import { registerSpokespeople, walkStory, type Page } from './walk.ts';
import { mergeMentions } from './merge.ts';
import { namedOnPage, spokespersonTermEnded } from './actors.ts';
import { eventId, unnamedGuestOf } from './ids.ts';
import { describe } from './describe.ts';
import { RuleSet, rule } from './engine.ts';
import { announcementsAnswerNothing, unnamedTranscript } from './rules/briefing.ts';
import { captionShowsTheSpeaker, foreignGovernmentIsBackground, greetingTurn } from './rules/responses.ts';
import { writtenApart } from './rules/merge.ts';
import type { Mention } from './mention.ts';

/** What the extractor reads. */
export interface ExtractInput {
  passages: readonly Passage[];
  stories: readonly Story[];
  /** Publication day, YYYY-MM-DD: every relative date resolves against it. */
  published: string;
  outlet?: string;
  language?: 'zh-Hant' | 'zh-Hans';
  /** Rule ids to switch off (to measure what each is worth). */
  disabled?: ReadonlySet<string>;
}

export const oneBriefingDay = rule({
  id: 'response.one-briefing-day',
  decides:
    'A spokesperson’s undated answer printed apart from the briefing (another column, a boxed item) was given at that spokesperson’s one dated briefing on the page.',
  examples: [
    {
      text: [
        ['paragraph', '外交部發言人毛寧4日在例行記者會上表示，中方堅決反對美方對台軍售。', 'a'],
        ['paragraph', '毛寧表示，日方應正視侵略歷史。', 'b'],
      ],
      published: '2025-03-05',
      events: [
        { type: 'ministry-response', date: '2025-03-04' },
        { type: 'ministry-response', date: '2025-03-04' },
      ],
    },
    {
      text: [
        ['paragraph', '外交部发言人毛宁4日在例行记者会上表示，中方坚决反对美方对台军售。', 'a'],
        ['paragraph', '毛宁表示，日方应正视侵略历史。', 'b'],
      ],
      published: '2025-03-05',
      events: [
        { type: 'ministry-response', date: '2025-03-04' },
        { type: 'ministry-response', date: '2025-03-04' },
      ],
    },
  ],
  apply: (mentions: Mention[]): void => {
    const key = (m: Mention) =>
      m.type === 'ministry-response' && m.ministry && m.spokesperson ? `${m.ministry.id}|${m.spokesperson.name}` : undefined;
    const days = new Map<string, Set<string>>();
    for (const m of mentions) {
      const k = key(m);
      if (k && m.when.date && m.when.precision === 'day') days.set(k, (days.get(k) ?? new Set()).add(m.when.date));
    }
    for (const m of mentions) {
      const k = key(m);
      const only = k && m.role === 'body' && !m.when.date && days.get(k)?.size === 1 ? [...days.get(k)!][0] : undefined;
      if (only) {
        m.when = { date: only, precision: 'day' };
        m.because.add(oneBriefingDay.id);
      }
    }
  },
});

export const sameIdOneEvent = rule({
  id: 'merge.same-id',
  decides:
    'Two groups that make the same event id (same day, kind and people, or ministry and topic) are one event with both groups’ passages.',
  examples: [
    {
      text: '外交部發言人毛寧4日表示，中方堅決反對美方對台軍售。外交部發言人林劍4日也表示，中方反對美方對台軍售。',
      published: '2025-03-05',
      events: [{ type: 'ministry-response', date: '2025-03-04' }],
    },
    {
      text: '外交部发言人毛宁4日表示，中方坚决反对美方对台军售。外交部发言人林剑4日也表示，中方反对美方对台军售。',
      published: '2025-03-05',
      events: [{ type: 'ministry-response', date: '2025-03-04' }],
    },
  ],
  apply: (seen: TimelineEvent, e: TimelineEvent, order: Map<string, number>) => {
    seen.passages = [...new Set([...seen.passages, ...e.passages])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    seen.because = [...new Set([...(seen.because ?? []), ...(e.because ?? []), sameIdOneEvent.id])].sort();
  },
});

export const undatedIsBackground = rule({
  id: 'event.undated-is-background',
  decides:
    'A happening the page gives no date for, once every dating rule has run, is background the story mentions (「很高興同普京總統再次通電話」), not an act the timeline can place: it is no event.',
  examples: [
    { text: '習近平表示，很高興同普京總統再次通電話。', published: '2025-01-22', events: [] },
    { text: '李强总理会见日本执政党代表团时指出，双方应维护产业链供应链稳定畅通。', published: '2025-01-22', events: [] },
  ],
  leaves: [
    {
      text: '國家主席習近平21日同俄羅斯總統普京通電話。',
      published: '2025-01-22',
      events: [{ type: 'call', date: '2025-01-21', precision: 'day', actors: ['習近平', '普京'] }],
    },
  ],
  apply: (e: TimelineEvent) => e.date !== null,
});

export const regionOfKnownOfficials = rule({
  id: 'page.region-of-known-officials',
  decides:
    '「外交部發言人蕭光偉」「外交部長林佳龍」 on a page whose outlet does not say where it is from: an office written with no country before a known Taiwan official is Taiwan’s, and so are the page’s other offices written so (外交部晚間另發布新聞稿指出).',
  examples: [
    {
      text: [
        ['paragraph', '國台辦發言人彭慶恩昨在例行記者會怒批，民進黨與日方勾連生事。'],
        ['paragraph', '外交部發言人蕭光偉今天反駁，台灣是主權獨立國家。'],
        ['paragraph', '外交部晚間另發布新聞稿指出，台灣與日本共享自由民主的普世價值。'],
      ],
      published: '2025-11-27',
      events: [
        { type: 'ministry-response', date: '2025-11-26', actors: ['國台辦', '彭慶恩'] },
        { type: 'ministry-response', date: '2025-11-27', actors: ['外交部', '蕭光偉'], passages: 2 },
      ],
    },
    {
      text: [
        ['paragraph', '国台办发言人彭庆恩昨在例行记者会怒批，民进党与日方勾连生事。'],
        ['paragraph', '外交部发言人萧光伟今天反驳，台湾是主权独立国家。'],
        ['paragraph', '外交部晚间另发布新闻稿指出，台湾与日本共享自由民主的普世价值。'],
      ],
      published: '2025-11-27',
      events: [
        { type: 'ministry-response', date: '2025-11-26', actors: ['国台办', '彭庆恩'] },
        { type: 'ministry-response', date: '2025-11-27', actors: ['外交部', '萧光伟'], passages: 2 },
      ],
    },
  ],
  apply: (lex: Lexicon, prepared: readonly Prepared[]): string | undefined => {
    for (const { folded: s } of prepared)
      for (const name of lex.people.all(s)) {
        const known = name.value;
        if (known.country !== 'TW' || !known.ministry) continue;
        const office = lex.ministries.all(s, Math.max(0, name.start - 10), name.start).pop();
        if (office && office.value.id === known.ministry && !office.value.country && !countryEndingAt(lex, s, office.start)) return 'TW';
      }
    return undefined;
  },
});

export const regionOfDateline = rule({
  id: 'page.region-of-dateline',
  decides:
    '「（吉隆坡15日訊）外交部今天發文告說…」: a page opening with a Malaysian or Singapore paper’s dateline is that country’s, so an office written with no country (外交部) is its own, not China’s.',
  examples: [
    {
      text: '（吉隆坡15日訊）外交部今天發文告說，新加坡外長將於明天訪問馬來西亞。',
      published: '2023-01-15',
      events: [],
    },
    {
      text: '（吉隆坡15日讯）外交部今天发文告说，新加坡外长将于明天访问马来西亚。',
      published: '2023-01-15',
      events: [],
    },
  ],
  apply: (lex: Lexicon, prepared: readonly Prepared[]): string | undefined => {
    for (const { folded } of prepared.slice(0, 4)) {
      const region = lex.datelineRegion(folded.trimStart());
      if (region) return region;
    }
    return undefined;
  },
});

/** Finds the diplomatic events stated in an article. */
export function extractEvents(input: ExtractInput): TimelineEvent[] {
  const lex = lexicon();
  const rules = new RuleSet(input.disabled);
  const prepared = new Map<string, Prepared>(input.passages.map((p) => [p.id, prepare(p.text)]));
  const simplified =
    input.language !== undefined ? input.language === 'zh-Hans' : traditionalShare(input.passages.map((p) => p.text).join('')) < 0.05;
  const page: Page = {
    lex,
    rules,
    published: input.published,
    region: lex.outletRegion(input.outlet),
    simplified,
    spokespeople: new Map(),
  };
  if (rules.on(spokespersonTermEnded)) spokespersonTermEnded.apply([...prepared.values()], input.published);
  if (rules.on(namedOnPage)) namedOnPage.apply(lex, [...prepared.values()]);
  if (!page.region) page.region = rules.first([regionOfKnownOfficials], undefined, lex, [...prepared.values()]);
  if (!page.region) page.region = rules.first([regionOfDateline], undefined, lex, [...prepared.values()]);
  registerSpokespeople(page, [...prepared.values()]);
  const unnamed = rules.on(unnamedTranscript)
    ? unnamedTranscript.apply(lex, [...prepared.values()], input.published, simplified, page.region)
    : undefined;
  if (unnamed) page.carried = unnamed;
  const byStory = new Map<string, Passage[]>();
  for (const p of input.passages) byStory.set(p.story, [...(byStory.get(p.story) ?? []), p]);
  const mentions = [...byStory.values()].flatMap((passages) => walkStory(page, passages, prepared));
  for (const m of mentions) if (m.people.some((p) => p.onPage)) m.because.add(namedOnPage.id);
  const told = mentions.filter((m) => !rules.when(foreignGovernmentIsBackground, undefined, () => foreignGovernmentIsBackground.apply(m)));
  if (rules.on(oneBriefingDay)) oneBriefingDay.apply(told);
  const order = new Map(input.passages.map((p, i) => [p.id, i]));
  const groups = mergeMentions(told, input.published, rules, lex.behindAsia(input.outlet))
    .filter((g) => !rules.when(captionShowsTheSpeaker, undefined, () => captionShowsTheSpeaker.apply(g)))
    .filter((g) => !rules.when(announcementsAnswerNothing, undefined, () => announcementsAnswerNothing.apply(g, greetingTurn.id)));
  // Two meetings of one person on one day, apart only by the unnamed guests they met, keep apart ids.
  const ids = groups.map((g) => eventId(g));
  const byGuest = (i: number) =>
    ids.some((id, j) => j !== i && id === ids[i] && writtenApart(unnamedGuestOf(groups[i]!), unnamedGuestOf(groups[j]!)));
  const events = groups.map((g, i) => describe(g, simplified, order, byGuest(i)));
  const unique = new Map<string, TimelineEvent>();
  for (const e of events) {
    const seen = unique.get(e.id);
    if (seen && rules.on(sameIdOneEvent)) sameIdOneEvent.apply(seen, e, order);
    else unique.set(seen ? `${e.id}~${unique.size}` : e.id, e);
  }
  return [...unique.values()]
    .filter((e) => !rules.on(undatedIsBackground) || undatedIsBackground.apply(e))
    .sort(
      (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || (order.get(a.passages[0]!) ?? 0) - (order.get(b.passages[0]!) ?? 0),
    );
}
