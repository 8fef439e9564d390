/**
 * The started program's storage (browser only), beside the log: one key. A value that cannot be
 * read is never overwritten or lost: it is copied to the backup key before it leaves, and the
 * page says so (and offers it as a download).
 */
import { PROGRAM_BACKUP_KEY, PROGRAM_KEY, parseProgramText, type StoredProgram } from '../../lib/progress/program-record';

export interface LoadedProgram {
  program?: StoredProgram;
  /** Why the saved value could not be read (it is kept under the backup key). */
  damaged?: string;
  /** The unreadable value kept aside, for its download. */
  backup?: string;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadProgram(): LoadedProgram {
  const store = storage();
  const raw = store?.getItem(PROGRAM_KEY);
  const backup = store?.getItem(PROGRAM_BACKUP_KEY) ?? undefined;
  if (!store || raw == null) return backup ? { backup } : {};
  const result = parseProgramText(raw);
  if (result.ok) return { program: result.program, ...(backup && { backup }) };
  try {
    // Kept aside first (an older backup is never overwritten); only then does it leave its key.
    if (backup === undefined) store.setItem(PROGRAM_BACKUP_KEY, raw);
    if (store.getItem(PROGRAM_BACKUP_KEY) === raw) store.removeItem(PROGRAM_KEY);
  } catch {
    // Storage full: the value stays where it is, and is reported below.
  }
  return { damaged: result.reason, backup: store.getItem(PROGRAM_BACKUP_KEY) ?? raw };
}

/** Saves a started program; a damaged value under the key is kept aside first (never lost). */
export function saveProgram(program: StoredProgram): { ok: true } | { ok: false; message: string } {
  const store = storage();
  if (!store) return { ok: false, message: 'This browser does not let the page keep data, so the program was not saved.' };
  try {
    const old = store.getItem(PROGRAM_KEY);
    if (old !== null && !parseProgramText(old).ok && store.getItem(PROGRAM_BACKUP_KEY) === null) store.setItem(PROGRAM_BACKUP_KEY, old);
    store.setItem(PROGRAM_KEY, JSON.stringify(program));
    return { ok: true };
  } catch {
    return { ok: false, message: 'This browser’s storage is full, so the program was not saved.' };
  }
}

/** "Stop this program" and "Delete my data". */
export function removeProgram(): void {
  storage()?.removeItem(PROGRAM_KEY);
}
