import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { distDir, fileForPath, htmlFiles, readDist } from '../helpers/dist.ts';

const events = (JSON.parse(readDist('events.json')) as { events: { id: string; url: string; title: string }[] }).events;

/** The social tags of a built page. */
function socialTags(file: string): Record<string, string> {
  const root = parse(readDist(file));
  const tags: Record<string, string> = {};
  for (const m of root.querySelectorAll('meta[property], meta[name]'))
    tags[m.getAttribute('property') ?? m.getAttribute('name')!] = m.getAttribute('content') ?? '';
  tags.canonical = root.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
  return tags;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Checks a page's social tags and its card image; returns what is wrong. */
function problems(file: string, expectedUrl?: string): string[] {
  const tags = socialTags(file);
  const out: string[] = [];
  for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card', 'twitter:image'])
    if (!tags[key]) out.push(`${file}: no ${key}`);
  if (!/^https?:\/\//.test(tags['og:url'] ?? '')) out.push(`${file}: og:url is not absolute`);
  if (expectedUrl && tags['og:url'] !== expectedUrl) out.push(`${file}: og:url ${tags['og:url']} is not ${expectedUrl}`);
  if (tags.canonical !== tags['og:url']) out.push(`${file}: canonical and og:url differ`);
  if (tags['og:image:width'] !== '1200' || tags['og:image:height'] !== '630') out.push(`${file}: image size tags missing`);
  const image = tags['og:image'] ?? '';
  if (!/^https?:\/\//.test(image)) return [...out, `${file}: og:image is not absolute`];
  const imageFile = fileForPath(new URL(image).pathname);
  if (!imageFile) return [...out, `${file}: ${image} is not built`];
  const size = pngSize(readFileSync(join(distDir, imageFile)));
  if (!size || size.width !== 1200 || size.height !== 630) out.push(`${file}: ${image} is not a 1200×630 PNG`);
  return out;
}

test('every event in events.json has its page with absolute og:url and og:image, the image a 1200×630 PNG', () => {
  assert.ok(events.length > 0);
  const wrong = events.flatMap((e) => {
    const file = fileForPath(new URL(e.url).pathname);
    return file ? problems(file, e.url) : [`${e.id}: no page at ${e.url}`];
  });
  assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} problems`);
});

test('each event page shows its title and links to every source passage', () => {
  for (const e of events.slice(0, 50)) {
    const root = parse(readDist(fileForPath(new URL(e.url).pathname)!));
    assert.equal(root.querySelector('h1')?.text, e.title);
    assert.ok(root.querySelectorAll('.event-sources a[href*="#p-"]').length > 0, e.id);
  }
});

test('actor and article pages carry the same social tags and cards', () => {
  const pages = htmlFiles().filter((f) => /^(actors|articles)\/[^/]+\/index\.html$/.test(f));
  assert.ok(
    pages.some((f) => f.startsWith('actors/')),
    'actor pages are built',
  );
  const wrong = pages.flatMap((f) => problems(f));
  assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} problems`);
});

test('event, actor and article pages each have a share button holding their absolute URL', () => {
  const pages = htmlFiles()
    .filter((f) => /^(events|actors|articles)\/[^/]+\/index\.html$/.test(f))
    .slice(0, 200);
  for (const f of pages) {
    const button = parse(readDist(f)).querySelector('share-button');
    assert.ok(button, `${f} has a share button`);
    assert.equal(button.getAttribute('data-url'), socialTags(f)['og:url'], f);
  }
});
