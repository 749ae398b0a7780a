/**
 * `npm run bench`: measures and prints figures; it reports, it is not a timed test.
 *
 *   npm run bench                                   every section at the default sizes
 *   npm run bench -- --only build --sizes 100,1000  one section, chosen sizes
 *   npm run bench -- --only build --sizes 50000 --site-only   the site's build alone, no bare-Astro floors
 *
 * Sections: ingest (articles a second on one core), build (site vs bare Astro), memory
 * (where a cold build's memory goes: by process, V8 heap peaks, heap profile by owner),
 * incremental (one article changed: cached build against cold, and byte-identical), timeline
 * (site vs vis-timeline and TimelineJS in headless Chromium). The final table is printed
 * and written to bench/RESULTS.md.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { printTable, writeResults, machineLine, allFigures } from './report.ts';

const SECTIONS = ['ingest', 'build', 'memory', 'incremental', 'timeline'] as const;
type Section = (typeof SECTIONS)[number];
const DEFAULT_SIZES: Record<Section, number[]> = {
  ingest: [1000],
  build: [100, 1000, 5000],
  memory: [1000, 5000],
  incremental: [5000],
  timeline: [100, 1000, 25000],
};

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    'site-only': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('npm run bench [-- --only ingest,build,memory,incremental,timeline] [--sizes 100,1000] [--site-only] [--no-write]');
  process.exit(0);
}

const only = (values.only ?? SECTIONS.join(',')).split(',').map((s) => s.trim()) as Section[];
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) {
  console.error(`bench: unknown section ${unknown.join(', ')} (sections: ${SECTIONS.join(', ')})`);
  process.exit(2);
}
const sizes = values.sizes?.split(',').map(Number);
if (sizes?.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error('bench: --sizes takes positive whole numbers, e.g. --sizes 100,1000');
  process.exit(2);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, 'bench/.work');
mkdirSync(work, { recursive: true });

console.log(`Benchmarks on ${machineLine()}`);
const failures: string[] = [];
for (const section of SECTIONS.filter((s) => only.includes(s))) {
  const at = sizes ?? DEFAULT_SIZES[section];
  const started = performance.now();
  console.log(`\n== ${section} (${at.join(', ')}) ==`);
  try {
    if (section === 'ingest') (await import('./ingest.ts')).benchIngest(root, at);
    if (section === 'build') await (await import('./build.ts')).benchBuild(root, work, at, values['site-only']);
    if (section === 'memory') await (await import('./memory.ts')).benchMemory(root, work, at);
    if (section === 'incremental') await (await import('./incremental.ts')).benchIncremental(root, work, at);
    if (section === 'timeline') {
      (await import('./peers-install.ts')).ensurePeers(root);
      await (await import('./timeline.ts')).benchTimeline(root, work, at);
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    failures.push(`${section}: ${message.split('\n')[0]}`);
    console.error(`\n${section} could not be measured: ${message}`);
  }
  console.log(`(${section} took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

printTable();
const command = `npm run bench${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`;
if (!values['no-write'] && allFigures().length) {
  writeResults(
    path.join(root, 'bench/RESULTS.md'),
    command,
    failures.map((f) => `Not measured — ${f}`),
  );
  console.log('\nWrote bench/RESULTS.md');
}
if (failures.length) process.exitCode = 1;
