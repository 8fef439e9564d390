/**
 * A person copying a standing figure must be able to hold it: with nothing to lean on or hold,
 * the body's centre of mass stays over the feet (between the rearmost heel and the foremost toe)
 * in every key pose and in the frames between them. Bent-over rows and the reverse fly were drawn
 * with the hips over the heels and the weights ahead of the toes: a pose that tips forward, and
 * the opposite of "push your hips back".
 */
import { describe, expect, it } from 'vitest';
import { loadMoves } from '../../support/content';
import { views3 } from '../../../src/lib/figure/scene3d';
import { figureFrames, middle } from '../../support/figure-frames';
import type { Figure3 } from '../../../src/lib/figure/pose3d';
import { add, scale, type Vec3 } from '../../../src/lib/figure/vec3';

/** Props that carry some of the weight: the body may lean on or hang from them. */
const SUPPORTS = ['doorway', 'table', 'pullup-bar', 'bench', 'chair', 'wall'];
/** A light dumbbell or barbell in each hand, as a share of body weight. */
const HELD_LOAD = 0.04;


/**
 * Centre of mass from segment midpoints, with Dempster's segment masses as tabled by Winter
 * (Biomechanics and Motor Control of Human Movement): head and neck 8.1%, trunk 49.7%, upper arm
 * 2.8%, forearm and hand 2.2%, thigh 10%, leg and foot 6.1% of body mass.
 */
function centreOfMass(p: Record<string, Vec3>, load: number): Vec3 {
  const parts: [Vec3, number][] = [[p['head-centre']!, 0.081], [middle(p.pelvis!, p['shoulder-line']!), 0.497]];
  for (const side of ['right', 'left']) {
    const at = (name: string) => p[`${side}-${name}`]!;
    parts.push([middle(at('shoulder'), at('elbow')), 0.028], [middle(at('elbow'), at('wrist')), 0.022],
      [middle(at('hip'), at('knee')), 0.1], [middle(at('knee'), at('ankle')), 0.061], [at('grip'), load]);
  }
  const total = parts.reduce((sum, [, mass]) => sum + mass, 0);
  return parts.reduce<Vec3>((c, [point, mass]) => add(c, scale(point, mass / total)), [0, 0, 0]);
}

const moves = loadMoves();
const unsupported = moves.filter((m) => {
  const fig: Figure3 = m.data.figure;
  return Object.values(fig.poses).every((pose) => pose.base === 'standing') && !fig.props.some((prop) => SUPPORTS.includes(prop));
});

describe('standing figures keep their balance', () => {
  it('checks the free-standing moves, the hinged rows among them', () => {
    expect(unsupported.map((m) => m.id)).toEqual(expect.arrayContaining(['bent-over-row', 'high-barbell-row', 'reverse-dumbbell-fly', 'hip-hinge', 'farmer-carry']));
  });

  it.each(unsupported.map((m) => m.id))('%s: the centre of mass stays over the feet in every frame', (id) => {
    const fig: Figure3 = moves.find((m) => m.id === id)!.data.figure;
    const load = fig.props.some((prop) => prop === 'dumbbells' || prop === 'barbell') ? HELD_LOAD : 0;
    const view = views3(fig)[0]!;
    const off = figureFrames(fig, view).flatMap(([frame, p]) => {
      const x = centreOfMass(p, load)[0];
      const feet = ['right-heel', 'right-toe', 'left-heel', 'left-toe'].map((name) => p[name]![0]);
      const [back, front] = [Math.min(...feet) - 2, Math.max(...feet) + 2];
      return x < back || x > front ? [`${frame}: centre of mass at ${x.toFixed(0)}, feet from ${back.toFixed(0)} to ${front.toFixed(0)}`] : [];
    });
    expect(off).toEqual([]);
  });
});
