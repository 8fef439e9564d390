/**
 * When the log was last downloaded, and a plain reminder every few sessions to keep a copy:
 * browsers may clear a site's storage (Safari after seven days without a visit), and the log
 * lives only in this browser. Pure: the caller reads and writes the stored mark.
 */

/** The storage key of the mark: JSON `{ at, sessions }`, written on each "Download my log". */
export const DOWNLOAD_MARK_KEY = 'upright-log-downloaded';
/** Sessions logged since the last download before the page reminds. */
export const REMIND_EVERY = 5;

export interface DownloadMark {
  /** ISO date and time of the download. */
  at: string;
  /** How many sessions the log held then. */
  sessions: number;
}

/** The stored mark, or null when there is none or it cannot be read (then it is as if never). */
export function readDownloadMark(raw: string | null): DownloadMark | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<DownloadMark>;
    const valid = typeof value.at === 'string' && !Number.isNaN(Date.parse(value.at)) && Number.isInteger(value.sessions) && (value.sessions as number) >= 0;
    return valid ? { at: value.at as string, sessions: value.sessions as number } : null;
  } catch {
    return null;
  }
}

export interface DownloadNote {
  /** "Last downloaded …" or "not downloaded yet"; empty with no sessions. */
  status: string;
  /** The reminder, or empty when none is due. */
  reminder: string;
}

/**
 * @param formatDate how the page writes a date (the page's locale)
 */
export function downloadNote(mark: DownloadMark | null, sessionCount: number, formatDate: (iso: string) => string): DownloadNote {
  if (sessionCount === 0) return { status: '', reminder: '' };
  // A log deleted since the download counts from empty again.
  const since = mark && sessionCount >= mark.sessions ? sessionCount - mark.sessions : sessionCount;
  const status = mark ? `Last downloaded on ${formatDate(mark.at)}, with ${mark.sessions} session${mark.sessions === 1 ? '' : 's'}.` : 'You have not downloaded your log yet.';
  // Due from the fifth session after a download until the next download.
  const reminder = since >= REMIND_EVERY
    ? `${since} sessions since ${mark ? 'your last download' : 'you started'}. Your log is kept only in this browser, and browsers can clear a site's data (Safari does after seven days without a visit), so it is worth keeping a copy: use “Download my log” below.`
    : '';
  return { status, reminder };
}
