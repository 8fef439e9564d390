/**
 * <progress-log>: /progress/'s behaviour. Reads the log from this browser's storage, renders it,
 * and runs "Download my log", "Import a log", "Delete my data" (after a confirm dialog) and
 * "Add to calendar". Re-renders when another tab saves a session.
 */
import type { CoachMove } from '../../lib/progress/coach';
import type { StoredSession } from '../../lib/progress/record';
import { plural } from '../../lib/words';
import { loadKeptPlan } from '../../lib/routine/kept';
import { download, today } from './download';
import { markDownload, showDownloadNote } from './download-note';
import { describePlan, render, set } from './progress-view';
import { addSessions, deleteLog, loadLog, onLogChange, type Backup } from './storage';
import { PROGRAM_KEY, parseProgramText, type StoredProgram } from '../../lib/progress/program-record';

class ProgressLog extends HTMLElement {
  private moves: Record<string, CoachMove> = {};
  private sessions: StoredSession[] = [];
  private backups: Backup[] = [];

  connectedCallback() {
    try {
      this.moves = JSON.parse(document.getElementById('coach-moves')?.textContent ?? '{}');
    } catch {
      this.moves = {};
    }
    this.refresh();
    onLogChange(() => this.refresh());
    this.addEventListener('click', (event) => this.onClick(event));
    this.querySelector<HTMLInputElement>('[data-import]')?.addEventListener('change', (event) => this.importFile(event.target as HTMLInputElement));
    this.querySelector<HTMLDialogElement>('[data-delete-dialog]')?.addEventListener('close', (event) => this.onDeleteDialog(event.target as HTMLDialogElement));
  }

  private refresh() {
    ({ sessions: this.sessions, backups: this.backups } = loadLog());
    render(this, this.sessions, this.moves);
    showDownloadNote(this, this.sessions.length);
    const notice = this.querySelector<HTMLElement>('[data-backup-notice]');
    if (notice) {
      notice.hidden = this.backups.length === 0;
      set(notice, '[data-backup-count]', String(this.backups.length));
    }
    this.showKeptPlan();
    this.dataset.ready = '';
    // The started program's line ("Week 3 of 6: session 1 of 2"): its code loads only when there is one.
    const line = this.querySelector<HTMLElement>('[data-program-line]');
    if (line && hasProgram()) void import('./program-line').then((m) => m.showProgramLine(line, this.sessions));
  }

  /** "Keep this plan" in the builder: offered here, to follow or to open again. */
  private showKeptPlan() {
    const section = this.querySelector<HTMLElement>('[data-kept-section]');
    const kept = loadKeptPlan(localStorage);
    if (!section || !kept) return;
    section.hidden = false;
    set(section, '[data-kept-text]', kept.ok ? `${describePlan(kept.query)}.` : kept.message);
    for (const link of section.querySelectorAll<HTMLAnchorElement>('a')) {
      link.hidden = !kept.ok;
      if (kept.ok) link.href = `${link.pathname}?${kept.query}`;
    }
  }

  private say(message: string) {
    set(this, '[data-log-status]', message);
  }

  private onClick(event: Event) {
    const button = (event.target as Element).closest<HTMLElement>('[data-progress-action]');
    switch (button?.dataset.progressAction) {
      case 'download':
        // The file's code (like the import's and the calendar's) loads on use.
        return void import('../../lib/progress/log-file').then(({ toLogFile }) => {
          download(`upright-log-${today()}.json`, 'application/json', JSON.stringify(toLogFile(this.sessions, new Date(), savedProgram()), null, 2));
          markDownload(this.sessions.length);
          showDownloadNote(this, this.sessions.length);
          this.say(`Your log (${plural(this.sessions.length, 'session')}) is downloading.`);
        });
      case 'backup':
        download(`upright-unreadable-${today()}.json`, 'application/json', JSON.stringify(this.backups, null, 2));
        return;
      case 'delete':
        return this.querySelector<HTMLDialogElement>('[data-delete-dialog]')?.showModal();
      case 'calendar': {
        const last = this.sessions[0];
        const form = button!.closest('[data-calendar-form]');
        if (!form) return;
        if (!last) return set(form, '[data-calendar-status]', 'Log a session first, or add your plan to your calendar from the routine builder.');
        const title = (id: string) => this.moves[id]?.title ?? id;
        return void import('./calendar-form').then(({ addToCalendar }) => addToCalendar(form, {
          query: last.query, level: last.level, minutes: last.minutes,
          moves: last.moves.map((m) => `${title(m.id)}: ${plural(m.setsPlanned, 'set')}`),
        }));
      }
    }
  }

  private onDeleteDialog(dialog: HTMLDialogElement) {
    if (dialog.returnValue !== 'delete') return this.say('Nothing was deleted.');
    deleteLog();
    try {
      localStorage.removeItem(PROGRAM_KEY);
    } catch {
      // Storage blocked: nothing was kept.
    }
    this.refresh();
    this.say('Your log has been deleted from this device.');
  }

  private async importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const { parseLogFile, sessionsToAdd, MAX_LOG_BYTES } = await import('../../lib/progress/log-file');
    // The size is checked before the file is read, so a huge file never reaches memory.
    const parsed = parseLogFile(file.size > MAX_LOG_BYTES ? undefined : await file.text(), file.size);
    input.value = '';
    if (!parsed.ok) return this.say(parsed.message);
    const fresh = sessionsToAdd(loadLog().sessions, parsed.sessions);
    const saved = fresh.length ? addSessions(fresh) : { ok: true as const, count: this.sessions.length };
    const program = saved.ok ? await this.importProgram(parsed.program) : '';
    this.refresh();
    this.say(saved.ok
      ? `Imported ${plural(fresh.length, 'new session')}${parsed.sessions.length > fresh.length ? `; ${parsed.sessions.length - fresh.length} already in your log` : ''}.${program}`
      : saved.message);
  }

  /** The file's program: saved when this device has none; a program already here is kept. */
  private async importProgram(program: StoredProgram | undefined): Promise<string> {
    if (!program) return '';
    const { loadProgram, saveProgram } = await import('./program-storage');
    const here = loadProgram();
    if (here.program?.query === program.query) return '';
    if (here.program) return ' The file’s program was not imported: the program already on this device is kept.';
    const result = saveProgram(program);
    return result.ok ? ' Its program is now your program.' : ` ${result.message}`;
  }
}

function hasProgram(): boolean {
  try {
    return localStorage.getItem(PROGRAM_KEY) !== null;
  } catch {
    return false;
  }
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

customElements.define('progress-log', ProgressLog);
