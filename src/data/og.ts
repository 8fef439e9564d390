/**
 * Link previews: each move's and muscle's Open Graph card (src/lib/og/card.ts), prepared from its
 * frontmatter and drawing, and rendered to a 1200 x 630 PNG at build time by two workers
 * (src/data/og-worker.mjs): satori lays out the text (the font comes from an npm package, read from
 * node_modules), resvg paints the PNG.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
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

/** The card font's files, read by the drawing workers. */
function fontFiles() {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return ([400, 700] as const).map((weight) => ({
    name: OG_FONT_FAMILY, weight, file: require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`),
  }));
}

/**
 * Cards drawn by an earlier build, by the hash of their layout: a build redraws only what changed.
 * UPRIGHT_OG_CACHE_DIR moves it (the scale benchmark points it at an empty folder: a cold build).
 */
const CACHE_DIR = process.env.UPRIGHT_OG_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'upright-og');

/**
 * Two workers draw the cards (src/data/og-worker.mjs): drawing is most of a cold build's time, and
 * this way it runs on the second core while the main thread renders the pages. Each worker draws one
 * card at a time (the others wait here, so memory stays flat), and holds the process open only
 * while it draws, so an idle pool never keeps the build from ending.
 */
const pool = (() => {
  interface Job { tree: unknown; done: (png: Uint8Array) => void; fail: (error: Error) => void }
  interface Slot { worker: Worker; job?: Job }
  const queue: Job[] = [];
  let slots: Slot[] | undefined;
  let fonts: ReturnType<typeof fontFiles> | undefined;
  const dispatch = (slot: Slot) => {
    const job = queue.shift();
    slot.job = job;
    if (!job) return void slot.worker.unref();
    slot.worker.ref();
    fonts ??= fontFiles();
    slot.worker.postMessage({ tree: job.tree, size: OG_SIZE, fonts });
  };
  const start = () => Array.from({ length: Math.min(2, Math.max(1, availableParallelism())) }, () => {
    const slot: Slot = { worker: new Worker(join(process.cwd(), 'src', 'data', 'og-worker.mjs')) };
    slot.worker.unref();
    slot.worker.on('message', ({ png, error }: { png?: Uint8Array; error?: string }) => {
      const job = slot.job;
      if (png) job?.done(png);
      else job?.fail(new Error(`link preview: ${error}`));
      dispatch(slot);
    });
    slot.worker.on('error', (error: Error) => {
      for (const job of [slot.job, ...queue.splice(0)]) job?.fail(error);
    });
    return slot;
  });
  return (tree: unknown): Promise<Uint8Array> => new Promise((done, fail) => {
    queue.push({ tree, done, fail });
    slots ??= start();
    const idle = slots.find((slot) => !slot.job);
    if (idle) dispatch(idle);
  });
})();

const drawn = new Map<string, Promise<ArrayBuffer>>();

/** The card's PNG: from the cache, or drawn by the pool and cached. Memoised per layout, so asking early starts it early. */
export function renderOgPng(card: OgCard): Promise<ArrayBuffer> {
  const tree = ogCardTree(card);
  const key = createHash('sha256').update(JSON.stringify(tree)).digest('hex').slice(0, 20);
  const known = drawn.get(key);
  if (known) return known;
  const cached = join(CACHE_DIR, `${key}.png`);
  const made = readFile(cached).catch(async () => {
    const png = Buffer.from(await pool(tree));
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(cached, png);
    return png;
  }).then((png) => png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  // Started before it is awaited (startOgRendering): a failure is reported where it is awaited.
  made.catch(() => {});
  drawn.set(key, made);
  return made;
}

/** Starts drawing every card at once, so the workers draw while the pages render (the image route's getStaticPaths). */
export function startOgRendering(pages: OgPage[]): void {
  for (const page of pages) void renderOgPng(page.card);
}
