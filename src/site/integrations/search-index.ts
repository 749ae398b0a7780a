/**
 * Astro integration: indexes the site's search records with Pagefind (its binary comes
 * from the npm registry) into <outDir>/pagefind/, so `astro build` alone yields a
 * searchable site. It also points the social-card renderer at a cache folder inside
 * Astro's cache (cleared with it).
 *
 * Indexing starts as soon as the site's data loader hands the records over (see
 * lib/search/handoff.ts), so Pagefind works in its own process while Astro renders the
 * pages; the index is written once the build is done.
 *
 * The index is taken from Pagefind in memory and written here, rather than by Pagefind's
 * own `writeFiles`: its backend queues file writes that `close()` can cut short, which left
 * a truncated file now and then. Only what the search needs is written (not Pagefind's
 * bundled UI kits, which the site does not use), into a temporary folder renamed at the end.
 */
import type { AstroIntegration } from 'astro';
import { rmSync, existsSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../../lib/search/records.ts';
import { receiveSearchRecords } from '../../lib/search/handoff.ts';

const BATCH = 250;
/** Pagefind's output the site's search client loads; the rest (UI kits) is left out. */
const NEEDED = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(fragment|index|filter)\/[\w-]+\.pf_\w+)$/;

interface Indexed {
  count: number;
  files: pagefind.IndexFile[];
  /** Milliseconds Pagefind took, from the hand-over to the index in memory. */
  ms: number;
}

/** Indexes the records in Pagefind's process and returns the index files, in memory. */
async function indexRecords(records: readonly SearchRecord[]): Promise<Indexed> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (let i = 0; i < records.length; i += BATCH) {
      const results = await Promise.all(records.slice(i, i + BATCH).map((r) => index.addCustomRecord(r)));
      const failed = results.flatMap((r) => r.errors);
      if (failed.length) throw new Error(`Pagefind: ${failed.slice(0, 3).join('; ')}`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);
    return { count: records.length, files, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}

/** Writes the files the search client needs into <out>/pagefind, all or nothing. */
function writeIndex(files: readonly pagefind.IndexFile[], out: string): void {
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
}

/** The integration: card cache location, then the search index beside the build. */
export default function searchIndex(): AstroIntegration {
  let indexing: Promise<Indexed> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        process.env.OG_CACHE_DIR ??= join(fileURLToPath(config.cacheDir), 'og-cards');
      },
      'astro:build:start': () => {
        indexing = undefined;
        receiveSearchRecords((records) => {
          indexing ??= indexRecords(records);
          // Awaited in astro:build:done; until then a failure must not go unhandled.
          indexing.catch(() => {});
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        receiveSearchRecords(undefined);
        if (!indexing) return logger.warn('no search records were handed over: no search index');
        const waiting = performance.now();
        const { count, files, ms } = await indexing;
        writeIndex(files, fileURLToPath(dir));
        const seconds = (n: number) => (n / 1000).toFixed(1);
        logger.info(`indexed ${count} search records in ${seconds(ms)} s beside the pages; the build waited ${seconds(performance.now() - waiting)} s for it`);
      },
    },
  };
}
