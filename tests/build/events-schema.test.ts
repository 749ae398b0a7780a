import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readDist } from '../helpers/dist.ts';

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // ajv-formats is CommonJS: under Node's ESM loader its plugin is the default export's `default`.
  (addFormats as unknown as { default: typeof addFormats }).default(ajv);
  return ajv.compile(JSON.parse(readDist('events.schema.json')) as Record<string, unknown>);
}

test('/events.json validates against /events.schema.json, and a broken record does not', () => {
  const validate = validator();
  const data = JSON.parse(readDist('events.json')) as { events: Record<string, unknown>[] };
  assert.ok(data.events.length > 0);
  assert.ok(validate(data), JSON.stringify(validate.errors?.slice(0, 3)));
  const broken = structuredClone(data);
  broken.events[0]!.date = '2024/01/02';
  delete broken.events[0]!.sources;
  assert.equal(validate(broken), false);
  assert.deepEqual(new Set(validate.errors!.map((e) => e.instancePath || e.params)).size >= 1, true);
});
