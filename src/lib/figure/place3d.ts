/**
 * Puts a 3D pose in the scene: floor at y = 0, the lowest body part resting on it (or the seat on
 * the chair, or the hands on the bar), and the feet, knees or hands never sliding between poses.
 */
import { BODY, type Base } from './body';
import { skeleton3, translateSkeleton, type Skeleton3 } from './body3d';
import type { Pose3 } from './pose3d';
import type { Vec3 } from './vec3';

export const SCENE3 = {
  /** Seat top; the hip joint sits 6 above it, so a shin hanging straight puts the sole on the floor. */
  seatHeight: BODY.shank + BODY.ankleHeight - 6,
} as const;

/** The bar sits where a standing overhead reach grips it: the hang starts feet down and lifts them. */
export const BAR_HEIGHT = (() => {
  const reach = skeleton3({ base: 'standing', shoulder: { flexion: 180 } }).points;
  const standing = skeleton3({ base: 'standing' }).points;
  return reach['right-grip']![1] - standing['right-heel']![1];
})();

/** Points that may rest on the floor, with the body's thickness below each. */
const FLOOR_CONTACTS: [string, number][] = [
  ['right-heel', 0], ['left-heel', 0], ['right-toe', 0], ['left-toe', 0],
  ['right-knee', 5], ['left-knee', 5], ['right-knuckles', 3], ['left-knuckles', 3], ['right-grip', 4], ['left-grip', 4],
  ['pelvis-back', 0], ['lower-back', 0], ['upper-back', 0], ['belly', 0], ['pelvis-front', 0], ['chest', 0], ['pelvis', 8],
  ['back-of-head', -6], ['forehead', -2], ['top-of-head', -3], ['right-shin-mid', 4], ['left-shin-mid', 4],
  ['right-forearm-mid', 3], ['left-forearm-mid', 3], ['right-hip', 6], ['left-hip', 6], ['right-shoulder', 6], ['left-shoulder', 6],
];

const HORIZONTAL_ANCHOR: Record<Base, string | undefined> = {
  standing: 'right-heel', kneeling: 'right-knee', 'all-fours': 'right-knee', plank: 'right-toe',
  lying: undefined, 'sitting-floor': undefined, seated: undefined, hanging: 'right-grip',
};

/** How far a held prop keeps the grip above the floor when it rests there. */
export function gripClearance3(props: readonly string[]): number {
  if (props.includes('barbell')) return 15;
  if (props.includes('dumbbells')) return 7;
  return 3;
}

export function placePose3(pose: Pose3, props: readonly string[] = []): Skeleton3 {
  const trial = skeleton3(pose);
  const p = trial.points;
  let dy: number;
  if (pose.base === 'seated') dy = SCENE3.seatHeight + 6;
  else if (pose.base === 'hanging') dy = BAR_HEIGHT - p['right-grip']![1];
  else {
    const kneeling = pose.base === 'kneeling' || pose.base === 'all-fours' || (pose.base === 'lying' && (pose.trunk ?? 0) > 0);
    let lowest = Infinity;
    for (const [name, below] of FLOOR_CONTACTS) {
      // Kneeling feet lie along the floor on their tops: not modelled as contacts.
      if (kneeling && (name.endsWith('-heel') || name.endsWith('-toe'))) continue;
      const under = name.endsWith('-grip') ? gripClearance3(props) : below;
      if (p[name]![1] - under < lowest) lowest = p[name]![1] - under;
    }
    dy = -lowest;
  }
  const anchor = HORIZONTAL_ANCHOR[pose.base];
  const dx = anchor ? -p[anchor]![0] : 0;
  return translateSkeleton(trial, [dx, dy, 0] as Vec3);
}
