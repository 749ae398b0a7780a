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
 *
 * In a build, what each file was read as is kept in Astro's cache folder (the folder
 * SITE_ARTICLE_CACHE names; the article-cache integration sets it) by a hash of the file's
 * text, so a rebuild parses only the files that changed. The cache is kept per version of the
 * code that reads them: the name of the built module holding this file (a hash of its code and
 * of what it imports) and the lockfile. Run from source (tests, scripts), nothing is cached.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { parseArticle } from '../lib/ingest/markdown.ts';
import { articleSchema } from '../lib/schema.ts';
import { collectEvents, type SiteArticle, type SiteEvent } from '../lib/archive/collect.ts';

/** The folder the articles are read from: ARTICLES_DIR, or content/articles under the project. */
export function articlesDir(): string {
  return resolve(process.env.ARTICLES_DIR ?? 'content/articles');
}

// An article's slug is its path in the folder without `.md`: names as ingest writes them.
const SLUG = /^[a-z0-9_-]+(?:\/[a-z0-9_-]+)*$/;

/** What an article file is read as, apart from its slug: what the cache keeps. */
type Parsed = Pick<SiteArticle, 'data' | 'passages'>;

/** Reads one article file: its slug, checked frontmatter and passages (`cache`: files already read, by their text's hash). */
export function readArticle(dir: string, file: string, cache?: ArticleCache): SiteArticle {
  const name = relative(dir, file).split(sep).join('/');
  const where = relative(process.cwd(), file).split(sep).join('/');
  const slug = name.replace(/\.md$/, '');
  if (!SLUG.test(slug)) throw new Error(`${where}: an article's file name must be lower-case letters, digits, hyphens and underscores`);
  const text = readFileSync(file, 'utf8');
  if (!cache) return { slug, ...parseFile(text, where) };
  const key = createHash('sha256').update(text).digest('base64url');
  // Two files of the same text are read apart: each article has objects of its own.
  const parsed = (!cache.next.has(key) && cache.read.get(key)) || parseFile(text, where);
  cache.next.set(key, parsed);
  return { slug, ...parsed };
}

/** An article file's checked frontmatter and passages. */
function parseFile(text: string, where: string): Parsed {
  const { data, passages } = parseArticle(text);
  const parsed = articleSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(frontmatter)'}: ${i.message}`);
    throw new Error(`${where}: the frontmatter does not match the article schema\n  ${issues.join('\n  ')}`);
  }
  return { data: parsed.data, passages };
}

/** The files read by an earlier build (`read`) and by this one (`next`), by their text's hash. */
interface ArticleCache {
  file: string;
  read: Map<string, Parsed>;
  next: Map<string, Parsed>;
}

/** The cache of read articles in a build: undefined when run from source or when no folder is set. */
function openCache(): ArticleCache | undefined {
  const dir = process.env.SITE_ARTICLE_CACHE;
  const self = fileURLToPath(import.meta.url);
  if (!dir || !self.endsWith('.mjs')) return undefined;
  const lockfile = resolve('package-lock.json');
  const code = createHash('sha256')
    .update(basename(self))
    .update(existsSync(lockfile) ? readFileSync(lockfile) : '')
    .digest('hex')
    .slice(0, 16);
  const file = join(dir, `articles-${code}.jsonl`);
  const read = new Map<string, Parsed>();
  try {
    // One line a file, [hash, article]: no string as long as the whole archive.
    const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    for (let at = 0; at < bytes.length;) {
      const end = bytes.indexOf(10, at);
      const [key, parsed] = JSON.parse(bytes.toString('utf8', at, end < 0 ? bytes.length : end)) as [string, Parsed];
      read.set(key, parsed);
      at = end < 0 ? bytes.length : end + 1;
    }
  } catch {
    // A damaged cache: the files are read again.
    read.clear();
  }
  return { file, read, next: new Map() };
}

/** Keeps what this build read, and only that; files of other code versions are removed. */
function saveCache(cache: ArticleCache): void {
  const dir = dirname(cache.file);
  const same = cache.read.size === cache.next.size && [...cache.next.keys()].every((k) => cache.read.has(k));
  if (!same) {
    mkdirSync(dir, { recursive: true });
    const temp = `${cache.file}.${process.pid}.tmp`;
    const fd = openSync(temp, 'w');
    try {
      for (const entry of cache.next) writeSync(fd, `${JSON.stringify(entry)}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, cache.file);
  }
  for (const f of existsSync(dir) ? readdirSync(dir) : [])
    if (/^articles-\w+\.jsonl$/.test(f) && join(dir, f) !== cache.file) rmSync(join(dir, f), { force: true });
}

/** Reads every article of the folder and merges their events. */
function readSite(): { articles: SiteArticle[]; events: SiteEvent[] } {
  const dir = articlesDir();
  const cache = openCache();
  const articles = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readArticle(dir, join(dir, f), cache))
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
  if (cache) saveCache(cache);
  return { articles, events: collectEvents(articles) };
}

let cache: Promise<{ articles: SiteArticle[]; events: SiteEvent[] }> | undefined;

/** Every article (with passages) and every merged event (read once per build). */
export function loadSite(): Promise<{ articles: SiteArticle[]; events: SiteEvent[] }> {
  cache ??= Promise.resolve().then(readSite);
  return cache;
}
