/** The articles shipped in content/ are what `npm run ingest` makes of content/sources today. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { planFile } from '../../src/cli/plan.ts';

const sources = join(import.meta.dirname, '../../content/sources');
const articles = join(import.meta.dirname, '../../content/articles');

test('each shipped article is up to date with its source (run npm run ingest after changing layout or extraction)', () => {
  const files = readdirSync(sources).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length > 0);
  for (const f of files) {
    const step = planFile(join(sources, f), { paths: [], force: false, dryRun: true, help: false }, articles);
    assert.equal(step.action, 'unchanged', `${f}: ${step.action}${'note' in step ? ` (${step.note})` : ''}`);
  }
});
