/**
 * /search/records.json: the search records, written for the search-index integration,
 * which indexes them after the build and then deletes this file from the output.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { lexiconNames } from '../../lib/search/site-lexicon.ts';
import { buildLexicon } from '../../lib/search/segment.ts';
import { articleSearchRecord, eventSearchRecord } from '../../lib/search/records.ts';

export const GET: APIRoute = async () => {
  const { articles, events } = await loadSite();
  const lexicon = buildLexicon(lexiconNames(events));
  const base = import.meta.env.BASE_URL;
  const records = [...events.map((e) => eventSearchRecord(e, lexicon, base)), ...articles.map((a) => articleSearchRecord(a, lexicon, base))];
  return new Response(records.map((r) => JSON.stringify(r)).join('\n'), { headers: { 'Content-Type': 'application/x-ndjson' } });
};
