/**
 * The pipeline: a decoded page and its metadata in, the article and its events out.
 * The page is repaired into stories and passages (ingest/), its events are extracted
 * (extract/), and the frontmatter is validated against the shared schema; the Markdown
 * to write comes from it. Pure: the publication date, hash and file name are arguments.
 */
import { articleSchema, type ArticleFrontmatter, type Passage, type Story, type TimelineEvent } from './schema.ts';
import { extractEvents } from './extract/index.ts';
import { renderArticle } from './ingest/markdown.ts';
import { parsePage } from './ingest/page.ts';

/** What is known about one raw page before it is converted. */
export interface PageInput {
  text: string;
  /** The source file as recorded in frontmatter (relative, forward slashes). */
  file: string;
  sha256: string;
  encoding: string;
  published: string;
  outlet: string;
  /** Optional metadata from the sidecar. */
  title?: string | undefined;
  page?: string | undefined;
  url?: string | undefined;
}

/** An article ready to be written or printed. */
export interface BuiltArticle {
  frontmatter: ArticleFrontmatter;
  language: 'zh-Hant' | 'zh-Hans';
  stories: Story[];
  passages: Passage[];
  /** The events with the rules behind each (`because`), as `extract` prints them. */
  events: TimelineEvent[];
}

/** Repairs the page, finds its events and assembles the frontmatter. */
export function buildArticle(input: PageInput): BuiltArticle {
  const page = parsePage(input.text);
  if (page.passages.length === 0) throw new Error('the page holds no text to convert');
  const events = extractEvents({
    passages: page.passages,
    stories: page.stories,
    published: input.published,
    outlet: input.outlet,
    language: page.language,
  });
  const frontmatter = validate(
    {
      title: input.title?.trim() || page.title,
      outlet: input.outlet,
      published: input.published,
      language: page.language,
      source: {
        file: input.file,
        sha256: input.sha256,
        ...(input.page ? { page: input.page } : {}),
        ...(input.url ? { url: input.url } : {}),
        encoding: input.encoding,
      },
      stories: page.stories,
      // The rules behind an event are for the extractor's users, not the page.
      events: events.map(({ because: _rules, ...event }) => event),
      generated: '0'.repeat(16),
    },
    page.passages,
  );
  const because = new Map(events.map((e) => [e.id, e.because]));
  const traced = frontmatter.events.map((e) => (because.get(e.id) ? { ...e, because: because.get(e.id)! } : e));
  return { frontmatter, language: page.language, stories: page.stories, passages: page.passages, events: traced };
}

/** Checks frontmatter against the schema and every event's passages against the body. */
export function validate(data: unknown, passages: readonly Passage[]): ArticleFrontmatter {
  const result = articleSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`frontmatter field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const ids = new Set(passages.map((p) => p.id));
  const stories = new Set(result.data.stories.map((s) => s.id));
  for (const p of passages)
    if (!stories.has(p.story)) throw new Error(`passage ${p.id} belongs to story ${p.story}, which is not in stories`);
  for (const e of result.data.events) {
    for (const id of e.passages)
      if (!ids.has(id)) throw new Error(`event ${e.id} points at passage ${id}, which the article does not have`);
  }
  return result.data;
}

/**
 * Events an editor marked `reviewed: true` in the old article replace the new
 * events of the same id or are added after them.
 */
export function keepReviewed(fresh: readonly TimelineEvent[], old: readonly TimelineEvent[]): TimelineEvent[] {
  const reviewed = new Map(old.filter((e) => e.reviewed === true).map((e) => [e.id, e]));
  const out = fresh.map((e) => reviewed.get(e.id) ?? e);
  const used = new Set(out.map((e) => e.id));
  for (const e of reviewed.values()) if (!used.has(e.id)) out.push(e);
  return out;
}

/** The Markdown file for an article, its `generated` hash filled in. */
export function articleMarkdown(frontmatter: ArticleFrontmatter, passages: readonly Passage[]): string {
  const { generated: _unused, ...rest } = frontmatter;
  return renderArticle(rest, passages);
}
