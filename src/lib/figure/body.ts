/**
 * One human body for every figure: segment lengths from the Drillis and Contini fractions of
 * standing height (docs: figures spec), and the normal active joint ranges a pose must respect.
 * Zod-free so that the schema, the renderer and the tests share one table.
 */

/** Standing height in SVG user units; every length below is a fraction of it. */
export const HEIGHT = 200;
const h = (fraction: number) => Math.round(fraction * HEIGHT * 10) / 10;

export const BODY = {
  /** Hip joint to shoulder line (0.818 - 0.530), drawn as two segments so the spine can bend. */
  lowerTorso: h(0.144),
  upperTorso: h(0.144),
  /** Shoulder line to the base of the skull (chin at 0.870, less the jaw). */
  neck: h(0.045),
  headRadius: h(0.06),
  upperArm: h(0.186),
  forearm: h(0.146),
  /** Wrist to the knuckles: the drawn hand is the palm, shorter than wrist-to-fingertip (0.108). */
  hand: h(0.06),
  thigh: h(0.245),
  shank: h(0.246),
  /** Ankle joint height above the sole (0.039). */
  ankleHeight: h(0.039),
  /** Foot length 0.152, split behind and in front of the ankle. */
  heel: h(0.035),
  toe: h(0.117),
  shoulderWidth: h(0.259),
  hipWidth: h(0.191),
} as const;

export const VIEWS = ['side', 'front', 'back'] as const;
export type View = (typeof VIEWS)[number];

/** Joints a pose sets, relative to the parent bone; `trunk` is the pelvis's tilt in the world. */
export const LIMB_JOINTS = ['shoulder', 'elbow', 'wrist', 'hip', 'knee', 'ankle'] as const;
export const AXIAL_JOINTS = ['trunk', 'spine', 'neck', 'head'] as const;
export type LimbJoint = (typeof LIMB_JOINTS)[number];
export type AxialJoint = (typeof AXIAL_JOINTS)[number];
export type Joint = LimbJoint | AxialJoint;

export interface JointRange {
  min: number;
  max: number;
  /** The motion in words, for error messages and the sheet. */
  motion: string;
}

/**
 * Side view: flexion positive. Front/back view: the same joints move in the frontal plane
 * (abduction, side bend), so their ranges differ. Knee allows 150 (kneeling on the heels).
 */
const SIDE: Record<Joint, JointRange> = {
  trunk: { min: -180, max: 180, motion: 'tilt of the pelvis from upright' },
  spine: { min: -25, max: 80, motion: 'trunk flexion (negative: extension)' },
  neck: { min: -45, max: 45, motion: 'neck flexion (negative: extension)' },
  head: { min: -30, max: 30, motion: 'head nod on the upper neck (negative: chin up)' },
  shoulder: { min: -60, max: 180, motion: 'shoulder flexion (negative: extension)' },
  elbow: { min: 0, max: 150, motion: 'elbow flexion' },
  wrist: { min: -70, max: 80, motion: 'wrist flexion (negative: extension)' },
  hip: { min: -30, max: 120, motion: 'hip flexion (negative: extension)' },
  knee: { min: 0, max: 150, motion: 'knee flexion' },
  ankle: { min: -50, max: 20, motion: 'ankle dorsiflexion (negative: plantarflexion)' },
};

const FRONT: Record<Joint, JointRange> = {
  ...SIDE,
  trunk: { min: -180, max: 180, motion: 'tilt of the pelvis from upright' },
  spine: { min: -35, max: 35, motion: 'trunk side bend' },
  neck: { min: -45, max: 45, motion: 'neck side bend' },
  shoulder: { min: 0, max: 180, motion: 'shoulder abduction' },
  hip: { min: 0, max: 45, motion: 'hip abduction' },
};

export function jointRange(view: View, joint: Joint): JointRange {
  return (view === 'side' ? SIDE : FRONT)[joint];
}

/** How a pose rests in the scene: decides where the pelvis goes (see kinematics.ts). */
export const BASES = ['standing', 'kneeling', 'all-fours', 'plank', 'lying', 'sitting-floor', 'seated', 'hanging'] as const;
export type Base = (typeof BASES)[number];
