/**
 * Installs the peer timelines (bench/package.json) into bench/node_modules on first use.
 * They serve the benchmark only: not the project's dependencies, never in dist/.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const NEEDED = ['vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', '@knight-lab/timelinejs/dist/js/timeline.js'];

/** Makes sure the peers are installed, running `npm ci` in bench/ when they are not. */
export function ensurePeers(root: string): void {
  const bench = path.join(root, 'bench');
  if (NEEDED.every((f) => existsSync(path.join(bench, 'node_modules', f)))) return;
  console.log('Installing the peer timelines into bench/node_modules (npm ci)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: bench, stdio: 'inherit' });
}
