/**
 * Draws social cards as PNG at build time: satori lays the card out with a CJK font from
 * the npm registry (Noto Sans TC, TTF), resvg rasterises it. Drawing runs in a worker
 * thread started as soon as the site data is loaded, so it uses the second core while
 * Astro renders pages on the first; each card endpoint then only awaits its bytes.
 * Cards are cached by content hash in the folder the social-cards integration sets (under
 * Astro's cache), so a rebuild draws only the cards whose text changed. The
 * cache is kept per renderer: a folder named by a hash of satori's and resvg's versions,
 * the font file and the drawing code, so a new renderer starts an empty folder and never
 * publishes a card an older one drew (older renderers' folders are removed). Cards are written to the cache whole (temporary
 * file, then rename), so a killed build cannot leave a truncated card to be reused.
 */
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardSpec } from '../lib/og/card.ts';
import { cardId } from '../lib/og/specs.ts';
import { cacheDir as cacheRoot } from 'virtual:social-cards';

const require = createRequire(import.meta.url);
const FAMILY = 'Noto Sans TC';

// The worker is plain JavaScript so it runs the same from source and from Astro's bundle.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync, writeFileSync, mkdirSync, renameSync } = require('node:fs');
const { join } = require('node:path');
const satoriModule = require(workerData.satori);
const ready = Promise.resolve({
  satori: satoriModule.default ?? satoriModule,
  Resvg: require(workerData.resvg).Resvg,
  font: readFileSync(workerData.font),
});
parentPort.on('message', async ({ id, tree }) => {
  try {
    const { satori, Resvg, font } = await ready;
    const svg = await satori(tree, { width: ${CARD_WIDTH}, height: ${CARD_HEIGHT}, fonts: [{ name: '${FAMILY}', data: font, weight: 700, style: 'normal' }] });
    // No system fonts: satori already turned the text into paths, and loading them costs ~20 ms a card.
    const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
    if (workerData.cache) {
      mkdirSync(workerData.cache, { recursive: true });
      const temp = join(workerData.cache, '.' + id + '.' + process.pid + '.tmp');
      writeFileSync(temp, png);
      renameSync(temp, join(workerData.cache, id + '.png'));
    }
    const bytes = new Uint8Array(png);
    parentPort.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});
`;

const SATORI = require.resolve('satori');
const RESVG = require.resolve('@resvg/resvg-js');
const FONT = require.resolve('@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf');

/** The installed version of a package, from its package.json. */
function versionOf(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

/** A hash naming this renderer: the versions of satori and resvg, the font's bytes and the drawing code. */
export function rendererKey(): string {
  const hash = createHash('sha256');
  hash.update(`satori ${versionOf('satori')}\nresvg ${versionOf('@resvg/resvg-js')}\nfont ${statSync(FONT).size}\n`);
  hash.update(readFileSync(FONT));
  hash.update(WORKER);
  return hash.digest('hex').slice(0, 16);
}

let cacheDir: string | undefined;

/**
 * The card cache of this renderer. What other renderers left there (and cards from before
 * the cache had a folder per renderer) can never be used again, and is removed.
 */
function cardCache(): string {
  if (cacheDir !== undefined) return cacheDir;
  const key = rendererKey();
  if (existsSync(cacheRoot))
    for (const name of readdirSync(cacheRoot)) if (name !== key) rmSync(join(cacheRoot, name), { recursive: true, force: true });
  return (cacheDir = join(cacheRoot, key));
}

/**
 * Cards asked for and not drawn yet (or failed), by id: each settles once its PNG is in the
 * cache folder, where later asks then find it. Only that is held, never the bytes: an
 * endpoint reads its card from the folder when it is served, so the build's memory does not
 * grow with the number of cards (100,000 cards of ~27 KB at 20,000 articles would be
 * 2.7 GB), drawn ahead or found in the cache.
 */
const pending = new Map<string, { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void }>();
const queue: { id: string; spec: CardSpec }[] = [];
// resvg keeps each 1200×630 raster (~3 MB) until its thread ends, so a worker is
// replaced after this many cards to keep the build's memory flat.
const CARDS_PER_WORKER = 48;
let worker: Worker | undefined;
let drawn = 0;
let busy = false;

function newWorker(): Worker {
  const w = new Worker(WORKER, {
    eval: true,
    workerData: {
      satori: SATORI,
      resvg: RESVG,
      font: FONT,
      cache: cardCache(),
    },
  });
  // The worker has written the card into the cache folder when it answers; its copy of
  // the bytes is not kept.
  w.on('message', ({ id, png, error }: { id: string; png?: Uint8Array; error?: string }) => {
    const job = pending.get(id);
    // A drawn card is in the cache folder, where a later ask finds it: only failures stay.
    if (png) {
      pending.delete(id);
      job?.resolve();
    } else job?.reject(new Error(`social card ${id}: ${error}`));
    busy = false;
    drawn++;
    pump();
  });
  return w;
}

/** Sends the next queued card to the worker, one at a time, replacing the worker now and then. */
function pump(): void {
  if (busy) return;
  const next = queue.shift();
  // An idle worker must not keep the build alive; a busy one must, or Node would exit
  // (with status 0) while a page still awaits its card.
  if (!next) {
    worker?.unref();
    return;
  }
  if (worker && drawn >= CARDS_PER_WORKER) {
    void worker.terminate();
    worker = undefined;
  }
  if (!worker) {
    worker = newWorker();
    drawn = 0;
  }
  busy = true;
  worker.ref();
  worker.postMessage({ id: next.id, tree: cardTree(next.spec, FAMILY) });
}

/** Where the card `id` is kept in this renderer's cache. */
function cardFile(id: string): string {
  return join(cardCache(), `${id}.png`);
}

/**
 * Starts drawing every card in `specs` that is not in the cache, in the background. Cached
 * cards are read only when their endpoint asks (an incremental build restores most of them
 * without asking).
 */
export function prepareCards(specs: Iterable<CardSpec>): void {
  // A failure is reported by the card's endpoint, which awaits the same promise.
  for (const spec of specs) if (!existsSync(cardFile(cardId(spec)))) cardReady(spec).catch(() => undefined);
}

/** Settles when the card for `spec` is in the cache folder: at once if it was, else once the worker drew it. */
function cardReady(spec: CardSpec): Promise<void> {
  const id = cardId(spec);
  const known = pending.get(id);
  if (known) return known.promise;
  if (existsSync(cardFile(id))) return Promise.resolve();
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  pending.set(id, { promise, resolve, reject });
  queue.push({ id, spec });
  pump();
  return promise;
}

/** The PNG bytes of the card for `spec`: from the cache, drawn by the worker first if need be. */
export async function renderCard(spec: CardSpec): Promise<Uint8Array> {
  await cardReady(spec);
  return readFileSync(cardFile(cardId(spec)));
}

/** A build-time response holding a PNG. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
