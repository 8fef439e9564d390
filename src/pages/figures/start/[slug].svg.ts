import type { APIRoute, GetStaticPaths } from 'astro';
import { getMoves, type Move } from '../../../data/content';
import { moveFigureFile } from '../../../data/figures';

/** Each move's start still as a file of its own, for the player (CC BY 4.0, like the open data). */
export const getStaticPaths = (async () => (await getMoves()).map((move) => ({ params: { slug: move.id }, props: { move } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ move: Move }> = ({ props }) =>
  new Response(moveFigureFile(props.move, 'start', 120), { headers: { 'Content-Type': 'image/svg+xml' } });
