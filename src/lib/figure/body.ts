/**
 * One human body for every figure: segment lengths from the Drillis and Contini fractions of
 * standing height (docs: figures spec). The joint ranges are in pose3d.ts.
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

/** How a pose rests in the scene: decides where the pelvis goes (see place3d.ts). */
export const BASES = ['standing', 'kneeling', 'all-fours', 'plank', 'lying', 'sitting-floor', 'seated', 'hanging'] as const;
export type Base = (typeof BASES)[number];
