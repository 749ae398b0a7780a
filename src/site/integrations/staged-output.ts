/**
 * Astro integration: `astro build` writes the site into a staging folder beside the output
 * folder (`.dist.staging` beside `dist/`) and swaps it into place only once every other
 * integration is done with it. A build that fails at any step leaves the previous `dist/`
 * as it was, so a server pointed at it keeps serving the last good site.
 *
 * The swap is two renames in one folder (the old output aside, the new one in, then the
 * old one removed): no file is copied, and the output is missing only between the two
 * renames. List this integration last, so its `astro:build:done` runs after the others'.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The staging folder and the folder the old output is moved to, beside `out`. */
export function stagingPaths(out: string): { staging: string; previous: string } {
  const name = basename(out);
  return { staging: join(dirname(out), `.${name}.staging`), previous: join(dirname(out), `.${name}.previous`) };
}

/** Puts `staging` in the place of `out`, keeping `out` intact until the new folder is whole. */
export function swapInto(staging: string, out: string, previous: string): void {
  rmSync(previous, { recursive: true, force: true });
  const hadOutput = existsSync(out);
  if (hadOutput) renameSync(out, previous);
  try {
    renameSync(staging, out);
  } catch (err) {
    if (hadOutput) renameSync(previous, out);
    throw err;
  }
  rmSync(previous, { recursive: true, force: true });
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
