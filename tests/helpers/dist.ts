/** Helpers for tests that read the built site in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The folder of the built site (DIST overrides). */
export const distDir = resolve(process.env.DIST ?? 'dist');

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function walk(dir: string = distDir): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** The HTML files of the built site. */
export function htmlFiles(dir: string = distDir): string[] {
  return walk(dir).filter((f) => f.endsWith('.html'));
}

/** Reads a built file as text. */
export function readDist(path: string, dir: string = distDir): string {
  return readFileSync(join(dir, path), 'utf8');
}

/** Maps a site path (/articles/x/) to the file that serves it, or undefined. */
export function fileForPath(urlPath: string, dir: string = distDir): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  const direct = join(dir, clean);
  if (existsSync(direct) && statSync(direct).isFile()) return relative(dir, direct).split(sep).join('/');
  const index = join(direct, 'index.html');
  if (existsSync(index)) return relative(dir, index).split(sep).join('/');
  return undefined;
}
