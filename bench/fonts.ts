/**
 * `node bench/fonts.ts [dist]`: what the site's Chinese font costs a reader whose system has no
 * Chinese font: the slices each built page needs (by the characters it holds) and their bytes.
 * A reader with a Chinese font of their own downloads none of them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { slicesOf } from '../src/site/integrations/cjk-font.ts';

const dist = process.argv[2] ?? 'dist';
const css = readFileSync(join(dist, 'fonts/cjk.css'), 'utf8');
const slices = slicesOf(css).map(({ file, points }) => ({ points, bytes: statSync(join(dist, 'fonts', file)).size }));
const pages = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html'));
const perPage = pages
  .map((f) => {
    const chars = new Set([...readFileSync(join(dist, f), 'utf8')].map((c) => c.codePointAt(0)!));
    return slices.filter((s) => [...s.points].some((p) => chars.has(p))).reduce((n, s) => n + s.bytes, 0);
  })
  .sort((a, b) => a - b);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const total = slices.reduce((n, s) => n + s.bytes, 0);
console.log(`characters ${slices.reduce((n, s) => n + s.points.size, 0)}, slices ${slices.length}, all slices ${kb(total)}`);
console.log(
  `per page (${pages.length} pages): median ${kb(perPage[Math.floor(perPage.length / 2)] ?? 0)}, 90th percentile ${kb(perPage[Math.floor(perPage.length * 0.9)] ?? 0)}, largest ${kb(perPage.at(-1) ?? 0)}`,
);
