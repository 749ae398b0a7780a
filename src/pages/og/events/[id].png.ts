/** /og/events/<id>.png: the social card of each event (1200×630 PNG, drawn at build time). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { renderCard, pngResponse } from '../../../data/og-image.ts';
import { eventCard } from '../../../lib/og/specs.ts';
import type { SiteEvent } from '../../../lib/site/collect.ts';

export const getStaticPaths = (async () => {
  const { events } = await loadSite();
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await renderCard(eventCard((props as { event: SiteEvent }).event)));
