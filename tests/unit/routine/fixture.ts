/** A small hand-made catalogue for the checker's bad-plan tests and edge cases (unit tests only). */
import type { RoutineMove } from '../../../src/lib/routine';
import { moveUrl } from '../../../src/lib/content/urls';

type MoveSpec = Omit<RoutineMove, 'title' | 'url' | 'cue' | 'use' | 'areas'> & Pick<Partial<RoutineMove>, 'use' | 'areas'>;

const move = (m: MoveSpec): RoutineMove => ({
  use: ['session'],
  areas: [],
  ...m,
  title: m.id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
  url: moveUrl(m.kind, m.id),
  cue: `Cue for ${m.id}.`,
});
const reps = (n: number, perSide = false) => ({ type: 'reps' as const, sets: 1, reps: n, perSide });
const hold = (seconds: number, repeats: number, perSide = false) => ({ type: 'hold' as const, seconds, repeats, perSide });

export const FIXTURE: RoutineMove[] = [
  move({ id: 'neck-circles', kind: 'warmup', pattern: 'mobility', level: 'beginner', equipment: [[]], areas: ['neck'], dose: reps(8) }),
  move({ id: 'shoulder-circles', kind: 'warmup', pattern: 'mobility', level: 'beginner', equipment: [[]], areas: ['shoulders', 'upper-back'], dose: reps(10) }),
  move({ id: 'spine-waves', kind: 'warmup', pattern: 'mobility', level: 'beginner', equipment: [['floor']], areas: ['spine'], dose: { type: 'time', seconds: 40, perSide: false } }),
  move({ id: 'arm-swings', kind: 'warmup', pattern: 'mobility', level: 'beginner', equipment: [[]], areas: ['shoulders'], dose: reps(6, true) }),
  move({ id: 'band-row', kind: 'exercise', pattern: 'row', level: 'beginner', equipment: [['band']], dose: reps(12) }),
  move({ id: 'cable-row', kind: 'exercise', pattern: 'row', level: 'beginner', equipment: [['cable'], ['band']], dose: reps(12) }),
  move({ id: 'dumbbell-row', kind: 'exercise', pattern: 'row', level: 'intermediate', equipment: [['dumbbells'], ['barbell']], dose: reps(10) }),
  move({ id: 'plank-row', kind: 'exercise', pattern: 'row', level: 'advanced', equipment: [['dumbbells', 'floor']], dose: reps(8, true) }),
  move({ id: 'blade-squeeze', kind: 'exercise', pattern: 'posture', level: 'beginner', equipment: [[]], use: ['session', 'desk-break'], dose: hold(5, 10) }),
  move({ id: 'wall-slide', kind: 'exercise', pattern: 'posture', level: 'beginner', equipment: [['wall']], dose: reps(8) }),
  move({ id: 'band-apart', kind: 'exercise', pattern: 'posture', level: 'beginner', equipment: [['band']], use: ['session', 'desk-break'], dose: reps(12) }),
  move({ id: 'rear-fly', kind: 'exercise', pattern: 'posture', level: 'intermediate', equipment: [['dumbbells']], dose: reps(10) }),
  move({ id: 'neck-retraction', kind: 'exercise', pattern: 'posture', level: 'beginner', equipment: [[]], use: ['desk-break'], dose: hold(5, 10) }),
  move({ id: 'floor-bridge', kind: 'exercise', pattern: 'core', level: 'beginner', equipment: [['floor']], dose: reps(10) }),
  move({ id: 'suitcase-carry', kind: 'exercise', pattern: 'grip', level: 'beginner', equipment: [['dumbbells']], dose: { type: 'time', seconds: 30, perSide: true } }),
  move({ id: 'bar-hang', kind: 'exercise', pattern: 'grip', level: 'intermediate', equipment: [['pullup-bar']], dose: hold(10, 2) }),
  move({ id: 'chest-opener', kind: 'stretch', pattern: 'stretch', level: 'beginner', equipment: [['doorway']], areas: ['chest', 'shoulders'], dose: hold(20, 3) }),
  move({ id: 'neck-side-stretch', kind: 'stretch', pattern: 'stretch', level: 'beginner', equipment: [[]], areas: ['neck'], dose: hold(30, 2, true) }),
  move({ id: 'back-hug', kind: 'stretch', pattern: 'stretch', level: 'beginner', equipment: [[]], areas: ['upper-back'], dose: hold(20, 2) }),
  move({ id: 'hip-opener', kind: 'stretch', pattern: 'stretch', level: 'beginner', equipment: [['floor']], areas: ['hips'], dose: hold(20, 2) }),
];
