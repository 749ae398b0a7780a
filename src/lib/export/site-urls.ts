/**
 * Absolute URLs of the site's pages, from the site's base address (Astro's `site` and
 * `base`), so exports, feeds and social tags point at the same pages wherever it is deployed.
 */

/** Builds absolute page URLs under `base` (an absolute URL ending in "/"). */
export function siteUrls(base: string) {
  const root = base.endsWith('/') ? base : base + '/';
  const at = (path: string) => new URL(path.replace(/^\/+/, ''), root).href;
  return {
    root,
    at,
    event: (id: string) => at(`events/${id}/`),
    article: (slug: string) => at(`articles/${slug}/`),
    passage: (slug: string, passage: string) => at(`articles/${slug}/#${passage}`),
    actor: (id: string) => at(`actors/${id}/`),
  };
}

/** The URL builders returned by siteUrls. */
export type SiteUrls = ReturnType<typeof siteUrls>;
