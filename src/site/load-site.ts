/**
 * The site's data, read once per build from the article files (content/articles, or the
 * folder ARTICLES_DIR names): each file's frontmatter checked against the article schema,
 * its passages parsed. Astro-side glue: everything it calls lives in src/lib.
 *
 * The files are read here rather than through an Astro content collection: a collection
 * keeps every article several times over for the whole build (its store, the store written
 * out as a module and compiled into the build, the module's text, and the entries read back
 * from it, each with its body and its Markdown rendered to HTML the site never shows),
 * which made most of a large build's memory; here each article is held once, as the pages
 * use it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArticle } from '../lib/ingest/markdown.ts';
import { articleSchema } from '../lib/schema.ts';
import { collectEvents, type SiteArticle, type SiteEvent } from '../lib/archive/collect.ts';

/** The folder the articles are read from: ARTICLES_DIR, or content/articles under the project. */
export function articlesDir(): string {
  return resolve(process.env.ARTICLES_DIR ?? 'content/articles');
}

// An article's slug is its path in the folder without `.md`: names as ingest writes them.
const SLUG = /^[a-z0-9_-]+(?:\/[a-z0-9_-]+)*$/;

/** Reads one article file: its slug, checked frontmatter and passages. */
export function readArticle(dir: string, file: string): SiteArticle {
  const name = relative(dir, file).split(sep).join('/');
  const where = relative(process.cwd(), file).split(sep).join('/');
  const slug = name.replace(/\.md$/, '');
  if (!SLUG.test(slug)) throw new Error(`${where}: an article's file name must be lower-case letters, digits, hyphens and underscores`);
  const { data, passages } = parseArticle(readFileSync(file, 'utf8'));
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(frontmatter)'}: ${i.message}`);
    throw new Error(`${where}: the frontmatter does not match the article schema\n  ${issues.join('\n  ')}`);
  }
  return { slug, data: parsed.data, passages };
}

/** Reads every article of the folder and merges their events. */
function readSite(): { articles: SiteArticle[]; events: SiteEvent[] } {
  const dir = articlesDir();
  const articles = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readArticle(dir, join(dir, f)))
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
}

let cache: Promise<{ articles: SiteArticle[]; events: SiteEvent[] }> | undefined;

/** Every article (with passages) and every merged event (read once per build). */
export function loadSite(): Promise<{ articles: SiteArticle[]; events: SiteEvent[] }> {
  cache ??= Promise.resolve().then(readSite);
  return cache;
}
