import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, walk } from '../helpers/dist.ts';

// dist/ was built with the card cache that earlier builds filled (of this content and of
// others); this build starts from an empty one and draws every card again.
test('a build from a warm cache is byte-identical to a cold build of the same content', { timeout: 600_000 }, () => {
  const again = mkdtempSync(join(tmpdir(), 'timeline-rebuild-'));
  const cold = mkdtempSync(join(tmpdir(), 'timeline-cold-cache-'));
  try {
    const r = spawnSync('npx', ['astro', 'build', '--silent', '--outDir', again], {
      encoding: 'utf8',
      env: { ...process.env, OG_CACHE_DIR: cold },
    });
    assert.equal(r.status, 0, r.stderr);
    const first = walk(distDir);
    const second = walk(again);
    assert.deepEqual(second, first, 'the same files');
    const differing = first.filter((f) => !readFileSync(join(distDir, f)).equals(readFileSync(join(again, f))));
    assert.deepEqual(differing, [], 'the same bytes');
    assert.ok(
      readdirSync(cold, { recursive: true }).some((f) => String(f).endsWith('.png')),
      'the cold build drew its cards',
    );
  } finally {
    rmSync(again, { recursive: true, force: true });
    rmSync(cold, { recursive: true, force: true });
  }
});
