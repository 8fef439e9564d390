/**
 * The body as a tree of bones. Each node sits at a fixed offset in its parent's frame and turns
 * by one pose angle, so the same tree gives both the joint positions (for tests and props) and
 * the nested SVG groups (for drawing and CSS animation). SVG frame: x right, y down, the figure
 * facing right; a bone hangs along +y (limbs) or rises along -y (torso, neck).
 */
import { BODY, type View } from './body';
import type { LimbAngles, Pose } from './types';

export type Side = 'near' | 'far';
export type Layer = 'far' | 'body' | 'near';

export type Shape =
  | { kind: 'line'; from: [number, number]; to: [number, number]; width: number }
  | { kind: 'dot'; at: [number, number]; r: number }
  | { kind: 'poly'; points: [number, number][] };

export interface BoneNode {
  id: string;
  /** Where the joint sits in the parent's frame (a function when the pose moves it: shrugs, foreshortening). */
  offset: [number, number] | ((pose: Pose) => [number, number]);
  /** The SVG rotation (degrees, clockwise) this bone takes in a pose. */
  angle: (pose: Pose) => number;
  /** Foreshortening along the bone (arms reaching toward the viewer in front view). */
  scaleY?: (pose: Pose) => number;
  shapes: Shape[];
  layer: Layer;
  children: BoneNode[];
  /** Named points in this bone's frame (hands, heels, the back of the torso...). */
  marks?: Record<string, [number, number]>;
}

const W = { torso: 13, limb: 7, arm: 6, foot: 5 };
const limb = (pose: Pose, side: Side, joint: keyof LimbAngles): number =>
  (side === 'far' ? pose.far?.[joint] : undefined) ?? pose[joint] ?? 0;

const cos = (deg = 0) => Math.cos((deg * Math.PI) / 180);

/** A segment that can point toward the viewer: its drawn length shrinks by cos(angle). */
function foreshortened(id: string, length: number, width: number, layer: Layer, toward: (p: Pose) => number | undefined, marks?: BoneNode['marks']): BoneNode {
  return {
    id, offset: [0, 0], angle: () => 0, layer, children: [], marks,
    scaleY: (p) => Math.max(0.02, cos(toward(p))),
    shapes: [{ kind: 'line', from: [0, 0], to: [0, length], width }],
  };
}

function arm(view: View, side: Side): BoneNode {
  // Front view: the near (person's right) arm is on the image's left; positive abduction turns it
  // outward, which is clockwise there and counter-clockwise on the other side.
  const mirror = view !== 'side' && side === 'far' ? -1 : 1;
  const sign = view === 'side' ? -1 : mirror;
  const x = view === 'side' ? 0 : (side === 'near' ? -1 : 1) * BODY.shoulderWidth / 2;
  const layer: Layer = side === 'near' ? 'near' : 'far';
  // Shrugs lift the shoulder; retraction draws it back (side view) or in toward the spine.
  const girdle = (p: Pose): [number, number] => [
    view === 'side' ? -(p.retract ?? 0) * 6 : x * (1 - (p.retract ?? 0) * 0.15),
    -BODY.upperTorso - (p.shrug ?? 0) * 8,
  ];
  return {
    id: `${side}-arm`,
    offset: girdle,
    angle: (p) => sign * limb(p, side, 'shoulder'),
    shapes: [],
    layer,
    children: [foreshortened(`${side}-upper-arm`, BODY.upperArm, W.arm, layer, (p) => p.reach), {
      id: `${side}-forearm`,
      offset: (p) => [0, BODY.upperArm * cos(p.reach)],
      angle: (p) => sign * limb(p, side, 'elbow'),
      shapes: [],
      layer,
      children: [foreshortened(`${side}-forearm-bone`, BODY.forearm, W.arm, layer, (p) => p.forearmReach ?? p.reach, { [`${side}-forearm-mid`]: [0, BODY.forearm / 2] }), {
        id: `${side}-hand`,
        offset: (p) => [0, BODY.forearm * cos(p.forearmReach ?? p.reach)],
        angle: (p) => sign * limb(p, side, 'wrist'),
        // A hand pointing at the viewer with its forearm is drawn shorter too.
        scaleY: (p) => Math.max(0.02, cos(p.forearmReach ?? p.reach)),
        shapes: [{ kind: 'line', from: [0, 1], to: [0, BODY.hand - 3], width: W.arm + 1 }],
        layer,
        children: [],
        marks: { [`${side}-grip`]: [0, BODY.hand / 2], [`${side}-knuckles`]: [0, BODY.hand] },
      }],
      marks: { [`${side}-elbow`]: [0, 0] },
    }],
    marks: { [`${side}-shoulder`]: [0, 0] },
  };
}

function leg(view: View, side: Side): BoneNode {
  const mirror = view !== 'side' && side === 'far' ? -1 : 1;
  const sign = view === 'side' ? -1 : mirror;
  const x = view === 'side' ? 0 : (side === 'near' ? -1 : 1) * BODY.hipWidth / 2;
  const layer: Layer = side === 'near' ? 'near' : 'far';
  // Seen from the front the foot points at the viewer: a short stub turned outward.
  const foot: Shape = view === 'side'
    ? { kind: 'line', from: [-BODY.heel, BODY.ankleHeight - 2], to: [BODY.toe, BODY.ankleHeight - 2], width: W.foot }
    : { kind: 'line', from: [0, BODY.ankleHeight - 2], to: [(side === 'near' ? -1 : 1) * 9, BODY.ankleHeight - 2], width: W.foot };
  // Without an ankle angle the foot stays level (flat on the floor, or pointed when lying).
  const ankle = (p: Pose) => {
    const given = side === 'far' ? p.far?.ankle ?? p.ankle : p.ankle;
    if (given !== undefined) return sign * given;
    return view === 'side' ? -((p.trunk ?? 0) - limb(p, side, 'hip') + limb(p, side, 'knee')) : 0;
  };
  return {
    id: `${side}-leg`,
    offset: [x, 0],
    angle: (p) => sign * limb(p, side, 'hip'),
    shapes: [],
    layer,
    children: [foreshortened(`${side}-thigh`, BODY.thigh, W.limb + 1, layer, (p) => p.thighs), {
      id: `${side}-shin`,
      offset: (p) => [0, BODY.thigh * cos(p.thighs)],
      angle: (p) => -sign * limb(p, side, 'knee'),
      shapes: [],
      layer,
      children: [foreshortened(`${side}-shank`, BODY.shank, W.limb, layer, (p) => p.shins, { [`${side}-shin-mid`]: [0, BODY.shank / 2] }), {
        id: `${side}-foot`,
        offset: (p) => [0, BODY.shank * cos(p.shins)],
        angle: ankle,
        shapes: [foot],
        layer,
        children: [],
        marks: view === 'side'
          ? { [`${side}-heel`]: [-BODY.heel, BODY.ankleHeight], [`${side}-toe`]: [BODY.toe, BODY.ankleHeight] }
          : { [`${side}-heel`]: [0, BODY.ankleHeight], [`${side}-toe`]: [0, BODY.ankleHeight] },
      }],
      marks: { [`${side}-knee`]: [0, 0] },
    }],
    marks: { [`${side}-hip`]: [0, 0] },
  };
}

/** Root: the pelvis. Its children are drawn in order, far limbs first. */
export function skeleton(view: View): BoneNode {
  const side = view === 'side';
  // Seen from the front the torso is two tapered blocks (hips to waist, waist to shoulders).
  const [sh, hp, waist] = [BODY.shoulderWidth / 2 - 3, BODY.hipWidth / 2 - 2, BODY.hipWidth / 2 - 5];
  const upperBlock: Shape[] = [{ kind: 'poly', points: [[-waist, 0], [waist, 0], [sh, -BODY.upperTorso], [-sh, -BODY.upperTorso]] }];
  const lowerBlock: Shape[] = [{ kind: 'poly', points: [[-hp, 0], [hp, 0], [waist, -BODY.lowerTorso], [-waist, -BODY.lowerTorso]] }];
  // In side view the back surface lies half a torso width behind the spine line.
  const back = -W.torso / 2;
  const upper: BoneNode = {
    id: 'upper-torso',
    offset: [0, -BODY.lowerTorso],
    angle: (p) => p.spine ?? 0,
    shapes: side ? [{ kind: 'line', from: [0, 0], to: [0, -BODY.upperTorso], width: W.torso }] : upperBlock,
    layer: 'body',
    children: [],
    marks: { 'upper-back': [back, -BODY.upperTorso * 0.6], chest: [-back, -BODY.upperTorso * 0.6], 'shoulder-line': [0, -BODY.upperTorso] },
  };
  const neck: BoneNode = {
    id: 'neck',
    offset: [0, -BODY.upperTorso],
    angle: (p) => p.neck ?? 0,
    shapes: [{ kind: 'line', from: [0, 0], to: [0, -BODY.neck], width: W.arm }],
    layer: 'body',
    children: [{
      id: 'head',
      offset: [0, -BODY.neck],
      angle: (p) => p.head ?? 0,
      shapes: [{ kind: 'dot', at: [side ? 2 : 0, -BODY.headRadius + 1], r: BODY.headRadius }],
      layer: 'body',
      children: [],
      marks: {
        'head-centre': [side ? 2 : 0, -BODY.headRadius + 1],
        'back-of-head': [side ? 2 - BODY.headRadius : 0, -BODY.headRadius + 1],
        forehead: [side ? 2 + BODY.headRadius * 0.75 : 0, -BODY.headRadius * 1.5],
        'top-of-head': [side ? 2 : 0, -BODY.headRadius * 2 + 1],
        chin: [side ? 2 + BODY.headRadius * 0.6 : 0, 0],
      },
    }],
  };
  upper.children = [
    arm(view, 'far'),
    neck,
    arm(view, 'near'),
  ];
  const lower: BoneNode = {
    id: 'lower-torso',
    offset: [0, 0],
    angle: () => 0,
    shapes: side ? [{ kind: 'line', from: [0, 0], to: [0, -BODY.lowerTorso], width: W.torso }] : lowerBlock,
    layer: 'body',
    children: [upper],
    marks: { 'lower-back': [back, -BODY.lowerTorso * 0.5], 'pelvis-back': [back, 0], 'pelvis-front': [-back, 0], belly: [-back, -BODY.lowerTorso * 0.5] },
  };
  return {
    id: 'pelvis',
    offset: [0, 0],
    angle: (p) => p.trunk ?? 0,
    shapes: [],
    layer: 'body',
    children: [leg(view, 'far'), leg(view, 'near'), lower],
    marks: { pelvis: [0, 0] },
  };
}
