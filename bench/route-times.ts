/**
 * Reads `astro build` output and sums the generation time Astro prints for each page
 * (`├─ /events/e-1/index.html (+3ms)`) by route group, to show what a build spends on.
 */

import { stripVTControlCharacters } from 'node:util';

/** Milliseconds and page count for one route group (first path segment; /en/ kept apart). */
export interface RouteGroup {
  group: string;
  ms: number;
  pages: number;
}

/** Route groups from a build log, most expensive first. */
export function routeTimes(log: string): RouteGroup[] {
  const groups = new Map<string, RouteGroup>();
  for (const m of stripVTControlCharacters(log).matchAll(/[├└]─ (\/\S*) \(\+(\d+)ms\)/g)) {
    const parts = m[1]!.split('/').filter(Boolean);
    const head = parts[0] === 'en' ? `en/${parts[1] ?? ''}` : (parts[0] ?? '');
    const group = parts.length <= (parts[0] === 'en' ? 2 : 1) ? head.replace(/\/?index\.html$/, '') || '/' : head;
    const g = groups.get(group) ?? { group, ms: 0, pages: 0 };
    g.ms += Number(m[2]);
    g.pages += 1;
    groups.set(group, g);
  }
  return [...groups.values()].sort((a, b) => b.ms - a.ms);
}

/** The top `n` groups as "og 23.1 s (421 pages, 64%), …". */
export function describeRouteTimes(groups: readonly RouteGroup[], n = 3): string {
  const total = groups.reduce((s, g) => s + g.ms, 0);
  if (!total) return 'no per-page timings in the build output';
  return groups
    .slice(0, n)
    .map((g) => `/${g.group}/ ${(g.ms / 1000).toFixed(1)} s (${g.pages} files, ${Math.round((100 * g.ms) / total)}%)`)
    .join(', ');
}
