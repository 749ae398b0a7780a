/**
 * The search records of the site: one per event and one per article. Their content is
 * the encoded token text (see search-token.ts); their meta carries what the results list
 * shows in the original script, including each article's passages so that a result can
 * link to the passage that matched.
 */
import { locationOf, topicOf } from '../schema.ts';
import type { SiteArticle, SiteEvent } from '../archive/collect.ts';
import { formatPartialDate, typeLabel } from '../export/labels.ts';
import { eventActors } from '../export/event-record.ts';
import { segment, type Lexicon } from './segment.ts';
import { encodeToken } from './search-token.ts';

/** One record for the search index (the shape of a custom record). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  /** Kind and type are in `meta`: Pagefind writes filters in hash order, so builds would differ. */
  meta: Record<string, string>;
}

/** The language every record is filed under: one index for both scripts. */
export const SEARCH_LANGUAGE = 'zh';

/** Unique encoded tokens of several texts: repeats add nothing to a match and cost index time. */
function tokenText(texts: readonly string[], lexicon: Lexicon): string {
  const seen = new Set<string>();
  for (const t of texts) for (const token of segment(t, lexicon)) seen.add(encodeToken(token));
  return [...seen].join(' ');
}

/** The record of an event: its title, kind (通話, Call…), summary, actors, topic and source passages. */
export function eventSearchRecord(event: SiteEvent, lexicon: Lexicon, base: string): SearchRecord {
  const actors = eventActors(event);
  const first = event.sources[0];
  return {
    url: `${base}events/${event.id}/`,
    content: tokenText(
      [
        event.title,
        event.titleEn ?? '',
        typeLabel(event.type),
        typeLabel(event.type, 'en'),
        event.summary,
        topicOf(event) ?? '',
        locationOf(event) ?? '',
        ...actors.flatMap((a) => [a.name, a.en ?? '']),
        ...event.sources.map((s) => s.text),
      ],
      lexicon,
    ),
    language: SEARCH_LANGUAGE,
    meta: {
      kind: 'event',
      title: event.title,
      date: formatPartialDate(event.date),
      type: typeLabel(event.type),
      excerpt: event.summary || first?.text || '',
      passage: first ? `${base}articles/${first.article}/#${first.passage}` : '',
    },
  };
}

/** The record of an article: all its passages, with their ids and texts in the meta. */
export function articleSearchRecord(article: SiteArticle, lexicon: Lexicon, base: string): SearchRecord {
  return {
    url: `${base}articles/${article.slug}/`,
    content: tokenText([article.data.title, ...article.passages.map((p) => p.text)], lexicon),
    language: SEARCH_LANGUAGE,
    meta: {
      kind: 'article',
      title: article.data.title,
      date: formatPartialDate(article.data.published),
      outlet: article.data.outlet,
      passages: JSON.stringify(article.passages.map((p) => [p.id, p.text])),
    },
  };
}
