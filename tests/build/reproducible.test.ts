import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, walk } from '../helpers/dist.ts';

test('two builds of the same content are byte-identical', { timeout: 600_000 }, () => {
  const again = mkdtempSync(join(tmpdir(), 'timeline-rebuild-'));
  try {
    const r = spawnSync('npx', ['astro', 'build', '--silent', '--outDir', again], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const first = walk(distDir);
    const second = walk(again);
    assert.deepEqual(second, first, 'the same files');
    const differing = first.filter((f) => !readFileSync(join(distDir, f)).equals(readFileSync(join(again, f))));
    assert.deepEqual(differing, [], 'the same bytes');
  } finally {
    rmSync(again, { recursive: true, force: true });
  }
});
