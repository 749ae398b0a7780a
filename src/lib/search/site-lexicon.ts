/**
 * The names the search keeps whole: every name form in the people data and every actor
 * name in the events. Built the same way for indexing and for the search page.
 */
import people from '../data/people.json' with { type: 'json' };
import type { TimelineEvent } from '../schema.ts';

/** Every name the search should treat as one word, sorted and unique. */
export function lexiconNames(events: readonly Pick<TimelineEvent, 'actors' | 'participants'>[]): string[] {
  const names = new Set<string>();
  for (const p of (people as { people: { names: string[] }[] }).people) for (const n of p.names) names.add(n);
  for (const e of events) {
    for (const n of e.actors) names.add(n);
    for (const p of e.participants) names.add(p.name);
  }
  return [...names].sort();
}
