/**
 * npm run --silent extract -- <file> --published YYYY-MM-DD [--outlet NAME]
 *
 * Prints, without writing anything, one JSON object (ExtractOutput in schema.ts):
 *   {"article": {"slug", "title", "outlet", "published", "language",
 *                "stories": [{"id", "headline"}], "passages": [{"id", "kind", "story", "text"}]},
 *    "events": [...]}   (events as in article frontmatter)
 * --published and --outlet fall back to the page's sidecar (<name>.meta.json).
 * On error: one line on stderr, a non-zero exit and nothing on stdout.
 */
import type { ExtractOutput } from '../lib/schema.ts';
import { buildArticle } from '../lib/pipeline.ts';
import { parseOptions, UsageError } from './args.ts';
import { InputError, publishedOf, readSource } from './source.ts';

const USAGE = 'npm run --silent extract -- <file> --published YYYY-MM-DD [--outlet NAME]';

function main(argv: string[]): string {
  const options = parseOptions(argv, USAGE);
  if (options.help) return `Usage: ${USAGE}`;
  if (options.paths.length !== 1) throw new UsageError(`give exactly one file. Usage: ${USAGE}`);
  const source = readSource(options.paths[0]!);
  const published = publishedOf(source, options.published);
  const outlet = options.outlet ?? source.sidecar.outlet ?? '';
  const built = buildArticle({
    text: source.text,
    file: source.file,
    sha256: source.sha256,
    encoding: source.encoding,
    published,
    // The schema wants an outlet; the printed article keeps the one given, even empty.
    outlet: outlet || 'unknown',
    title: source.sidecar.title,
  });
  const output: ExtractOutput = {
    article: {
      slug: source.slug,
      title: built.frontmatter.title,
      outlet,
      published,
      language: built.language,
      stories: built.stories,
      passages: built.passages,
    },
    events: built.events,
  };
  return JSON.stringify(output);
}

try {
  const out = main(process.argv.slice(2));
  process.stdout.write(out + '\n');
} catch (err) {
  const known = err instanceof UsageError || err instanceof InputError;
  const message = known ? err.message : `${(err as Error).message ?? String(err)}`;
  process.stderr.write(`extract: ${message.split('\n')[0]}\n`);
  process.exitCode = err instanceof UsageError ? 2 : 1;
}
