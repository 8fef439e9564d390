import type { APIRoute } from 'astro';
import { getCatalogue, getMuscles } from '../../data/content';
import { openDataFile, toOpenDataMuscles } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('muscles.json needs `site` in astro.config.mjs for absolute URLs');
  const body = openDataFile(toOpenDataMuscles(await getMuscles(), await getCatalogue(), site), site);
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
