/**
 * Applying an ingest plan: each file is written whole to a temporary file in the
 * same folder, flushed, then renamed over the target, so a killed run leaves the
 * old file or the new one, never part of one.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes `content` to `target` atomically (temporary file + rename). */
export function writeAtomic(target: string, content: string): void {
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(target)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'w', 0o644);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/**
 * Writes `content` to `target` atomically, as writeAtomic does, on libuv's threads: the
 * flush to disk, which costs more than converting a page, waits there while the next pages
 * are converted, and several files' flushes overlap.
 */
export async function writeAtomicAsync(target: string, content: string): Promise<void> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(target)}.${process.pid}.tmp`);
  try {
    const file = await open(temp, 'w', 0o644);
    try {
      await file.writeFile(content);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** At most this many files are being written at once (each holds a file descriptor). */
const WRITES_AT_ONCE = 8;

/**
 * Runs atomic writes a few at a time, in the order they are asked for. `write` answers at
 * once with a promise of the write's failure (undefined when it succeeded).
 */
export function atomicWriter(): (target: string, content: string) => Promise<NodeJS.ErrnoException | undefined> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (target, content) => {
    // A finished write hands its place to the next waiting one.
    if (running >= WRITES_AT_ONCE) await new Promise<void>((go) => waiting.push(go));
    else running++;
    try {
      await writeAtomicAsync(target, content);
      return undefined;
    } catch (err) {
      return err as NodeJS.ErrnoException;
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
