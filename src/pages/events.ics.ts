/** /events.ics: an iCalendar file with one all-day entry per event known to the day or month. */
import type { APIRoute } from 'astro';
import { loadShareData } from '../site/share-data.ts';
import { eventsIcs } from '../lib/export/ics.ts';
import { latestPublished } from '../lib/export/event-record.ts';
import { CARD_SITE } from '../lib/og/specs.ts';

export const GET: APIRoute = async () => {
  const share = await loadShareData();
  const { events, urls } = share;
  const records = share.records();
  const ics = eventsIcs(records, { name: CARD_SITE, host: new URL(urls.root).host, stamp: latestPublished(events) ?? '1970-01-01' });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
