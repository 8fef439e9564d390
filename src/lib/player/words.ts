/** What the player says about a step: its heading, the line under it, what comes next, and progress. */
import { PHASE_TITLES, formatPlannedDose } from '../routine/format';
import { plural } from '../words';
import type { Program, Side, Step } from './steps';

const SIDE_NAMES: Record<Side, string> = { left: 'Left side', right: 'Right side' };

/** "Move 4 of 14 · Strength". */
export function progressText(program: Program, step: Step): string {
  const move = program.moves[step.move]!;
  return `Move ${step.move + 1} of ${program.moves.length} · ${PHASE_TITLES[move.phase]}`;
}

/** The move's whole dose: "3 sets × 12 reps, each side". */
export function doseText(program: Program, step: Step): string {
  const move = program.moves[step.move]!;
  return formatPlannedDose(move.dose, move.phase);
}

/** The step's own line: "Get ready", "Set 2 of 3 · 12 reps", "Hold 1 of 3 · 20 s · Left side", "Switch sides", "Rest". */
export function stepText(program: Program, step: Step): string {
  const { dose } = program.moves[step.move]!;
  const parts: string[] = [];
  if (step.kind === 'countdown') return 'Get ready';
  if (step.kind === 'switch') return `Switch sides: ${step.side} side next`;
  if (step.kind === 'rest') return step.letGo ? 'Let go and settle' : 'Rest';
  if (dose.sets > 1) parts.push(`Set ${step.set} of ${dose.sets}`);
  if (dose.type === 'reps') parts.push(plural(dose.reps, 'rep'));
  else if (dose.type === 'hold') parts.push(`Hold ${step.repeat} of ${dose.repeats}`, `${dose.seconds} s`);
  else parts.push(`${dose.seconds} s`);
  if (step.side) parts.push(SIDE_NAMES[step.side]);
  return parts.join(' · ');
}

/** "Next: Rest 45 s", "Next: switch to the right side", "Next: Chin tuck", "Next: the end of the workout". */
export function nextText(program: Program, index: number): string {
  const step = program.steps[index];
  const next = program.steps[index + 1];
  if (!step || !next) return 'Next: the end of the workout';
  if (next.move !== step.move) return `Next: ${program.moves[next.move]!.title}`;
  if (next.kind === 'switch') return `Next: switch to the ${next.side} side`;
  if (next.letGo) return `Next: let go for ${next.seconds} s, then ${stepText(program, program.steps[index + 2] ?? next)}`;
  if (next.kind === 'rest') return `Next: Rest ${next.seconds} s`;
  return `Next: ${stepText(program, next)}`;
}

/** Spoken at the start of a step (short; nothing for a repeat of the same thing). */
export function spokenText(program: Program, step: Step): string {
  const move = program.moves[step.move]!;
  if (step.kind === 'countdown') return `Get ready: ${move.title}`;
  if (step.kind === 'switch') return 'Switch sides';
  if (step.kind === 'rest') return step.letGo ? 'Let go' : 'Rest';
  if (step.kind === 'hold') return 'Hold';
  return step.side ? SIDE_NAMES[step.side] : 'Go';
}

/** "12:05" or "1:02:05". */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const sec = String(s % 60).padStart(2, '0');
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor(s / 60) % 60;
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${sec}` : `${minutes}:${sec}`;
}
