/**
 * The program saved on this device, built with the log (browser only, loaded on use): for
 * /progress/'s program line and the player's end screen.
 */
import { buildProgram, decodeProgram, type HarderLinks, type LoggedSession, type Program } from '../../lib/program';
import type { RoutineMove } from '../../lib/routine/types';
import { loadProgram } from '../progress/program-storage';

let data: Promise<{ catalogue: RoutineMove[]; harder: HarderLinks }> | undefined;
/** The engine's moves and their `harder` links (/program/data.json, precached for offline use). */
export const programData = () => (data ??= fetch('/program/data.json').then((response) => response.json()));

/** The saved program with these sessions logged, or undefined when none is saved (or it cannot be read). */
export async function savedProgram(sessions: LoggedSession[]): Promise<Program | undefined> {
  const saved = loadProgram().program;
  if (!saved) return undefined;
  const { catalogue, harder } = await programData();
  return buildProgram(catalogue, harder, decodeProgram(saved.query).settings, sessions, new Date());
}
