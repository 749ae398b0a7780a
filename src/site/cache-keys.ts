/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and whose code (Astro hashes the page's module graph) are those of the previous build is
 * not rendered again; its previous output is restored. A key therefore hashes everything
 * the page shows that is not code: the article, event or actor it is about, the related
 * events it lists, and for the pages that show the whole archive (the timeline, the lists)
 * every article. Site-wide settings (address, base, languages) are in Astro's config
 * hash, the interface strings and the code in the module graph's.
 */
import { createHash } from 'node:crypto';
import { loadSite } from './load-site.ts';

const digests = new WeakMap<object, string>();

/** A hash of a value's JSON; an object's is computed once per build. */
export function digestOf(value: unknown): string {
  if (value !== null && typeof value === 'object') {
    const known = digests.get(value);
    if (known) return known;
    const d = createHash('sha256').update(JSON.stringify(value)).digest('base64url');
    digests.set(value, d);
    return d;
  }
  return createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('base64url');
}

/** A page's key from what it shows: each part hashed on its own (shared parts once), then together. */
export function pageKey(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    if (Array.isArray(part)) for (const item of part) hash.update(`${digestOf(item)},`);
    else hash.update(digestOf(part));
    hash.update(';');
  }
  return hash.digest('base64url');
}

let site: Promise<string> | undefined;

/** The key of the pages that show the whole archive: every article's slug, data and passages. */
export function siteKey(): Promise<string> {
  site ??= loadSite().then(({ articles }) => pageKey(articles.map((a) => [a.slug, a.data, a.passages])));
  return site;
}
