import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledEntry } from '../../src/cli/worker-bundle.ts';

const entry = new URL('../../src/cli/plan-worker.ts', import.meta.url);
const madeFrom = (text: string) => JSON.parse(text.slice(3, text.indexOf('\n'))) as { key: string; inputs: string[] };

test('the ingest workers load one bundle that records the files it was made from', async () => {
  const url = await bundledEntry(entry);
  assert.match(url.pathname, /node_modules\/\.cache\/ingest-worker\/plan-worker\.mjs$/);
  const { key, inputs } = madeFrom(readFileSync(fileURLToPath(url), 'utf8'));
  assert.match(key, /^[0-9a-f]{64}$/);
  for (const file of ['src/cli/plan-worker.ts', 'src/cli/plan.ts', 'src/lib/pipeline.ts', 'src/lib/data/people.json'])
    assert.ok(inputs.includes(file), file);
});

test('a bundle no longer made from the files as they are is made again', async () => {
  const file = fileURLToPath(await bundledEntry(entry));
  const text = readFileSync(file, 'utf8');
  const made = madeFrom(text);
  // As if one of its files had changed since: the hash it records is no longer theirs.
  // Renamed into place, as ingest writes it: an ingest running meanwhile never reads half of it.
  writeFileSync(`${file}.test.tmp`, `// ${JSON.stringify({ ...made, key: '0'.repeat(64) })}${text.slice(text.indexOf('\n'))}`);
  renameSync(`${file}.test.tmp`, file);
  const again = fileURLToPath(await bundledEntry(entry));
  assert.equal(again, file);
  assert.equal(madeFrom(readFileSync(again, 'utf8')).key, made.key);
});
