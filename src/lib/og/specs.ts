/** What the social card of each kind of page says: pure functions from data to CardSpec. */
import type { CardSpec } from './card.ts';
import type { SiteArticle, SiteEvent } from '../site/collect.ts';
import type { Actor } from '../schema.ts';
import { formatPartialDate, typeLabel } from '../export/labels.ts';
import { eventActors } from '../export/event-record.ts';

/** The site name drawn on every card. */
export const CARD_SITE = '外交事件時間線';

/** The card of an event: date and type, title, and who took part. */
export function eventCard(event: SiteEvent): CardSpec {
  const outlets = [...new Set(event.sources.map((s) => s.outlet))];
  const who = eventActors(event).map((a) => a.name).slice(0, 4).join('、');
  return {
    kicker: `${formatPartialDate(event.date)} · ${typeLabel(event.type)}`,
    title: event.title,
    footer: [who, outlets.slice(0, 2).join('、')].filter(Boolean).join(' ｜ '),
    site: CARD_SITE,
  };
}

/** The card of an article page: outlet and date, headline. */
export function articleCard(article: SiteArticle): CardSpec {
  return {
    kicker: `${article.data.outlet} · ${formatPartialDate(article.data.published)}`,
    title: article.data.title,
    footer: `${article.data.events.length} 件事件`,
    site: CARD_SITE,
  };
}

/** The card of an actor page: name, title and how many events. */
export function actorCard(actor: Pick<Actor, 'name' | 'title' | 'en'>, events: number): CardSpec {
  return { kicker: [actor.title, actor.en].filter(Boolean).join(' · ') || '人物和機構', title: actor.name, footer: `${events} 件事件`, site: CARD_SITE };
}

/** The site-wide card (timeline views, search, directories). */
export function siteCard(): CardSpec {
  return { kicker: '通話 · 會晤 · 外交部回應', title: CARD_SITE, footer: '從中文報章整理，每件事件都連到原文段落', site: '' };
}
