/**
 * The stored session record and its versions. Zod-free on purpose: this module runs in the browser,
 * where Zod's eval probe would break the strict CSP and cost most of the page's 10 KB budget.
 *
 *   v0: the bare hand-over record (NewSession) with no envelope and no id; the id is the storage key's.
 *   v1: { v: 1, id, ...NewSession }; the first version the log writes.
 *
 * `readRecord` reads any earlier version and returns the current one; a value it cannot read is
 * reported, never guessed at (the storage keeps it aside).
 */
import { LEVELS } from '../content/vocabulary';
import type { Effort, NewSession, SessionMoveRecord } from './session';

export const RECORD_VERSION = 1;

export interface StoredSession extends NewSession {
  v: typeof RECORD_VERSION;
  /** Unique per session; also the end of its storage key, so two tabs never write the same key. */
  id: string;
}

export type ReadResult = { ok: true; session: StoredSession } | { ok: false; reason: string };

export const EFFORTS: readonly Effort[] = ['too-easy', 'about-right', 'too-hard', 'hurt'];
const PHASES = ['warmup', 'strength', 'cooldown'] as const;
const ADDONS = ['core', 'grip'] as const;
const SOURCES = ['player', 'manual'] as const;
/** Ids and slugs are plain words: this also keeps markup and script out of every stored string. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The builder's query (encodeRequest): keys, slugs, digits, commas, dots, ampersands. */
const QUERY_PATTERN = /^[a-z0-9=&,.%-]{0,1000}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

class Invalid extends Error {}

const fail = (field: string, problem: string): never => {
  throw new Invalid(`${field}: ${problem}`);
};
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return fail(field, `expected one of ${allowed.join(', ')}`);
}
function int(value: unknown, min: number, max: number, field: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  return fail(field, `expected a whole number from ${min} to ${max}`);
}
function text(value: unknown, pattern: RegExp, field: string): string {
  if (typeof value === 'string' && pattern.test(value)) return value;
  return fail(field, typeof value === 'string' ? 'not an allowed value' : 'expected text');
}

function readMove(value: unknown, field: string): SessionMoveRecord {
  if (!isObject(value)) return fail(field, 'expected a move');
  const setsPlanned = int(value.setsPlanned, 1, 10, `${field}.setsPlanned`);
  const move: SessionMoveRecord = {
    id: text(value.id, SLUG_PATTERN, `${field}.id`),
    phase: oneOf(value.phase, PHASES, `${field}.phase`),
    setsPlanned,
    setsDone: int(value.setsDone, 0, setsPlanned, `${field}.setsDone`),
    skipped: typeof value.skipped === 'boolean' ? value.skipped : fail(`${field}.skipped`, 'expected true or false'),
  };
  if (value.addon !== undefined) move.addon = oneOf(value.addon, ADDONS, `${field}.addon`);
  return move;
}

/** The fields every version shares, rebuilt field by field (unknown keys such as __proto__ are dropped). */
function readFields(value: Record<string, unknown>): NewSession {
  const date = text(value.date, ISO_DATE, 'date');
  if (Number.isNaN(Date.parse(date))) fail('date', 'not a real date');
  if (!Array.isArray(value.moves)) return fail('moves', 'expected a list');
  if (value.moves.length > 60) fail('moves', 'more than 60 moves');
  return {
    date,
    query: text(value.query, QUERY_PATTERN, 'query'),
    level: oneOf(value.level, LEVELS, 'level'),
    minutes: int(value.minutes, 0, 600, 'minutes'),
    moves: value.moves.map((move, i) => readMove(move, `moves[${i}]`)),
    effort: oneOf(value.effort, EFFORTS, 'effort'),
    source: oneOf(value.source, SOURCES, 'source'),
  };
}

/** Reads a stored value of any version. `fallbackId` names a v0 record (the id its key holds). */
export function readRecord(value: unknown, fallbackId?: string): ReadResult {
  try {
    if (!isObject(value)) return fail('record', 'expected an object');
    if (value.v === undefined) {
      // v0 → v1: wrap the bare record and give it the id of its key.
      const id = text(value.id ?? fallbackId, ID_PATTERN, 'id');
      return { ok: true, session: { v: RECORD_VERSION, id, ...readFields(value) } };
    }
    if (value.v !== RECORD_VERSION) {
      return fail('v', typeof value.v === 'number' && value.v > RECORD_VERSION ? `version ${value.v} is newer than this page reads (${RECORD_VERSION})` : 'unknown version');
    }
    return { ok: true, session: { v: RECORD_VERSION, id: text(value.id, ID_PATTERN, 'id'), ...readFields(value) } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    throw error;
  }
}

/** The current record for a new session (the hand-over record is checked like any stored one). */
export function toRecord(session: NewSession, id: string): ReadResult {
  return readRecord({ ...session, v: RECORD_VERSION, id });
}

/** Newest first; ties broken by id so the order never depends on storage order. */
export function byDateDesc(a: StoredSession, b: StoredSession): number {
  return Date.parse(b.date) - Date.parse(a.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
