/** The timeline's client data in English. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../site/load-site.ts';
import { timelineJson } from '../../../site/timeline-build.ts';

export const GET: APIRoute = async () => {
  const { events } = await loadSite();
  return new Response(JSON.stringify(timelineJson(events, 'en')), { headers: { 'content-type': 'application/json' } });
};
