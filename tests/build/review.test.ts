import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { fileForPath, htmlFiles, readDist, walk } from '../helpers/dist.ts';

const review = fileForPath('/review/');

test('the review page is built at /review/', () => {
  assert.equal(review, 'review/index.html');
  const root = parse(readDist(review));
  assert.ok(root.querySelector('h1')?.text.trim());
  assert.ok(root.querySelectorAll('.rv-item').length > 0, 'it lists events waiting for review');
});

test('the review page asks search engines not to index it and has no other-language version', () => {
  const root = parse(readDist(review!));
  assert.equal(root.querySelector('meta[name=robots]')?.getAttribute('content'), 'noindex');
  assert.equal(root.querySelectorAll('link[rel=alternate][hreflang]').length, 0);
  assert.equal(root.querySelector('a.lang-switch'), null);
  assert.equal(fileForPath('/en/review/'), undefined);
});

test('no other page carries noindex', () => {
  const others = htmlFiles().filter((f) => f !== review && /<meta name="robots" content="noindex"/.test(readDist(f)));
  assert.deepEqual(others, []);
});

test('neither home page nor any navigation links to the review page', () => {
  for (const home of ['index.html', 'en/index.html']) {
    const links = parse(readDist(home))
      .querySelectorAll('a[href]')
      .map((a) => a.getAttribute('href') ?? '');
    assert.equal(links.filter((h) => /\/review\//.test(h)).length, 0, home);
  }
  const linking = htmlFiles().filter((f) => f !== review && /href="[^"]*\/review\/"/.test(readDist(f)));
  assert.deepEqual(linking, []);
});

test('the sitemap leaves the review page out', () => {
  const maps = walk().filter((f) => /^sitemap-\d+\.xml$/.test(f));
  assert.ok(maps.length > 0, 'the sitemap is built');
  for (const map of maps) assert.doesNotMatch(readDist(map), /\/review\//, map);
});

interface Exported {
  id: string;
  url: string;
  confidence: number;
  reviewed: boolean;
}
const exported = (JSON.parse(readDist('events.json')) as { events: Exported[] }).events;
const unsure = (e: Exported) => !e.reviewed && e.confidence < 0.7;

test('the test content has uncertain, sure and reviewed low-confidence events', () => {
  assert.ok(exported.some(unsure));
  assert.ok(exported.some((e) => !unsure(e)));
  assert.ok(exported.some((e) => e.reviewed && e.confidence < 0.7));
});

test('the review page lists exactly the unreviewed events, lowest confidence first', () => {
  const root = parse(readDist(review!));
  const ids = root.querySelectorAll('.rv-item').map((li) => li.getAttribute('id')!.replace(/^r-/, ''));
  assert.deepEqual(new Set(ids), new Set(exported.filter((e) => !e.reviewed).map((e) => e.id)));
  const percents = root.querySelectorAll('.rv-conf').map((el) => Number(el.text.replace('%', '')));
  assert.deepEqual(
    percents,
    [...percents].sort((a, b) => a - b),
  );
});

test("an uncertain event's page shows the mark and what may be wrong; a sure one's does not", () => {
  for (const e of exported.slice(0, 80)) {
    const root = parse(readDist(fileForPath(new URL(e.url).pathname)!));
    const note = root.querySelector('.unverified-note');
    if (unsure(e)) {
      assert.ok(note, `${e.id} has the note`);
      assert.ok(note.querySelectorAll('dd').length > 0, `${e.id} has hints`);
      assert.ok(root.querySelector('.event-kicker .tl-unv'), `${e.id} has the mark`);
    } else {
      assert.equal(note, null, `${e.id} has no note`);
      assert.equal(root.querySelector('.event-kicker .tl-unv'), null);
    }
  }
});

test('the timeline data flags exactly the uncertain events', () => {
  for (const file of ['timeline-data/events.json', 'en/timeline-data/events.json']) {
    const data = JSON.parse(readDist(file)) as { e: unknown[][] };
    const flagged = new Set(data.e.filter((row) => row[8] === 1).map((row) => row[0] as string));
    const placed = new Set(data.e.map((row) => row[0] as string));
    const expected = exported.filter((e) => unsure(e) && placed.has(e.id)).map((e) => e.id);
    assert.deepEqual([...flagged].sort(), expected.sort(), file);
  }
});

test('the lists without script mark exactly the uncertain events, each with its word and label', () => {
  const marked = new Set<string>();
  const listed = new Set<string>();
  for (const file of htmlFiles().filter((f) => /^years\/[^/]+\/index\.html$/.test(f))) {
    for (const li of parse(readDist(file)).querySelectorAll('li.el-item')) {
      const id = li.getAttribute('id')!.replace(/^e-/, '');
      listed.add(id);
      if (!li.classList.contains('tl-unc')) continue;
      marked.add(id);
      assert.equal(li.querySelector('.tl-unv')?.text, '待核', id);
      assert.match(li.querySelector('.tl-unv + .visually-hidden')?.text ?? '', /機器擷取/, id);
    }
  }
  assert.ok(listed.size > 0);
  assert.deepEqual(
    [...marked].sort(),
    exported
      .filter((e) => unsure(e) && listed.has(e.id))
      .map((e) => e.id)
      .sort(),
  );
});

test('beside a passage, an uncertain event is marked and a sure one is not', () => {
  const byId = new Map(exported.map((e) => [e.id, e]));
  let seen = 0;
  for (const file of htmlFiles().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f))) {
    for (const li of parse(readDist(file)).querySelectorAll('.passage-events li')) {
      const e = byId.get(li.querySelector('a[data-event]')!.getAttribute('data-event')!)!;
      assert.equal(!!li.querySelector('.tl-unv'), unsure(e), `${file} ${e.id}`);
      seen++;
    }
  }
  assert.ok(seen > 0);
});
