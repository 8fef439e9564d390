/**
 * The scene around the body. Fixed props (wall, chair, bench, bar, door frame, table, band
 * anchor) are fitted once to the start pose, where the setup puts the body; the tests then check
 * that every other pose still touches them. Held props ride in the hand's own group.
 */
import { BODY, type View } from './body';
import { SCENE, type Placed, type Point } from './kinematics';
import type { FigureSpec, Prop } from './types';

export type SceneShape =
  | { kind: 'line'; from: Point; to: Point; width: number }
  | { kind: 'rect'; at: Point; size: Point }
  | { kind: 'dot'; at: Point; r: number }
  | { kind: 'ring'; at: Point; r: number };

/** A line that follows the body: from a fixed point or a hand, to a hand. */
export interface Cord {
  prop: 'band' | 'band-apart' | 'cable';
  from: string | Point;
  to: string;
}

export interface Scene {
  shapes: SceneShape[];
  cords: Cord[];
  /** Named contact lines the tests measure against. */
  lines: { wallX?: number; benchY?: number; barY?: number; frameX?: number[]; tableY?: number; seatY?: number; gripFrame?: boolean; gripTable?: boolean };
}

const min = (...xs: number[]) => Math.min(...xs);
const max = (...xs: number[]) => Math.max(...xs);

export function buildScene(spec: FigureSpec, start: Placed): Scene {
  const p = start.points;
  const scene: Scene = { shapes: [], cords: [], lines: {} };
  const has = (prop: Prop) => spec.props.includes(prop);
  const hands = holdingHands(spec);

  if (has('wall')) {
    const x = min(p['upper-back']![0], p['pelvis-back']![0], p['back-of-head']![0]) - 1;
    scene.lines.wallX = x;
    scene.shapes.push({ kind: 'rect', at: [x - 8, -240], size: [8, 240] });
  }
  if (has('chair')) {
    const [px] = start.pelvis;
    const seat = -SCENE.seatHeight;
    scene.lines.seatY = seat;
    scene.shapes.push(
      { kind: 'line', from: [px - 22, seat], to: [px + 16, seat], width: 5 },
      { kind: 'line', from: [px - 20, seat], to: [px - 20, 0], width: 4 },
      { kind: 'line', from: [px + 14, seat], to: [px + 14, 0], width: 4 },
    );
    // The chair back: behind the sitter seen from the side, beside them (far side) from the front.
    if (spec.view === 'side') scene.shapes.push({ kind: 'line', from: [px - 22, seat], to: [px - 26, seat - 48], width: 4 });
    else scene.shapes.push({ kind: 'line', from: [px + 30, seat], to: [px + 30, seat - 50], width: 4 }, { kind: 'line', from: [px + 16, seat], to: [px + 30, seat], width: 5 });
  }
  if (has('bench')) {
    const knee = p['far-knee']!;
    const hand = p['far-knuckles']!;
    const y = max(knee[1], hand[1]) + 5;
    scene.lines.benchY = y;
    const [x0, x1] = [min(knee[0], hand[0]) - 14, max(knee[0], hand[0]) + 14];
    scene.shapes.push(
      { kind: 'rect', at: [x0, y], size: [x1 - x0, 7] },
      { kind: 'line', from: [x0 + 8, y + 7], to: [x0 + 8, 0], width: 4 },
      { kind: 'line', from: [x1 - 8, y + 7], to: [x1 - 8, 0], width: 4 },
    );
  }
  // A doorway or table the hands hold (doorway row, table row) sits at the grip, not the forearm.
  const gripped = spec.holds !== undefined && !['band', 'band-apart', 'cable', 'dumbbells', 'barbell', 'stress-ball'].some((q) => has(q as Prop));
  if (has('table') && gripped) {
    const grip = p['near-grip']!;
    scene.lines.tableY = grip[1];
    scene.lines.gripTable = true;
    scene.shapes.push(
      { kind: 'rect', at: [grip[0] - 20, grip[1] - 3], size: [70, 6] },
      { kind: 'line', from: [grip[0] + 44, grip[1]], to: [grip[0] + 44, 0], width: 4 },
    );
  } else if (has('table')) {
    const arm = p['near-forearm-mid']!;
    const y = arm[1] + 4;
    scene.lines.tableY = y;
    scene.shapes.push(
      { kind: 'line', from: [arm[0] - 30, y + 2], to: [arm[0] + 40, y + 2], width: 5 },
      { kind: 'line', from: [arm[0] + 34, y + 4], to: [arm[0] + 34, 0], width: 4 },
    );
  }
  if (has('doorway') && gripped) {
    const x = p['near-grip']![0];
    scene.lines.frameX = [x];
    scene.lines.gripFrame = true;
    scene.shapes.push({ kind: 'rect', at: [x, -232], size: [7, 232] }, { kind: 'rect', at: [x - 30, -240], size: [44, 8] });
  } else if (has('doorway')) {
    if (spec.view === 'side') {
      const x = p['near-forearm-mid']![0] + 4;
      scene.lines.frameX = [x];
      scene.shapes.push({ kind: 'rect', at: [x, -232], size: [7, 232] }, { kind: 'rect', at: [x - 30, -240], size: [44, 8] });
    } else {
      const xs = [p['near-forearm-mid']![0] - 4, p['far-forearm-mid']![0] + 4];
      scene.lines.frameX = xs;
      scene.shapes.push(
        { kind: 'rect', at: [xs[0]! - 7, -232], size: [7, 232] },
        { kind: 'rect', at: [xs[1]!, -232], size: [7, 232] },
        { kind: 'rect', at: [xs[0]! - 7, -240], size: [xs[1]! - xs[0]! + 14, 8] },
      );
    }
  }
  if (has('pullup-bar')) {
    const grip = p['near-grip']!;
    scene.lines.barY = grip[1];
    if (spec.view === 'side') scene.shapes.push({ kind: 'dot', at: grip, r: 4 }, { kind: 'line', from: [grip[0] - 26, grip[1] - 14], to: [grip[0], grip[1]], width: 3 });
    else scene.shapes.push({ kind: 'line', from: [p['near-grip']![0] - 20, grip[1]], to: [p['far-grip']![0] + 20, grip[1]], width: 5 });
  }
  for (const prop of ['band', 'cable'] as const) {
    if (!has(prop)) continue;
    // Anchored ahead of the hands at their start height: the setup steps back until it is taut.
    const grip = p['near-grip']!;
    const anchor: Point = [grip[0] + 64, grip[1]];
    scene.shapes.push({ kind: 'line', from: [anchor[0] + 4, anchor[1] - 60], to: [anchor[0] + 4, 0], width: 5 });
    if (prop === 'cable') scene.shapes.push({ kind: 'rect', at: [anchor[0], anchor[1] - 5], size: [10, 10] });
    else scene.shapes.push({ kind: 'dot', at: anchor, r: 3 });
    for (const hand of hands) scene.cords.push({ prop, from: anchor, to: `${hand}-grip` });
  }
  if (has('band-apart')) scene.cords.push({ prop: 'band-apart', from: 'near-grip', to: 'far-grip' });
  return scene;
}


/** How far a held prop puts the grip above the floor when it rests there. */
export function gripClearance(spec: FigureSpec): number {
  if (spec.props.includes('barbell')) return 15;
  if (spec.props.includes('dumbbells')) return 7;
  return 3;
}

export function holdingHands(spec: FigureSpec): ('near' | 'far')[] {
  const holds = spec.holds ?? 'both';
  return holds === 'both' ? ['far', 'near'] : [holds];
}

/** A held prop drawn in the hand's frame (grip at [0, hand/2]), so it moves with the hand. */
export function heldShapes(spec: FigureSpec, view: View): SceneShape[] {
  const g: Point = [0, BODY.hand / 2];
  const side = view === 'side';
  if (spec.props.includes('dumbbells')) {
    return side
      ? [{ kind: 'dot', at: g, r: 7 }]
      : [{ kind: 'line', from: [-9, g[1]], to: [9, g[1]], width: 3 }, { kind: 'rect', at: [-12, g[1] - 6], size: [5, 12] }, { kind: 'rect', at: [7, g[1] - 6], size: [5, 12] }];
  }
  if (spec.props.includes('barbell')) return side ? [{ kind: 'ring', at: g, r: 15 }, { kind: 'dot', at: g, r: 2 }] : [{ kind: 'line', from: [-40, g[1]], to: [40, g[1]], width: 3 }];
  if (spec.props.includes('stress-ball')) return [{ kind: 'dot', at: [2, g[1]], r: 5 }];
  if (spec.props.includes('cable') || spec.props.includes('band')) return [{ kind: 'dot', at: g, r: 3 }];
  return [];
}
