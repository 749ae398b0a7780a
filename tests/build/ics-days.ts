/**
 * Reads dist/events.ics with ical.js and lists every event whose calendar day, as a date
 * in this process's time zone, differs from its day in dist/events.json. Run as a script
 * it prints that list as JSON, so tests can run it under other TZ values.
 */
import ICAL from 'ical.js';
import { readDist } from '../helpers/dist.ts';

interface JsonEvent {
  id: string;
  date: string | null;
}

/** Mismatches between the calendar and the JSON export, seen from the current time zone. */
export function icsDayMismatches(): { checked: number; wrong: string[] } {
  const events = (JSON.parse(readDist('events.json')) as { events: JsonEvent[] }).events;
  const calendar = new ICAL.Component(ICAL.parse(readDist('events.ics')) as unknown[]);
  const byUid = new Map(
    calendar.getAllSubcomponents('vevent').map((c) => {
      const e = new ICAL.Event(c);
      return [e.uid.split('@')[0], e] as const;
    }),
  );
  const wrong: string[] = [];
  let checked = 0;
  for (const event of events) {
    if (!event.date || event.date.length !== 10) continue;
    const entry = byUid.get(event.id);
    if (!entry) {
      wrong.push(`${event.id}: missing from the calendar`);
      continue;
    }
    const local = entry.startDate.toJSDate();
    const seen = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
    checked++;
    if (!entry.startDate.isDate || seen !== event.date) wrong.push(`${event.id}: ${seen} in the calendar, ${event.date} in events.json`);
  }
  return { checked, wrong };
}

if (import.meta.main) console.log(JSON.stringify(icsDayMismatches()));
