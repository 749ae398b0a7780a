/**
 * What the search-index integration asks before a part's records (see search-records.ts):
 * a hash of what the part's records are made from and how many there are, so that a part
 * whose index is in the cache is neither made into records nor indexed again. Added to
 * builds as a route beside the records'; it writes no file into the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { recordsKey, siteParts } from './search-records.ts';

/** One path per part, as the records' route. */
export const getStaticPaths = (async () =>
  [...(await siteParts()).parts.keys()].map((part) => ({ params: { part } }))) satisfies GetStaticPaths;

/** A part's key and its number of records, as JSON. */
export const GET: APIRoute = async ({ params }) => {
  const key = await recordsKey(String(params.part));
  if (!key) return new Response('no such part', { status: 404 });
  return new Response(JSON.stringify(key), { headers: { 'Content-Type': 'application/json' } });
};
