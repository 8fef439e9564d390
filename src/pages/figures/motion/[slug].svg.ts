import type { APIRoute, GetStaticPaths } from 'astro';
import { getMoves, type Move } from '../../../data/content';
import { moveMotionFile } from '../../../data/figures';

/** Each move's moving figure as a file of its own (CSS keyframes inside; still under reduced motion). */
export const getStaticPaths = (async () => (await getMoves()).map((move) => ({ params: { slug: move.id }, props: { move } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ move: Move }> = ({ props }) =>
  new Response(moveMotionFile(props.move), { headers: { 'Content-Type': 'image/svg+xml' } });
