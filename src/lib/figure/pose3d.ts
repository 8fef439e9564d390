/**
 * The 3D pose model as it appears in a move's `figure` frontmatter. Angles follow the ISB
 * conventions (Wu et al. 2002 for spine and hip, Wu et al. 2005 for shoulder, elbow and wrist):
 * each joint turns flexion/extension first, then abduction/adduction (side bend for spine and
 * neck), then axial rotation. The shoulder blade moves on the ribs: elevation/depression,
 * retraction/protraction, upward/downward rotation. Ranges: docs figures spec (AAOS, Norkin and White).
 */
import type { Base } from './body';

/** flexion +, extension -; abduction + (away from the midline); rotation + external (limbs). */
export interface Limb3 { flexion?: number; abduction?: number; rotation?: number }
/** flexion + (bend forward); sideBend + to the right; rotation + to the right. */
export interface Axial3 { flexion?: number; sideBend?: number; rotation?: number }
/** Degrees of the collar bone: elevation + (shrug), retraction + (toward the spine), upwardRotation +. */
export interface Scapula3 { elevation?: number; retraction?: number; upwardRotation?: number }

export interface SideJoints {
  scapula?: Scapula3;
  shoulder?: Limb3;
  elbow?: number;
  wrist?: number;
  hip?: Limb3;
  knee?: number;
  ankle?: number;
}

export const LIFTABLE_3D = ['right-arm', 'left-arm', 'right-leg', 'left-leg', 'hips', 'back'] as const;
export type Lifted3 = (typeof LIFTABLE_3D)[number];

export interface Pose3 extends SideJoints {
  base: Base;
  /** The pelvis's forward tilt in the world (90 lying face down, -90 face up). */
  trunk?: number;
  /** The whole body turned about its own long axis (+ to the right): lying face up turned 90 lies on its side. */
  turn?: number;
  spine?: Axial3;
  neck?: Axial3;
  /** Nod of the head on the upper neck (+ chin down): a chin tuck is neck extension plus a nod. */
  head?: number;
  /** The person's left side where it differs (the right side and both sides take the main values). */
  left?: SideJoints;
  lifted?: Lifted3[];
}

export interface Range { min: number; max: number; motion: string }
const r = (min: number, max: number, motion: string): Range => ({ min, max, motion });

/** Normal active ranges, checked by the schema (a pose outside them is a typo, not a stretch). */
export const RANGES = {
  trunk: r(-180, 180, 'tilt of the pelvis from upright'),
  turn: r(-90, 90, 'turn of the body about its long axis'),
  'spine.flexion': r(-25, 80, 'trunk flexion (negative: extension)'),
  'spine.sideBend': r(-35, 35, 'trunk side bend'),
  'spine.rotation': r(-45, 45, 'trunk rotation'),
  'neck.flexion': r(-45, 45, 'neck flexion (negative: extension)'),
  'neck.sideBend': r(-45, 45, 'neck side bend'),
  'neck.rotation': r(-60, 60, 'neck rotation'),
  head: r(-30, 30, 'head nod on the upper neck'),
  'scapula.elevation': r(-10, 30, 'shoulder blade elevation (negative: depression)'),
  'scapula.retraction': r(-25, 25, 'shoulder blade retraction (negative: protraction)'),
  'scapula.upwardRotation': r(-15, 60, 'shoulder blade upward rotation'),
  'shoulder.flexion': r(-60, 180, 'shoulder flexion (negative: extension)'),
  'shoulder.abduction': r(-30, 180, 'shoulder abduction'),
  'shoulder.rotation': r(-70, 90, 'shoulder rotation (external +, internal -)'),
  elbow: r(0, 150, 'elbow flexion'),
  wrist: r(-70, 80, 'wrist flexion (negative: extension)'),
  'hip.flexion': r(-30, 120, 'hip flexion (negative: extension)'),
  'hip.abduction': r(-30, 45, 'hip abduction'),
  'hip.rotation': r(-45, 45, 'hip rotation'),
  knee: r(0, 150, 'knee flexion'),
  ankle: r(-50, 20, 'ankle dorsiflexion (negative: plantarflexion)'),
} as const satisfies Record<string, Range>;
export type RangeKey = keyof typeof RANGES;

/** Every angle a pose sets, as [path, range key, value], for the schema's range check. */
export function poseAngles(pose: Pose3): [string[], RangeKey, number][] {
  const out: [string[], RangeKey, number][] = [];
  const walk = (obj: object | undefined, prefix: string[]) => {
    for (const [key, value] of Object.entries(obj ?? {}) as [string, unknown][]) {
      if (key === 'base' || key === 'lifted' || key === 'left') continue;
      if (typeof value === 'number') {
        const rangeKey = (prefix.length && prefix[prefix.length - 1] !== 'left' ? `${prefix[prefix.length - 1]}.${key}` : key) as RangeKey;
        if (rangeKey in RANGES) out.push([[...prefix, key], rangeKey, value]);
      } else if (value && typeof value === 'object') walk(value, [...prefix, key]);
    }
  };
  walk(pose, []);
  walk(pose.left, ['left']);
  return out;
}

export const CAMERAS = ['side', 'front', 'back', 'top', 'three-quarter'] as const;
export type CameraName = (typeof CAMERAS)[number];
export const CLOSE_UPS = ['head', 'back', 'hand'] as const;

export interface ViewSpec {
  camera: CameraName;
  /** Degrees around the body from its front (90: its right side, 180: its back). */
  azimuth?: number;
  /** Degrees above the horizon (90: from above). */
  elevation?: number;
  /** A close-up of the head and shoulders, of the shoulder blades, or of the hand. */
  close?: (typeof CLOSE_UPS)[number];
}

export const KEY_POINTS = ['right-hand', 'left-hand', 'hands', 'right-elbow', 'elbows', 'head', 'chin', 'hips', 'shoulders', 'blades', 'right-knee', 'left-foot', 'chest', 'back'] as const;
export type KeyPoint = (typeof KEY_POINTS)[number];
export const STILL_PARTS = ['trunk', 'hips', 'back', 'head', 'shoulders', 'arms', 'legs', 'feet', 'hands', 'elbows'] as const;
/**
 * Shapes the body holds while it moves (a part can travel and still keep its shape): a hinge moves
 * the back but keeps it flat, a row under a table moves the whole body but keeps it straight.
 */
export const KEPT_SHAPES = ['back-flat', 'body-straight', 'hips-up', 'arms-straight', 'shoulders-level', 'arms-loose'] as const;
export type KeptShape = (typeof KEPT_SHAPES)[number];

export interface Figure3 {
  props: string[];
  /** Where a band or cable is tied: ahead of the hands (default), above the head, or to the body's left or right. */
  anchor?: 'ahead' | 'above' | 'left' | 'right';
  /** Which side of the body a wall is on: behind the back (default) or in front (facing it). */
  wall?: 'behind' | 'front';
  holds?: 'right' | 'left' | 'both';
  /**
   * How the hands hold dumbbells: overhand (palms toward the body or the floor, the handle across
   * the body as a bar is held; the default) or neutral (palms facing each other, the handle
   * pointing forward, as in most dumbbell rows and carries).
   */
  grip?: 'overhand' | 'neutral';
  isometric?: boolean;
  /** The point that travels; the parts that stay where they are; the shapes that hold while it moves. */
  key: { point: KeyPoint; still?: (typeof STILL_PARTS)[number][]; keep?: KeptShape[] };
  views: ViewSpec[];
  poses: { start: Pose3; end: Pose3 } & Record<string, Pose3>;
}
