/**
 * Link previews: each move's and muscle's Open Graph card (src/lib/og/card.ts), prepared from its
 * frontmatter and drawing, and rendered to a 1200 x 630 PNG at build time: satori lays out the
 * text (the font comes from an npm package, read from node_modules), resvg paints the PNG.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { OG_FONT_FAMILY, OG_SIZE, ogCardTree, svgAspect, type OgCard } from '../lib/og/card';
import { muscleDrawingSvg } from '../lib/og/muscle-drawing';
import { ENTRY_TYPE_LABEL, KIND_LABEL } from '../lib/content/vocabulary';
import { entryUrl } from '../lib/content/urls';
import { getMoves, getMuscles } from './content';
import { getMapMuscles } from './body-map';
import { moveFigureFile, moveFigureView } from './figures';

export interface OgPage {
  /** The page's URL, e.g. /exercises/band-row/. */
  pageUrl: string;
  card: OgCard;
  /** The image's description for og:image:alt. */
  alt: string;
}

/** Where a page's card is served: /og/exercises/band-row.png for /exercises/band-row/. */
export const ogImageUrl = (pageUrl: string) => `/og${pageUrl.replace(/\/$/, '')}.png`;

let pages: Promise<OgPage[]> | undefined;

/** Every move's and muscle's card, in one memoised list (the pages and the images both read it). */
export function getOgPages(): Promise<OgPage[]> {
  pages ??= (async () => {
    const moves = (await getMoves()).map((move): OgPage => {
      const svg = moveFigureFile(move);
      return {
        pageUrl: move.url,
        card: { kind: KIND_LABEL[move.kind], title: move.data.title, summary: move.data.summary, drawing: { svg, aspect: svgAspect(svg) } },
        alt: `${move.data.title}, drawn: ${moveFigureView(move).label}`,
      };
    });
    const shapes = await getMapMuscles();
    const muscles = (await getMuscles()).flatMap((muscle): OgPage[] => {
      const shape = shapes.find((m) => m.id === muscle.id);
      if (!shape) return [];
      const svg = muscleDrawingSvg(shape, shapes);
      return [{
        pageUrl: entryUrl('muscles', muscle.id),
        card: { kind: ENTRY_TYPE_LABEL.muscle, title: muscle.data.title, summary: muscle.data.summary, drawing: { svg, aspect: svgAspect(svg) } },
        alt: `${muscle.data.title}, shaded on a drawing of the body seen from the ${shape.view}.`,
      }];
    });
    return [...moves, ...muscles];
  })();
  return pages;
}

/** The card of one page, or undefined for pages without one (they keep the site's image). */
export async function getOgPage(pageUrl: string): Promise<OgPage | undefined> {
  return (await getOgPages()).find((page) => page.pageUrl === pageUrl);
}

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = (weight: 400 | 700) => require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`);
  fonts ??= Promise.all(([400, 700] as const).map(async (weight) => ({ name: OG_FONT_FAMILY, data: await readFile(file(weight)), weight, style: 'normal' as const })));
  return fonts;
}

/**
 * Cards drawn by an earlier build, by the hash of their layout: a build redraws only what changed.
 * UPRIGHT_OG_CACHE_DIR moves it (the scale benchmark points it at an empty folder: a cold build).
 */
const CACHE_DIR = process.env.UPRIGHT_OG_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'upright-og');

export async function renderOgPng(card: OgCard): Promise<ArrayBuffer> {
  const tree = ogCardTree(card);
  const cached = join(CACHE_DIR, `${createHash('sha256').update(JSON.stringify(tree)).digest('hex').slice(0, 20)}.png`);
  const png = await readFile(cached).catch(async () => {
    const svg = await satori(tree as Parameters<typeof satori>[0], { ...OG_SIZE, fonts: await loadFonts() });
    const drawn = new Resvg(svg, { fitTo: { mode: 'width', value: OG_SIZE.width }, font: { loadSystemFonts: false } }).render().asPng();
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(cached, drawn);
    return drawn;
  });
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
