/**
 * Astro integration: after `astro build`, indexes the site's search records with Pagefind
 * (its binary comes from the npm registry) into <outDir>/pagefind/, so `astro build`
 * alone yields a searchable site. It also points the social-card renderer at a cache
 * folder inside Astro's cache (cleared with it).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search/records.ts';

const RECORDS = 'search/records.json';
const BATCH = 250;

/** The integration: card cache location, then the search index after the build. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        process.env.OG_CACHE_DIR ??= join(fileURLToPath(config.cacheDir), 'og-cards');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const file = join(out, RECORDS);
        if (!existsSync(file)) return logger.warn(`${RECORDS} was not built: no search index`);
        const started = performance.now();
        const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as SearchRecord);
        rmSync(file);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        for (let i = 0; i < records.length; i += BATCH) {
          const results = await Promise.all(records.slice(i, i + BATCH).map((r) => index.addCustomRecord(r)));
          const failed = results.flatMap((r) => r.errors);
          if (failed.length) throw new Error(`Pagefind: ${failed.slice(0, 3).join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${records.length} search records in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
