/**
 * /og/cards/<hash>.png: the social cards (1200×630 PNG, drawn at build time), one per
 * distinct card text across events, articles, actors and the site itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadShareData } from '../../../site/share-data.ts';
import { renderCard, pngResponse } from '../../../site/og-image.ts';
import { siteCards } from '../../../lib/og/specs.ts';
import type { CardSpec } from '../../../lib/og/card.ts';

export const getStaticPaths = (async () => {
  const { events, articles, actors } = await loadShareData();
  return [...siteCards(events, articles, actors.values())].map(([card, spec]) => ({ params: { card }, props: { spec } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await renderCard((props as { spec: CardSpec }).spec));
