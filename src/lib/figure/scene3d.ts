/**
 * One view of a 3D figure, ready to draw: every key pose placed, projected by the view's camera
 * and painted far to near, with the fixed props, the key point's path and one frame (view box)
 * shared by the stills and the moving figure so they line up.
 */
import { placePose3 } from './place3d';
import { CAMERA_DEFAULTS, cameraOf, project, type Camera } from './camera';
import { backSeen, bodyItems3, paintOrder, projectItems, type Item2 } from './draw3d';
import { buildScene3, floorItem, heldItems3, type Item3, type Scene3 } from './props3d';
import { translateSkeleton, type Skeleton3 } from './body3d';
import { lerp3, type Vec3 } from './vec3';
import type { Figure3, Pose3, ViewSpec, KeyPoint, SideJoints, Limb3 } from './pose3d';

export function posesInOrder3(fig: Figure3): [string, Pose3][] {
  const middle = Object.entries(fig.poses).filter(([name]) => name !== 'start' && name !== 'end');
  return [['start', fig.poses.start], ...middle, ['end', fig.poses.end]];
}

const KEY_MARKS: Record<KeyPoint, string[]> = {
  'right-hand': ['right-grip'], 'left-hand': ['left-grip'], hands: ['right-grip', 'left-grip'],
  'right-elbow': ['right-elbow'], elbows: ['right-elbow', 'left-elbow'], head: ['head-centre'], chin: ['chin'],
  hips: ['pelvis'], shoulders: ['right-shoulder', 'left-shoulder'], blades: ['right-blade', 'left-blade'],
  'right-knee': ['right-knee'], 'left-foot': ['left-heel'], chest: ['chest'], back: ['upper-back'],
};
export const keyMarks = (fig: Figure3) => KEY_MARKS[fig.key.point];

const mix = (a = 0, b = 0, t: number) => a + (b - a) * t;
const mixLimb = (a: Limb3 | undefined, b: Limb3 | undefined, t: number): Limb3 =>
  ({ flexion: mix(a?.flexion, b?.flexion, t), abduction: mix(a?.abduction, b?.abduction, t), rotation: mix(a?.rotation, b?.rotation, t) });
function mixSide(a: SideJoints, b: SideJoints, t: number): SideJoints {
  return {
    shoulder: mixLimb(a.shoulder, b.shoulder, t), hip: mixLimb(a.hip, b.hip, t),
    scapula: { elevation: mix(a.scapula?.elevation, b.scapula?.elevation, t), retraction: mix(a.scapula?.retraction, b.scapula?.retraction, t), upwardRotation: mix(a.scapula?.upwardRotation, b.scapula?.upwardRotation, t) },
    elbow: mix(a.elbow, b.elbow, t), wrist: mix(a.wrist, b.wrist, t), knee: mix(a.knee, b.knee, t),
    ankle: a.ankle === undefined && b.ankle === undefined ? undefined : mix(a.ankle, b.ankle, t),
  };
}
/** A pose part way between two, angle by angle (the motion's in-between frames). */
export function lerpPose3(a: Pose3, b: Pose3, t: number): Pose3 {
  const axial = (x: Pose3['spine'], y: Pose3['spine']) => ({ flexion: mix(x?.flexion, y?.flexion, t), sideBend: mix(x?.sideBend, y?.sideBend, t), rotation: mix(x?.rotation, y?.rotation, t) });
  const leftA = { ...a, ...a.left, shoulder: { ...a.shoulder, ...a.left?.shoulder }, hip: { ...a.hip, ...a.left?.hip }, scapula: { ...a.scapula, ...a.left?.scapula } };
  const leftB = { ...b, ...b.left, shoulder: { ...b.shoulder, ...b.left?.shoulder }, hip: { ...b.hip, ...b.left?.hip }, scapula: { ...b.scapula, ...b.left?.scapula } };
  return {
    ...mixSide(a, b, t), base: t < 0.5 ? a.base : b.base, trunk: mix(a.trunk, b.trunk, t), turn: mix(a.turn, b.turn, t), head: mix(a.head, b.head, t),
    spine: axial(a.spine, b.spine), neck: axial(a.neck, b.neck), left: mixSide(leftA, leftB, t), lifted: t < 0.5 ? a.lifted : b.lifted,
  };
}

export interface View3 {
  spec: ViewSpec;
  cam: Camera;
  placed: Record<string, Skeleton3>;
  scene: Scene3;
  /** Projected, painted items per pose (fixed props included). */
  drawn: Record<string, Item2[]>;
  viewBox: [number, number, number, number];
  /** The key point's path from start to end, projected. */
  path: [number, number][];
  /** The key point's name (right-hand, blades...), marked on the drawn path. */
  keyPoint: string;
  blades: boolean;
}

/** The body, its held props and lines, and the fixed props, for a placed pose. */
export function itemsFor(fig: Figure3, sk: Skeleton3, scene: Scene3, cam: Camera, blades: boolean, floor: Item3 | undefined): Item3[] {
  return [...(floor ? [floor] : []), ...scene.fixed, ...bodyItems3(sk, cam, blades), ...heldItems3(fig, sk, scene)];
}

/** In-between skeletons by figure: they do not depend on the camera, so every view's key path and moving figure share them. */
const betweenMemo = new WeakMap<Figure3, Map<string, Skeleton3>>();

/** A placed pose part way between two key poses (pelvis placement blended, so nothing jumps). */
export function placedBetween(fig: Figure3, a: string, b: string, t: number, placed: Record<string, Skeleton3>): Skeleton3 {
  let known = betweenMemo.get(fig);
  if (!known) betweenMemo.set(fig, (known = new Map()));
  const key = `${a}>${b}@${t}`;
  const hit = known.get(key);
  if (hit) return hit;
  const pose = lerpPose3(fig.poses[a]!, fig.poses[b]!, t);
  const sk = placePose3(pose, fig.props);
  const pa = placed[a]!.points.pelvis!;
  const pb = placed[b]!.points.pelvis!;
  const shift = lerp3(pa, pb, t);
  const own = sk.points.pelvis!;
  const made = translateSkeleton(sk, [shift[0] - own[0], shift[1] - own[1], shift[2] - own[2]]);
  known.set(key, made);
  return made;
}

const CLOSE_MARKS = {
  head: ['head-centre', 'top-of-head', 'chin', 'nose', 'back-of-head', 'right-shoulder', 'left-shoulder', 'shoulder-line'],
  back: ['top-of-head', 'neck-top', 'right-shoulder', 'left-shoulder', 'right-blade-bottom', 'left-blade-bottom', 'right-blade-top', 'left-blade-top'],
  hand: ['right-wrist', 'right-knuckles', 'right-forearm-mid', 'right-grip'],
};

function frameOf(view: ViewSpec, cam: Camera, placed: Record<string, Skeleton3>, drawn: Record<string, Item2[]>, path: [number, number][], blades: boolean): View3['viewBox'] {
  const xs: number[] = [];
  const ys: number[] = [];
  if (view.close) {
    const marks = [...CLOSE_MARKS[view.close], ...(view.close === 'head' && blades ? ['right-blade-bottom', 'left-blade-bottom'] : [])];
    for (const sk of Object.values(placed)) for (const mark of marks) { const [x, y] = project(cam, sk.points[mark]!); xs.push(x); ys.push(y); }
  } else {
    for (const items of Object.values(drawn)) for (const item of items) {
      if (item.tone === 'floor' || item.id === 'wall') continue;
      const pad = item.kind === 'dot' ? item.width : item.width / 2;
      for (const [x, y] of item.pts) { xs.push(x - pad, x + pad); ys.push(y - pad, y + pad); }
    }
  }
  for (const [x, y] of path) { xs.push(x); ys.push(y); }
  const pad = view.close ? 12 : 10;
  let [x0, x1, y0, y1] = [Math.min(...xs) - pad, Math.max(...xs) + pad, Math.min(...ys) - pad, Math.max(...ys) + pad];
  // Never narrower than tall / 1.4 nor wider than 2 : 1, so stills share a rough shape.
  const width = Math.max(x1 - x0, (y1 - y0) / 1.4);
  const height = Math.max(y1 - y0, width / 2);
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  [x0, y0] = [cx - width / 2, cy - height / 2];
  return [Math.round(x0), Math.round(y0), Math.round(width), Math.round(height)];
}

/** The floor as a mat seen from above, as a line seen level; none under a hanging body without feet down. */
function floorFor(fig: Figure3, spec: ViewSpec, cam: Camera, points: Vec3[]): Item3 | undefined {
  if (fig.props.includes('pullup-bar') && !fig.props.includes('floor')) return undefined;
  const mat = floorItem(points.map((v) => v[0]), points.map((v) => v[2]));
  if ((spec.elevation ?? CAMERA_DEFAULTS[spec.camera].elevation) >= 20) return mat;
  const across = mat.pts.map((v) => v[0] * cam.right[0] + v[2] * cam.right[2]);
  const [lo, hi] = [Math.min(...across), Math.max(...across)];
  const flat: Vec3 = [cam.right[0], 0, cam.right[2]];
  return { ...mat, kind: 'seg', pts: [[flat[0] * lo, 0, flat[2] * lo], [flat[0] * hi, 0, flat[2] * hi]] };
}

function edgeOn(item: Item2 | undefined): boolean {
  if (!item || item.tone !== 'body') return false;
  const p = item.pts;
  if (item.kind === 'poly') return Math.abs(p.reduce((sum, q, i) => sum + q[0] * p[(i + 1) % p.length]![1] - p[(i + 1) % p.length]![0] * q[1], 0)) / 2 < 8;
  return (item.id === 'girdle' || item.id === 'pelvis-bar') && Math.hypot(p[1]![0] - p[0]![0], p[1]![1] - p[0]![1]) < 3;
}

export function view3(fig: Figure3, spec: ViewSpec): View3 {
  const cam = cameraOf(spec);
  const order = posesInOrder3(fig);
  const placed = Object.fromEntries(order.map(([name, pose]) => [name, placePose3(pose, fig.props)]));
  const scene = buildScene3(fig, placed.start!);
  const blades = Object.values(placed).some((sk) => backSeen(sk, cam));
  const allPoints = Object.values(placed).flatMap((sk) => Object.values(sk.points));
  const floor = floorFor(fig, spec, cam, allPoints);
  const projected = Object.fromEntries(order.map(([name]) => [name, paintOrder(projectItems(itemsFor(fig, placed[name]!, scene, cam, blades, floor), cam))]));
  // Parts seen edge-on in every pose (the torso's blocks and the shoulder and hip bars from the side) are left out.
  const hidden = new Set(Object.values(projected)[0]!.map((i) => i.id).filter((id) => Object.values(projected).every((items) => edgeOn(items.find((i) => i.id === id)))));
  const drawn = Object.fromEntries(Object.entries(projected).map(([name, items]) => [name, items.filter((i) => !hidden.has(i.id))]));
  const path: [number, number][] = [];
  for (let i = 0; i < order.length - 1; i++) {
    for (let k = i === 0 ? 0 : 1; k <= 6; k++) {
      const sk = placedBetween(fig, order[i]![0], order[i + 1]![0], k / 6, placed);
      const marks = keyMarks(fig).map((m) => project(cam, sk.points[m]!));
      path.push(marks[0]!.slice(0, 2) as [number, number]);
    }
  }
  return { spec, cam, placed, scene, drawn, viewBox: frameOf(spec, cam, placed, drawn, path, blades), path, keyPoint: fig.key.point, blades };
}

export function views3(fig: Figure3): View3[] {
  return fig.views.map((v) => view3(fig, v));
}
