/** /feed.xml: an Atom feed of the newest events first. */
import type { APIRoute } from 'astro';
import { loadShareData } from '../site/share-data.ts';
import { eventsAtom } from '../lib/export/atom.ts';
import { CARD_SITE } from '../lib/og/specs.ts';

/** How many events the feed carries; the full list is in /events.json. */
const FEED_SIZE = 200;

export const GET: APIRoute = async () => {
  const share = await loadShareData();
  const { urls } = share;
  const records = share.records();
  const xml = eventsAtom(records, { title: CARD_SITE, home: urls.root, self: urls.at('feed.xml'), limit: FEED_SIZE });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
