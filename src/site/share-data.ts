/**
 * Data for the shareable pages and exports, built once per build from loadSite():
 * absolute URL builders, export records, related-event lookups and the actor directory.
 */
import { loadSite } from './load-site.ts';
import { siteUrls, type SiteUrls } from '../lib/export/site-urls.ts';
import { eventRecord, eventActors, type EventRecord } from '../lib/export/event-record.ts';
import { relatedIndex } from '../lib/archive/related-events.ts';
import type { SiteArticle, SiteEvent } from '../lib/archive/collect.ts';
import { siteCards } from '../lib/og/specs.ts';
import { prepareCards } from './og-image.ts';

/** One actor with every event it takes part in. */
export interface ActorEntry {
  id: string;
  name: string;
  /** Other spellings met in the articles (other script, other transliteration). */
  aliases: string[];
  kind: 'person' | 'organization';
  title?: string | undefined;
  country?: string | undefined;
  en?: string | undefined;
  events: SiteEvent[];
}

/** Everything the share pages read. */
export interface ShareData {
  articles: SiteArticle[];
  events: SiteEvent[];
  urls: SiteUrls;
  /** Every event's export record: made when an export asks, kept only while one holds them. */
  records: () => EventRecord[];
  related: ReturnType<typeof relatedIndex>;
  actors: Map<string, ActorEntry>;
}

let cache: Promise<ShareData> | undefined;

/** The site's base address: Astro's `site` joined with `base`. */
export function siteBase(): string {
  return new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href;
}

/** Loads (once) the data of the shareable pages. */
export function loadShareData(): Promise<ShareData> {
  cache ??= (async () => {
    const { articles, events } = await loadSite();
    const urls = siteUrls(siteBase());
    const actors = new Map<string, ActorEntry>();
    for (const event of events) {
      for (const a of eventActors(event)) {
        let entry = actors.get(a.id);
        if (!entry) {
          entry = { id: a.id, name: a.name, aliases: [], kind: a.kind, title: a.title, country: a.country, en: a.en, events: [] };
          actors.set(a.id, entry);
        } else if (a.name !== entry.name && !entry.aliases.includes(a.name)) {
          entry.aliases.push(a.name);
        }
        entry.en ??= a.en;
        entry.country ??= a.country;
        entry.title ??= a.title;
        entry.events.push(event);
      }
    }
    // The cards are drawn on another thread while the pages render.
    prepareCards(siteCards(events, articles, actors.values()).values());
    // The exports render at the start of the build; their records (a copy of every event with
    // its links) need not stay for the pages that follow.
    let made: WeakRef<EventRecord[]> | undefined;
    const records = () => {
      let list = made?.deref();
      if (!list) made = new WeakRef((list = events.map((e) => eventRecord(e, urls))));
      return list;
    };
    return { articles, events, urls, records, related: relatedIndex(events), actors };
  })();
  return cache;
}
