/**
 * The ingest plan: what to do with each source, decided without writing anything.
 * Applying the plan (apply.ts) is the only step that touches content/articles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventSchema, type TimelineEvent } from '../lib/schema.ts';
import { parseArticle } from '../lib/ingest/markdown.ts';
import { articleMarkdown, buildArticle, keepReviewed, validate } from '../lib/pipeline.ts';
import { InputError, publishedOf, readSource, type Source } from './source.ts';
import { recordedPath, shownPath } from './paths.ts';
import type { Options } from './args.ts';
import { slugCollisions } from './batch.ts';

/** One planned step for one source; `target` is the article's path on disk. */
export type Step =
  | { action: 'create' | 'update'; source: string; target: string; content: string; note: string }
  | { action: 'unchanged'; source: string; target: string }
  | { action: 'kept'; source: string; target: string; note: string }
  | { action: 'fail'; source: string; reason: string };

/** Plans the conversion of `files` into `articlesDir`. */
export function planIngest(files: readonly string[], options: Options, articlesDir: string): Step[] {
  const collisions = slugCollisions(files);
  return files.map((f) => collisions.get(f) ?? planFile(f, options, articlesDir));
}

/** Plans the conversion of one file (whose slug no other file of the batch shares). */
export function planFile(file: string, options: Options, articlesDir: string): Step {
  try {
    return planOne(readSource(file), options, articlesDir);
  } catch (err) {
    const reason = err instanceof InputError ? err.message.slice(err.file.length + 2) : (err as Error).message;
    return { action: 'fail', source: recordedPath(file), reason };
  }
}

function planOne(source: Source, options: Options, articlesDir: string): Step {
  const target = join(articlesDir, `${source.slug}.md`);
  const shownTarget = shownPath(target);
  const outlet = options.outlet ?? source.sidecar.outlet;
  if (!outlet) {
    throw new InputError(source.file, `no outlet: pass --outlet NAME or add "outlet" to ${recordedPath(source.sidecarPath)}`);
  }
  const built = buildArticle({
    text: source.text,
    file: source.file,
    sha256: source.sha256,
    encoding: source.encoding,
    published: publishedOf(source, options.published),
    outlet,
    title: source.sidecar.title,
    page: source.sidecar.page,
    url: source.sidecar.url,
  });
  const content = articleMarkdown(built.frontmatter, built.passages);
  const base = { source: source.file, target };
  if (!existsSync(target)) return { action: 'create', ...base, content, note: '' };
  const existing = readFileSync(target, 'utf8');
  if (existing === content) return { action: 'unchanged', ...base };
  let old: ReturnType<typeof parseArticle> | null = null;
  try {
    old = parseArticle(existing);
  } catch {
    old = null;
  }
  const oldSource = (old?.data.source as { file?: unknown; sha256?: unknown } | undefined) ?? {};
  if (typeof oldSource.file === 'string' && oldSource.file !== source.file) {
    return {
      action: 'fail',
      source: source.file,
      reason: `${shownTarget} already holds the article of ${oldSource.file}: rename this source or remove that article`,
    };
  }
  if (old?.pristine)
    return { action: 'update', ...base, content, note: oldSource.sha256 === source.sha256 ? 'regenerated' : 'source changed' };
  if (!options.force) {
    const hint = 'run with --force to regenerate it (events marked reviewed: true are kept)';
    if (oldSource.sha256 === source.sha256) return { action: 'kept', ...base, note: `edited by hand, left as is; ${hint}` };
    return { action: 'fail', source: source.file, reason: `${shownTarget} was edited by hand and its source changed; left as is: ${hint}` };
  }
  const oldEvents = readEvents(old?.data.events, shownTarget);
  const events = keepReviewed(built.events, oldEvents);
  let frontmatter;
  try {
    frontmatter = validate({ ...built.frontmatter, events }, built.passages);
  } catch (err) {
    throw new Error(`${shownTarget} left as is: ${(err as Error).message}; fix that reviewed event or the source`);
  }
  const kept = oldEvents.filter((e) => e.reviewed === true).length;
  return {
    action: 'update',
    ...base,
    content: articleMarkdown(frontmatter, built.passages),
    note: `edited by hand; regenerated with --force, ${kept} reviewed event(s) kept`,
  };
}

function readEvents(raw: unknown, target: string): TimelineEvent[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new Error(`${target}: "events" is not a list; fix its frontmatter before --force`);
  return raw.map((e, i) => {
    const r = eventSchema.safeParse(e);
    if (!r.success)
      throw new Error(
        `${target}: event ${i + 1} field ${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}; fix it before --force`,
      );
    return r.data;
  });
}
