/**
 * A figure's frames as the moving figure plays them: each key pose in order and three frames
 * between each pair, placed in one view. The figure tests that must hold "in every frame"
 * (tests/unit/figure/caption.test.ts, balance.test.ts) walk these.
 */
import { placedBetween, posesInOrder3, type View3 } from '../../src/lib/figure/scene3d';
import type { Figure3 } from '../../src/lib/figure/pose3d';
import { lerp3, type Vec3 } from '../../src/lib/figure/vec3';

export type Points = Record<string, Vec3>;

export function figureFrames(fig: Figure3, view: View3): [string, Points][] {
  const names = posesInOrder3(fig).map(([name]) => name);
  return names.flatMap((name, i): [string, Points][] => [
    [name, view.placed[name]!.points],
    ...(i + 1 < names.length ? [0.25, 0.5, 0.75].map((t): [string, Points] => [`${name}>${names[i + 1]}@${t}`, placedBetween(fig, name, names[i + 1]!, t, view.placed).points]) : []),
  ]);
}

/** The point halfway between two. */
export const middle = (a: Vec3, b: Vec3) => lerp3(a, b, 0.5);
