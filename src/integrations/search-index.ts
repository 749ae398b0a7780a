/**
 * Astro integration: after `astro build`, indexes the site's search records with Pagefind
 * (its binary comes from the npm registry) into <outDir>/pagefind/, so `astro build`
 * alone yields a searchable site. It also points the social-card renderer at a cache
 * folder inside Astro's cache (cleared with it).
 *
 * The index is taken from Pagefind in memory and written here, rather than by Pagefind's
 * own `writeFiles`: its backend queues file writes that `close()` can cut short, which left
 * a truncated file now and then. Only what the search needs is written (not Pagefind's
 * bundled UI kits, which the site does not use), into a temporary folder renamed at the end.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync, existsSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search/records.ts';

const RECORDS = 'search/records.json';
const BATCH = 250;
/** Pagefind's output the site's search client loads; the rest (UI kits) is left out. */
const NEEDED = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(fragment|index|filter)\/[\w-]+\.pf_\w+)$/;

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
        const { files, errors: fileErrors } = await index.getFiles();
        await pagefind.close();
        if (fileErrors.length) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);
        const target = join(out, 'pagefind');
        const staging = `${target}.partial`;
        rmSync(staging, { recursive: true, force: true });
        for (const f of files) {
          if (!NEEDED.test(f.path)) continue;
          const path = join(staging, f.path);
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, f.content);
        }
        if (!existsSync(join(staging, 'pagefind.js'))) throw new Error('Pagefind returned no pagefind.js');
        rmSync(target, { recursive: true, force: true });
        renameSync(staging, target);
        logger.info(`indexed ${records.length} search records in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
