import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { fileForPath, htmlFiles, readDist } from '../helpers/dist.ts';

/** The exports every page's footer offers, by the file name each link ends with. */
const EXPORTS = ['events.json', 'events.csv', 'events.ics', 'feed.xml'];

/** The path of a link as the server sees it (absolute URLs reduced to their path). */
function pathOf(href: string): string {
  return new URL(href, 'http://site.invalid/').pathname;
}

test('every page has a footer linking the JSON, CSV, ICS and Atom exports, and each link is a built file', () => {
  const pages = htmlFiles();
  assert.ok(pages.length > 100, `only ${pages.length} pages`);
  const problems: string[] = [];
  for (const file of pages) {
    const footer = parse(readDist(file)).querySelector('footer.site-footer');
    if (!footer) {
      problems.push(`${file}: no footer`);
      continue;
    }
    const hrefs = footer.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!);
    for (const name of EXPORTS) {
      const href = hrefs.find((h) => pathOf(h).endsWith(`/${name}`));
      if (!href) problems.push(`${file}: footer does not link ${name}`);
      else if (!fileForPath(pathOf(href))) problems.push(`${file}: footer links ${href}, which is not built`);
    }
  }
  assert.deepEqual(problems.slice(0, 10), []);
});

test('every page advertises the Atom feed in its head, and the feed it names is built', () => {
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    const link = parse(readDist(file)).querySelector('head link[rel=alternate][type="application/atom+xml"]');
    const href = link?.getAttribute('href');
    if (!href) problems.push(`${file}: no <link rel="alternate" type="application/atom+xml">`);
    else if (!link!.getAttribute('title')) problems.push(`${file}: the feed link has no title`);
    else if (!fileForPath(pathOf(href))) problems.push(`${file}: feed ${href} is not built`);
    else if (!readDist(fileForPath(pathOf(href))!).includes('<feed xmlns="http://www.w3.org/2005/Atom"'))
      problems.push(`${file}: ${href} is no Atom feed`);
  }
  assert.deepEqual(problems.slice(0, 10), []);
});

test('the footer speaks the page language: Chinese on / and English on /en/', () => {
  const zh = parse(readDist('index.html')).querySelector('footer.site-footer')?.text ?? '';
  const en = parse(readDist('en/index.html')).querySelector('footer.site-footer')?.text ?? '';
  assert.match(zh, /下載/);
  assert.match(en, /Download/);
  assert.doesNotMatch(en, /下載/);
});
