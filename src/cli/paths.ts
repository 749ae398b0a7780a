/**
 * Where a raw page's pieces are and how paths are shown: the sidecar's path, the article's
 * slug, a path as recorded in frontmatter or shown in messages. Light on purpose: the ingest
 * command's main thread finds its files with these alone, without the decoder or the schema.
 */
import { basename, extname, isAbsolute, relative, sep } from 'node:path';
import { shortId } from '../lib/hash.ts';

/** The sidecar of a source: `name.txt` → `name.meta.json` in the same folder. */
export function sidecarPathOf(path: string): string {
  const ext = extname(path);
  return (ext ? path.slice(0, -ext.length) : path) + '.meta.json';
}

/** The article slug of a source file name: lower-case letters, digits and hyphens. */
export function slugOf(path: string): string {
  const name = basename(path, extname(path));
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name with no Latin letters or digits (新聞.txt) still gets a stable, URL-safe slug.
  return /[a-z0-9]/.test(slug) ? slug : shortId('page-', name);
}

/** How a source path is written in frontmatter. */
export function recordedPath(path: string): string {
  const rel = relative(process.cwd(), path);
  if (rel.startsWith('..') || isAbsolute(rel)) return basename(path);
  return rel.split(sep).join('/');
}

/** A path as shown in messages: relative to the working folder when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}
