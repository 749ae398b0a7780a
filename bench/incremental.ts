/**
 * Incremental section: what one changed article costs on a site of n articles. Three builds
 * of the project: a cold one (empty caches) to fill the caches, then one article changed
 * (its headline and its first event's title, as an editor's correction would) and built
 * again with the caches kept, then the same changed content built cold into another
 * folder. Reports both times, their ratio, and whether the two outputs are byte-identical.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measureProcess, type ProcessCost } from './measure-process.ts';
import { writeProjectBenchConfig } from './bench-config.ts';
import { generatedContent } from './content.ts';
import { report, formatBytes } from './report.ts';
import { oldOutputs, stagingPaths } from '../src/site/integrations/staged-output.ts';

const TARGET = 0.2;

/**
 * Waits until the old output a build moved aside is removed (in the background, see
 * staged-output.ts), so that the removal does not slow the next build measured.
 */
async function oldOutputRemoved(out: string): Promise<void> {
  const { previous } = stagingPaths(out);
  for (let waited = 0; oldOutputs(previous).length && waited < 600_000; waited += 200) await new Promise((r) => setTimeout(r, 200));
}

async function build(root: string, config: string, articles: string, out: string): Promise<ProcessCost> {
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const env: NodeJS.ProcessEnv = { ...process.env, ARTICLES_DIR: articles, ASTRO_TELEMETRY_DISABLED: '1' };
  // The card cache follows the config's cacheDir.
  delete env.OG_CACHE_DIR;
  const cost = await measureProcess(process.execPath, [astro, 'build', '--config', path.relative(root, config)], { cwd: root, env });
  if (cost.code !== 0 || !/\bComplete!/.test(cost.output))
    throw new Error(`astro build failed (exit ${cost.code}):\n${cost.output.slice(-1500)}`);
  await oldOutputRemoved(out);
  return cost;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

/** Files that differ between two output folders (missing on either side included). */
export function differingFiles(a: string, b: string): string[] {
  const left = files(a);
  const right = new Set(files(b));
  const differ = left.filter((f) => !right.has(f) || !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
  for (const f of right) if (!left.includes(f)) differ.push(f);
  return differ;
}

/** An editor's correction to one article: its headline and its first event's title. */
export function correctOne(dir: string): string {
  const name = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()[0]!;
  const file = path.join(dir, name);
  const text = readFileSync(file, 'utf8');
  const changed = text
    .replace(/^title: "(.*)"$/m, 'title: "$1（更正）"')
    .replace(/(\nevents:\n[\s\S]*?\n    title: ")([^"\n]*)"/, '$1$2（更正）"');
  if (changed === text) throw new Error(`${name}: nothing to correct`);
  writeFileSync(file, changed);
  return name;
}

/** Runs the incremental section at the given article counts. */
export async function benchIncremental(root: string, work: string, sizes: readonly number[]): Promise<void> {
  const warmCache = path.join(work, 'cache-incremental');
  const warmOut = path.join(work, 'out-incremental');
  const coldCache = path.join(work, 'cache-incremental-cold');
  const coldOut = path.join(work, 'out-incremental-cold');
  const warmConfig = writeProjectBenchConfig(path.join(work, 'astro.incremental.config.mjs'), root, warmCache, warmOut);
  const coldConfig = writeProjectBenchConfig(path.join(work, 'astro.incremental-cold.config.mjs'), root, coldCache, coldOut);
  for (const n of sizes) {
    const articles = path.join(work, 'content', `incremental-a${n}`);
    rmSync(articles, { recursive: true, force: true });
    cpSync(generatedContent(root, work, n), articles, { recursive: true });
    for (const p of [warmCache, warmOut, coldCache, coldOut]) rmSync(p, { recursive: true, force: true });
    console.log(`\n[incremental] ${n} articles: cold build to fill the caches`);
    const first = await build(root, warmConfig, articles, warmOut);
    const name = correctOne(articles);
    console.log(`[incremental] ${name} corrected: build with the caches kept, then the same content cold`);
    const warm = await build(root, warmConfig, articles, warmOut);
    const cold = await build(root, coldConfig, articles, coldOut);
    const ratio = warm.seconds / cold.seconds;
    report({
      section: 'incremental',
      what: `${n} articles: first cold build (fills the caches)`,
      value: `${first.seconds.toFixed(1)} s, ${formatBytes(first.peakRss)} peak`,
    });
    report({
      section: 'incremental',
      what: `${n} articles, one article corrected: build with caches kept / cold build of the same content`,
      value: `${warm.seconds.toFixed(1)} s / ${cold.seconds.toFixed(1)} s (${Math.round(100 * ratio)}%)`,
      target: `≤ ${Math.round(100 * TARGET)}%`,
      met: ratio <= TARGET,
    });
    const differ = existsSync(warmOut) && existsSync(coldOut) ? differingFiles(warmOut, coldOut) : ['(an output is missing)'];
    report({
      section: 'incremental',
      what: `${n} articles, one article corrected: output of the cached build byte-identical to the cold build's`,
      value: differ.length
        ? `no: ${differ.length} files differ (${differ.slice(0, 3).join(', ')})`
        : `yes (${files(coldOut).length} files)`,
      target: 'identical',
      met: differ.length === 0,
    });
  }
}
