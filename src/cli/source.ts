/**
 * Reading one raw page from disk: its bytes decoded, its hash, its sidecar
 * metadata and the slug of the article it becomes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { sidecarSchema, type Sidecar } from '../lib/schema.ts';
import { decodeText, DecodeError } from '../lib/ingest/decode.ts';
import { recordedPath, sidecarPathOf, slugOf } from './paths.ts';

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
