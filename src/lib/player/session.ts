/** The end screen's figures and the record the progress log stores (src/lib/progress/session.ts). */
import type { Effort, NewSession, SessionMoveRecord } from '../progress/session';
import type { Level } from '../routine/types';
import type { Program } from './steps';
import type { PlayerState } from './state';

/** Per move: sets planned, and sets with at least one work or hold step finished (clock or Done). */
export function moveRecords(program: Program, state: PlayerState): SessionMoveRecord[] {
  const finished = new Set(state.finished);
  return program.moves.map((move, index) => {
    const sets = new Set(
      program.steps.flatMap((step, i) => (step.move === index && (step.kind === 'work' || step.kind === 'hold') && finished.has(i) ? [step.set] : [])),
    );
    return {
      id: move.id,
      phase: move.phase,
      ...(move.addon ? { addon: move.addon } : {}),
      setsPlanned: move.dose.sets,
      setsDone: sets.size,
      skipped: sets.size === 0,
    };
  });
}

export function summary(program: Program, state: PlayerState) {
  const moves = moveRecords(program, state);
  const skipped = moves.filter((m) => m.skipped).length;
  return { seconds: Math.round(state.totalMs / 1000), done: moves.length - skipped, skipped, moves };
}

export function sessionRecord(
  program: Program, state: PlayerState,
  context: { query: string; level: Level; effort: Effort; date: Date },
): NewSession {
  const { seconds, moves } = summary(program, state);
  return {
    date: context.date.toISOString(),
    query: context.query,
    level: context.level,
    minutes: Math.max(1, Math.round(seconds / 60)),
    moves,
    effort: context.effort,
    source: 'player',
  };
}
