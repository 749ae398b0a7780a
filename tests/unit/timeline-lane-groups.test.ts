import { test } from 'node:test';
import assert from 'node:assert/strict';
import { laneGroups } from '../../src/lib/timeline/lane-groups.ts';
import type { TimelineItem } from '../../src/lib/timeline/timeline-data.ts';

const item = (actors: number[], pairs: number[] = []) => ({ actors, pairs }) as unknown as TimelineItem;

test('lanes go to the most frequent actors, each event to the first lane it names, the rest to a last lane', () => {
  const items = [item([2]), item([1, 2]), item([2, 5]), item([1]), item([7]), item([3]), item([3])];
  const g = laneGroups(items, 'actor', 2);
  assert.deepEqual(g.keys, [2, 1, -1]);
  assert.deepEqual([...g.of], [0, 0, 0, 1, 2, 2, 2]);
});

test('with every event in a lane there is no lane for the rest; pairs split the same way', () => {
  const g = laneGroups([item([], [4]), item([], [4, 6]), item([], [6])], 'pair', 3);
  assert.deepEqual(g.keys, [4, 6]);
  assert.deepEqual([...g.of], [0, 0, 1]);
  assert.deepEqual(laneGroups([], 'actor').keys, []);
});
