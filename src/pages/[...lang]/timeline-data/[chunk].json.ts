/** The selection panel's event details for one month, in each language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../site/load-site.ts';
import { detailChunkEvents, eventDetails } from '../../../site/timeline-details.ts';
import { langPaths } from '../../../site/lang-routes.ts';
import { pageKey } from '../../../site/cache-keys.ts';
import type { Lang } from '../../../lib/i18n/strings.ts';

// A path holds the file's name and language only: its details are made when it renders.
// Its key hashes the file's events (their details follow from them, the language and the code).
export const getStaticPaths = (async () => {
  const chunks = detailChunkEvents((await loadSite()).events);
  return langPaths().flatMap(({ params, props }) =>
    [...chunks].map(([chunk, events]) => ({
      params: { ...params, chunk },
      props: { lang: props.lang, chunk },
      cacheKey: pageKey(props.lang, events),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { lang, chunk } = props as { lang: Lang; chunk: string };
  const events = detailChunkEvents((await loadSite()).events).get(chunk) ?? [];
  return new Response(JSON.stringify(eventDetails(events, lang)), { headers: { 'content-type': 'application/json' } });
};
