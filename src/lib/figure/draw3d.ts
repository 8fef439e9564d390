/**
 * The body as drawable items in 3D (bones as thick lines, the torso as two blocks, the head with
 * a nose and an eye line so the face's direction shows, the shoulder blades as shapes on the ribs
 * when the back is seen), then projected by a camera and painted far to near.
 */
import { BODY } from './body';
import { SIDES, type Skeleton3 } from './body3d';
import { project, type Camera } from './camera';
import { add, apply, dot, scale, type Vec3 } from './vec3';
import type { Item3, Tone } from './props3d';

export const WIDTH = { torso: 13, thigh: 8, shank: 7, arm: 6, hand: 7, foot: 5, neck: 7, girdle: 8 };

export interface Item2 { id: string; kind: Item3['kind']; pts: [number, number][]; width: number; tone: Tone; dim?: boolean; depth: number }

const seg = (id: string, a: Vec3, b: Vec3, width: number, tone: Tone = 'body'): Item3 => ({ id, kind: 'seg', pts: [a, b], width, tone });

/** Is the back of the chest turned toward the camera (so the blades show)? */
export function backSeen(sk: Skeleton3, cam: Camera): boolean {
  return dot(apply(sk.frames.thorax!, [-1, 0, 0]), cam.toward) > 0.2;
}

/** The side whose limbs are farther from the camera, drawn paler; none when seen square on. */
export function farSide(sk: Skeleton3, cam: Camera): 'right' | 'left' | undefined {
  const right = dot(apply(sk.frames.pelvis!, [0, 0, 1]), cam.toward);
  return right > 0.35 ? 'left' : right < -0.35 ? 'right' : undefined;
}

export function bodyItems3(sk: Skeleton3, cam: Camera, blades: boolean): Item3[] {
  const p = sk.points;
  const thorax = sk.frames.thorax!;
  const pelvis = sk.frames.pelvis!;
  const far = farSide(sk, cam);
  const waistHalf = BODY.hipWidth / 2 - 4;
  const waistR = add(p.waist!, apply(thorax, [0, 0, waistHalf]));
  const waistL = add(p.waist!, apply(thorax, [0, 0, -waistHalf]));
  const items: Item3[] = [
    // Four links of the spine: a rounded or arched back draws as a curve.
    seg('lumbar', p.pelvis!, p['spine-low']!, WIDTH.torso),
    seg('lumbar-high', p['spine-low']!, p.waist!, WIDTH.torso),
    seg('thoracic', p.waist!, p['spine-mid']!, WIDTH.torso),
    seg('thoracic-high', p['spine-mid']!, p['shoulder-line']!, WIDTH.torso),
    { id: 'hips-block', kind: 'poly', pts: [p['right-hip']!, waistR, waistL, p['left-hip']!], width: 3, tone: 'body' },
    { id: 'chest-block', kind: 'poly', pts: [waistR, add(p['right-shoulder']!, apply(thorax, [0, -2, -3])), add(p['left-shoulder']!, apply(thorax, [0, -2, 3])), waistL], width: 3, tone: 'body' },
    seg('girdle', p['right-shoulder']!, p['left-shoulder']!, WIDTH.girdle),
    seg('pelvis-bar', add(p['right-hip']!, apply(pelvis, [0, 0, 2])), add(p['left-hip']!, apply(pelvis, [0, 0, -2])), WIDTH.girdle),
    seg('neck', p['shoulder-line']!, p['neck-top']!, WIDTH.neck),
  ];
  for (const side of SIDES) {
    const limb = (id: string, a: string, b: string, width: number) => ({ ...seg(`${side}-${id}`, p[`${side}-${a}`]!, p[`${side}-${b}`]!, width), dim: side === far });
    items.push(
      limb('upper-arm', 'shoulder', 'elbow', WIDTH.arm), limb('forearm', 'elbow', 'wrist', WIDTH.arm), limb('hand', 'wrist', 'knuckles', WIDTH.hand),
      limb('thigh', 'hip', 'knee', WIDTH.thigh), limb('shank', 'knee', 'ankle', WIDTH.shank), limb('foot', 'heel', 'toe', WIDTH.foot),
    );
    if (blades) items.push({ id: `${side}-blade`, kind: 'poly', pts: [p[`${side}-blade-top`]!, p[`${side}-blade-root`]!, p[`${side}-blade-bottom`]!], width: 2, tone: 'blade' });
  }
  const head = sk.frames.head!;
  const centre = p['head-centre']!;
  const r = BODY.headRadius;
  const onFace = (v: Vec3) => add(centre, apply(head, scale(v, r)));
  items.push(
    { id: 'head', kind: 'dot', pts: [centre], width: r, tone: 'body' },
    seg('nose', onFace([0.7, -0.1, 0]), onFace([1.3, -0.2, 0]), 5),
    seg('eyes', onFace([0.75, 0.25, 0.45]), onFace([0.75, 0.25, -0.45]), 2.2, 'face'),
  );
  return items;
}

export function projectItems(items: Item3[], cam: Camera): Item2[] {
  return items.map((item) => {
    const pts3 = item.pts.map((v) => project(cam, v));
    const depth = pts3.reduce((s, q) => s + q[2], 0) / pts3.length;
    return { id: item.id, kind: item.kind, width: item.width, tone: item.tone, dim: item.dim, depth, pts: pts3.map(([x, y]) => [x, y] as [number, number]) };
  });
}

/** Far first; the floor and wall always behind; the face marks just in front of the head when it faces us. */
export function paintOrder(items: Item2[]): Item2[] {
  const rank = (i: Item2) => (i.tone === 'floor' ? -1e6 : i.id === 'wall' ? -1e5 : i.tone === 'path' ? 1e6 : i.depth + (i.tone === 'blade' ? 3 : 0));
  return [...items].sort((a, b) => rank(a) - rank(b));
}
