import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readDist } from '../helpers/dist.ts';

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readDist('events.schema.json')));
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
