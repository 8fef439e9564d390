/** What /program/'s element (and /progress/'s program line) loads on use: the engine's moves and their `harder` links. */
import type { APIRoute } from 'astro';
import { getProgramData } from '../../data/program-page';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getProgramData()), { headers: { 'Content-Type': 'application/json' } });
