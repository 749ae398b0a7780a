/**
 * The ingest workers' code as one prebuilt JavaScript file: each worker thread then loads
 * one file of plain JavaScript, which Node's compile cache keeps, instead of stripping the
 * types of some sixty TypeScript modules and compiling them afresh (0.35 to 0.4 s of CPU of
 * the 0.75 to 0.9 s a worker spent loading the extractor).
 *
 * The bundle (made by esbuild, the packages it uses included) is kept under node_modules/.cache,
 * with the hash of the files it was made from, and made again when one of them changes.
 * When it cannot be made (no esbuild, a read-only folder), the workers load the TypeScript
 * as before: same code, same output, only a slower start.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = join(ROOT, 'node_modules/.cache/ingest-worker');
/** Changes when the way the bundle is made changes, so older bundles are not reused. */
const RECIPE = 'esm, node platform, 1';

/** What a bundle's first line records: the files it was made from (relative to the project) and their hash. */
interface Made {
  key: string;
  inputs: string[];
}

/** The hash of the recipe and of every input's name and bytes; undefined if one is gone. */
function keyOf(inputs: readonly string[]): string | undefined {
  const hash = createHash('sha256').update(`${RECIPE}\0`);
  for (const input of inputs) {
    const file = join(ROOT, input);
    if (!existsSync(file)) return undefined;
    hash.update(`${input}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Whether the bundle at `file` was made from the files as they are now. */
function upToDate(file: string): boolean {
  try {
    const text = readFileSync(file, 'utf8');
    const made = JSON.parse(text.slice(3, text.indexOf('\n'))) as Made;
    return keyOf(made.inputs) === made.key;
  } catch {
    return false; // none yet, or not one of ours
  }
}

/**
 * The URL of the bundled `entry` (a module of src/cli), made or made again when needed;
 * the entry itself when it cannot be bundled.
 */
export async function bundledEntry(entry: URL): Promise<URL> {
  try {
    const bundle = join(CACHE, `${basename(fileURLToPath(entry), '.ts')}.mjs`);
    if (upToDate(bundle)) return pathToFileURL(bundle);
    // Only loaded to make the bundle: a bundle made from the same files is the same program.
    const esbuild = await import('esbuild');
    const built = await esbuild.build({
      entryPoints: [fileURLToPath(entry)],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'node',
      format: 'esm',
      // The CommonJS packages bundled in (yaml) call require() for Node's own modules.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const inputs = Object.keys(built.metafile.inputs).sort();
    const key = keyOf(inputs);
    if (!key) return entry;
    mkdirSync(CACHE, { recursive: true });
    // Written whole, then renamed into place: another ingest never loads half a bundle.
    const temp = `${bundle}.${process.pid}.tmp`;
    writeFileSync(temp, `// ${JSON.stringify({ key, inputs } satisfies Made)}\n${built.outputFiles[0]!.text}`);
    renameSync(temp, bundle);
    return pathToFileURL(bundle);
  } catch {
    return entry;
  }
}

/**
 * The code a worker thread runs (with `eval: true`): turns on Node's compile cache for the
 * bundle where Node has one, then loads it.
 */
export function workerBoot(url: URL): string {
  const cache = JSON.stringify(join(CACHE, 'compiled'));
  return (
    `import('node:module').then((m) => {` +
    `m.enableCompileCache?.(${cache});` +
    `return import(${JSON.stringify(url.href)}).then(() => m.flushCompileCache?.());` +
    `});`
  );
}
