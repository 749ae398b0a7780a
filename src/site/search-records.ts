/**
 * The site's search records (one per event, one per article), served to the search-index
 * integration only, one part of the archive at a time: a part is the records of a run of
 * years (an event's year, an article's year of publication), newest first, of at most
 * PART_RECORDS records (a year with more is cut into pieces; see search-parts.ts). The
 * integration adds this module as a route to builds and indexes the parts one after another
 * in Pagefind's process while the pages render, so neither process holds more than one
 * part's records. The route writes no file into the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { lexiconNames } from '../lib/search/site-lexicon.ts';
import { buildLexicon, type Lexicon } from '../lib/search/segment.ts';
import { articleSearchRecord, eventSearchRecord, type SearchRecord } from '../lib/search/records.ts';
import type { SiteArticle, SiteEvent } from '../lib/archive/collect.ts';
import { searchParts, type SearchPart } from './search-parts.ts';
import { loadSite } from './load-site.ts';
import { pageKey } from './cache-keys.ts';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The records of some events and articles, with URLs under the site's base path. */
export function siteSearchRecords(
  articles: readonly SiteArticle[],
  events: readonly SiteEvent[],
  lexicon: Lexicon = buildLexicon(lexiconNames(events)),
): SearchRecord[] {
  const base = import.meta.env.BASE_URL;
  return [...events.map((e) => eventSearchRecord(e, lexicon, base)), ...articles.map((a) => articleSearchRecord(a, lexicon, base))];
}

let site: Promise<{ parts: Map<string, SearchPart>; lexicon: Lexicon; names: string[] }> | undefined;

/** The parts by name and the lexicon of the whole archive (every part is segmented alike). */
export function siteParts(): Promise<{ parts: Map<string, SearchPart>; lexicon: Lexicon; names: string[] }> {
  site ??= loadSite().then(({ articles, events }) => {
    const names = lexiconNames(events);
    return { parts: new Map(searchParts(articles, events).map((p) => [p.name, p])), lexicon: buildLexicon(names), names };
  });
  return site;
}

/**
 * A hash of everything a part's records are made from, without making them: its events and
 * articles, the lexicon's names, the base path, and this module's code (the name of the built
 * module, a hash of its code and what it imports).
 */
export async function recordsKey(name: string): Promise<{ key: string; records: number } | undefined> {
  const { parts, names } = await siteParts();
  const part = parts.get(name);
  if (!part) return undefined;
  const key = pageKey(basename(fileURLToPath(import.meta.url)), import.meta.env.BASE_URL, { names }, part.events, part.articles);
  return { key, records: part.events.length + part.articles.length };
}

/** One path per part, in the order the parts are indexed (the newest first: the search's main index). */
export const getStaticPaths = (async () =>
  [...(await siteParts()).parts.keys()].map((part) => ({ params: { part } }))) satisfies GetStaticPaths;

/** A part's records as JSON, for the search-index integration. */
export const GET: APIRoute = async ({ params }) => {
  const { parts, lexicon } = await siteParts();
  const part = parts.get(String(params.part));
  if (!part) return new Response('no such part', { status: 404 });
  return new Response(JSON.stringify(siteSearchRecords(part.articles, part.events, lexicon)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
