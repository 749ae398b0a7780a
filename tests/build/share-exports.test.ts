import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { distDir, readDist } from '../helpers/dist.ts';
import { icsDayMismatches } from './ics-days.ts';

interface JsonEvent {
  id: string;
  url: string;
  date: string | null;
  cameo: { code: string } | null;
  type: string;
  sources: { text: string; url: string }[];
}
const exported = JSON.parse(readDist('events.json')) as { $schema: string; count: number; events: JsonEvent[] };

test('events.json lists every event with its sources, passage texts, CAMEO code and a schema link', () => {
  assert.equal(exported.count, exported.events.length);
  assert.ok(exported.events.length > 0);
  assert.ok(existsSync(join(distDir, new URL(exported.$schema).pathname)), 'the schema file is built');
  for (const e of exported.events) {
    assert.ok(e.sources.length > 0 && e.sources.every((s) => s.text.length > 0 && /^https?:\/\/.+#p-/.test(s.url)), e.id);
    if (e.type === 'call') assert.equal(e.cameo?.code, '041', e.id);
  }
});

for (const tz of ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
  test(`events.ics parses with ical.js and every event known to the day falls on its day in ${tz}`, () => {
    const out = execFileSync(process.execPath, [join(import.meta.dirname, 'ics-days.ts')], {
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    });
    const { checked, wrong } = JSON.parse(out) as ReturnType<typeof icsDayMismatches>;
    assert.ok(checked > 0, 'some events are known to the day');
    assert.deepEqual(wrong, []);
  });
}

test('events.ics holds only all-day entries with a unique UID each', () => {
  const vevents = new ICAL.Component(ICAL.parse(readDist('events.ics')) as unknown[])
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c));
  assert.ok(vevents.every((e) => e.startDate.isDate && e.endDate.isDate));
  assert.equal(new Set(vevents.map((e) => e.uid)).size, vevents.length);
});

test('feed.xml parses as Atom with the newest events first, each entry linking to its absolute event page', () => {
  const feed = (new XMLParser({ ignoreAttributes: false }).parse(readDist('feed.xml')) as { feed: { entry?: unknown } }).feed;
  const entries = [feed.entry ?? []].flat() as { id: string; updated: string }[];
  assert.ok(entries.length > 0);
  const dateOf = new Map(exported.events.map((e) => [e.url, e.date]));
  const dates = entries.map((e) => dateOf.get(e.id)).filter((d): d is string => typeof d === 'string');
  assert.deepEqual(dates, [...dates].sort().reverse());
  for (const e of entries) {
    assert.ok(dateOf.has(e.id), `${e.id} is an event page`);
    assert.ok(!Number.isNaN(Date.parse(e.updated)));
  }
});

test('events.csv has a header and one row per event', () => {
  const csv = readDist('events.csv');
  assert.ok(csv.startsWith('\uFEFFid,date,'));
  const ids = new Set(exported.events.map((e) => e.id));
  const rowIds = csv
    .split('\r\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(',')[0]);
  assert.ok(rowIds.every((id) => ids.has(id!)) && rowIds.length === ids.size);
});

test('robots.txt points at the sitemap, which lists absolute page URLs including event pages', () => {
  const robots = readDist('robots.txt');
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  assert.ok(sitemapUrl && /^https?:\/\//.test(sitemapUrl));
  const index = readDist(new URL(sitemapUrl).pathname);
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const locs = parts.flatMap((p) => [...readDist(p).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  assert.ok(locs.every((l) => /^https?:\/\//.test(l)));
  assert.ok(
    exported.events.every((e) => locs.includes(e.url)),
    'every event page is in the sitemap',
  );
});
