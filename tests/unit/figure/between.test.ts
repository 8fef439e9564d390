/**
 * The in-between frames (the moving figure and the drawn path) begin at the start pose and end at
 * the end pose exactly, for every move: no angle of the pose may be dropped on the way (the body's
 * turn once was, so the open book's path began somewhere the hand never was).
 */
import { describe, expect, it } from 'vitest';
import { loadMoves } from '../../support/content';
import { placedBetween, views3 } from '../../../src/lib/figure/scene3d';
import { length, sub } from '../../../src/lib/figure/vec3';
import type { Figure3 } from '../../../src/lib/figure/pose3d';

const moves = loadMoves();

describe('in-between frames join the key poses', () => {
  it.each(moves.map((m) => m.id))('%s: frames at 0 and 1 are the start and end poses', (id) => {
    const fig = moves.find((m) => m.id === id)!.data.figure as unknown as Figure3;
    const view = views3(fig)[0]!;
    for (const [pose, t] of [['start', 0], ['end', 1]] as const) {
      const sk = placedBetween(fig, 'start', 'end', t, view.placed);
      for (const [name, point] of Object.entries(view.placed[pose]!.points)) {
        expect(length(sub(sk.points[name]!, point)), `${id} ${pose}: ${name}`).toBeLessThan(0.01);
      }
    }
  });
});
