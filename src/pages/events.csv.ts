/** /events.csv: one row per event, for spreadsheets and statistics packages. */
import type { APIRoute } from 'astro';
import { loadShareData } from '../site/share-data.ts';
import { eventsCsv } from '../lib/export/csv.ts';

export const GET: APIRoute = async () => {
  const records = (await loadShareData()).records();
  return new Response(eventsCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
