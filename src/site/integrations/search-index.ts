/**
 * Astro integration: indexes the site's search records with Pagefind (its binary comes
 * from the npm registry) into <outDir>/pagefind/, so `astro build` alone yields a
 * searchable site.
 *
 * The records come in parts, one per year of the archive (src/site/search-records.ts, a
 * route added to builds and left out of the pages Astro writes), and each part gets an
 * index of its own: the newest part's at pagefind/, the others' at pagefind/<part>/, listed
 * in pagefind/parts.json, and merged in the browser with Pagefind's `mergeIndex`. The parts
 * are indexed one after another (a Pagefind process started for each and closed before the
 * next), beside the pages as Astro renders them, and each part's files are written as soon
 * as it is done: neither Astro's process nor Pagefind's holds more than one part, so the
 * memory the index takes does not grow with the archive.
 *
 * The index is taken from Pagefind in memory and written here, rather than by Pagefind's
 * own `writeFiles`: its backend queues file writes that `close()` can cut short, which left
 * a truncated file now and then. Only what the search needs is written (not Pagefind's
 * bundled UI kits, which the site does not use), into a folder moved into the output at the end.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { rmSync, existsSync, mkdirSync, writeFileSync, renameSync, cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../../lib/search/records.ts';

type RouteData = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number]['route'];

const BATCH = 250;
/** The route that serves one part's records to this integration during a build (never written out). */
const RECORDS_ROUTE = '/search/records/[part].json';
const RECORDS_PATH = /\/search\/records\/([\w.-]+)\.json$/;
/** Pagefind's output the site's search client loads; the rest (UI kits) is left out. */
const NEEDED =
  /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(fragment|index|filter)\/[\w-]+\.pf_\w+)$/;
/** What a merged index needs: the main index's script, worker and WebAssembly serve it. */
const NEEDED_MERGED = /^(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|(fragment|index|filter)\/[\w-]+\.pf_\w+)$/;

/** The list of indexes the search client loads: the main one's part, then those it merges. */
export interface SearchParts {
  main: string;
  merge: string[];
}

interface Indexed {
  /** Records indexed, over all parts. */
  count: number;
  parts: number;
  /** Milliseconds Pagefind took, from the first hand-over to the last part written. */
  ms: number;
}

/** One part to index: its name and how to get its records. */
interface Part {
  name: string;
  records: () => Promise<SearchRecord[]>;
}

/** Parts in index order: the newest year first, a year's pieces in order, undated last (names from search-records.ts). */
export function partOrder(a: string, b: string): number {
  const key = (name: string) => {
    const [, year = name, piece = '1'] = /^(\w+)[^.]*(?:\.(\d+))?$/.exec(name) ?? [];
    return { year, piece: Number(piece) };
  };
  const x = key(a);
  const y = key(b);
  if (x.year !== y.year) return x.year === 'undated' ? 1 : y.year === 'undated' ? -1 : y.year.localeCompare(x.year);
  return x.piece - y.piece;
}

/** Indexes one part's records in a Pagefind process of its own and writes the files into `target`. */
async function indexPart(records: readonly SearchRecord[], target: string, needed: RegExp): Promise<void> {
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
    for (const f of files) {
      if (!needed.test(f.path)) continue;
      const path = join(target, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
    }
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the parts one after another into `staging`: the first (the newest) as the main
 * index at its root, each other part in a folder of its name, and parts.json listing them.
 */
async function indexParts(parts: readonly Part[], staging: string): Promise<Indexed> {
  const started = performance.now();
  rmSync(staging, { recursive: true, force: true });
  let count = 0;
  for (const [i, part] of parts.entries()) {
    const records = await part.records();
    count += records.length;
    await indexPart(records, i === 0 ? staging : join(staging, part.name), i === 0 ? NEEDED : NEEDED_MERGED);
  }
  if (!existsSync(join(staging, 'pagefind.js'))) throw new Error('Pagefind returned no pagefind.js');
  const list: SearchParts = { main: parts[0]!.name, merge: parts.slice(1).map((p) => p.name) };
  writeFileSync(join(staging, 'parts.json'), JSON.stringify(list));
  return { count, parts: parts.length, ms: performance.now() - started };
}

/** Moves the finished index from `staging` into <out>/pagefind. */
function moveIndex(staging: string, out: string): void {
  const target = join(out, 'pagefind');
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(staging, target);
  } catch {
    // Another file system: copy, then remove.
    cpSync(staging, target, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Astro's prerenderer, with the search records' parts handed to `start` (each rendered when
 * it is asked for); the records route is left out of the pages it writes.
 */
function renderingRecordsFirst(astro: AstroPrerenderer, base: string, start: (parts: Part[]) => void): AstroPrerenderer {
  return {
    ...astro,
    async getStaticPaths() {
      const paths = await astro.getStaticPaths();
      const records = paths.filter((p) => p.route.route === RECORDS_ROUTE);
      const render = async (pathname: string, route: RouteData): Promise<SearchRecord[]> => {
        const url = new URL(base.replace(/\/$/, '') + pathname, 'http://localhost');
        const rendered = await astro.render(new Request(url), { routeData: route });
        const response = rendered instanceof Response ? rendered : rendered.response;
        if (!response.ok) throw new Error(`search records: ${pathname} answered ${response.status}`);
        return (await response.json()) as SearchRecord[];
      };
      if (records.length) {
        const parts = records
          .map((p) => ({ name: RECORDS_PATH.exec(p.pathname)![1]!, records: () => render(p.pathname, p.route) }))
          .sort((a, b) => partOrder(a.name, b.name));
        start(parts);
      }
      return paths.filter((p) => p.route.route !== RECORDS_ROUTE);
    },
  };
}

/** The integration: the records route in builds, Pagefind beside the pages, the index moved into the output at the end. */
export default function searchIndex(): AstroIntegration {
  let indexing: Promise<Indexed> | undefined;
  let base = '/';
  let staging = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'build')
          injectRoute({ pattern: RECORDS_ROUTE, entrypoint: new URL('../search-records.ts', import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        staging = join(fileURLToPath(config.cacheDir), 'search-index.partial');
      },
      'astro:build:start': ({ setPrerenderer }) => {
        indexing = undefined;
        setPrerenderer((astro) =>
          renderingRecordsFirst(astro, base, (parts) => {
            indexing = indexParts(parts, staging);
            // Awaited in astro:build:done; until then a failure must not go unhandled.
            indexing.catch(() => {});
          }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) return logger.warn(`${RECORDS_ROUTE} was not rendered: no search index`);
        const waiting = performance.now();
        const { count, parts, ms } = await indexing;
        moveIndex(staging, fileURLToPath(dir));
        const seconds = (n: number) => (n / 1000).toFixed(1);
        logger.info(
          `indexed ${count} search records in ${seconds(ms)} s beside the pages (${parts} part${parts === 1 ? '' : 's'}, one index each); the build waited ${seconds(performance.now() - waiting)} s for it`,
        );
      },
    },
  };
}
