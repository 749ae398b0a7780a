/**
 * @astrojs/sitemap sorts the site's addresses with `localeCompare(b, 'en', { numeric: true })`,
 * which builds a collator for every comparison: 0.6 s for 8,000 pages, on every build. This
 * wrapper hands it the pages already in that order (one collator), so its own sort, which
 * still decides the order, only walks through them.
 */
import type { AstroIntegration } from 'astro';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

export default function presortedSitemap(integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  const collator = new Intl.Collator('en', { numeric: true });
  const sorted: BuildDone = (params) =>
    done({ ...params, pages: [...params.pages].sort((a, b) => collator.compare(a.pathname, b.pathname)) });
  return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': sorted } };
}
