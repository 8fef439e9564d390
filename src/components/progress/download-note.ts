/**
 * /progress/'s note under "Your data": when the log was last downloaded, and the reminder every
 * few sessions (src/lib/progress/download-note.ts). The mark is written on each download.
 */
import { DOWNLOAD_MARK_KEY, downloadNote, readDownloadMark } from '../../lib/progress/download-note';

const formatDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

function readMark() {
  try {
    return readDownloadMark(localStorage.getItem(DOWNLOAD_MARK_KEY));
  } catch {
    return null;
  }
}

/** Notes a download of a log of this many sessions. */
export function markDownload(sessions: number, now = new Date()): void {
  try {
    localStorage.setItem(DOWNLOAD_MARK_KEY, JSON.stringify({ at: now.toISOString(), sessions }));
  } catch {
    // Storage refused: the note keeps saying what it said.
  }
}

export function showDownloadNote(root: ParentNode, sessions: number): void {
  const note = downloadNote(readMark(), sessions, formatDate);
  const status = root.querySelector<HTMLElement>('[data-last-download]');
  const reminder = root.querySelector<HTMLElement>('[data-download-reminder]');
  if (status) status.textContent = note.status;
  if (reminder) {
    reminder.textContent = note.reminder;
    reminder.hidden = !note.reminder;
  }
}
