/** The selection panel's event details for one month, in each language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../site/load-site.ts';
import { detailChunks } from '../../../site/timeline-details.ts';
import { langPaths } from '../../../site/lang-routes.ts';
import { pageKey } from '../../../site/cache-keys.ts';

export const getStaticPaths = (async () => {
  const { events } = await loadSite();
  return langPaths().flatMap(({ params, props }) =>
    [...detailChunks(events, props.lang)].map(([chunk, details]) => ({
      params: { ...params, chunk },
      props: { details },
      cacheKey: pageKey(details),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.details), { headers: { 'content-type': 'application/json' } });
