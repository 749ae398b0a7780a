/** /og/articles/<slug>.png: the social card of each article page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { renderCard, pngResponse } from '../../../data/og-image.ts';
import { articleCard } from '../../../lib/og/specs.ts';
import type { SiteArticle } from '../../../lib/site/collect.ts';

export const getStaticPaths = (async () => {
  const { articles } = await loadSite();
  return articles.map((article) => ({ params: { slug: article.slug }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await renderCard(articleCard((props as { article: SiteArticle }).article)));
