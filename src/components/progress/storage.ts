/**
 * The progress log's storage (browser only): localStorage, one key per session.
 *
 * - One key per session (`upright-log:<id>`): saving is a single setItem of a new key, so two open
 *   tabs that save at once both keep their session (there is no shared list to read, change and
 *   write back). Other tabs hear of it through the `storage` event.
 * - A value that cannot be read is never overwritten or lost: it is copied under a backup key
 *   (`upright-log-backup:<id>`) before it leaves the log, and the page offers it as a download.
 */
import type { NewSession } from '../../lib/progress/session';
import { byDateDesc, readRecord, toRecord, type StoredSession } from '../../lib/progress/record';

export type SaveResult = { ok: true; count: number } | { ok: false; message: string };

export const SESSION_PREFIX = 'upright-log:';
export const BACKUP_PREFIX = 'upright-log-backup:';

export interface Backup {
  key: string;
  raw: string;
  reason: string;
}

export interface LoadedLog {
  sessions: StoredSession[];
  /** Values that could not be read, kept aside. */
  backups: Backup[];
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage blocked (privacy settings)
  }
}

const NO_STORAGE = 'This browser does not let the page keep data (storage is blocked or full), so nothing was saved.';

/** Random and unguessable, with the time first so keys sort roughly by when they were made. */
export function newId(): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${Date.now().toString(36)}-${random}`;
}

const keysWith = (store: Storage, prefix: string) =>
  Array.from({ length: store.length }, (_, i) => store.key(i)).filter((key): key is string => key?.startsWith(prefix) ?? false);

function reasonOf(raw: string, id: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'not valid JSON';
  }
  const result = readRecord(value, id);
  return result.ok ? undefined : result.reason;
}

export function loadLog(): LoadedLog {
  const store = storage();
  if (!store) return { sessions: [], backups: [] };
  const sessions: StoredSession[] = [];
  for (const key of keysWith(store, SESSION_PREFIX)) {
    const id = key.slice(SESSION_PREFIX.length);
    const raw = store.getItem(key);
    if (raw === null) continue; // removed by another tab meanwhile
    const reason = reasonOf(raw, id);
    if (reason === undefined) {
      const result = readRecord(JSON.parse(raw), id);
      if (result.ok) sessions.push(result.session);
      continue;
    }
    // Keep it aside first; only once the copy is stored does it leave the log (never lost).
    try {
      const backupKey = BACKUP_PREFIX + id;
      if (store.getItem(backupKey) === null) store.setItem(backupKey, raw);
      if (store.getItem(backupKey) === raw) store.removeItem(key);
    } catch {
      // Storage full: leave the value where it is; it is still shown as unreadable below.
    }
  }
  const backups = keysWith(store, BACKUP_PREFIX).map((key) => {
    const raw = store.getItem(key) ?? '';
    return { key, raw, reason: reasonOf(raw, key.slice(BACKUP_PREFIX.length)) ?? 'kept aside' };
  });
  // Unreadable values that could not be moved (storage full) are reported too.
  for (const key of keysWith(store, SESSION_PREFIX)) {
    const raw = store.getItem(key) ?? '';
    const reason = reasonOf(raw, key.slice(SESSION_PREFIX.length));
    if (reason) backups.push({ key, raw, reason });
  }
  return { sessions: sessions.sort(byDateDesc), backups };
}

function write(sessions: StoredSession[]): SaveResult {
  const store = storage();
  if (!store) return { ok: false, message: NO_STORAGE };
  const written: string[] = [];
  try {
    for (const session of sessions) {
      const key = SESSION_PREFIX + session.id;
      store.setItem(key, JSON.stringify(session));
      written.push(key);
    }
  } catch {
    for (const key of written) store.removeItem(key); // all or nothing
    return { ok: false, message: NO_STORAGE };
  }
  return { ok: true, count: keysWith(store, SESSION_PREFIX).length };
}

/** Saves one finished session (the player's end screen and "Log this session"). */
export async function saveSession(session: NewSession): Promise<SaveResult> {
  const record = toRecord(session, newId());
  if (!record.ok) return { ok: false, message: `This session could not be saved: ${record.reason}.` };
  const result = write([record.session]);
  // With the first session, ask the browser to keep this site's storage (Safari may otherwise
  // clear it after seven days without a visit); asked once, since Firefox asks the person.
  if (result.ok && result.count === 1) void globalThis.navigator?.storage?.persist?.().catch(() => false);
  return result;
}

/** Adds imported sessions (already checked and without duplicates). */
export function addSessions(sessions: StoredSession[]): SaveResult {
  return write(sessions);
}

/** "Delete my data": every session and every backup. */
export function deleteLog(): void {
  const store = storage();
  if (!store) return;
  for (const key of [...keysWith(store, SESSION_PREFIX), ...keysWith(store, BACKUP_PREFIX)]) store.removeItem(key);
}

/** Calls back when another tab changes the log. */
export function onLogChange(callback: () => void): void {
  addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith(SESSION_PREFIX) || event.key.startsWith(BACKUP_PREFIX)) callback();
  });
}
