/**
 * Each move's "Check first" lines by move id, for the player's get-ready screen (the player
 * rebuilds any plan from its link, so it needs every move's lines, not only the default plan's).
 */
import { getMoves } from './content';

export async function getCheckFirst(): Promise<Record<string, string[]>> {
  return Object.fromEntries((await getMoves()).map((move) => [move.id, move.data.checkFirst]));
}
