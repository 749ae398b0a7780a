/**
 * Writes Astro's floor for the build comparison: a minimal project that renders each
 * article Markdown file as one page with the default Markdown pipeline and nothing else,
 * using the project's own Astro (its node_modules is linked in).
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: process.env.ARTICLES_DIR }) }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-Hant"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><Content /></body></html>
`;

/**
 * Creates (or refreshes) a minimal Astro project at `dir` from `files` (paths under it),
 * with its own cache and the project's node_modules linked in; returns its root.
 */
function writeProject(dir: string, projectRoot: string, name: string, files: Record<string, string>): string {
  rmSync(path.join(dir, 'src'), { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }, null, 2));
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\n// Its own cache: node_modules is the project's, linked in.\nexport default defineConfig({ cacheDir: './.cache' });\n",
  );
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  const link = path.join(dir, 'node_modules');
  if (!existsSync(link)) symlinkSync(path.join(projectRoot, 'node_modules'), link, 'dir');
  return dir;
}

/** Creates (or refreshes) the bare project at `dir`; returns its root. */
export function writeBareProject(dir: string, projectRoot: string): string {
  return writeProject(dir, projectRoot, 'bare-astro', { 'src/content.config.ts': CONTENT_CONFIG, 'src/pages/[...slug].astro': PAGE });
}

const TRIVIAL_PAGE = `---
export function getStaticPaths() {
  return Array.from({ length: Number(process.env.BENCH_PAGES) }, (_, i) => ({ params: { id: 'p' + i }, props: { i } }));
}
const { i } = Astro.props;
---
<html lang="zh-Hant"><head><meta charset="utf-8"><title>{i}</title></head><body><p>{i}</p></body></html>
`;

/**
 * Writes the least any site can cost per page: a project whose one route writes
 * BENCH_PAGES pages from a one-line template, with no content collection at all.
 */
export function writeTrivialProject(dir: string, projectRoot: string): string {
  return writeProject(dir, projectRoot, 'trivial-astro', { 'src/pages/[id].astro': TRIVIAL_PAGE });
}
