/**
 * The site's data, read once per build from the `articles` collection.
 * Astro-side glue: everything it calls lives in src/lib.
 */
import { getCollection } from 'astro:content';
import { parseBody } from '../lib/ingest/markdown.ts';
import { collectEvents, type SiteArticle, type SiteEvent } from '../lib/archive/collect.ts';

let cache: Promise<{ articles: SiteArticle[]; events: SiteEvent[] }> | undefined;

/** Every article (with passages) and every merged event. */
export function loadSite(): Promise<{ articles: SiteArticle[]; events: SiteEvent[] }> {
  cache ??= (async () => {
    const entries = await getCollection('articles');
    const articles = entries
      .map((e) => ({ slug: e.id, data: e.data, passages: parseBody(e.body ?? '') }))
      .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.slug.localeCompare(b.slug));
    for (const a of articles) {
      const ids = new Set(a.passages.map((p) => p.id));
      for (const ev of a.data.events) {
        const missing = ev.passages.filter((id) => !ids.has(id));
        if (missing.length) {
          throw new Error(
            `content/articles/${a.slug}.md: event "${ev.id}" points at passage ${missing.join(', ')}, which is not in the article body`,
          );
        }
      }
    }
    return { articles, events: collectEvents(articles) };
  })();
  return cache;
}
