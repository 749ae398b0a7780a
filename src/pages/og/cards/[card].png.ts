/**
 * /og/cards/<hash>.png: the social cards (1200×630 PNG, drawn at build time), one per
 * distinct card text across events, articles, actors and the site itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadShareData } from '../../../site/share-data.ts';
import { renderCard, pngResponse, rendererKey } from '../../../site/og-image.ts';
import { siteCards } from '../../../lib/og/specs.ts';
import type { CardSpec } from '../../../lib/og/card.ts';

export const getStaticPaths = (async () => {
  const { events, articles, actors } = await loadShareData();
  // A card's name hashes its text; the renderer's key covers the fonts and drawing code.
  const renderer = rendererKey();
  return [...siteCards(events, articles, actors.values())].map(([card, spec]) => ({
    params: { card },
    props: { spec },
    cacheKey: `${renderer}:${card}`,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await renderCard((props as { spec: CardSpec }).spec));
