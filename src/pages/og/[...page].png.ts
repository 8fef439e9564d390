import type { APIRoute, GetStaticPaths } from 'astro';
import { getOgPages, renderOgPng, startOgRendering, type OgPage } from '../../data/og';

/** Each move's and muscle's link preview: /og/exercises/band-row.png for /exercises/band-row/. */
export const getStaticPaths = (async () => {
  const pages = await getOgPages();
  // Drawn in the background from now on, while the other pages render (src/data/og.ts).
  startOgRendering(pages);
  return pages.map((page) => ({ params: { page: page.pageUrl.replace(/^\/|\/$/g, '') }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: OgPage }> = async ({ props }) =>
  new Response(await renderOgPng(props.page.card), { headers: { 'Content-Type': 'image/png' } });
