/**
 * Ids of passages and stories, derived from their own text only, so that they stay
 * the same when other passages are edited, added or removed.
 */
import { shortId } from '../hash.ts';

/** The text an id is made from: Unicode NFC with white space collapsed. */
export function idText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Gives out ids from texts; a text seen before gets -2, -3… after its id. */
export class IdMaker {
  readonly #seen = new Map<string, number>();
  readonly #prefix: string;

  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  /** The id for `text`, unique among those this maker gave out. */
  next(text: string): string {
    const base = shortId(this.#prefix, idText(text));
    const n = (this.#seen.get(base) ?? 0) + 1;
    this.#seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}
