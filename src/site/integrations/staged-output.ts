/**
 * Astro integration: `astro build` writes the site into a staging folder beside the output
 * folder (`.dist.staging` beside `dist/`) and swaps it into place only once every other
 * integration is done with it. A build that fails at any step leaves the previous `dist/`
 * as it was, so a server pointed at it keeps serving the last good site.
 *
 * The swap is two renames in one folder (the old output aside, the new one in): no file is
 * copied, and the output is missing only between the two renames. The old output is then
 * removed by a process of its own that outlives the build: removing tens of thousands of
 * files takes longer than an incremental build's whole work. List this integration last,
 * so its `astro:build:done` runs after the others'.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The staging folder and the prefix of the folders old outputs are moved to, beside `out`. */
export function stagingPaths(out: string): { staging: string; previous: string } {
  const name = basename(out);
  return { staging: join(dirname(out), `.${name}.staging`), previous: join(dirname(out), `.${name}.previous`) };
}

/** The old outputs beside `out` still waiting to be removed (`previous` is their prefix). */
export function oldOutputs(previous: string): string[] {
  const dir = dirname(previous);
  const prefix = basename(previous);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f === prefix || f.startsWith(`${prefix}-`))
    .map((f) => join(dir, f));
}

/** Removes `dirs` in a process of its own, which goes on after this one ends. */
function removeLater(dirs: readonly string[]): void {
  if (!dirs.length) return;
  // Two removers of one folder (a later build finding it half removed) may trip over each
  // other; one of them finishes it, and a folder left over is removed by the next build.
  const code = `for (const d of process.argv.slice(1)) try { require('node:fs').rmSync(d, { recursive: true, force: true, maxRetries: 3 }); } catch {}`;
  spawn(process.execPath, ['-e', code, ...dirs], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Puts `staging` in the place of `out`, keeping `out` intact until the new folder is whole;
 * the old output is moved aside (a folder named from `previous`) and removed in the background.
 */
export function swapInto(staging: string, out: string, previous: string): void {
  const aside = `${previous}-${process.pid}-${Date.now()}`;
  const hadOutput = existsSync(out);
  if (hadOutput) renameSync(out, aside);
  try {
    renameSync(staging, out);
  } catch (err) {
    if (hadOutput) renameSync(aside, out);
    throw err;
  }
  removeLater(oldOutputs(previous));
}

/** The integration: build into the staging folder, swap it in when the build is done. */
export default function stagedOutput(): AstroIntegration {
  let out: string | undefined;
  let paths: ReturnType<typeof stagingPaths> | undefined;
  return {
    name: 'staged-output',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        out = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        paths = stagingPaths(out);
        // What a build that stopped half-way left behind.
        rmSync(paths.staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(paths.staging + '/') });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!out || !paths) return;
        const built = fileURLToPath(dir).replace(/[\\/]+$/, '');
        if (built !== paths.staging) throw new Error(`staged-output: the build wrote to ${built}, not to ${paths.staging}`);
        swapInto(paths.staging, out, paths.previous);
        logger.info(`swapped the finished build into ${basename(out)}/`);
      },
    },
  };
}
