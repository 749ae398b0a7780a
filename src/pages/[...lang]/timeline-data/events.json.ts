/** The timeline's client data, in each language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../site/load-site.ts';
import { timelineJson } from '../../../site/timeline-build.ts';
import { langPaths } from '../../../site/lang-routes.ts';
import { siteKey } from '../../../site/cache-keys.ts';
import type { Lang } from '../../../lib/i18n/strings.ts';

export const getStaticPaths = (async () => langPaths(await siteKey())) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) => {
  const { events } = await loadSite();
  return new Response(JSON.stringify(timelineJson(events, props.lang)), { headers: { 'content-type': 'application/json' } });
};
