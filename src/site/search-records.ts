/**
 * The site's search records (one per event, one per article), served to the search-index
 * integration only: it adds this module as a route to builds, renders it before the pages
 * and hands the records to Pagefind, which indexes them in its own process while the
 * pages render. The route writes no file into the site.
 */
import type { APIRoute } from 'astro';
import { lexiconNames } from '../lib/search/site-lexicon.ts';
import { buildLexicon } from '../lib/search/segment.ts';
import { articleSearchRecord, eventSearchRecord, type SearchRecord } from '../lib/search/records.ts';
import type { SiteArticle, SiteEvent } from '../lib/archive/collect.ts';
import { loadSite } from './load-site.ts';

/** The records of every event and article, with URLs under the site's base path. */
export function siteSearchRecords(articles: readonly SiteArticle[], events: readonly SiteEvent[]): SearchRecord[] {
  const lexicon = buildLexicon(lexiconNames(events));
  const base = import.meta.env.BASE_URL;
  return [...events.map((e) => eventSearchRecord(e, lexicon, base)), ...articles.map((a) => articleSearchRecord(a, lexicon, base))];
}

/** The records as JSON, for the search-index integration. */
export const GET: APIRoute = async () => {
  const { articles, events } = await loadSite();
  return new Response(JSON.stringify(siteSearchRecords(articles, events)), { headers: { 'Content-Type': 'application/json' } });
};
