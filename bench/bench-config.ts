/**
 * Astro config files for the benchmark's builds of the site: the project's own config,
 * with caches and output kept apart from the project's so runs never touch dist/.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** A Vite plugin (as source) that turns the social-card image routes into empty ones. */
const SKIP_CARDS = `{
  name: 'bench-skip-social-cards',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]src[\\/]pages[\\/]og[\\/]/.test(id)) return null;
    return 'export const getStaticPaths = () => [];\\nexport const GET = () => new Response(null);\\n';
  },
}`;

/**
 * A config file that reuses the project's config but keeps caches and output apart. With
 * `skipCards`, the social-card PNG routes build nothing (the timeline section needs only
 * the home page, and the cards are most of the build time).
 */
export function writeProjectBenchConfig(file: string, projectRoot: string, cacheDir: string, outDir: string, skipCards = false): string {
  const rel = (p: string) => path.relative(path.dirname(file), p).split(path.sep).join('/');
  const vite = skipCards ? `, vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), ${SKIP_CARDS}] }` : '';
  writeFileSync(
    file,
    `import config from '${rel(path.join(projectRoot, 'astro.config.mjs'))}';\n` +
      `export default { ...config, cacheDir: ${JSON.stringify(cacheDir)}, outDir: ${JSON.stringify(outDir)}${vite} };\n`,
  );
  return file;
}
