/** /og/actors/<id>.png: the social card of each actor's page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadShareData, type ActorEntry } from '../../../data/share-data.ts';
import { renderCard, pngResponse } from '../../../data/og-image.ts';
import { actorCard } from '../../../lib/og/specs.ts';

export const getStaticPaths = (async () => {
  const { actors } = await loadShareData();
  return [...actors.values()].map((actor) => ({ params: { id: actor.id }, props: { actor } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { actor } = props as { actor: ActorEntry };
  return pngResponse(await renderCard(actorCard(actor, actor.events.length)));
};
