import type { APIRoute } from 'astro';
import { getCatalogue, getMoves } from '../../data/content';
import { openDataFile, toOpenDataMoves } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('moves.json needs `site` in astro.config.mjs for absolute URLs');
  const figures = Object.fromEntries((await getMoves()).map((move) => [move.id, move.data.figure]));
  const body = openDataFile(toOpenDataMoves(await getCatalogue(), site, figures), site);
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
