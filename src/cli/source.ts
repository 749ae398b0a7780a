/**
 * Reading one raw page from disk: its bytes decoded, its hash, its sidecar
 * metadata and the slug of the article it becomes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, relative, sep } from 'node:path';
import { sidecarSchema, type Sidecar } from '../lib/schema.ts';
import { decodeText, DecodeError } from '../lib/ingest/decode.ts';
import { shortId } from '../lib/hash.ts';

/** The largest raw page accepted: far above any real page, far below what would stall a batch. */
export const MAX_BYTES = 4_000_000;

/** A raw page read from disk, before conversion. */
export interface Source {
  path: string;
  /** The path recorded in frontmatter: relative to the working folder, forward slashes. */
  file: string;
  slug: string;
  text: string;
  encoding: string;
  sha256: string;
  sidecar: Sidecar;
  sidecarPath: string;
}

/** A problem with one input, reported as "<file>: <message>". */
export class InputError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'InputError';
    this.file = file;
  }
}

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

/** Reads, decodes and hashes a source and its sidecar; throws InputError with what to do. */
export function readSource(path: string): Source {
  const file = recordedPath(path);
  if (!existsSync(path)) throw new InputError(file, 'no such file or folder: check the path');
  const size = statSync(path).size;
  if (size > MAX_BYTES) {
    throw new InputError(
      file,
      `is ${(size / 1e6).toFixed(1)} MB, more than the ${MAX_BYTES / 1e6} MB a page may be (a newspaper page's text is under 100 KB): split it into one file per page`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (err) {
    throw new InputError(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)}): check its permissions`);
  }
  let text: string;
  let encoding: string;
  try {
    ({ text, encoding } = decodeText(bytes));
  } catch (err) {
    if (err instanceof DecodeError) throw new InputError(file, err.message);
    throw err;
  }
  const sidecarPath = sidecarPathOf(path);
  return {
    path,
    file,
    slug: slugOf(path),
    text,
    encoding,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sidecar: readSidecar(sidecarPath),
    sidecarPath,
  };
}

function readSidecar(path: string): Sidecar {
  if (!existsSync(path)) return {};
  const file = recordedPath(path);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(file, `${file} is not valid JSON (${(err as Error).message}): fix it or remove it`);
  }
  const result = sidecarSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InputError(file, `${file}, field ${issue.path.join('.') || '(root)'}: ${issue.message}: correct the sidecar`);
  }
  return result.data;
}

/** The publication date: the command line first, then the sidecar; else asks for --published. */
export function publishedOf(source: Source, flag: string | undefined): string {
  const day = flag ?? source.sidecar.published;
  if (!day) {
    throw new InputError(
      source.file,
      `no publication date: pass --published YYYY-MM-DD or add "published" to ${recordedPath(source.sidecarPath)}`,
    );
  }
  return day;
}
