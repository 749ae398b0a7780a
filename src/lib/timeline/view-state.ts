/**
 * What the address bar holds: the filters, the range in view and the selected
 * event, so a copied address reopens the same view. Also the filter predicate.
 */
import type { EventType } from '../schema.ts';
import { typeCodes as eventTypes } from './codes.ts';
import type { TimelineData, TimelineItem } from './timeline-data.ts';

/** The view as the URL describes it. */
export interface ViewState {
  types: EventType[];
  actor: string | null;
  pair: string | null;
  q: string;
  /** The range in view, YYYY-MM-DD, inclusive. */
  from: string | null;
  to: string | null;
  event: string | null;
  /** Lanes side by side, by actor or by country pair. */
  lanes: 'actor' | 'pair' | null;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the view from URL search parameters, ignoring anything malformed. */
export function parseViewState(params: URLSearchParams): ViewState {
  const types = (params.get('type') ?? '').split(',').filter((t): t is EventType => (eventTypes as readonly string[]).includes(t));
  const day = (k: string) => {
    const v = params.get(k);
    return v && DAY_RE.test(v) ? v : null;
  };
  return {
    types: [...new Set(types)],
    actor: params.get('actor') || null,
    pair: params.get('pair') || null,
    q: (params.get('q') ?? '').trim(),
    from: day('from'),
    to: day('to'),
    event: params.get('event') || null,
    lanes: params.get('lanes') === 'actor' || params.get('lanes') === 'pair' ? (params.get('lanes') as 'actor' | 'pair') : null,
  };
}

/** Writes the view as a query string ('' when it is the default view). */
export function viewStateQuery(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.types.length && state.types.length < eventTypes.length) params.set('type', state.types.join(','));
  if (state.actor) params.set('actor', state.actor);
  if (state.pair) params.set('pair', state.pair);
  if (state.q) params.set('q', state.q);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.event) params.set('event', state.event);
  if (state.lanes) params.set('lanes', state.lanes);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when any filter (not the range or the selection) is set. */
export function isFiltered(state: ViewState): boolean {
  return (state.types.length > 0 && state.types.length < eventTypes.length) || !!state.actor || !!state.pair || !!state.q;
}

/** A predicate for the events the filters keep. */
export function itemFilter(state: ViewState, data: TimelineData): (item: TimelineItem) => boolean {
  const types = state.types.length ? new Set(state.types) : null;
  const actor = state.actor ? data.actors.findIndex(([key]) => key === state.actor) : -1;
  const pair = state.pair ? data.pairs.findIndex(([key]) => key === state.pair) : -1;
  const q = state.q.toLowerCase();
  return (item) =>
    (!types || types.has(item.type)) &&
    (!state.actor || item.actors.includes(actor)) &&
    (!state.pair || item.pairs.includes(pair)) &&
    (!q || item.search.includes(q));
}
