/** The selection panel's event details for one month, in Traditional Chinese. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../site/load-site.ts';
import { detailChunks } from '../../site/timeline-details.ts';

export const getStaticPaths = (async () => {
  const { events } = await loadSite();
  return [...detailChunks(events, 'zh-hant')].map(([chunk, details]) => ({ params: { chunk }, props: { details } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.details), { headers: { 'content-type': 'application/json' } });
