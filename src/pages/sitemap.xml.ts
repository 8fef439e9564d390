import type { APIRoute } from 'astro';
import { getContent } from '../data/content';
import { entryUrl } from '../lib/content/urls';

/** Every page of the site, derived from the content (the crawl in the site checker starts here). */
export const GET: APIRoute = async ({ site }) => {
  const { moves, muscles, guides } = await getContent();
  const paths = [
    '/', '/muscles/', '/warm-ups/', '/exercises/', '/stretches/', '/guides/', '/routine/', '/progress/', '/search/',
    ...muscles.map((m) => entryUrl('muscles', m.id)),
    ...moves.map((m) => m.url),
    ...guides.map((g) => entryUrl('guides', g.id)),
  ];
  const urls = paths.map((path) => `  <url><loc>${new URL(path, site)}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};
