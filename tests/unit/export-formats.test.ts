import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { eventRecord } from '../../src/lib/export/event-record.ts';
import { siteUrls } from '../../src/lib/export/site-urls.ts';
import { csvCell, eventsCsv, csvColumns } from '../../src/lib/export/csv.ts';
import { calendarSpan, eventsIcs, foldLine, icsText } from '../../src/lib/export/ics.ts';
import { eventsAtom, newestFirst, xmlText } from '../../src/lib/export/atom.ts';
import { cameoCode } from '../../src/lib/export/cameo.ts';
import { sampleEvents, sampleArticle } from './export-fixtures.ts';

const urls = siteUrls('https://example.org/timeline/');
const records = sampleEvents.map((e) => eventRecord(e, urls));
const meeting = records.find((r) => r.id === 'video-2025-01-21-xi-putin')!;

test('records carry absolute URLs under the configured base, for the event, its actors and its passages', () => {
  assert.equal(meeting.url, 'https://example.org/timeline/events/video-2025-01-21-xi-putin/');
  assert.equal(meeting.sources[0]!.url, `https://example.org/timeline/articles/${sampleArticle.slug}/#p-0000a001`);
  assert.deepEqual(
    meeting.actors.map((a) => a.url),
    ['https://example.org/timeline/actors/xi-jinping/', 'https://example.org/timeline/actors/vladimir-putin/'],
  );
  assert.equal(meeting.sources[0]!.text, sampleArticle.passages[1]!.text);
});

test('CAMEO codes follow the data file: calls 041, video meetings 041, visits by place, statements 010, other none', () => {
  assert.equal(cameoCode({ type: 'call' })?.code, '041');
  assert.equal(cameoCode({ type: 'meeting', mode: 'video', location: '北京' })?.code, '041');
  assert.equal(cameoCode({ type: 'meeting', mode: 'in-person', location: '北京人民大會堂' })?.code, '043');
  assert.equal(cameoCode({ type: 'meeting', mode: 'in-person', location: '莫斯科' })?.code, '042');
  assert.equal(cameoCode({ type: 'meeting' })?.code, '040');
  assert.equal(cameoCode({ type: 'ministry-response' })?.code, '010');
  assert.equal(cameoCode({ type: 'other' }), null);
});

test('the CSV has one row per event under its header, with quotes around commas and doubled inner quotes', () => {
  const csv = eventsCsv(records);
  assert.ok(csv.startsWith('\uFEFF' + csvColumns.join(',') + '\r\n'));
  const lines = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(lines.length, records.length + 1);
  assert.equal(csvCell('a,"b"'), '"a,""b"""');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('-3'), '-3');
});

test('the calendar parses with ical.js and holds one all-day entry per event known to the day or month', () => {
  const ics = eventsIcs(records, { name: '時間線', host: 'example.org', stamp: '2025-01-22' });
  const vevents = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  assert.equal(vevents.length, 2, 'the undated call is left out');
  const day = vevents.find((e) => e.uid === 'video-2025-01-21-xi-putin@example.org')!;
  assert.ok(day.startDate.isDate);
  assert.equal(day.startDate.toString(), '2025-01-21');
  assert.equal(day.endDate.toString(), '2025-01-22');
  assert.equal(day.summary, '習近平同普京舉行視頻會晤');
  assert.match(day.description, /雙方就雙邊關係交換意見，包括"合作"與「協作」; 逗號, 分號。/);
  // A JavaScript date built from the value falls on the 21st in this process's time zone too.
  assert.equal(day.startDate.toJSDate().getDate(), 21);
  const month = vevents.find((e) => e.uid === 'consult-2024-12@example.org')!;
  assert.equal(month.startDate.toString(), '2024-12-01');
  assert.equal(month.endDate.toString(), '2025-01-01');
});

test('calendar spans: a day lasts one day, a month runs to the first of the next, a year or no date has none', () => {
  assert.deepEqual(calendarSpan('2024-12-31'), ['2024-12-31', '2025-01-01']);
  assert.deepEqual(calendarSpan('2024-02'), ['2024-02-01', '2024-03-01']);
  assert.equal(calendarSpan('2024'), null);
  assert.equal(calendarSpan(null), null);
});

test('long calendar lines fold at 75 octets without cutting a Chinese character', () => {
  const line = 'DESCRIPTION:' + '視頻會晤'.repeat(30);
  const folded = foldLine(line).split('\r\n');
  assert.ok(folded.length > 1);
  for (const part of folded) assert.ok(Buffer.byteLength(part) <= 75, part);
  assert.equal(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join(''), line);
  assert.equal(icsText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
});

test('the Atom feed parses as XML, lists newest events first and stamps entries with their publication day', () => {
  const xml = eventsAtom(records, { title: '時間線', home: urls.root, self: urls.at('feed.xml'), limit: 10 });
  const { feed } = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    feed: { entry: { id: string; title: string; updated: string }[] };
  };
  const entries = [feed.entry].flat();
  assert.equal(entries.length, records.length);
  assert.equal(entries[0]!.title, '習近平同普京舉行視頻會晤');
  assert.equal(entries[0]!.updated, '2025-01-22T00:00:00Z');
  assert.deepEqual(
    entries.map((e) => e.id),
    newestFirst(records).map((r) => r.url),
  );
  assert.equal(xmlText('<a>&\u0001'), '&lt;a&gt;&amp;');
});
