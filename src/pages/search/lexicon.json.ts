/** /search/lexicon.json: the names the search page keeps whole when it segments a query. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../site/load-site.ts';
import { lexiconNames } from '../../lib/search/site-lexicon.ts';

export const GET: APIRoute = async () => {
  const { events } = await loadSite();
  return new Response(JSON.stringify(lexiconNames(events)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
