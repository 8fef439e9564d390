/**
 * "Log this session" and "Add to calendar" on /routine/: one self-contained classic script (with
 * the calendar writer inside), loaded on first use by the page's script (the page's JavaScript budget). The plan is read from the builder's documented page contract
 * (`[data-move]`, `data-phase`, the dose attributes, `[data-plan]`) and the query from the URL
 * the builder keeps in sync, so the island itself is untouched.
 */
import { readQuery } from '../../lib/progress/query';
import type { Effort, SessionMoveRecord } from '../../lib/progress/session';
import { saveSession } from './storage';
import { addToCalendar } from './calendar-form';

// [data-phase] too: the plan's stills carry data-move as well.
const planMoves = () => [...document.querySelectorAll<HTMLElement>('[data-plan] [data-phase][data-move]')];
const query = () => location.search.replace(/^\?/, '');
const level = () => readQuery(query()).level;
const minutes = () => Math.round(Number(document.querySelector<HTMLElement>('[data-plan]')?.dataset.totalSeconds ?? 0) / 60);

/** "Band row: 2 sets × 12 reps", from the dose attributes. */
function describe(move: HTMLElement): string {
  const { sets, reps, holdSeconds, repeats, seconds } = move.dataset;
  const side = move.dataset.perSide !== undefined ? ', each side' : '';
  const dose = reps ? `${sets ?? 1} × ${reps} reps` : holdSeconds ? `hold ${holdSeconds} s, ${repeats} times` : `${seconds} s`;
  return `${move.querySelector('a')?.textContent?.trim() ?? move.dataset.move}: ${dose}${side}`;
}

async function logSession(button: HTMLElement) {
  const form = button.closest('[data-log-form]');
  const status = form?.querySelector('[data-log-status]');
  const effort = (form?.querySelector<HTMLInputElement>('input[name="effort"]:checked')?.value ?? 'about-right') as Effort;
  const moves: SessionMoveRecord[] = planMoves().map((move) => {
    const sets = Number(move.dataset.sets ?? 1);
    const record: SessionMoveRecord = { id: move.dataset.move ?? '', phase: move.dataset.phase as SessionMoveRecord['phase'], setsPlanned: sets, setsDone: sets, skipped: false };
    if (move.dataset.addon) record.addon = move.dataset.addon as SessionMoveRecord['addon'];
    return record;
  });
  const result = await saveSession({ date: new Date().toISOString(), query: query(), level: level(), minutes: minutes(), moves, effort, source: 'manual' });
  if (status) {
    status.textContent = result.ok
      ? `Logged. Your log now holds ${result.count} session${result.count === 1 ? '' : 's'}, on this device only.`
      : result.message;
  }
}

function run(button: HTMLElement): Promise<void> {
  if (button.dataset.progressAction === 'log') return logSession(button);
  const form = button.closest('[data-calendar-form]');
  return form ? addToCalendar(form, { query: query(), level: level(), minutes: minutes(), moves: planMoves().map(describe) }) : Promise.resolve();
}

// Loaded by /routine/'s script on the first click, which it then repeats for this listener; the
// page's loader (window.onclick) is done, and a second copy of this script (a double click while
// loading) does nothing.
onclick = null;
const LOADED = 'uprightProgressActions';
if (!(LOADED in window)) {
  Object.assign(window, { [LOADED]: true });
  addEventListener('click', (event) => {
    const button = (event.target as Element).closest?.<HTMLElement>('[data-progress-action]');
    if (button) void run(button);
  });
}
