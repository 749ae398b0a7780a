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
 * A part's files are kept in Astro's cache folder (`search-index/` under it), named by a hash
 * of what the part's records are made from (served by a route of its own beside the records',
 * src/site/search-record-keys.ts), and a later build whose part hashes alike copies them
 * instead of making the records and indexing them again: a corrected article re-indexes only
 * its part. The cache is kept per
 * indexer (a folder named by Pagefind's version, its options and what this file keeps of its
 * output); parts no build asked for are removed at the end of each build.
 *
 * The index is taken from Pagefind in memory and written here, rather than by Pagefind's
 * own `writeFiles`: its backend queues file writes that `close()` can cut short, which left
 * a truncated file now and then. Only what the search needs is written (not Pagefind's
 * bundled UI kits, which the site does not use), into a folder moved into the output at the end.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { rmSync, existsSync, mkdirSync, writeFileSync, renameSync, cpSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../../lib/search/records.ts';

type RouteData = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number]['route'];

const BATCH = 250;
/** The route that serves one part's records to this integration during a build (never written out). */
const RECORDS_ROUTE = '/search/records/[part].json';
const RECORDS_PATH = /\/search\/records\/([\w.-]+)\.json$/;
/** The route that serves a hash of what one part's records are made from (never written out either). */
const KEY_ROUTE = '/search/records/[part].key';
const KEY_PATH = /\/search\/records\/([\w.-]+)\.key$/;
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

/** How each part is indexed: the options Pagefind is started with. */
const PAGEFIND_OPTIONS = { forceLanguage: 'zh' } as const;

interface Indexed {
  /** Records indexed, over all parts. */
  count: number;
  parts: number;
  /** Parts whose files came from the cache. */
  restored: number;
  /** Milliseconds Pagefind took, from the first hand-over to the last part written. */
  ms: number;
}

/** One part to index: its name, how to get its records, and how to get a hash of what they are made from. */
interface Part {
  name: string;
  records: () => Promise<SearchRecord[]>;
  key: () => Promise<{ key: string; records: number }>;
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

/** The installed version of a package, from its package.json ('' if it is not installed). */
function versionOf(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}

/**
 * A hash naming the indexer: Pagefind's version and its binary's (or the binary a
 * PAGEFIND_BINARY_PATH names), the options, and which of its files are kept.
 */
export function indexerKey(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binary = `@pagefind/${platform}-${process.env.npm_config_arch || process.arch}`;
  return createHash('sha256')
    .update(
      JSON.stringify([
        versionOf('pagefind'),
        binary,
        versionOf(binary),
        process.env.PAGEFIND_BINARY_PATH ?? '',
        process.env.PAGEFIND_EXTENDED_BINARY_PATH ?? '',
        PAGEFIND_OPTIONS,
        NEEDED.source,
        NEEDED_MERGED.source,
      ]),
    )
    .digest('hex')
    .slice(0, 16);
}

/** A part's cache entry name: a hash of whether it is the main index and of what its records are made from. */
function partKey(recordsKey: string, main: boolean): string {
  return createHash('sha256')
    .update(main ? 'main\n' : 'merged\n')
    .update(recordsKey)
    .digest('hex')
    .slice(0, 32);
}

/** Indexes one part's records in a Pagefind process of its own; the files it keeps, by path. */
async function indexPart(records: readonly SearchRecord[], needed: RegExp): Promise<{ path: string; content: Uint8Array }[]> {
  try {
    const { index, errors } = await pagefind.createIndex(PAGEFIND_OPTIONS);
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (let i = 0; i < records.length; i += BATCH) {
      const results = await Promise.all(records.slice(i, i + BATCH).map((r) => index.addCustomRecord(r)));
      const failed = results.flatMap((r) => r.errors);
      if (failed.length) throw new Error(`Pagefind: ${failed.slice(0, 3).join('; ')}`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);
    return files.filter((f) => needed.test(f.path));
  } finally {
    await pagefind.close();
  }
}

/** Writes files into a folder. */
function writeFiles(files: readonly { path: string; content: Uint8Array }[], target: string): void {
  for (const f of files) {
    const path = join(target, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
}

/** Puts a part's files into the cache whole: written beside the entry, then renamed into place. */
function cachePart(files: readonly { path: string; content: Uint8Array }[], entry: string): void {
  const temp = `${entry}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  writeFiles(files, temp);
  try {
    renameSync(temp, entry);
  } catch {
    // Another build put it there first.
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Removes from the cache what no longer serves: other indexers' folders, and parts not used by this build. */
function pruneCache(root: string, indexer: string, used: ReadonlySet<string>): void {
  if (!existsSync(root)) return;
  for (const name of readdirSync(root)) if (name !== indexer) rmSync(join(root, name), { recursive: true, force: true });
  const dir = join(root, indexer);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

/**
 * Indexes the parts one after another into `staging`: the first (the newest) as the main
 * index at its root, each other part in a folder of its name, and parts.json listing them.
 * A part whose index the cache (`cache`) holds, by a hash of what its records are made from,
 * is copied from there instead, without making its records.
 */
async function indexParts(parts: readonly Part[], staging: string, cache: string): Promise<Indexed> {
  const started = performance.now();
  rmSync(staging, { recursive: true, force: true });
  const indexer = indexerKey();
  const used = new Set<string>();
  let count = 0;
  let restored = 0;
  for (const [i, part] of parts.entries()) {
    const made = await part.key();
    count += made.records;
    const target = i === 0 ? staging : join(staging, part.name);
    const key = partKey(made.key, i === 0);
    const entry = join(cache, indexer, key);
    used.add(key);
    if (existsSync(entry)) {
      cpSync(entry, target, { recursive: true });
      restored += 1;
      continue;
    }
    const records = await part.records();
    if (records.length !== made.records)
      throw new Error(`search records: part ${part.name} has ${records.length} records, not ${made.records}`);
    const files = await indexPart(records, i === 0 ? NEEDED : NEEDED_MERGED);
    writeFiles(files, target);
    cachePart(files, entry);
  }
  if (!existsSync(join(staging, 'pagefind.js'))) throw new Error('Pagefind returned no pagefind.js');
  const list: SearchParts = { main: parts[0]!.name, merge: parts.slice(1).map((p) => p.name) };
  writeFileSync(join(staging, 'parts.json'), JSON.stringify(list));
  pruneCache(cache, indexer, used);
  return { count, parts: parts.length, restored, ms: performance.now() - started };
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
 * Astro's prerenderer, with the search records' parts handed to `start` (each part's key and
 * records rendered when they are asked for); the records' and keys' routes are left out of
 * the pages it writes.
 */
function renderingRecordsFirst(astro: AstroPrerenderer, base: string, start: (parts: Part[]) => void): AstroPrerenderer {
  return {
    ...astro,
    async getStaticPaths() {
      const paths = await astro.getStaticPaths();
      const render = async <T>(pathname: string, route: RouteData): Promise<T> => {
        const url = new URL(base.replace(/\/$/, '') + pathname, 'http://localhost');
        const rendered = await astro.render(new Request(url), { routeData: route });
        const response = rendered instanceof Response ? rendered : rendered.response;
        if (!response.ok) throw new Error(`search records: ${pathname} answered ${response.status}`);
        return (await response.json()) as T;
      };
      const keys = new Map(paths.filter((p) => p.route.route === KEY_ROUTE).map((p) => [KEY_PATH.exec(p.pathname)![1]!, p] as const));
      const records = paths.filter((p) => p.route.route === RECORDS_ROUTE);
      if (records.length) {
        const parts = records
          .map((p) => {
            const name = RECORDS_PATH.exec(p.pathname)![1]!;
            const key = keys.get(name);
            if (!key) throw new Error(`search records: no key route for part ${name}`);
            return {
              name,
              records: () => render<SearchRecord[]>(p.pathname, p.route),
              key: () => render<{ key: string; records: number }>(key.pathname, key.route),
            };
          })
          .sort((a, b) => partOrder(a.name, b.name));
        start(parts);
      }
      return paths.filter((p) => p.route.route !== RECORDS_ROUTE && p.route.route !== KEY_ROUTE);
    },
  };
}

/** The integration: the records route in builds, Pagefind beside the pages, the index moved into the output at the end. */
export default function searchIndex(): AstroIntegration {
  let indexing: Promise<Indexed> | undefined;
  let base = '/';
  let staging = '';
  let cache = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'build') return;
        injectRoute({ pattern: RECORDS_ROUTE, entrypoint: new URL('../search-records.ts', import.meta.url), prerender: true });
        injectRoute({ pattern: KEY_ROUTE, entrypoint: new URL('../search-record-keys.ts', import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        staging = join(fileURLToPath(config.cacheDir), 'search-index.partial');
        cache = join(fileURLToPath(config.cacheDir), 'search-index');
      },
      'astro:build:start': ({ setPrerenderer }) => {
        indexing = undefined;
        setPrerenderer((astro) =>
          renderingRecordsFirst(astro, base, (parts) => {
            indexing = indexParts(parts, staging, cache);
            // Awaited in astro:build:done; until then a failure must not go unhandled.
            indexing.catch(() => {});
          }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) return logger.warn(`${RECORDS_ROUTE} was not rendered: no search index`);
        const waiting = performance.now();
        const { count, parts, restored, ms } = await indexing;
        moveIndex(staging, fileURLToPath(dir));
        const seconds = (n: number) => (n / 1000).toFixed(1);
        logger.info(
          `indexed ${count} search records in ${seconds(ms)} s beside the pages (${parts} part${parts === 1 ? '' : 's'}, one index each, ${restored} unchanged and copied from the cache); the build waited ${seconds(performance.now() - waiting)} s for it`,
        );
      },
    },
  };
}
