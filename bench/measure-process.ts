/**
 * Runs a command and measures its wall time and peak memory: the resident set of the
 * whole process tree, summed, sampled from /proc every 50 ms (builds fork workers, so
 * the largest single process would under-count).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** What one run of a command cost. */
export interface ProcessCost {
  seconds: number;
  /** Peak of the summed RSS of the process and its descendants, in bytes. */
  peakRss: number;
  /** At that peak, the RSS of each program in the tree (by command name), in bytes. */
  peakBy: Record<string, number>;
  code: number | null;
  output: string;
}

const PAGE = 4096;

function childrenOf(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces or parentheses: fields start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(name));
      map.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function treeRss(root: number): { total: number; by: Record<string, number> } {
  const kids = childrenOf();
  let total = 0;
  const by: Record<string, number> = {};
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
      const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      total += rss;
      by[name] = (by[name] ?? 0) + rss;
    } catch {
      // Gone already.
    }
    stack.push(...(kids.get(pid) ?? []));
  }
  return { total, by };
}

/** Runs `command args` in `cwd` with `env`, sampling its tree's memory until it exits. */
export function measureProcess(command: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<ProcessCost> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peakRss = 0;
    let peakBy: Record<string, number> = {};
    const timer = setInterval(() => {
      if (!child.pid) return;
      const now = treeRss(child.pid);
      if (now.total > peakRss) ({ total: peakRss, by: peakBy } = now);
    }, 50);
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - start) / 1000, peakRss, peakBy, code, output });
    });
  });
}
