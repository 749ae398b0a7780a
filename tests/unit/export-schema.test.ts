import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eventsJsonSchema } from '../../src/lib/export/record-schema.ts';

test('public/events.schema.json is the one generated from the export record schema (npm run schema)', () => {
  assert.equal(readFileSync('public/events.schema.json', 'utf8'), eventsJsonSchema());
});
