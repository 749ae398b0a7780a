/**
 * The search index in parts: the archive's search records cut by year into parts of a
 * bounded size, one Pagefind index each (see integrations/search-index.ts), so indexing
 * takes as much memory for 50,000 articles as for 5,000.
 */
import type { SiteArticle, SiteEvent } from '../lib/archive/collect.ts';
import { eventYear } from './event-years.ts';

/**
 * The most records one part holds, so one Pagefind index holds (SEARCH_PART_RECORDS sets
 * another): Pagefind's process takes about 0.07 MB a record while it indexes (1.42 GB for
 * 20,000 records at 5,000 articles), so about 350 MB for a part of 5,000.
 */
export const PART_RECORDS = Number(process.env.SEARCH_PART_RECORDS) || 5000;

/**
 * The most records consecutive years are grouped into (a year with more is a part of its
 * own, up to PART_RECORDS): a part's index is kept from one build to the next while its
 * records are unchanged, so a corrected article re-indexes at most about this many records.
 */
export const GROUP_RECORDS = 1000;

/**
 * One part of the search records: a name (its year, `2019-2015` for the years it groups,
 * `2019.2` for a year's second piece) and what it indexes.
 */
export interface SearchPart {
  name: string;
  events: SiteEvent[];
  articles: SiteArticle[];
}

/**
 * The archive cut into parts of at most `max` records: years newest first (undated last),
 * consecutive years grouped while they fit in `group` records, a year with more than `max`
 * records cut into pieces.
 */
export function searchParts(
  articles: readonly SiteArticle[],
  events: readonly SiteEvent[],
  max = PART_RECORDS,
  group = Math.min(GROUP_RECORDS, max),
): SearchPart[] {
  const byYear = new Map<string, { events: SiteEvent[]; articles: SiteArticle[] }>();
  const of = (year: string) => {
    let y = byYear.get(year);
    if (!y) byYear.set(year, (y = { events: [], articles: [] }));
    return y;
  };
  for (const e of events) of(eventYear(e)).events.push(e);
  for (const a of articles) of(/^\d{4}/.exec(a.data.published)?.[0] ?? 'undated').articles.push(a);
  const years = [...byYear.keys()].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : b.localeCompare(a)));
  const parts: SearchPart[] = [];
  let run: { years: string[]; events: SiteEvent[]; articles: SiteArticle[] } | undefined;
  const close = () => {
    if (run) parts.push({ name: run.years.length === 1 ? run.years[0]! : `${run.years[0]}-${run.years.at(-1)}`, ...run });
    run = undefined;
  };
  for (const year of years) {
    const { events: evs, articles: arts } = byYear.get(year)!;
    const size = evs.length + arts.length;
    if (size > max) {
      close();
      for (let i = 0; i * max < size; i++) {
        // Records i*max … (i+1)*max of the year's events followed by its articles.
        const from = i * max;
        const to = from + max;
        parts.push({
          name: i === 0 ? year : `${year}.${i + 1}`,
          events: evs.slice(from, to),
          articles: arts.slice(Math.max(0, from - evs.length), Math.max(0, to - evs.length)),
        });
      }
      continue;
    }
    if (run && run.events.length + run.articles.length + size > group) close();
    run ??= { years: [], events: [], articles: [] };
    run.years.push(year);
    run.events.push(...evs);
    run.articles.push(...arts);
  }
  close();
  return parts.length ? parts : [{ name: 'undated', events: [], articles: [] }];
}
