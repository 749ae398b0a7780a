/**
 * Astro integration: indexes the site's search records with Pagefind (its binary comes
 * from the npm registry) into <outDir>/pagefind/, so `astro build` alone yields a
 * searchable site.
 *
 * A build gets one more route, src/site/search-records.ts. Wrapped around Astro's
 * prerenderer, the integration renders that route before any page, starts Pagefind on its
 * records (a separate process, so it works on the other core while Astro renders the
 * pages), and leaves the route out of the pages Astro writes. The index is written once
 * the build is done.
 *
 * The index is taken from Pagefind in memory and written here, rather than by Pagefind's
 * own `writeFiles`: its backend queues file writes that `close()` can cut short, which left
 * a truncated file now and then. Only what the search needs is written (not Pagefind's
 * bundled UI kits, which the site does not use), into a temporary folder renamed at the end.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { rmSync, existsSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../../lib/search/records.ts';

const BATCH = 250;
/** The route that serves the records to this integration during a build (never written out). */
const RECORDS_ROUTE = '/search/records.json';
/** Pagefind's output the site's search client loads; the rest (UI kits) is left out. */
const NEEDED =
  /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(fragment|index|filter)\/[\w-]+\.pf_\w+)$/;

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

/**
 * Astro's prerenderer, with the search records rendered first and handed to `start`; the
 * records route is left out of the pages it writes.
 */
function renderingRecordsFirst(astro: AstroPrerenderer, base: string, start: (records: SearchRecord[]) => void): AstroPrerenderer {
  return {
    ...astro,
    async getStaticPaths() {
      const paths = await astro.getStaticPaths();
      const records = paths.find((p) => p.route.route === RECORDS_ROUTE);
      if (records) {
        const url = new URL(base.replace(/\/$/, '') + records.pathname, 'http://localhost');
        const rendered = await astro.render(new Request(url), { routeData: records.route });
        const response = rendered instanceof Response ? rendered : rendered.response;
        if (!response.ok) throw new Error(`search records: ${RECORDS_ROUTE} answered ${response.status}`);
        start((await response.json()) as SearchRecord[]);
      }
      return paths.filter((p) => p !== records);
    },
  };
}

/** The integration: the records route in builds, Pagefind beside the pages, the index written at the end. */
export default function searchIndex(): AstroIntegration {
  let indexing: Promise<Indexed> | undefined;
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'build')
          injectRoute({ pattern: RECORDS_ROUTE, entrypoint: new URL('../search-records.ts', import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        indexing = undefined;
        setPrerenderer((astro) =>
          renderingRecordsFirst(astro, base, (records) => {
            indexing = indexRecords(records);
            // Awaited in astro:build:done; until then a failure must not go unhandled.
            indexing.catch(() => {});
          }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) return logger.warn(`${RECORDS_ROUTE} was not rendered: no search index`);
        const waiting = performance.now();
        const { count, files, ms } = await indexing;
        writeIndex(files, fileURLToPath(dir));
        const seconds = (n: number) => (n / 1000).toFixed(1);
        logger.info(
          `indexed ${count} search records in ${seconds(ms)} s beside the pages; the build waited ${seconds(performance.now() - waiting)} s for it`,
        );
      },
    },
  };
}
