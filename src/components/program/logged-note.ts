/**
 * The player's end screen, after a session is saved: whether it counted toward the saved program.
 * Loaded on use with import(), so the program code never weighs on the player's first load.
 */
import { positionText } from '../../lib/program/view';
import { loadLog } from '../progress/storage';
import { savedProgram } from './saved-program';

export async function noteLogged(node: HTMLElement, query: string): Promise<void> {
  const sessions = loadLog().sessions; // newest first: the one just saved is sessions[0]
  const before = await savedProgram(sessions.slice(1));
  if (!before || before.position.finished) return;
  const { week, session } = before.position;
  if (!before.weeks[week - 1]!.sessions.some((s) => s.query === query)) {
    node.textContent = 'This plan is not one of this week’s program sessions, so your program has not moved.';
  } else {
    const after = (await savedProgram(sessions))!;
    node.textContent = `Logged against your program: week ${week}, session ${session} of ${before.settings.days}. Now: ${positionText(after)}.`;
  }
  node.hidden = false;
}
