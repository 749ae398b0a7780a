/**
 * What the social card of each kind of page says: pure functions from data to CardSpec.
 * Cards leave out what changes from one event to the next but not from one card to the
 * next (the date, which og:description carries), so events that read alike share one
 * image: a build draws one card per distinct text, not one per page.
 */
import type { CardSpec } from './card.ts';
import { hash64 } from '../hash.ts';
import type { SiteArticle, SiteEvent } from '../archive/collect.ts';
import type { Actor } from '../schema.ts';
import { typeLabel } from '../export/labels.ts';
import { eventActors } from '../export/event-record.ts';

/** The site name drawn on every card. */
export const CARD_SITE = '外交事件時間線';

/** Changed whenever the card design changes, so cached and published cards get new names. */
export const CARD_DESIGN = 'card-v3';

/** The file name (without .png) of the card for `spec`: a hash of the design and the text. */
export function cardId(spec: CardSpec): string {
  return hash64(CARD_DESIGN + JSON.stringify(spec));
}

/** The site path of the card for `spec`. */
export function cardPath(spec: CardSpec): string {
  return `/og/cards/${cardId(spec)}.png`;
}

/** The card of an event: its type, title, and who took part. */
export function eventCard(event: SiteEvent): CardSpec {
  const who = eventActors(event)
    .map((a) => a.name)
    .slice(0, 4)
    .join('、');
  return { kicker: typeLabel(event.type), title: event.title, footer: who, site: CARD_SITE };
}

/** The card of an article page: outlet and headline. */
export function articleCard(article: SiteArticle): CardSpec {
  return { kicker: article.data.outlet, title: article.data.title, footer: '報章原文與事件', site: CARD_SITE };
}

/** The card of an actor page: name, title and how many events. */
export function actorCard(actor: Pick<Actor, 'name' | 'title' | 'en'>, events: number): CardSpec {
  return {
    kicker: [actor.title, actor.en].filter(Boolean).join(' · ') || '人物和機構',
    title: actor.name,
    footer: `${events} 件事件`,
    site: CARD_SITE,
  };
}

/** The site-wide card (timeline views, search, directories). */
export function siteCard(): CardSpec {
  return { kicker: '通話 · 會晤 · 外交部回應', title: CARD_SITE, footer: '從中文報章整理，每件事件都連到原文段落', site: '' };
}

/** Every distinct card of a site: the site card, then one per distinct event, article and actor text. */
export function siteCards(
  events: readonly SiteEvent[],
  articles: readonly SiteArticle[],
  actors: Iterable<Pick<Actor, 'name' | 'title' | 'en'> & { events: readonly unknown[] }>,
): Map<string, CardSpec> {
  const cards = new Map<string, CardSpec>();
  const add = (spec: CardSpec) => cards.set(cardId(spec), spec);
  add(siteCard());
  for (const e of events) add(eventCard(e));
  for (const a of articles) add(articleCard(a));
  for (const a of actors) add(actorCard(a, a.events.length));
  return cards;
}
