/**
 * The URL id of an actor: the people data's id when the extractor found one, else an id
 * derived from the name, so every page (event, actor, timeline) links to the same actor.
 */
import type { Actor } from '../schema.ts';
import { foldScript } from '../search/fold.ts';
import { hash64 } from '../hash.ts';

/** URL-safe id of `actor`: its data id, else a slug of its English name, else a hash of its folded name. */
export function actorId(actor: Pick<Actor, 'name' | 'id' | 'en'>): string {
  if (actor.id) return actor.id;
  const fromEnglish = slugify(actor.en ?? '');
  if (fromEnglish) return fromEnglish;
  // Traditional and Simplified spellings of one name must give one id.
  return 'a-' + hash64(foldScript(actor.name.trim())).slice(0, 10);
}

/** Lower-case ASCII slug of `text`: letters and digits joined by single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
