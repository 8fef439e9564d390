import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CELL_RATIO, parseStill, stillUrl, stillsSprite } from '../../../../src/lib/stills/sprite';

const still = (width: number, height: number, body = '<path d="M0 0L1 1"/>') =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-5 -5 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="A"><title>A move. Start: standing.</title><style>.text-accent{color:#2b8a99}</style>${body}</svg>`;

const views = (sprite: string) => [...sprite.matchAll(/<view id="([^"]+)" viewBox="([^"]+)"\/>/g)].map((m) => ({ id: m[1], box: m[2].split(' ').map(Number) }));

describe('the stills sprite', () => {
  it('gives each move a view, drops titles and keeps one copy of a shared style', () => {
    const sprite = stillsSprite([{ id: 'band-row', svg: still(96, 112) }, { id: 'bridge', svg: still(96, 40) }]);
    expect(views(sprite).map((v) => v.id)).toEqual(['band-row', 'bridge']);
    expect(sprite).not.toContain('<title>');
    expect(sprite.match(/<style>/g)).toHaveLength(1);
    expect(sprite.match(/\.text-accent/g)).toHaveLength(1);
    expect(sprite).toContain('viewBox="-5 -5 96 112"');
    expect(stillUrl('/exercises/band-row/', 'band-row')).toBe('/figures/stills/exercises.svg#band-row');
    expect(stillUrl('/warm-ups/cat-cow/', 'cat-cow')).toBe('/figures/stills/warm-ups.svg#cat-cow');
  });

  it('shows every still whole in a 4:3 cell of its own, apart from the others by a third of a cell', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ w: fc.integer({ min: 10, max: 300 }), h: fc.integer({ min: 10, max: 300 }) }), { minLength: 1, maxLength: 8 }), (sizes) => {
        const sprite = stillsSprite(sizes.map(({ w, h }, i) => ({ id: `m${i}`, svg: still(w, h) })));
        const boxes = views(sprite).map((v) => v.box);
        const nested = [...sprite.matchAll(/<svg x="([\d.]+)" y="([\d.]+)" width="(\d+)" height="(\d+)"/g)].map((m) => m.slice(1).map(Number));
        const tallest = Math.max(...boxes.map((b) => b[3]));
        boxes.forEach(([x, y, w, h], i) => {
          expect(Math.abs(w / h - CELL_RATIO)).toBeLessThan(0.02);
          const [nx, ny, nw, nh] = nested[i];
          // The drawing lies inside its cell (to rounding).
          expect(nx).toBeGreaterThanOrEqual(x - 0.1);
          expect(ny).toBeGreaterThanOrEqual(y - 0.1);
          expect(nx + nw).toBeLessThanOrEqual(x + w + 0.1);
          expect(ny + nh).toBeLessThanOrEqual(y + h + 0.1);
          // A square box over this cell shows (w - h) / 2 more above and below: that is still gap.
          if (i > 0) expect(y - (boxes[i - 1][1] + boxes[i - 1][3])).toBeGreaterThanOrEqual(tallest / 3 - 0.2);
        });
      }),
    );
  });

  it('refuses a still without a size and an id that cannot name a view', () => {
    expect(() => parseStill('<svg viewBox="0 0 1 1"></svg>', 'x')).toThrow('the still of x has no <svg> with a width and a height');
    expect(() => stillsSprite([{ id: 'Bad id"', svg: still(10, 10) }])).toThrow('cannot be a view id');
  });
});
