/**
 * When each key pose is reached in one loop: a short rest at the start, start -> end in `out`
 * seconds (through any middle poses), a pause of `hold`, then back in `back` seconds.
 */
import type { Tempo } from './types';
import type { MoveKind } from '../content/vocabulary';

export const REST_SECONDS = 0.6;

/** Used when a move gives no tempo: slow and controlled for strength, long holds for stretches. */
export const DEFAULT_TEMPO: Record<MoveKind, Tempo> = {
  exercise: { out: 1.5, hold: 1, back: 2 },
  warmup: { out: 1.5, hold: 0.5, back: 1.5 },
  stretch: { out: 2, hold: 3, back: 2 },
};

export interface Stop {
  /** 0..1 of the loop. */
  at: number;
  pose: string;
}

export interface Timeline {
  seconds: number;
  stops: Stop[];
}

export function keyTimes(order: string[], tempo: Tempo): Timeline {
  const seconds = REST_SECONDS + tempo.out + tempo.hold + tempo.back;
  const steps = order.length - 1;
  const stops: Stop[] = [{ at: 0, pose: order[0]! }, { at: REST_SECONDS, pose: order[0]! }];
  for (let i = 1; i <= steps; i++) stops.push({ at: REST_SECONDS + (tempo.out * i) / steps, pose: order[i]! });
  const holdEnd = REST_SECONDS + tempo.out + tempo.hold;
  if (tempo.hold > 0) stops.push({ at: holdEnd, pose: order[steps]! });
  for (let i = 1; i <= steps; i++) stops.push({ at: holdEnd + (tempo.back * i) / steps, pose: order[steps - i]! });
  return { seconds, stops: stops.map((s) => ({ ...s, at: s.at / seconds })) };
}

/** CSS ease-in-out, cubic-bezier(0.42, 0, 0.58, 1): progress at fraction u of a step. */
export function easeInOut(u: number): number {
  const bez = (t: number, p1: number, p2: number) => 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t ** 2 * p2 + t ** 3;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (bez(mid, 0.42, 0.58) < u) lo = mid; else hi = mid;
  }
  return bez((lo + hi) / 2, 0, 1);
}

/** Loop fractions and the eased progress between two stops, for lines that must follow a hand. */
export function sampleTimes(timeline: Timeline, perStep = 6): { at: number; from: string; to: string; progress: number }[] {
  const out: { at: number; from: string; to: string; progress: number }[] = [];
  const { stops } = timeline;
  for (let i = 0; i < stops.length - 1; i++) {
    const [a, b] = [stops[i]!, stops[i + 1]!];
    const count = a.pose === b.pose ? 1 : perStep;
    for (let k = 0; k < count; k++) {
      const u = k / count;
      out.push({ at: a.at + (b.at - a.at) * u, from: a.pose, to: b.pose, progress: easeInOut(u) });
    }
  }
  const last = stops[stops.length - 1]!;
  out.push({ at: 1, from: last.pose, to: last.pose, progress: 0 });
  return out;
}
