import type { APIRoute, GetStaticPaths } from 'astro';
import { getOgPages, renderOgPng, type OgPage } from '../../data/og';

/** Each move's and muscle's link preview: /og/exercises/band-row.png for /exercises/band-row/. */
export const getStaticPaths = (async () =>
  (await getOgPages()).map((page) => ({ params: { page: page.pageUrl.replace(/^\/|\/$/g, '') }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: OgPage }> = async ({ props }) =>
  new Response(await renderOgPng(props.page.card), { headers: { 'Content-Type': 'image/png' } });
