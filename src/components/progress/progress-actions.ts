/**
 * /progress/'s actions, loaded on first use by <progress-log> (progress-page.ts): "Download my
 * log", the unreadable data's download, "Add to calendar", the delete dialog's answer and "Import
 * a log". The file's, the import's and the calendar's own code loads on use in turn.
 */
import { plural } from '../../lib/words';
import { PROGRAM_KEY, parseProgramText, type StoredProgram } from '../../lib/progress/program-record';
import { download, today } from './download';
import { markDownload, showDownloadNote } from './download-note';
import { set } from './progress-view';
import { addSessions, deleteLog, loadLog } from './storage';
import type { LogState } from './progress-page';

const say = (log: LogState, message: string) => set(log, '[data-log-status]', message);

/** A tap on one of the page's [data-progress-action] buttons (the delete dialog opens within the tap). */
export function onAction(log: LogState, button: HTMLElement) {
  switch (button.dataset.progressAction) {
    case 'download':
      return void import('../../lib/progress/log-file').then(({ toLogFile }) => {
        download(`upright-log-${today()}.json`, 'application/json', JSON.stringify(toLogFile(log.sessions, new Date(), savedProgram()), null, 2));
        markDownload(log.sessions.length);
        showDownloadNote(log, log.sessions.length);
        say(log, `Your log (${plural(log.sessions.length, 'session')}) is downloading.`);
      });
    case 'backup':
      download(`upright-unreadable-${today()}.json`, 'application/json', JSON.stringify(log.backups, null, 2));
      return;
    case 'calendar': {
      const last = log.sessions[0];
      const form = button.closest('[data-calendar-form]');
      if (!form) return;
      if (!last) return set(form, '[data-calendar-status]', 'Log a session first, or add your plan to your calendar from the routine builder.');
      const title = (id: string) => log.moves[id]?.title ?? id;
      return void import('./calendar-form').then(({ addToCalendar }) => addToCalendar(form, {
        query: last.query, level: last.level, minutes: last.minutes,
        moves: last.moves.map((m) => `${title(m.id)}: ${plural(m.setsPlanned, 'set')}`),
      }));
    }
  }
}

export function onDeleteDialog(log: LogState, dialog: HTMLDialogElement) {
  if (dialog.returnValue !== 'delete') return say(log, 'Nothing was deleted.');
  deleteLog();
  try {
    localStorage.removeItem(PROGRAM_KEY);
  } catch {
    // Storage blocked: nothing was kept.
  }
  log.refresh();
  say(log, 'Your log has been deleted from this device.');
}

export async function importFile(log: LogState, input: HTMLInputElement) {
  const file = input.files?.[0];
  if (!file) return;
  const { parseLogFile, sessionsToAdd, MAX_LOG_BYTES } = await import('../../lib/progress/log-file');
  // The size is checked before the file is read, so a huge file never reaches memory.
  const parsed = parseLogFile(file.size > MAX_LOG_BYTES ? undefined : await file.text(), file.size);
  input.value = '';
  if (!parsed.ok) return say(log, parsed.message);
  const fresh = sessionsToAdd(loadLog().sessions, parsed.sessions);
  const saved = fresh.length ? addSessions(fresh) : { ok: true as const, count: log.sessions.length };
  const program = saved.ok ? await importProgram(parsed.program) : '';
  log.refresh();
  say(log, saved.ok
    ? `Imported ${plural(fresh.length, 'new session')}${parsed.sessions.length > fresh.length ? `; ${parsed.sessions.length - fresh.length} already in your log` : ''}.${program}`
    : saved.message);
}

/** The file's program: saved when this device has none; a program already here is kept. */
async function importProgram(program: StoredProgram | undefined): Promise<string> {
  if (!program) return '';
  const { loadProgram, saveProgram } = await import('./program-storage');
  const here = loadProgram();
  if (here.program?.query === program.query) return '';
  if (here.program) return ' The file’s program was not imported: the program already on this device is kept.';
  const result = saveProgram(program);
  return result.ok ? ' Its program is now your program.' : ` ${result.message}`;
}

/** The program saved on this device, for "Download my log" (none when unreadable: it is kept aside, not exported). */
function savedProgram(): StoredProgram | undefined {
  try {
    const result = parseProgramText(localStorage.getItem(PROGRAM_KEY) ?? '');
    return result.ok ? result.program : undefined;
  } catch {
    return undefined;
  }
}
