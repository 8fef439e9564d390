/**
 * A figure file of its own (/figures/<slug>.svg) is also what the link-preview card paints with
 * resvg, which is not a browser: it resolves `currentColor` where a property is declared, not
 * where it is inherited. A file that set `stroke="currentColor"` once at the top and the colours
 * on inner groups painted every limb black in the previews while browsers drew it teal. Each
 * move's file is painted here with resvg, as the card is, and must show the figure's colours.
 */
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { loadMoves } from '../../support/content';
import { views3 } from '../../../src/lib/figure/scene3d';
import { standaloneSvg } from '../../../src/lib/figure/standalone';

/** The body's tone in a file of its own (standalone.ts), as red, green, blue. */
const BODY = [0x2b, 0x8a, 0x99];
const near = (pixel: number[], colour: number[]) => pixel.every((value, i) => Math.abs(value - colour[i]!) <= 12);

/** Counts of opaque pixels that are the body's colour and that are near black, on white. */
function paint(svg: string) {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 200 }, background: '#ffffff', font: { loadSystemFonts: false } }).render();
  // `pixels` copies the whole image at each read: read it once.
  const pixels = image.pixels;
  let body = 0;
  let black = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const pixel = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
    if (near(pixel, BODY)) body++;
    if (pixel.every((value) => value < 60)) black++;
  }
  return { body, black, all: image.width * image.height };
}

describe('figure files painted as the link previews paint them', () => {
  for (const move of loadMoves()) {
    it(`${move.id}: the figure keeps its colours (no black limbs)`, () => {
      const svg = standaloneSvg(views3(move.data.figure)[0]!, move.data.title);
      const { body, black, all } = paint(svg);
      // No tone of a figure file is near black: a black pixel is a colour lost on the way.
      expect(black, 'near-black pixels').toBe(0);
      expect(body / all, 'share of the picture in the body colour').toBeGreaterThan(0.01);
    });
  }
});
