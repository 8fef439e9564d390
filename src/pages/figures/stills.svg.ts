import type { APIRoute } from 'astro';
import { getMoves } from '../../data/content';
import { moveFigureFile } from '../../data/figures';
import { stillsSprite } from '../../lib/stills/sprite';

/** Every move's still in one file, a <view> each: the cards' and the plan's thumbnails. */
export const GET: APIRoute = async () =>
  new Response(stillsSprite((await getMoves()).map((move) => ({ id: move.id, svg: moveFigureFile(move) }))), { headers: { 'Content-Type': 'image/svg+xml' } });
