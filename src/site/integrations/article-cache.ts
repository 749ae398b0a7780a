/**
 * Astro integration: names the folder under Astro's cache (`articles/`) where a build keeps
 * what it read each article file as (see src/site/load-site.ts), so a rebuild parses only
 * the files that changed. The pages are rendered in Astro's own process, so the folder is
 * handed over in the environment (SITE_ARTICLE_CACHE).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function articleCache(): AstroIntegration {
  return {
    name: 'article-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        process.env.SITE_ARTICLE_CACHE = join(fileURLToPath(config.cacheDir), 'articles');
      },
    },
  };
}
