/**
 * The link preview card (Open Graph image, 1200 x 630): the page's kind, its name, its summary and
 * its drawing (a move's figure, a muscle on the body map), laid out as the element tree satori
 * turns into SVG. Pure: the drawing comes in as SVG text, the fonts are the renderer's business.
 */

export const OG_SIZE = { width: 1200, height: 630 } as const;
export const OG_FONT_FAMILY = 'Atkinson Hyperlegible';

/** Light-theme colours of the site (tailwind.config.cjs): the card is an image, so one theme. */
const COLOURS = { page: '#f7f5f0', panel: '#ffffff', ink: '#1d2530', muted: '#3d4754', accent: '#0b5d6b', line: '#d5d9de' } as const;

export interface OgCard {
  /** "Exercise", "Muscle", ...: said above the name. */
  kind: string;
  title: string;
  summary: string;
  /** A standalone SVG drawing and its aspect ratio (width / height). */
  drawing: { svg: string; aspect: number };
}

/** The element-tree node satori reads (React's shape, without React). */
export interface OgNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: OgNode | string | (OgNode | string)[]; src?: string; width?: number; height?: number };
}

const node = (type: string, style: Record<string, string | number>, children?: OgNode | string | (OgNode | string)[]): OgNode => ({ type, props: { style, children } });

/**
 * A long summary is cut at a word, so the card never overflows (satori does not clip text). 190
 * characters of the 32 px text take five lines beside a name on two lines (the most a name
 * takes), with a sixth to spare for long words.
 */
export function fitSummary(summary: string, maxChars = 190): string {
  if (summary.length <= maxChars) return summary;
  const cut = summary.slice(0, maxChars);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:.]$/, '')}…`;
}

/** The name's size: shorter names bigger, a long one still on two lines at most. */
export function titleSize(title: string): number {
  if (title.length <= 14) return 80;
  if (title.length <= 24) return 68;
  return 56;
}

/** The drawing's box inside the right-hand panel, keeping its aspect ratio. */
export function drawingBox(aspect: number, box = { width: 400, height: 470 }): { width: number; height: number } {
  const safe = Number.isFinite(aspect) && aspect > 0 ? aspect : 1;
  return safe > box.width / box.height
    ? { width: box.width, height: Math.round(box.width / safe) }
    : { width: Math.round(box.height * safe), height: box.height };
}

export function ogCardTree(card: OgCard): OgNode {
  const box = drawingBox(card.drawing.aspect);
  const image: OgNode = {
    type: 'img',
    props: { src: `data:image/svg+xml;base64,${Buffer.from(card.drawing.svg).toString('base64')}`, width: box.width, height: box.height },
  };
  return node('div', { width: OG_SIZE.width, height: OG_SIZE.height, display: 'flex', backgroundColor: COLOURS.page, color: COLOURS.ink, fontFamily: OG_FONT_FAMILY, padding: 56, gap: 48 }, [
    // Fixed widths: satori gives a text column its content's width, which would push the panel off the card.
    node('div', { display: 'flex', flexDirection: 'column', width: OG_SIZE.width - 2 * 56 - 48 - 440, gap: 28 }, [
      node('div', { fontSize: 30, fontWeight: 700, color: COLOURS.accent }, `Upright · ${card.kind}`),
      node('div', { fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.08 }, card.title),
      node('div', { fontSize: 32, lineHeight: 1.35, color: COLOURS.muted }, fitSummary(card.summary)),
    ]),
    node('div', { display: 'flex', width: 440, height: OG_SIZE.height - 2 * 56, alignItems: 'center', justifyContent: 'center', backgroundColor: COLOURS.panel, border: `2px solid ${COLOURS.line}`, borderRadius: 28 }, image),
  ]);
}

/** The aspect ratio of a standalone SVG, from its width and height or its viewBox. */
export function svgAspect(svg: string): number {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(open)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1]);
  if (width > 0 && height > 0) return width / height;
  const box = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(open);
  return box ? Number(box[1]) / Number(box[2]) : 1;
}
