/** /og/site.png: the card shared by the timeline, search and directory pages. */
import type { APIRoute } from 'astro';
import { renderCard, pngResponse } from '../../data/og-image.ts';
import { siteCard } from '../../lib/og/specs.ts';

export const GET: APIRoute = async () => pngResponse(await renderCard(siteCard()));
