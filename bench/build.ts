/**
 * Build section: `astro build` of the site at each size, seconds and peak memory, against
 * a bare Astro project rendering the same Markdown (Astro's floor). Every build is cold:
 * its cache and output folders are removed first, and kept apart from the project's own.
 */
import { rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { measureProcess, type ProcessCost } from './measure-process.ts';
import { writeBareProject, writeTrivialProject } from './bare-project.ts';
import { writeProjectBenchConfig } from './bench-config.ts';
import { generatedContent, countArticles } from './content.ts';
import { report, formatBytes } from './report.ts';
import { routeTimes, describeRouteTimes } from './route-times.ts';

const RATIO_TARGET = 1.3;

async function astroBuild(
  cwd: string,
  root: string,
  articlesDir: string,
  extra: string[],
  cache: string,
  out: string,
  vars: Record<string, string> = {},
): Promise<ProcessCost> {
  rmSync(cache, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const env = { ...process.env, ARTICLES_DIR: articlesDir, ASTRO_TELEMETRY_DISABLED: '1', ...vars };
  const cost = await measureProcess(process.execPath, [astro, 'build', ...extra], { cwd, env });
  if (cost.code !== 0) throw new Error(`astro build failed in ${cwd} (exit ${cost.code}):\n${cost.output.slice(-2000)}`);
  // A build that stops early can still exit 0: trust only a finished one.
  if (!/\bComplete!/.test(cost.output)) throw new Error(`astro build in ${cwd} exited without finishing:\n${cost.output.slice(-1000)}`);
  return cost;
}

/** Pages Astro reports writing, and the search-index seconds the site's integration logs. */
function buildFacts(output: string): { pages: number; searchSeconds: number | null; searchWait: number | null } {
  const pages = Number(/(\d+) page\(s\) built in/.exec(output)?.[1] ?? NaN);
  const search = /indexed \d+ search records in ([\d.]+) s/.exec(output);
  const wait = /the build waited ([\d.]+) s for it/.exec(output);
  return { pages, searchSeconds: search ? Number(search[1]) : null, searchWait: wait ? Number(wait[1]) : null };
}

function median(costs: ProcessCost[]): ProcessCost {
  return [...costs].sort((a, b) => a.seconds - b.seconds)[Math.floor(costs.length / 2)]!;
}

/** Runs the build section at the given article counts. */
export async function benchBuild(root: string, work: string, sizes: readonly number[], siteOnly = false): Promise<void> {
  const bare = writeBareProject(path.join(work, 'bare'), root);
  const trivial = writeTrivialProject(path.join(work, 'trivial'), root);
  mkdirSync(work, { recursive: true });
  const oursCache = path.join(work, 'cache-ours');
  const oursOut = path.join(work, 'out-ours');
  const config = writeProjectBenchConfig(path.join(work, 'astro.bench.config.mjs'), root, oursCache, oursOut);
  for (const n of sizes) {
    const dir = generatedContent(root, work, n);
    const count = countArticles(dir);
    console.log(`\n[build] ${count} articles (${path.relative(root, dir)})`);
    // Small builds are noisy: take the median of three cold builds each, alternating.
    const runs = n <= 100 ? 3 : 1;
    const floors: ProcessCost[] = [];
    const sites: ProcessCost[] = [];
    for (let i = 0; i < runs; i++) {
      if (!siteOnly) floors.push(await astroBuild(bare, root, dir, [], path.join(bare, '.cache'), path.join(bare, 'dist')));
      sites.push(await astroBuild(root, root, dir, ['--config', path.relative(root, config)], oursCache, oursOut));
    }
    if (siteOnly) {
      // The largest sizes: the site's own build only, since the floors double an hour-long run.
      const ours = median(sites);
      const s = buildFacts(ours.output);
      report({ section: 'build', what: `site build, ${count} articles: seconds`, value: ours.seconds.toFixed(1) });
      report({ section: 'build', what: `site build, ${count} articles: peak memory (process tree RSS)`, value: formatBytes(ours.peakRss) });
      report({ section: 'build', what: `site build, ${count} articles: pages written`, value: String(s.pages) });
      if (s.searchSeconds !== null) {
        report({
          section: 'build',
          what: `site build, ${count} articles: search index (Pagefind, its own process, beside the pages)`,
          value: `${s.searchSeconds.toFixed(1)} s`,
        });
      }
      report({
        section: 'build',
        what: `site build, ${count} articles: where page generation goes (top 3 routes)`,
        value: describeRouteTimes(routeTimes(ours.output)),
      });
      continue;
    }
    const floor = median(floors);
    const ours = median(sites);
    const of = runs > 1 ? ` (median of ${runs})` : '';
    report({ section: 'build', what: `bare Astro build, ${count} articles: seconds${of}`, value: floor.seconds.toFixed(1) });
    report({
      section: 'build',
      what: `bare Astro build, ${count} articles: peak memory (process tree RSS)`,
      value: formatBytes(floor.peakRss),
    });
    const ratio = ours.seconds / floor.seconds;
    report({ section: 'build', what: `site build, ${count} articles: seconds${of}`, value: ours.seconds.toFixed(1) });
    report({ section: 'build', what: `site build, ${count} articles: peak memory (process tree RSS)`, value: formatBytes(ours.peakRss) });
    report({
      section: 'build',
      what: `site build ÷ bare build, ${count} articles: time ratio`,
      value: `${ratio.toFixed(2)}×`,
      ...(n === 5000 ? { target: `≤ ${RATIO_TARGET}×`, met: ratio <= RATIO_TARGET } : {}),
    });
    const f = buildFacts(floor.output);
    const s = buildFacts(ours.output);
    const perPage = (c: ProcessCost, pages: number) => `${((1000 * c.seconds) / pages).toFixed(1)} ms`;
    report({
      section: 'build',
      what: `pages written, ${count} articles: site / bare (whole build time per page)`,
      value: `${s.pages} / ${f.pages} (${perPage(ours, s.pages)} / ${perPage(floor, f.pages)})`,
    });
    if (s.searchSeconds !== null) {
      const wait = s.searchWait === null ? '' : `, of which the build waited ${s.searchWait.toFixed(1)} s`;
      report({
        section: 'build',
        what: `site build, ${count} articles: search index (Pagefind, its own process, beside the pages)`,
        value: `${s.searchSeconds.toFixed(1)} s${wait}`,
      });
    }
    // What Astro alone needs to write as many pages as the site does: the least this page set can cost.
    const least = await astroBuild(trivial, root, dir, [], path.join(trivial, '.cache'), path.join(trivial, 'dist'), {
      BENCH_PAGES: String(s.pages),
    });
    report({
      section: 'build',
      what: `Astro alone writing the site's ${s.pages} pages, each a one-line template (no content, no components): seconds`,
      value: `${least.seconds.toFixed(1)} (${(least.seconds / floor.seconds).toFixed(2)}× the bare build; the site takes ${(ours.seconds / least.seconds).toFixed(2)}× this)`,
    });
    report({
      section: 'build',
      what: `site build, ${count} articles: where page generation goes (top 3 routes)`,
      value: describeRouteTimes(routeTimes(ours.output)),
    });
    report({
      section: 'build',
      what: `site build ÷ bare build, ${count} articles: memory ratio`,
      value: `${(ours.peakRss / floor.peakRss).toFixed(2)}×`,
    });
  }
}
