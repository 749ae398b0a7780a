/**
 * Helpers for the command-line tests: a throw-away copy of the content folder and
 * a way to run the project's commands in it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Result of one command run. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A temporary working folder holding content/sources with the two sample pages and sidecars. */
export function tempContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  const sources = join(dir, 'content', 'sources');
  mkdirSync(sources, { recursive: true });
  for (const f of readdirSync(join(root, 'content', 'sources'))) {
    if (/^00[02]_.*\.(txt|meta\.json)$/.test(f)) copyFileSync(join(root, 'content', 'sources', f), join(sources, f));
  }
  return dir;
}

/** Runs `src/cli/<command>.ts` with `args` in `cwd`, writing to its own content/articles. */
export function run(command: 'ingest' | 'extract', args: string[], cwd: string): Run {
  const env = { ...process.env };
  delete env.ARTICLES_DIR;
  const r = spawnSync(process.execPath, [join(root, 'src', 'cli', `${command}.ts`), ...args], { cwd, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The Markdown files of content/articles in `dir`, by name. */
export function articles(dir: string): Map<string, string> {
  const folder = join(dir, 'content', 'articles');
  const out = new Map<string, string>();
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return out;
  }
  for (const f of names.filter((n) => n.endsWith('.md')).sort()) out.set(f, readFileSync(join(folder, f), 'utf8'));
  return out;
}
