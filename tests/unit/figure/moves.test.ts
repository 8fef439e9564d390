/**
 * Every real move's figure, read from the content: what its setup and steps promise must hold
 * in the geometry of every key pose.
 */
import { describe, expect, it } from 'vitest';
import { loadMoves } from '../../support/content';
import { contacts } from '../../../src/lib/figure/contacts';
import { figureFrame } from '../../../src/lib/figure/render';
import { distance, type Point } from '../../../src/lib/figure/kinematics';
import { renderMotion } from '../../../src/lib/figure/motion';
import { DEFAULT_TEMPO } from '../../../src/lib/figure/timeline';
import { svgText } from '../../../src/lib/figure/svg-tree';
import type { FigureSpec } from '../../../src/lib/figure/types';

const moves = loadMoves();
const spec = (id: string) => {
  const move = moves.find((m) => m.id === id);
  if (!move) throw new Error(`no move ${id}`);
  return move.data.figure as unknown as FigureSpec;
};
const posesOf = (id: string) => figureFrame(spec(id)).placed;
/** Degrees between a body line (from -> to) and straight up. */
const fromVertical = (from: Point, to: Point) => Math.abs((Math.atan2(to[0] - from[0], from[1] - to[1]) * 180) / Math.PI);
/** Distance of a point from the line through a and b. */
const offLine = (p: Point, a: Point, b: Point) => Math.abs((b[0] - a[0]) * (a[1] - p[1]) - (a[0] - p[0]) * (b[1] - a[1])) / distance(a, b);

describe('every move has a figure that keeps its promises', () => {
  it('covers every warm-up, exercise and stretch', () => {
    expect(moves.length).toBeGreaterThanOrEqual(32);
    for (const move of moves) expect(move.data.figure, move.file).toBeDefined();
  });

  it.each(moves.map((m) => [m.id, m]))('%s: what should touch does, in every key pose (within 3 units of 200)', (_id, move) => {
    const loose = contacts(move.data.figure as unknown as FigureSpec).filter((c) => c.gap > 3);
    expect(loose.map((c) => `${c.pose}: ${c.what} is ${c.gap.toFixed(1)} away`)).toEqual([]);
  });

  it.each(moves.map((m) => [m.id, m]))('%s: bones keep their length from pose to pose', (_id, move) => {
    const placed = Object.values(figureFrame(move.data.figure as unknown as FigureSpec).placed);
    const [first, ...rest] = placed;
    for (const other of rest) {
      for (const [bone, [a, b]] of Object.entries(first!.bones)) {
        // Foreshortened segments (pointing at the viewer) are drawn shorter on purpose.
        if (/upper-arm|forearm-bone|-hand|thigh|shank/.test(bone)) continue;
        expect(distance(...other.bones[bone]!), `${move.id} ${bone}`).toBeCloseTo(distance(a, b), 6);
      }
    }
  });

  it.each(moves.map((m) => [m.id, m]))('%s: the moving figure animates without style attributes', (_id, move) => {
    const motion = renderMotion(move.data.figure as unknown as FigureSpec, DEFAULT_TEMPO[move.kind], { label: move.data.title, width: 150, scope: 'mf' });
    const svg = svgText(motion.svg);
    expect(svg).not.toMatch(/style=/);
    expect(motion.css).toMatch(/@keyframes mf0\{0%/);
    for (const [, cls] of motion.css.matchAll(/\.(mf\w+)\{animation/g)) expect(svg, `${move.id} ${cls}`).toContain(`class="${cls}`);
  });
});

describe('what the steps promise, in geometry', () => {
  it('band row ends with the hands beside the ribs and the torso upright', () => {
    const { end } = posesOf('band-row');
    const p = end!.points;
    const [pelvis, shoulder] = [p['pelvis']!, p['shoulder-line']!];
    expect(fromVertical(pelvis, shoulder)).toBeLessThan(10);
    const torso = distance(pelvis, shoulder);
    for (const side of ['near', 'far']) {
      const grip = p[`${side}-grip`]!;
      expect(grip[1], `${side} hand at rib height`).toBeGreaterThan(shoulder[1] + torso * 0.3);
      expect(grip[1], `${side} hand at rib height`).toBeLessThan(pelvis[1] - torso * 0.3);
      expect(Math.abs(grip[0] - shoulder[0]), `${side} hand beside the body`).toBeLessThan(20);
    }
  });

  it('wall angel keeps the head, upper back and hips on the wall line', () => {
    const frame = figureFrame(spec('wall-angel'));
    const wall = frame.scene.lines.wallX!;
    for (const [pose, placed] of Object.entries(frame.placed)) {
      for (const mark of ['back-of-head', 'upper-back', 'pelvis-back']) {
        expect(Math.abs(placed.points[mark]![0] - 1 - wall), `${pose} ${mark}`).toBeLessThan(3);
      }
    }
  });

  it('bent-over row keeps the back flat at the hinge', () => {
    for (const [pose, placed] of Object.entries(posesOf('bent-over-row'))) {
      const p = placed.points;
      expect(fromVertical(p['pelvis']!, p['shoulder-line']!), `${pose}: hinged`).toBeGreaterThan(45);
      expect(offLine(p['upper-torso-joint']!, p['pelvis']!, p['shoulder-line']!), `${pose}: flat back`).toBeLessThan(2);
    }
  });

  it("child's pose ends with the hips near the heels and the forehead down", () => {
    const p = posesOf('childs-pose').end!.points;
    expect(distance(p['pelvis']!, p['near-heel']!)).toBeLessThan(30);
    // Within 8 units of 200 (about 7 cm, a cushion's height): the hips cannot flex further.
    expect(-p['forehead']![1]).toBeLessThan(8);
  });

  it('doorway stretch keeps the forearms on the frame', () => {
    const loose = contacts(spec('doorway-pec-stretch')).filter((c) => c.what.includes('door frame'));
    expect(loose.length).toBeGreaterThanOrEqual(2);
    for (const c of loose) expect(c.gap, `${c.pose}: ${c.what}`).toBeLessThan(3);
    for (const placed of Object.values(posesOf('doorway-pec-stretch'))) {
      const p = placed.points;
      // Forearm upright against the frame: the hand above the elbow.
      expect(p['near-grip']![1]).toBeLessThan(p['near-elbow']![1] - 20);
    }
  });
});
