/** /events.json: every event with its sources and passage texts (schema: /events.schema.json). */
import type { APIRoute } from 'astro';
import { loadShareData } from '../site/share-data.ts';
import { latestPublished } from '../lib/export/event-record.ts';

export const GET: APIRoute = async () => {
  const share = await loadShareData();
  const { events, urls } = share;
  const records = share.records();
  const body = {
    $schema: urls.at('events.schema.json'),
    version: 1,
    updated: latestPublished(events),
    count: records.length,
    events: records,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
