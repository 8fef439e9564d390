import type { APIRoute, GetStaticPaths } from 'astro';
import { getMoves, type Move } from '../../../data/content';
import { moveFigureFile } from '../../../data/figures';
import { stillsSection, stillsSprite } from '../../../lib/stills/sprite';

/** One file a section (warm-ups, exercises, stretches), a <view> a move: the cards' and the plan's thumbnails. */
export const getStaticPaths = (async () => {
  const moves = await getMoves();
  const sections = [...new Set(moves.map((move) => stillsSection(move.url)))];
  return sections.map((section) => ({ params: { section }, props: { moves: moves.filter((move) => stillsSection(move.url) === section) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ moves: Move[] }> = ({ props }) =>
  new Response(stillsSprite(props.moves.map((move) => ({ id: move.id, svg: moveFigureFile(move) }))), { headers: { 'Content-Type': 'image/svg+xml' } });
