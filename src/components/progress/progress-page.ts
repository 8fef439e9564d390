/**
 * <progress-log>: /progress/'s behaviour. Reads the log from this browser's storage and renders
 * it, and re-renders when another tab saves a session. "Download my log", "Import a log", "Delete
 * my data" (after a confirm dialog) and "Add to calendar" load their code on use (progress-actions.ts).
 */
import type { CoachMove } from '../../lib/progress/coach';
import type { StoredSession } from '../../lib/progress/record';
import { loadKeptPlan } from '../../lib/routine/kept';
import { PROGRAM_KEY } from '../../lib/progress/program-key';
import { showDownloadNote } from './download-note';
import { describePlan, render, set } from './progress-view';
import { loadLog, onLogChange, type Backup } from './storage';

/** What the actions (progress-actions.ts) read and call back. */
export interface LogState extends HTMLElement {
  readonly moves: Record<string, CoachMove>;
  readonly sessions: StoredSession[];
  readonly backups: Backup[];
  refresh(): void;
}

class ProgressLog extends HTMLElement implements LogState {
  moves: Record<string, CoachMove> = {};
  sessions: StoredSession[] = [];
  backups: Backup[] = [];

  connectedCallback() {
    try {
      this.moves = JSON.parse(document.getElementById('coach-moves')?.textContent ?? '{}');
    } catch {
      this.moves = {};
    }
    this.refresh();
    onLogChange(() => this.refresh());
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-progress-action]');
      // The dialog opens within the tap (showModal needs it); everything else loads its code first.
      if (button?.dataset.progressAction === 'delete') this.querySelector<HTMLDialogElement>('[data-delete-dialog]')?.showModal();
      else if (button) this.act((actions, log) => actions.onAction(log, button));
    });
    this.querySelector<HTMLInputElement>('[data-import]')?.addEventListener('change', (event) => this.act((actions, log) => actions.importFile(log, event.target as HTMLInputElement)));
    this.querySelector<HTMLDialogElement>('[data-delete-dialog]')?.addEventListener('close', (event) => this.act((actions, log) => actions.onDeleteDialog(log, event.target as HTMLDialogElement)));
  }

  refresh() {
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

  /** A tap on a button, a file chosen, the delete dialog closed: their code loads on first use. */
  private act(run: (actions: typeof import('./progress-actions'), log: LogState) => unknown) {
    void import('./progress-actions').then((actions) => run(actions, this));
  }
}

function hasProgram(): boolean {
  try {
    return localStorage.getItem(PROGRAM_KEY) !== null;
  } catch {
    return false;
  }
}

customElements.define('progress-log', ProgressLog);
