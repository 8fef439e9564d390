import type { APIRoute, GetStaticPaths } from 'astro';
import { BODY_MAP_VIEWS } from '../../lib/content/vocabulary';
import { backdropSvg, type View } from '../../lib/body-map/figure';
import { getMapMuscles } from '../../data/body-map';

/** The highlight maps' backdrop, one file a view (see backdropSvg). */
export const getStaticPaths = (() => BODY_MAP_VIEWS.map((view) => ({ params: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(backdropSvg(params.view as View, await getMapMuscles()), { headers: { 'Content-Type': 'image/svg+xml' } });
