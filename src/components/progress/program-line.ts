/**
 * /progress/'s program line, loaded on use when a program is saved: "Week 3 of 6: session 1 of 2"
 * with a Start link to today's session in the player (which logs it against the program).
 */
import { positionText } from '../../lib/program/view';
import type { StoredSession } from '../../lib/progress/record';
import { savedProgram } from '../program/saved-program';
import { loadProgram } from './program-storage';

export async function showProgramLine(line: HTMLElement, sessions: StoredSession[]): Promise<void> {
  const position = line.querySelector<HTMLElement>('[data-program-position]')!;
  const change = line.querySelector<HTMLElement>('[data-program-change]')!;
  const start = line.querySelector<HTMLAnchorElement>('[data-program-start]')!;
  const loaded = loadProgram();
  if (!loaded.program) {
    if (!loaded.damaged) return;
    position.textContent = 'Your saved program could not be read.';
    change.textContent = `It was kept aside unchanged (${loaded.damaged}); open the program page to download it or start a new one.`;
    return;
  }
  const program = (await savedProgram(sessions))!;
  const week = program.weeks[program.position.week - 1]!;
  position.textContent = positionText(program);
  change.textContent = week.change?.why ?? '';
  start.hidden = program.position.finished;
  const session = week.sessions[program.position.session - 1];
  if (session) start.href = `/routine/play/?${session.query}`;
  line.querySelector('[data-program-link]')!.textContent = 'See the whole program';
  line.dataset.week = String(program.position.week);
  line.dataset.session = String(program.position.session);
}
