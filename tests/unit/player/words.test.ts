import { expect, test } from 'vitest';
import { buildPlan } from '../../../src/lib/routine';
import { formatClock, nextText, progressText, stepText, toProgram, type Program } from '../../../src/lib/player';
import { FIXTURE } from '../routine/fixture';

// Advanced with dumbbells: three sets of strength moves, each-side rows and carries, each-side stretches.
const program: Program = toProgram(buildPlan(FIXTURE, {
  inputs: { level: 'advanced', equipment: ['band', 'dumbbells'], minutes: 45, focus: 'balanced', addons: ['grip'] }, seed: 2, swaps: [],
}));
const find = (predicate: (i: number) => boolean) => program.steps.findIndex((_, i) => predicate(i));

test('progress names the move\'s place and phase: "Move 4 of 14 · Strength"', () => {
  const i = find((j) => program.moves[program.steps[j]!.move]!.phase === 'strength');
  const step = program.steps[i]!;
  expect(progressText(program, step)).toBe(`Move ${step.move + 1} of ${program.moves.length} · Strength`);
});

test('a rep set reads "Set 2 of 3 · 12 reps", with its side where it has one', () => {
  const i = find((j) => program.steps[j]!.kind === 'work' && program.steps[j]!.set === 2 && !program.steps[j]!.timed);
  const step = program.steps[i]!;
  const dose = program.moves[step.move]!.dose as { reps: number };
  expect(stepText(program, step)).toBe(`Set 2 of 3 · ${dose.reps} reps${step.side ? ` · ${step.side === 'left' ? 'Left' : 'Right'} side` : ''}`);
});

test('get-ready, holds, switches and rests say what they are, and what comes next', () => {
  const ready = find((j) => program.steps[j]!.kind === 'countdown' && j > 0);
  expect(stepText(program, program.steps[ready]!)).toBe('Get ready');
  expect(nextText(program, ready - 1)).toBe(`Next: ${program.moves[program.steps[ready]!.move]!.title}`);
  const hold = find((j) => program.steps[j]!.kind === 'hold' && program.steps[j]!.repeat === 1 && program.moves[program.steps[j]!.move]!.phase === 'cooldown');
  const dose = program.moves[program.steps[hold]!.move]!.dose as { seconds: number; repeats: number };
  expect(stepText(program, program.steps[hold]!)).toMatch(new RegExp(`^Hold 1 of ${dose.repeats} · ${dose.seconds} s`));
  expect(nextText(program, hold)).toBe(`Next: let go for 5 s, then Hold 2 of ${dose.repeats} · ${dose.seconds} s${program.steps[hold]!.side ? ' · Left side' : ''}`);
  const change = find((j) => program.steps[j]!.kind === 'switch');
  expect(stepText(program, program.steps[change]!)).toBe('Switch sides: right side next');
  expect(nextText(program, change - 1)).toBe('Next: switch to the right side');
  const rest = find((j) => program.steps[j]!.kind === 'rest' && !program.steps[j]!.letGo);
  expect(stepText(program, program.steps[rest]!)).toBe('Rest');
  expect(nextText(program, rest - 1)).toBe(`Next: Rest ${program.steps[rest]!.seconds} s`);
  expect(nextText(program, program.steps.length - 1)).toBe('Next: the end of the workout');
});

test('clock times', () => {
  expect([0, 5, 65, 600, 3725, -3, 59.9].map(formatClock)).toEqual(['0:00', '0:05', '1:05', '10:00', '1:02:05', '0:00', '0:59']);
});
