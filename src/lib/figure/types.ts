/** The props a figure can draw, and the motion's tempo. */
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

export interface Tempo {
  /** Seconds from start to end, pause at the end, end back to start. */
  out: number;
  hold: number;
  back: number;
}
