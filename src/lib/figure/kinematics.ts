/**
 * Forward kinematics: a pose's angles -> every joint and mark in scene coordinates. The pelvis is
 * then placed by the pose's base (feet, knees, hands or back on the floor, seat on a chair,
 * hands on a bar), so no pose states coordinates by hand and bone lengths never change.
 */
import { BODY, type Base, type View } from './body';
import { skeleton, type BoneNode } from './skeleton';
import type { Pose } from './types';

export type Point = [number, number];
/** 2D affine matrix [a, b, c, d, e, f] as in SVG: x' = a x + c y + e, y' = b x + d y + f. */
export type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const translate = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y];
const rotate = (deg: number): Matrix => {
  const r = (deg * Math.PI) / 180;
  return [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0];
};
const scaleY = (s: number): Matrix => [1, 0, 0, s, 0, 0];
export const apply = (m: Matrix, [x, y]: Point): Point => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

export const offsetOf = (node: BoneNode, pose: Pose): [number, number] =>
  typeof node.offset === 'function' ? node.offset(pose) : node.offset;

/** The local transform of one bone in a pose: translate to its joint, turn, foreshorten. */
export function localMatrix(node: BoneNode, pose: Pose): Matrix {
  let m = multiply(translate(...offsetOf(node, pose)), rotate(node.angle(pose)));
  if (node.scaleY) m = multiply(m, scaleY(node.scaleY(pose)));
  return m;
}

export interface Placed {
  /** Every named mark (joints, hands, heels, head...) in scene coordinates. */
  points: Record<string, Point>;
  /** Bone start and end points in scene coordinates, to measure lengths. */
  bones: Record<string, [Point, Point]>;
  pelvis: Point;
}

function walk(node: BoneNode, pose: Pose, parent: Matrix, out: Placed): void {
  const world = multiply(parent, localMatrix(node, pose));
  for (const [name, at] of Object.entries(node.marks ?? {})) out.points[name] = apply(world, at);
  const line = node.shapes.find((s) => s.kind === 'line');
  if (line && line.kind === 'line') out.bones[node.id] = [apply(world, line.from), apply(world, line.to)];
  out.points[`${node.id}-joint`] = apply(world, [0, 0]);
  for (const child of node.children) walk(child, pose, world, out);
}

export function solveAt(view: View, pose: Pose, at: Point): Placed {
  const out: Placed = { points: {}, bones: {}, pelvis: at };
  walk(skeleton(view), pose, translate(...at), out);
  return out;
}

/** The points that may rest on the floor, with the body's thickness below each. */
const FLOOR_CONTACTS: [string, number][] = [
  ['near-heel', 0], ['far-heel', 0], ['near-toe', 0], ['far-toe', 0],
  ['near-knee', 5], ['far-knee', 5], ['near-knuckles', 3], ['far-knuckles', 3], ['near-grip', 4], ['far-grip', 4],
  ['pelvis-back', 0], ['lower-back', 0], ['upper-back', 0], ['belly', 0], ['pelvis-front', 0], ['chest', 0], ['pelvis', 8],
  ['back-of-head', -6], ['forehead', -2], ['top-of-head', -3], ['near-shin-mid', 4], ['far-shin-mid', 4],
  ['near-forearm-mid', 3], ['far-forearm-mid', 3],
];

/** Scene constants the props share. */
export const SCENE = {
  floor: 0,
  /** Seat top; the hip joint sits 6 above it, so a shin hanging straight puts the sole on the floor. */
  seatHeight: BODY.shank + BODY.ankleHeight - 6,
  /** Where a hanging grip sits: a little above a standing overhead reach, feet off the floor. */
  barHeight: -250,
} as const;

/** Which point stays put horizontally between poses, per base (so feet or knees never slide). */
const HORIZONTAL_ANCHOR: Record<Base, string> = {
  standing: 'near-heel',
  kneeling: 'near-knee',
  'all-fours': 'near-knee',
  plank: 'near-knuckles',
  lying: 'pelvis',
  'sitting-floor': 'pelvis',
  seated: 'pelvis',
  hanging: 'near-grip',
};

/** Places a pose in the scene: floor at y = 0 (SVG y grows downward, so the body has y < 0). */
export function placePose(view: View, pose: Pose, gripClearance = 3): Placed {
  const trial = solveAt(view, pose, [0, 0]);
  let dy: number;
  if (pose.base === 'seated') {
    dy = -SCENE.seatHeight - 6;
  } else if (pose.base === 'hanging') {
    dy = SCENE.barHeight - trial.points['near-grip']![1];
  } else {
    let lowest = -Infinity;
    // Kneeling feet lie along the floor (not modelled as contacts: their tops rest there).
    const kneeling = pose.base === 'kneeling' || pose.base === 'all-fours' || (pose.base === 'lying' && (pose.trunk ?? 0) > 0);
    for (const [name, listed] of FLOOR_CONTACTS) {
      if (kneeling && (name.endsWith('-heel') || name.endsWith('-toe'))) continue;
      const below = name.endsWith('-grip') ? gripClearance : listed;
      const p = trial.points[name];
      if (p && p[1] + below > lowest) lowest = p[1] + below;
    }
    dy = SCENE.floor - lowest;
  }
  const anchor = trial.points[HORIZONTAL_ANCHOR[pose.base]]!;
  const dx = pose.base === 'seated' || pose.base === 'lying' || pose.base === 'sitting-floor' ? 0 : -anchor[0];
  return solveAt(view, pose, [dx, dy]);
}

export const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
