/**
 * The program saved on this device once started (rule K4), kept with the log: its link (the
 * program's settings, src/lib/program/url.ts) and when it was started. Zod-free and small, as
 * record.ts, because /progress/ reads it on arrival.
 *
 *   v1: { v: 1, query, startedAt }; the first version.
 *
 * `readProgramRecord` reads any version up to the current one; a value it cannot read is
 * reported, never guessed at, and the storage keeps it aside (never lost).
 */
export { PROGRAM_KEY, PROGRAM_BACKUP_KEY } from './program-key';
export const PROGRAM_VERSION = 1;

export interface StoredProgram {
  v: typeof PROGRAM_VERSION;
  /** The program's link without "?": level=…&days=…&weeks=…&start=YYYY-MM-DD&seed=… */
  query: string;
  /** When it was started, ISO 8601. */
  startedAt: string;
}

export type ProgramReadResult = { ok: true; program: StoredProgram } | { ok: false; reason: string };

/** The program link's characters: keys, slugs, digits, commas, dashes; it always has a start date. */
const QUERY = /^[a-z0-9=&,-]{1,400}$/;
const START = /(?:^|&)start=\d{4}-\d{2}-\d{2}(?:&|$)/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function readProgramRecord(value: unknown): ProgramReadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not a saved program' };
  const { v, query, startedAt } = value as Record<string, unknown>;
  if (v !== PROGRAM_VERSION) {
    return { ok: false, reason: typeof v === 'number' && v > PROGRAM_VERSION ? `version ${v} is newer than this page reads (${PROGRAM_VERSION})` : 'unknown version' };
  }
  if (typeof query !== 'string' || !QUERY.test(query) || !START.test(query)) return { ok: false, reason: 'query: not a program link with a start date' };
  if (typeof startedAt !== 'string' || !ISO.test(startedAt) || Number.isNaN(Date.parse(startedAt))) return { ok: false, reason: 'startedAt: not a date' };
  return { ok: true, program: { v: PROGRAM_VERSION, query, startedAt } };
}

/** Reads the stored text (JSON) of a program. */
export function parseProgramText(raw: string): ProgramReadResult {
  try {
    return readProgramRecord(JSON.parse(raw));
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
}
