/**
 * The program saved on this device, built with the log (browser only, loaded on use): for
 * /progress/'s program line and the player's end screen.
 */
import { buildProgramWith, decodeProgram, type HarderLinks, type LoggedSession, type Program } from '../../lib/program';
import { factsFrom, type FactsOf, type FactsTable } from '../../lib/routine/session';
import type { RoutineMove } from '../../lib/routine/types';
import { loadProgram } from '../progress/program-storage';

interface ProgramData {
  catalogue: RoutineMove[];
  harder: HarderLinks;
  factsOf: FactsOf;
}

let data: Promise<ProgramData> | undefined;
/** The engine's moves, their `harder` links and the facts table (/program/data.json, precached for offline use). */
export const programData = () =>
  (data ??= fetch('/program/data.json')
    .then((response) => response.json() as Promise<{ catalogue: RoutineMove[]; harder: HarderLinks; facts: FactsTable }>)
    .then(({ catalogue, harder, facts }) => ({ catalogue, harder, factsOf: factsFrom(facts) })));

/** The saved program with these sessions logged, or undefined when none is saved (or it cannot be read). */
export async function savedProgram(sessions: LoggedSession[]): Promise<Program | undefined> {
  const saved = loadProgram().program;
  if (!saved) return undefined;
  const { catalogue, harder, factsOf } = await programData();
  return buildProgramWith(factsOf, catalogue, harder, decodeProgram(saved.query).settings, sessions, new Date());
}
