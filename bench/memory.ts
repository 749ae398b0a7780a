/**
 * Memory section: where a cold site build's memory goes. One build per size, with
 *  - the process tree's peak RSS split by program (Astro's node, Pagefind) at the peak;
 *  - the main thread's own peaks (V8 heap, external and ArrayBuffer memory), sampled by
 *    bench/memory-probe.mjs loaded with `--import`;
 *  - V8's sampling heap profile of the main thread, saved by the probe as the heap in use
 *    reaches new highs, summed by the package or project code that allocated what is held.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { measureProcess } from './measure-process.ts';
import { writeProjectBenchConfig } from './bench-config.ts';
import { generatedContent, countArticles } from './content.ts';
import { report, formatBytes } from './report.ts';

interface ProfileNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children?: ProfileNode[];
}

/** Where an allocation was made: a package, a project folder, or Node itself. */
export function ownerOf(url: string): string {
  if (!url) return '(V8 / native)';
  const mod = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (mod) return mod[1]!;
  if (url.startsWith('node:')) return 'node (built-in)';
  const own = /\/(src\/(?:lib\/)?[^/]+|\.astro|dist|content)\//.exec(url) ?? /(astro:[\w-]+|virtual:[\w-]+)/.exec(url);
  return own ? own[1]! : 'other';
}

const GENERIC = new Set(['(V8 / native)', 'node (built-in)', 'other']);

/**
 * Bytes held in a sampling heap profile, by owner, largest first. An allocation made inside
 * Node or V8 (a file read, a string) counts for the nearest caller that is a package or
 * project code, so it lands with whoever asked for it.
 */
export function heapByOwner(profile: { head: ProfileNode }): { owner: string; bytes: number }[] {
  const sums = new Map<string, number>();
  const stack: { node: ProfileNode; caller: string }[] = [{ node: profile.head, caller: '(V8 / native)' }];
  while (stack.length) {
    const { node, caller } = stack.pop()!;
    const own = ownerOf(node.callFrame.url);
    const owner = GENERIC.has(own) && !GENERIC.has(caller) ? caller : own;
    sums.set(owner, (sums.get(owner) ?? 0) + node.selfSize);
    for (const child of node.children ?? []) stack.push({ node: child, caller: owner });
  }
  return [...sums].map(([owner, bytes]) => ({ owner, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** Runs the memory section at the given article counts. */
export async function benchMemory(root: string, work: string, sizes: readonly number[]): Promise<void> {
  const cache = path.join(work, 'cache-memory');
  const out = path.join(work, 'out-memory');
  const probeOut = path.join(work, 'memory-probe.json');
  const probeProfile = path.join(work, 'memory-probe.heapprofile');
  const config = writeProjectBenchConfig(path.join(work, 'astro.memory.config.mjs'), root, cache, out);
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  for (const n of sizes) {
    const dir = generatedContent(root, work, n);
    const count = countArticles(dir);
    console.log(`\n[memory] ${count} articles`);
    for (const p of [cache, out, probeOut, probeProfile]) rmSync(p, { recursive: true, force: true });
    const probe = path.join(root, 'bench/memory-probe.mjs');
    const env = {
      ...process.env,
      ARTICLES_DIR: dir,
      ASTRO_TELEMETRY_DISABLED: '1',
      MEMORY_PROBE_OUT: probeOut,
      MEMORY_PROBE_PROFILE: probeProfile,
      NODE_OPTIONS: `--import=${probe}`,
    };
    const cost = await measureProcess(process.execPath, [astro, 'build', '--config', path.relative(root, config)], { cwd: root, env });
    if (cost.code !== 0 || !/\bComplete!/.test(cost.output))
      throw new Error(`astro build failed (exit ${cost.code}):\n${cost.output.slice(-1500)}`);
    const by = Object.entries(cost.peakBy)
      .sort((a, b) => b[1] - a[1])
      .map(([name, bytes]) => `${name} ${formatBytes(bytes)}`)
      .join(', ');
    report({
      section: 'memory',
      what: `site build, ${count} articles, heap sampling on: seconds / peak RSS of the tree, by program`,
      value: `${cost.seconds.toFixed(1)} s / ${formatBytes(cost.peakRss)} (${by})`,
    });
    try {
      const peak = JSON.parse(readFileSync(probeOut, 'utf8')) as Record<string, number>;
      report({
        section: 'memory',
        what: `site build, ${count} articles: main thread peaks (V8 heap used / heap reserved / external incl. buffers / ArrayBuffers)`,
        value: `${formatBytes(peak.heapUsed!)} / ${formatBytes(peak.heapTotal!)} / ${formatBytes(peak.external!)} / ${formatBytes(peak.arrayBuffers!)}`,
      });
    } catch {
      console.log('  (the memory probe wrote nothing)');
    }
    if (existsSync(probeProfile)) {
      const owners = heapByOwner(JSON.parse(readFileSync(probeProfile, 'utf8')) as { head: ProfileNode });
      const total = owners.reduce((s, o) => s + o.bytes, 0);
      report({
        section: 'memory',
        what: `site build, ${count} articles: live heap near its peak (sampled), by the package or project code that allocated it (top 8)`,
        value:
          `${formatBytes(total)}: ` +
          owners
            .slice(0, 8)
            .map((o) => `${o.owner} ${formatBytes(o.bytes)} (${Math.round((100 * o.bytes) / total)}%)`)
            .join(' · '),
      });
    }
  }
}
