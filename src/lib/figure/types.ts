/** Pose data as it appears in a move's `figure` frontmatter (checked by src/schemas/figure.ts). */
import type { Base, View } from './body';

export const PROPS = [
  'floor', 'wall', 'chair', 'bench', 'doorway', 'table',
  'band', 'band-apart', 'dumbbells', 'barbell', 'cable', 'pullup-bar', 'stress-ball',
] as const;
export type Prop = (typeof PROPS)[number];

/** Which equipment item a prop shows; props without one (floor, wall...) are always allowed. */
export const PROP_EQUIPMENT: Partial<Record<Prop, string>> = {
  band: 'band',
  'band-apart': 'band',
  dumbbells: 'dumbbells',
  barbell: 'barbell',
  cable: 'cable',
  bench: 'bench',
  'pullup-bar': 'pullup-bar',
  'stress-ball': 'stress-ball',
};

export const LIFTABLE = ['near-arm', 'far-arm', 'near-leg', 'far-leg', 'hips', 'back'] as const;
export type Lifted = (typeof LIFTABLE)[number];

export interface LimbAngles {
  shoulder?: number;
  elbow?: number;
  wrist?: number;
  hip?: number;
  knee?: number;
  ankle?: number;
}

export interface Pose extends LimbAngles {
  base: Base;
  trunk?: number;
  spine?: number;
  neck?: number;
  /** The far arm and leg (side view) or the figure's left side (front view), where they differ. */
  far?: LimbAngles;
  /** Upper arms pointing toward the viewer by this many degrees (drawn shorter). */
  reach?: number;
  /** Forearms toward the viewer; defaults to `reach` (a straight arm reaching out). */
  forearmReach?: number;
  /** Limbs or hips lifted off their support in this pose (bird dog, renegade row, bridge). */
  lifted?: Lifted[];
  /** Thighs pointing toward the viewer (seated, seen from the front). */
  thighs?: number;
  shins?: number;
  /** Shoulder girdle: -1..1, lifted (shrug) and drawn back (retract; negative: rounded forward). */
  shrug?: number;
  retract?: number;
  /** A nod of the head on the neck (upper neck), degrees. */
  head?: number;
}

export interface FigureSpec {
  view: View;
  facing: 'left' | 'right';
  props: Prop[];
  /** Which hands hold the held props (dumbbells, barbell, stress ball, band or cable), or the door frame or table edge. */
  holds?: 'near' | 'far' | 'both';
  poses: { start: Pose; end: Pose } & Record<string, Pose>;
}

export interface Tempo {
  /** Seconds from start to end, pause at the end, end back to start. */
  out: number;
  hold: number;
  back: number;
}
