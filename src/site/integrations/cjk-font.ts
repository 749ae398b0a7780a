/**
 * Astro integration: a Chinese web font for readers whose system has none.
 *
 * Once the pages are built, every Chinese character they hold is gathered, and Noto Sans TC
 * (from the npm registry) is cut down to those characters, in slices of the most frequent
 * first, each a WOFF2 file with its own `unicode-range`. The page stylesheet lists the face
 * after the system's Chinese fonts, so a browser that has one never asks for a slice, and one
 * that has none downloads only the slices holding characters the page shows.
 *
 * Slices are cached by their characters and the font's bytes, so a rebuild cuts only new ones.
 */
import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import subsetFont from 'subset-font';

/** The family name the site's stylesheet asks for after the system's own fonts. */
export const FAMILY = 'Site Noto Sans TC';
/** Characters per slice: the first slices hold the characters every page uses. */
const SLICE = 160;

const require = createRequire(import.meta.url);
const FONT = require.resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf');
const CACHE = 'node_modules/.cache/cjk-font';

// Han ideographs, CJK punctuation and full-width forms: what a Latin font lacks.
export const CJK = /[\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

/** Which code points of the Basic Multilingual Plane CJK covers (all of its ranges lie there). */
const IS_CJK = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (CJK.test(String.fromCharCode(c))) IS_CJK[c] = 1;

/**
 * Every Chinese character of the built pages, most frequent first. The pages' bytes are read
 * as they are: in UTF-8 every such character is a three-byte sequence, and a byte from 0xE0
 * up only ever starts a sequence (decoding tens of thousands of pages to strings first took
 * twice as long).
 */
export function charactersOf(files: readonly string[]): string[] {
  const count = new Uint32Array(0x10000);
  for (const file of files) {
    const b = readFileSync(file);
    for (let i = 0, n = b.length - 2; i < n; i++) {
      const x = b[i]!;
      if (x < 0xe0 || x >= 0xf0) continue;
      const c = ((x & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f);
      if (IS_CJK[c]) count[c]!++;
      i += 2;
    }
  }
  const chars: number[] = [];
  for (let c = 0; c < count.length; c++) if (count[c]) chars.push(c);
  return chars.sort((a, b) => count[b]! - count[a]! || a - b).map((c) => String.fromCharCode(c));
}

/** A unicode-range value for some characters: U+4E2D, U+570B-570C… */
export function unicodeRange(chars: readonly string[]): string {
  const points = [...new Set(chars.map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < points.length;) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(j > i ? `U+${hex(points[i]!)}-${hex(points[j]!)}` : `U+${hex(points[i]!)}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** The code points a unicode-range value names (the inverse of unicodeRange). */
export function rangePoints(range: string): Set<number> {
  const out = new Set<number>();
  for (const part of range.split(',')) {
    const [a, b] = part.trim().replace('U+', '').split('-');
    for (let p = parseInt(a!, 16); p <= parseInt(b ?? a!, 16); p++) out.add(p);
  }
  return out;
}

/** The slices a font stylesheet written by writeFontSlices lists: file name and code points. */
export function slicesOf(css: string): { file: string; points: Set<number> }[] {
  return [...css.matchAll(/src:url\(\.\/([\w-]+\.woff2)\) format\('woff2'\);unicode-range:([^}]+)\}/g)].map(([, file, range]) => ({
    file: file!,
    points: rangePoints(range!),
  }));
}

/** Cuts the font into slices for these characters and writes them with their stylesheet into `out`. */
export async function writeFontSlices(chars: readonly string[], out: string): Promise<{ files: number; bytes: number }> {
  const font = readFileSync(FONT);
  const fontHash = createHash('sha256').update(font).digest('hex').slice(0, 12);
  mkdirSync(out, { recursive: true });
  mkdirSync(CACHE, { recursive: true });
  const faces: string[] = [];
  let bytes = 0;
  for (let i = 0; i < chars.length; i += SLICE) {
    const slice = chars.slice(i, i + SLICE);
    const text = slice.join('');
    const name = `cjk-${createHash('sha256').update(`${fontHash}:${text}`).digest('hex').slice(0, 16)}.woff2`;
    const cached = join(CACHE, name);
    let data: Buffer;
    if (existsSync(cached)) data = readFileSync(cached);
    else writeFileSync(cached, (data = await subsetFont(font, text, { targetFormat: 'woff2' })));
    writeFileSync(join(out, name), data);
    bytes += data.length;
    faces.push(
      `@font-face{font-family:'${FAMILY}';font-style:normal;font-weight:400;font-display:swap;src:url(./${name}) format('woff2');unicode-range:${unicodeRange(slice)}}`,
    );
  }
  writeFileSync(join(out, 'cjk.css'), `${faces.join('\n')}\n`);
  return { files: faces.length, bytes };
}

export default function cjkFont(): AstroIntegration {
  return {
    name: 'cjk-font',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const chars = charactersOf(htmlFiles(root));
        const { files, bytes } = await writeFontSlices(chars, join(root, 'fonts'));
        logger.info(`${chars.length} Chinese characters in ${files} font slices, ${(bytes / 1024).toFixed(0)} KB in all`);
      },
    },
  };
}
