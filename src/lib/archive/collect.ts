/**
 * Gathers the events of every article into the site's events: one per id, however
 * many articles report it, each with its sources (article, passage and its text).
 */
import type { ArticleFrontmatter, Passage, TimelineEvent } from '../schema.ts';
import type { SourceRecord } from '../export/record-schema.ts';

/** An article as the site sees it: slug, frontmatter and parsed passages. */
export interface SiteArticle {
  slug: string;
  data: ArticleFrontmatter;
  passages: Passage[];
}

/** Where an event is stated: one passage of one article (its export record without the link). */
export type SourceRef = Omit<SourceRecord, 'url'>;

/** An event merged across articles, with every passage that states it. */
export type SiteEvent = TimelineEvent & { sources: SourceRef[] };

/** Merges the events of `articles` by id; sources follow article and passage order. */
export function collectEvents(articles: readonly SiteArticle[]): SiteEvent[] {
  const byId = new Map<string, SiteEvent>();
  const ordered = [...articles].sort((a, b) => a.data.published.localeCompare(b.data.published) || a.slug.localeCompare(b.slug));
  for (const article of ordered) {
    const passages = new Map(article.passages.map((p) => [p.id, p]));
    const headlines = new Map(article.data.stories.map((s) => [s.id, s.headline]));
    for (const event of article.data.events) {
      const sources = event.passages.flatMap((id): SourceRef[] => {
        const p = passages.get(id);
        return p
          ? [
              {
                article: article.slug,
                outlet: article.data.outlet,
                published: article.data.published,
                passage: id,
                kind: p.kind,
                text: p.text,
                headline: headlines.get(p.story) || article.data.title,
                paragraph: paragraphNumber(article.passages, p),
              },
            ]
          : [];
      });
      const seen = byId.get(event.id);
      if (!seen) {
        byId.set(event.id, { ...event, actors: [...event.actors], participants: [...event.participants], sources });
        continue;
      }
      seen.sources.push(...sources);
      for (const name of event.actors) if (!seen.actors.includes(name)) seen.actors.push(name);
      for (const actor of event.participants) {
        if (!seen.participants.some((a) => (a.id ?? a.name) === (actor.id ?? actor.name))) seen.participants.push(actor);
      }
      // The surest report decides what is still in doubt.
      if (event.confidence > seen.confidence) seen.doubts = event.doubts;
      seen.confidence = Math.max(seen.confidence, event.confidence);
      seen.reviewed = seen.reviewed || event.reviewed;
    }
  }
  return [...byId.values()].sort(compareEvents);
}

const HEADINGS: ReadonlySet<Passage['kind']> = new Set(['headline', 'subheadline']);

/** The place of `passage` among the non-heading passages of its story (1-based), 0 for a heading. */
function paragraphNumber(all: readonly Passage[], passage: Passage): number {
  if (HEADINGS.has(passage.kind)) return 0;
  const story = all.filter((p) => p.story === passage.story && !HEADINGS.has(p.kind));
  return story.indexOf(passage) + 1;
}

/** Orders events by date (undated last), then part of day, then id. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date === null || b.date === null) return a.date === b.date ? a.id.localeCompare(b.id) : a.date === null ? 1 : -1;
  return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}
