/**
 * Forward kinematics in 3D: a pose's ISB joint angles -> every landmark of the one body
 * (src/lib/figure/body.ts proportions) in the body's own frame, pelvis at the origin.
 * World axes: x forward (the way the unturned pelvis faces), y up, z to the person's right.
 * The arm's elevation turns the shoulder blade upward with it (scapulohumeral rhythm: about a
 * third of the elevation past 30 degrees happens at the blade, up to about 55 degrees).
 */
import { BODY } from './body';
import { IDENTITY, add, apply, mul, rotX, rotY, rotZ, scale, sub, type Mat3, type Vec3 } from './vec3';
import type { Limb3, Pose3, Scapula3, SideJoints } from './pose3d';

export type Side3 = 'right' | 'left';
export const SIDES: Side3[] = ['right', 'left'];

/** Half the chest's depth: the back and the chest lie this far behind and ahead of the spine line. */
export const TORSO_DEPTH = 7;
export const CLAVICLE = BODY.shoulderWidth / 2;

export interface Skeleton3 {
  points: Record<string, Vec3>;
  frames: Record<string, Mat3>;
  /** Bones as [from, to] landmark names, for length checks and drawing. */
  bones: [string, string][];
}

/** The joints of one side, the left side's overrides merged over the main values. */
export function sideJoints(pose: Pose3, side: Side3): SideJoints {
  if (side === 'right' || !pose.left) return pose;
  const l = pose.left;
  return {
    scapula: { ...pose.scapula, ...l.scapula },
    shoulder: { ...pose.shoulder, ...l.shoulder },
    hip: { ...pose.hip, ...l.hip },
    elbow: l.elbow ?? pose.elbow,
    wrist: l.wrist ?? pose.wrist,
    knee: l.knee ?? pose.knee,
    ankle: l.ankle ?? pose.ankle,
  };
}

/** Flexion about z, then abduction about x, then axial rotation about y; mirrored for the left. */
function limbFrame(limb: Limb3 | undefined, side: Side3): Mat3 {
  const m = side === 'right' ? 1 : -1;
  return mul(mul(rotZ(limb?.flexion ?? 0), rotX(-m * (limb?.abduction ?? 0))), rotY(-m * (limb?.rotation ?? 0)));
}
/** Spine and neck: flexion tips the top forward, side bend to the right, rotation to the right. */
const axialFrame = (a: { flexion?: number; sideBend?: number; rotation?: number } | undefined, share = 1): Mat3 =>
  mul(mul(rotZ(-(a?.flexion ?? 0) * share), rotX((a?.sideBend ?? 0) * share)), rotY(-(a?.rotation ?? 0) * share));

/** How far the arm is raised from hanging, in degrees (0 down, 180 overhead). */
export function armElevation(arm: Vec3): number {
  const down: Vec3 = [0, -1, 0];
  const len = Math.hypot(...arm) || 1;
  return (Math.acos(Math.max(-1, Math.min(1, (arm[0] * down[0] + arm[1] * down[1] + arm[2] * down[2]) / len))) * 180) / Math.PI;
}

/** The blade's angles with the rhythm added: the pose's own values plus what the arm's elevation brings. */
export function scapulaWithRhythm(given: Scapula3 | undefined, elevation: number): Required<Scapula3> {
  const rhythm = Math.max(0, Math.min(55, (elevation - 30) * 0.37));
  return {
    elevation: (given?.elevation ?? 0) + Math.max(0, elevation - 90) * 0.08,
    retraction: given?.retraction ?? 0,
    upwardRotation: (given?.upwardRotation ?? 0) + rhythm,
  };
}

function arm(sk: Skeleton3, thorax: Mat3, top: Vec3, joints: SideJoints, side: Side3): void {
  const m = side === 'right' ? 1 : -1;
  const p = sk.points;
  // The arm's direction in the thorax first, so the blade can follow it.
  const armFrame = limbFrame(joints.shoulder, side);
  const elevation = armElevation(apply(armFrame, [0, -1, 0]));
  const blade = scapulaWithRhythm(joints.scapula, elevation);
  // The collar bone turns at the breastbone: up for a shrug, back for a squeeze.
  const clavicle = mul(rotX(-m * blade.elevation), rotY(-m * blade.retraction));
  const tip = add(top, apply(thorax, apply(clavicle, [-2, 0, m * CLAVICLE])));
  p[`${side}-shoulder`] = tip;
  // The blade slides flat on the ribs: toward the spine as it retracts, turning upward about the back's normal.
  const anchor = add(tip, apply(thorax, [0, 0, -m * blade.retraction * 0.15]));
  sk.frames[`${side}-blade`] = mul(thorax, rotX(-m * blade.upwardRotation));
  // Blade outline on the back: superior angle, inferior angle, the acromion's root (thorax frame).
  const bladeAt = (v: Vec3): Vec3 => add(anchor, apply(sk.frames[`${side}-blade`]!, v));
  p[`${side}-blade-top`] = bladeAt([-TORSO_DEPTH + 1, -2, -m * 18]);
  p[`${side}-blade-bottom`] = bladeAt([-TORSO_DEPTH + 1, -21, -m * 15]);
  p[`${side}-blade-root`] = bladeAt([-TORSO_DEPTH + 1, -3, -m * 6]);
  p[`${side}-blade`] = bladeAt([-TORSO_DEPTH + 1, -9, -m * 13]);
  const upper = mul(thorax, armFrame);
  const elbow = add(tip, apply(upper, [0, -BODY.upperArm, 0]));
  const fore = mul(upper, rotZ(joints.elbow ?? 0));
  const wrist = add(elbow, apply(fore, [0, -BODY.forearm, 0]));
  const hand = mul(fore, rotZ(joints.wrist ?? 0));
  sk.frames[`${side}-hand`] = hand;
  Object.assign(p, {
    [`${side}-elbow`]: elbow,
    [`${side}-wrist`]: wrist,
    [`${side}-forearm-mid`]: add(elbow, apply(fore, [0, -BODY.forearm / 2, 0])),
    [`${side}-grip`]: add(wrist, apply(hand, [0, -BODY.hand / 2, 0])),
    [`${side}-knuckles`]: add(wrist, apply(hand, [0, -BODY.hand, 0])),
  });
  sk.bones.push([`${side}-shoulder`, `${side}-elbow`], [`${side}-elbow`, `${side}-wrist`], [`${side}-wrist`, `${side}-knuckles`]);
}

/** An omitted ankle keeps the sole level with the floor where the ankle's range allows. */
function ankleAngle(shin: Mat3, given: number | undefined): number {
  // Full plantarflexion (-50) draws the foot's top along the floor, as it lies when kneeling.
  if (given !== undefined) return given <= -50 ? -85 : given;
  const down = apply(shin, [0, -1, 0]);
  const pitch = (Math.atan2(down[0], -down[1]) * 180) / Math.PI;
  return Math.max(-85, Math.min(20, -pitch));
}

function leg(sk: Skeleton3, pelvis: Mat3, joints: SideJoints, side: Side3): void {
  const m = side === 'right' ? 1 : -1;
  const p = sk.points;
  const hip = apply(pelvis, [0, 0, (m * BODY.hipWidth) / 2]);
  const thigh = mul(pelvis, limbFrame(joints.hip, side));
  const knee = add(hip, apply(thigh, [0, -BODY.thigh, 0]));
  const shin = mul(thigh, rotZ(-(joints.knee ?? 0)));
  const ankle = add(knee, apply(shin, [0, -BODY.shank, 0]));
  const foot = mul(shin, rotZ(ankleAngle(shin, joints.ankle)));
  Object.assign(p, {
    [`${side}-hip`]: hip,
    [`${side}-knee`]: knee,
    [`${side}-ankle`]: ankle,
    [`${side}-shin-mid`]: add(knee, apply(shin, [0, -BODY.shank / 2, 0])),
    [`${side}-heel`]: add(ankle, apply(foot, [-BODY.heel, -BODY.ankleHeight, 0])),
    [`${side}-toe`]: add(ankle, apply(foot, [BODY.toe, -BODY.ankleHeight, 0])),
  });
  sk.bones.push([`${side}-hip`, `${side}-knee`], [`${side}-knee`, `${side}-ankle`]);
}

function head(sk: Skeleton3, thorax: Mat3, top: Vec3, pose: Pose3): void {
  const p = sk.points;
  const neck = mul(thorax, axialFrame(pose.neck));
  const neckTop = add(top, apply(neck, [0, BODY.neck, 0]));
  const skull = mul(neck, rotZ(-(pose.head ?? 0)));
  sk.frames.head = skull;
  const r = BODY.headRadius;
  const at = (v: Vec3): Vec3 => add(neckTop, apply(skull, v));
  Object.assign(p, {
    'neck-top': neckTop,
    'head-centre': at([2, r - 1, 0]),
    nose: at([2 + r * 1.2, r - 2, 0]),
    chin: at([2 + r * 0.6, 0, 0]),
    forehead: at([2 + r * 0.75, r * 1.5, 0]),
    'back-of-head': at([2 - r, r - 1, 0]),
    'top-of-head': at([2, r * 2 - 1, 0]),
  });
  sk.bones.push(['shoulder-line', 'neck-top']);
}

/** Every landmark of a pose, pelvis at the origin and the pelvis tilted by `trunk`. */
export function skeleton3(pose: Pose3): Skeleton3 {
  const sk: Skeleton3 = { points: { pelvis: [0, 0, 0] }, frames: {}, bones: [] };
  const pelvis = mul(rotZ(-(pose.trunk ?? 0)), rotY(-(pose.turn ?? 0)));
  // The spine bends a quarter at a time over four links (two lumbar, two thoracic), so a
  // rounded or arched back reads as a curve, not as one corner at the waist.
  const quarter = axialFrame(pose.spine, 0.25);
  const links = [1, 2, 3, 4].reduce<Mat3[]>((out) => [...out, mul(out[out.length - 1] ?? pelvis, quarter)], []);
  const [low, lumbar, high, thorax] = links as [Mat3, Mat3, Mat3, Mat3];
  const lowBack = apply(low, [0, BODY.lowerTorso / 2, 0]);
  const waist = add(lowBack, apply(lumbar, [0, BODY.lowerTorso / 2, 0]));
  const midBack = add(waist, apply(high, [0, BODY.upperTorso / 2, 0]));
  const top = add(midBack, apply(thorax, [0, BODY.upperTorso / 2, 0]));
  sk.frames.pelvis = pelvis;
  sk.frames.thorax = thorax;
  const back = (frame: Mat3, from: Vec3, up: number, depth: number) => add(from, apply(frame, [depth, up, 0]));
  Object.assign(sk.points, {
    'spine-low': lowBack,
    waist,
    'spine-mid': midBack,
    'shoulder-line': top,
    'upper-back': back(high, waist, BODY.upperTorso * 0.6, -TORSO_DEPTH),
    chest: back(high, waist, BODY.upperTorso * 0.6, TORSO_DEPTH),
    'lower-back': back(lumbar, [0, 0, 0], BODY.lowerTorso * 0.5, -TORSO_DEPTH),
    belly: back(lumbar, [0, 0, 0], BODY.lowerTorso * 0.5, TORSO_DEPTH),
    'pelvis-back': back(pelvis, [0, 0, 0], 0, -TORSO_DEPTH),
    'pelvis-front': back(pelvis, [0, 0, 0], 0, TORSO_DEPTH),
  });
  sk.bones.push(['pelvis', 'spine-low'], ['spine-low', 'waist'], ['waist', 'spine-mid'], ['spine-mid', 'shoulder-line']);
  for (const side of SIDES) {
    arm(sk, thorax, top, sideJoints(pose, side), side);
    leg(sk, pelvis, sideJoints(pose, side), side);
  }
  head(sk, thorax, top, pose);
  return sk;
}

export function translateSkeleton(sk: Skeleton3, by: Vec3): Skeleton3 {
  // A plain loop: called for every pose and in-between frame of every move (the build's hot path).
  const points: Skeleton3['points'] = {};
  for (const name in sk.points) points[name] = add(sk.points[name]!, by);
  return { ...sk, points };
}
export { sub, scale, IDENTITY };
