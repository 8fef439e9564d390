import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OG_SIZE, drawingBox, fitSummary, ogCardTree, svgAspect, titleSize, type OgNode } from '../../../../src/lib/og/card';
import { muscleDrawingSvg } from '../../../../src/lib/og/muscle-drawing';
import { loadMoves, loadMuscles } from '../../../support/content';

const texts = (node: OgNode | string): string[] => {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
};

describe('the link preview card', () => {
  const card = { kind: 'Exercise', title: 'Band row', summary: 'A row with a band.', drawing: { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="112"></svg>', aspect: 96 / 112 } };

  it('is 1200 x 630 and says the kind, the name and the summary, with the drawing as an image', () => {
    const tree = ogCardTree(card);
    expect(tree.props.style).toMatchObject({ width: OG_SIZE.width, height: OG_SIZE.height });
    expect(texts(tree)).toEqual(['Upright · Exercise', 'Band row', 'A row with a band.']);
    const json = JSON.stringify(tree);
    expect(json).toContain(`data:image/svg+xml;base64,${Buffer.from(card.drawing.svg).toString('base64')}`);
  });

  it('cuts a long summary at a word and keeps a short one whole', () => {
    expect(fitSummary('Short and whole.')).toBe('Short and whole.');
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 60 }), (words) => {
        const text = words.join(' ');
        const fitted = fitSummary(text, 80);
        expect(fitted.length).toBeLessThanOrEqual(81);
        if (text.length > 80) expect(text.startsWith(fitted.slice(0, -1))).toBe(true);
      }),
    );
  });

  // The outward rotation's card ended "...that turn and steady the…": a cut mid-phrase reads as
  // broken. The card has room for six lines of summary, so every summary we have fits whole.
  it('shows every move\'s and muscle\'s summary whole', () => {
    const entries = [...loadMoves(), ...loadMuscles()];
    expect(entries.length).toBeGreaterThan(50);
    for (const entry of entries) expect(fitSummary(entry.data.summary), entry.id).toBe(entry.data.summary);
  });

  it('sets long names smaller', () => {
    expect(titleSize('Band row')).toBeGreaterThan(titleSize('Levator scapulae stretch'));
    expect(titleSize('Levator scapulae stretch')).toBeGreaterThanOrEqual(titleSize('A very long name for a move indeed'));
  });

  it('fits the drawing in its box at its own aspect ratio, whatever the ratio', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 20, noNaN: true }), (aspect) => {
        const box = drawingBox(aspect);
        expect(box.width).toBeLessThanOrEqual(400);
        expect(box.height).toBeLessThanOrEqual(470);
        expect(Math.abs(box.width / box.height - aspect) / aspect).toBeLessThan(0.05);
      }),
    );
    expect(drawingBox(Number.NaN)).toEqual({ width: 400, height: 400 });
  });

  it('reads an SVG aspect ratio from width and height, else from the viewBox', () => {
    expect(svgAspect('<svg width="96" height="112" viewBox="0 0 1 1">')).toBeCloseTo(96 / 112);
    expect(svgAspect('<svg viewBox="-36 -227 199 233">')).toBeCloseTo(199 / 233);
    expect(svgAspect('not an svg')).toBe(1);
  });

  it("draws a muscle solid over the other muscles of its view only", () => {
    const svg = muscleDrawingSvg({ id: 'a', title: 'A', view: 'back', paths: ['M1 1L2 2'] }, [
      { id: 'a', title: 'A', view: 'back', paths: ['M1 1L2 2'] },
      { id: 'b', title: 'B', view: 'back', paths: ['M3 3L4 4'] },
      { id: 'c', title: 'C', view: 'front', paths: ['M5 5L6 6'] },
    ]);
    expect(svg).toContain('<g fill="#0b5d6b" stroke="#1d2530" stroke-width="1.2" stroke-linejoin="round"><path d="M1 1L2 2"/></g>');
    expect(svg).toContain('M3 3L4 4');
    expect(svg).not.toContain('M5 5L6 6');
  });
});
