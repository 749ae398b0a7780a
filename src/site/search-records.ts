/**
 * The site's search records (one per event, one per article), built once per build for
 * the search-index integration. They are handed over as soon as the site's data is
 * loaded, so Pagefind indexes them in its own process while the pages render.
 */
import { lexiconNames } from '../lib/search/site-lexicon.ts';
import { buildLexicon } from '../lib/search/segment.ts';
import { articleSearchRecord, eventSearchRecord, type SearchRecord } from '../lib/search/records.ts';
import type { SiteArticle, SiteEvent } from '../lib/archive/collect.ts';

/** The records of every event and article, with URLs under the site's base path. */
export function siteSearchRecords(articles: readonly SiteArticle[], events: readonly SiteEvent[]): SearchRecord[] {
  const lexicon = buildLexicon(lexiconNames(events));
  const base = import.meta.env.BASE_URL;
  return [...events.map((e) => eventSearchRecord(e, lexicon, base)), ...articles.map((a) => articleSearchRecord(a, lexicon, base))];
}
