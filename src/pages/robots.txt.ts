/** /robots.txt: everything may be crawled; points crawlers at the sitemap. */
import type { APIRoute } from 'astro';
import { siteBase } from '../site/share-data.ts';

export const GET: APIRoute = () => {
  const sitemap = new URL('sitemap-index.xml', siteBase()).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
