/**
 * Every move's still of a section in one SVG file (/figures/stills/exercises.svg), each addressable
 * by its own <view> (`/figures/stills/exercises.svg#band-row`): a page of cards loads one small file, compressed as a whole,
 * instead of a file a card, and the drawings' shared parts cost once. Built from the standalone
 * still files as they are (whatever draws them): each is nested at its own place, without its
 * <title> (a thumbnail is decorative), and identical <style> blocks are kept once.
 * Pure text in, text out.
 */

export interface StillFile {
  /** The move's slug: the view's id. */
  id: string;
  /** The standalone still, a whole <svg> document with width, height and viewBox. */
  svg: string;
}

interface Parsed {
  width: number;
  height: number;
  viewBox: string;
  body: string;
  styles: string[];
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** A still's size, viewBox, inner drawing and style blocks; throws on a file that is not one. */
export function parseStill(svg: string, id: string): Parsed {
  const open = /<svg\b[^>]*>/.exec(svg);
  const end = svg.lastIndexOf('</svg>');
  const width = Number(attribute(open?.[0] ?? '', 'width'));
  const height = Number(attribute(open?.[0] ?? '', 'height'));
  if (!open || end < 0 || !(width > 0) || !(height > 0)) throw new Error(`the still of ${id} has no <svg> with a width and a height`);
  let body = svg.slice(open.index + open[0].length, end).replace(/<title>[\s\S]*?<\/title>/g, '');
  const styles: string[] = [];
  body = body.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
    styles.push(css);
    return '';
  });
  return { width, height, viewBox: attribute(open[0], 'viewBox') ?? `0 0 ${width} ${height}`, body, styles };
}

/** The thumbnails' shape (cards 96 x 72, the plan 48 x 36): each view is a cell of this ratio. */
export const CELL_RATIO = 4 / 3;

/**
 * The sprite: the stills stacked top to bottom, each centred in a 4:3 cell that its <view> shows
 * (so a 4:3 thumbnail shows exactly its cell), with a third of the tallest cell between cells (so a
 * square box, the player's, which shows more above and below, still shows nothing of a neighbour).
 */
export function stillsSprite(stills: readonly StillFile[]): string {
  const parsed = stills.map(({ id, svg }) => {
    if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`"${id}" cannot be a view id`);
    const still = parseStill(svg, id);
    const cellWidth = Math.max(still.width, still.height * CELL_RATIO);
    return { id, still, cellWidth, cellHeight: cellWidth / CELL_RATIO };
  });
  const gap = Math.ceil(Math.max(0, ...parsed.map((p) => p.cellHeight)) / 3);
  const round = (n: number) => Math.round(n * 10) / 10;
  let y = 0;
  const styles = new Set<string>();
  const parts: string[] = [];
  for (const { id, still, cellWidth, cellHeight } of parsed) {
    for (const css of still.styles) styles.add(css);
    const x = round((cellWidth - still.width) / 2);
    const top = round(y + (cellHeight - still.height) / 2);
    parts.push(
      `<view id="${id}" viewBox="0 ${round(y)} ${round(cellWidth)} ${round(cellHeight)}"/>` +
        `<svg x="${x}" y="${top}" width="${still.width}" height="${still.height}" viewBox="${still.viewBox}">${still.body}</svg>`,
    );
    y += cellHeight + gap;
  }
  const width = Math.ceil(Math.max(0, ...parsed.map((p) => p.cellWidth)));
  const height = Math.ceil(y);
  const style = styles.size ? `<style>${[...styles].join('')}</style>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${style}${parts.join('')}</svg>\n`;
}

/**
 * A move's thumbnail address: its view in its section's sprite (/figures/stills/exercises.svg),
 * the section read from the move's page URL, so an index page loads only its own moves' stills.
 */
export const STILLS_DIR = '/figures/stills';
export const stillsSection = (pageUrl: string) => pageUrl.split('/').filter(Boolean)[0] ?? '';
export const stillUrl = (pageUrl: string, id: string) => `${STILLS_DIR}/${stillsSection(pageUrl)}.svg#${id}`;
/** A move's own figure files: its start and end stills (the sprites hold only the end poses) and its moving figure. */
export const startStillUrl = (id: string) => `/figures/start/${id}.svg`;
export const endStillUrl = (id: string) => `/figures/${id}.svg`;
export const motionFigureUrl = (id: string) => `/figures/motion/${id}.svg`;
