/**
 * The files of an ingest batch, found before any page is read (so the main thread of a
 * parallel run needs no extractor): the pages named on the command line, and those that
 * would become the same article, which the one-thread plan and the pool fail alike.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { recordedPath, slugOf } from './paths.ts';
import type { Step } from './plan.ts';

/** The raw page files named by `paths` (files, or folders of .txt files). */
export function expandPaths(paths: readonly string[]): { files: string[]; failures: Step[] } {
  const files: string[] = [];
  const failures: Step[] = [];
  for (const p of paths) {
    const shown = recordedPath(p);
    if (!existsSync(p)) {
      failures.push({ action: 'fail', source: shown, reason: 'no such file or folder: check the path' });
    } else if (statSync(p).isDirectory()) {
      const inside = readdirSync(p)
        .filter((f) => /\.txt$/i.test(f) && statSync(join(p, f)).isFile())
        .sort()
        .map((f) => join(p, f));
      if (inside.length === 0)
        failures.push({ action: 'fail', source: shown, reason: 'holds no .txt pages: put raw pages there or name the files' });
      files.push(...inside);
    } else {
      files.push(p);
    }
  }
  return { files: [...new Set(files)], failures };
}

/** The failure step of each file that would become the same article as another file of the batch. */
export function slugCollisions(files: readonly string[]): Map<string, Step> {
  const bySlug = new Map<string, string[]>();
  for (const f of files) bySlug.set(slugOf(f), [...(bySlug.get(slugOf(f)) ?? []), f]);
  const failures = new Map<string, Step>();
  for (const f of files) {
    const same = bySlug.get(slugOf(f))!;
    if (same.length < 2) continue;
    const others = same
      .filter((o) => o !== f)
      .map(recordedPath)
      .join(', ');
    failures.set(f, {
      action: 'fail',
      source: recordedPath(f),
      reason: `${others} would become the same article ${slugOf(f)}.md: rename one of them`,
    });
  }
  return failures;
}
