/**
 * "Download my log" and "Import a log": the file format and the merge. An import is all or
 * nothing: one bad session refuses the whole file, with a message that says where.
 */
import { byDateDesc, readRecord, RECORD_VERSION, type StoredSession } from './record';
import { readProgramRecord, type StoredProgram } from './program-record';

export const LOG_FORMAT = 'upright-log';
export const LOG_FILE_VERSION = 1;
/** A year of daily sessions is well under 1 MB; anything bigger is not a log this site wrote. */
export const MAX_LOG_BYTES = 1024 * 1024;
const MAX_SESSIONS = 5000;

export interface LogFile {
  format: typeof LOG_FORMAT;
  version: typeof LOG_FILE_VERSION;
  exportedAt: string;
  sessions: StoredSession[];
  /** The program started on the device, if any (an optional field: files without it read as before). */
  program?: StoredProgram;
}

export type ParsedLog = { ok: true; sessions: StoredSession[]; program?: StoredProgram } | { ok: false; message: string };

export function toLogFile(sessions: StoredSession[], now: Date, program?: StoredProgram): LogFile {
  const file: LogFile = { format: LOG_FORMAT, version: LOG_FILE_VERSION, exportedAt: now.toISOString(), sessions: [...sessions].sort(byDateDesc) };
  if (program) file.program = program;
  return file;
}

const refuse = (message: string): ParsedLog => ({ ok: false, message: `This file was not imported: ${message} Your log has not changed.` });

/** Checks a file's text; `bytes` is the file's size, checked before the text is read. */
export function parseLogFile(textOrNothing: string | undefined, bytes: number): ParsedLog {
  if (bytes > MAX_LOG_BYTES || (textOrNothing?.length ?? 0) > MAX_LOG_BYTES) return refuse(`it is larger than ${MAX_LOG_BYTES / 1024 / 1024} MB, far more than a log.`);
  let data: unknown;
  try {
    data = JSON.parse(textOrNothing ?? '');
  } catch {
    return refuse('it is not a JSON file.');
  }
  if (typeof data !== 'object' || data === null || (data as LogFile).format !== LOG_FORMAT) return refuse('it is not an Upright log (made with “Download my log”).');
  const { version, sessions, program } = data as Record<string, unknown>;
  if (version !== LOG_FILE_VERSION) {
    return refuse(typeof version === 'number' && version > LOG_FILE_VERSION ? `it comes from a newer version of the site (version ${version}).` : 'its version is not one this site wrote.');
  }
  if (!Array.isArray(sessions)) return refuse('it has no list of sessions.');
  if (sessions.length > MAX_SESSIONS) return refuse(`it has more than ${MAX_SESSIONS} sessions.`);
  const read: StoredSession[] = [];
  for (const [index, value] of sessions.entries()) {
    // Files only ever hold the current record version.
    const result = typeof value === 'object' && value !== null && (value as StoredSession).v === RECORD_VERSION ? readRecord(value) : readRecord({ v: 'missing' });
    if (!result.ok) return refuse(`session ${index + 1}: ${result.reason}.`);
    read.push(result.session);
  }
  if (program === undefined) return { ok: true, sessions: read };
  const saved = readProgramRecord(program);
  return saved.ok ? { ok: true, sessions: read, program: saved.program } : refuse(`its program: ${saved.reason}.`);
}

/** The sessions to add: those whose id is not in the log yet (and each id once). */
export function sessionsToAdd(existing: StoredSession[], incoming: StoredSession[]): StoredSession[] {
  const seen = new Set(existing.map((s) => s.id));
  return incoming.filter((s) => !seen.has(s.id) && seen.add(s.id));
}
