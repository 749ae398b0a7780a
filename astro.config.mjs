// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import searchIndex from './src/site/integrations/search-index.ts';
import stagedOutput from './src/site/integrations/staged-output.ts';
import cjkFont from './src/site/integrations/cjk-font.ts';
import socialCards from './src/site/integrations/social-cards.ts';
import articleCache from './src/site/integrations/article-cache.ts';
import presortedSitemap from './src/site/integrations/presorted-sitemap.ts';

/** The address the site is served from; set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  // Four pages at a time: a page restored by the incremental build waits on the disk, not
  // the processor, so restoring them one by one left the build idle.
  build: { format: 'directory', concurrency: 4 },
  i18n: {
    locales: ['zh-hant', 'en'],
    defaultLocale: 'zh-hant',
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // Pages whose cacheKey (src/site/cache-keys.ts) and code are unchanged since the last
  // build are restored from Astro's cache folder (node_modules/.astro, or ASTRO_CACHE_DIR)
  // instead of rendered again.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  experimental: { incrementalBuild: true },
  // Articles hold no code: no highlighter (Shiki's inline styles would also break the CSP).
  markdown: { syntaxHighlight: false },
  // The editors' review page is no page for search engines. OG_CACHE_DIR puts the social
  // cards' cache elsewhere (a cold cache). The staged output goes last: it swaps the
  // finished build into dist/ once the others are done writing to it.
  integrations: [
    presortedSitemap(sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/review/') })),
    socialCards({ cacheDir: process.env.OG_CACHE_DIR }),
    articleCache(),
    searchIndex(),
    cjkFont(),
    stagedOutput(),
  ],
  // A strict Content-Security-Policy on every page: Astro hashes its own scripts and
  // styles; nothing inline runs without a hash. Search needs WebAssembly.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
