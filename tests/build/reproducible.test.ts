import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { distDir, walk } from '../helpers/dist.ts';
import { correctOne } from '../../bench/incremental.ts';

/** `astro build` into `out` with the given caches (Astro's pages and the social cards); its log. */
function build(out: string, caches: { astro: string; cards: string }, env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    env: { ...process.env, ...env, ASTRO_CACHE_DIR: caches.astro, OG_CACHE_DIR: caches.cards },
  });
  assert.equal(r.status, 0, r.stderr);
  // Astro colours its log wherever the environment names CI, pipe or not.
  return stripVTControlCharacters(r.stdout);
}

/** The files of two output folders that differ (or exist in one only). */
function differing(a: string, b: string): string[] {
  const left = walk(a);
  const right = walk(b);
  assert.deepEqual(right, left, 'the same files');
  return left.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

/** The search index's parts a build's log counts: all of them, and those copied from the cache. */
function searchPartsOf(log: string): { parts: number; copied: number } {
  const m = /\((\d+) parts?, one index each, (\d+) unchanged and copied from the cache\)/.exec(log);
  assert.ok(m, 'the log counts the search index parts');
  return { parts: Number(m[1]), copied: Number(m[2]) };
}

/** The pages a build's log lists, each restored from the cache or rendered. */
function pagesOf(log: string): { restored: string[]; rendered: string[] } {
  const restored: string[] = [];
  const rendered: string[] = [];
  // Pages render four at a time, so a page's time may be printed after other lines.
  for (const m of log.matchAll(/├─ (\/\S*?\.(?:html|png|json|xml|ics|csv|txt))( \(restored\))?/g)) (m[2] ? restored : rendered).push(m[1]!);
  return { restored, rendered };
}

// dist/ was built with the caches earlier builds filled (of this content and of others): the
// pages Astro's incremental build restored, the cards drawn before, the search index's parts
// and the articles as read. The first build here starts from empty caches, renders every page,
// draws every card, indexes every part and parses every article again. Then one article is
// corrected and built again with the caches that build filled, which restores every page and
// copies every search part the correction does not touch; a build of the corrected content
// from an empty Astro cache must give the same bytes.
test('builds from warm caches are byte-identical to cold builds of the same content', { timeout: 900_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'timeline-rebuild-'));
  const caches = { astro: join(tmp, 'astro-cache'), cards: join(tmp, 'card-cache') };
  try {
    // A copy of the articles, read from the same folder by every build here.
    const articles = join(tmp, 'articles');
    cpSync(resolve(process.env.ARTICLES_DIR ?? 'content/articles'), articles, { recursive: true });
    const env = { ARTICLES_DIR: articles };

    const cold = join(tmp, 'cold');
    const coldText = build(cold, caches, env);
    const coldLog = pagesOf(coldText);
    assert.equal(searchPartsOf(coldText).copied, 0, 'the first build indexes every search part');
    assert.ok(
      readdirSync(join(caches.astro, 'articles')).some((f) => f.endsWith('.jsonl')),
      'the first build keeps the articles it read',
    );
    assert.deepEqual(coldLog.restored, [], 'the first build renders every page');
    assert.ok(coldLog.rendered.includes('/index.html'), 'the log lists the pages it rendered');
    assert.deepEqual(differing(distDir, cold), [], 'dist/ has the bytes of a cold build');
    assert.ok(
      readdirSync(caches.cards, { recursive: true }).some((f) => String(f).endsWith('.png')),
      'the cold build drew its cards',
    );

    // An editor's correction: the article's headline and its first event's title.
    const corrected = correctOne(articles).replace(/\.md$/, '');
    const warm = join(tmp, 'warm');
    const warmText = build(warm, caches, env);
    const { restored, rendered } = pagesOf(warmText);
    const search = searchPartsOf(warmText);
    assert.ok(
      search.copied > 0 && search.copied < search.parts,
      `the rebuild indexed the corrected article's search part again and copied the others (${search.copied} of ${search.parts} copied)`,
    );
    assert.ok(
      restored.length > 5 * rendered.length,
      `the rebuild restored most pages (${restored.length} restored, ${rendered.length} rendered)`,
    );
    for (const page of [`/articles/${corrected}/index.html`, `/en/articles/${corrected}/index.html`, '/index.html', '/articles/index.html'])
      assert.ok(rendered.includes(page), `${page} is rendered again`);
    assert.ok(
      restored.some((p) => p.startsWith('/articles/')),
      'the other articles are restored',
    );

    const fresh = { astro: join(tmp, 'astro-cache-2'), cards: caches.cards };
    const coldAgain = join(tmp, 'cold-again');
    build(coldAgain, fresh, env);
    assert.deepEqual(differing(warm, coldAgain), [], 'the rebuild has the bytes of a cold build of the corrected content');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
