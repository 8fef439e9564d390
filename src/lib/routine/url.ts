/**
 * The plan's link (rule U1): inputs, seed and swaps as URL search parameters.
 *   level=beginner&equipment=band,dumbbells&minutes=20&focus=balanced&addons=core,grip&seed=123&swap=band-row.face-pull
 * `equipment=` (empty) means no equipment; a missing `equipment` means the default (a band).
 * `swap` lists "from.to" pairs of move slugs, applied in order.
 * A program's sessions (rule K4) add `sets=1|2|3` (the engine never goes below the level's sets)
 * and `reps=more` (each strength move at the top of its range); links without them are unchanged.
 * Decoding never throws: a bad value is dropped, the default is used, and `ignored` says what was dropped.
 */
import {
  ADDONS, CHOOSABLE, DEFAULT_INPUTS, DEFAULT_SEED, FOCUSES, LEVELS, MAX_SEED, SESSION_MINUTES,
  type RoutineInputs, type RoutineRequest, type Swap,
} from './types';

export const MAX_SWAPS = 16;
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const SWAP = new RegExp(`^(${SLUG})\\.(${SLUG})$`);
const KNOWN = ['level', 'equipment', 'minutes', 'focus', 'addons', 'sets', 'reps', 'seed', 'swap'];

/** Commas stay readable: they are allowed in a query string. */
const encodeValue = (value: string) => encodeURIComponent(value).replace(/%2C/g, ',');

export function encodeRequest(request: RoutineRequest): string {
  const { inputs, seed, swaps } = request;
  const parts: [string, string][] = [
    ['level', inputs.level],
    ['equipment', CHOOSABLE.filter((id) => inputs.equipment.includes(id)).join(',')],
    ['minutes', String(inputs.minutes)],
    ['focus', inputs.focus],
  ];
  const addons = ADDONS.filter((id) => inputs.addons.includes(id));
  if (addons.length) parts.push(['addons', addons.join(',')]);
  if (inputs.sets) parts.push(['sets', String(inputs.sets)]);
  if (inputs.reps) parts.push(['reps', inputs.reps]);
  parts.push(['seed', String(seed >>> 0)]);
  if (swaps.length) parts.push(['swap', swaps.map((s) => `${s.from}.${s.to}`).join(',')]);
  return parts.map(([key, value]) => `${key}=${encodeValue(value)}`).join('&');
}

export interface DecodedRequest {
  inputs: RoutineInputs;
  /** Missing when the link has no valid seed: the caller draws one. */
  seed?: number;
  swaps: Swap[];
  /** Plain-language notes of what the decoder dropped (rule U1). */
  ignored: string[];
}

const show = (value: string) => `“${value.slice(0, 40)}”`;

function parse(search: string): [string, string][] {
  try {
    return [...new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)];
  } catch {
    return [];
  }
}

/** The allowed values of each setting; lists are comma-separated and kept in this order. */
type One = 'level' | 'minutes' | 'focus' | 'sets' | 'reps';
/** Each parameter's allowed values, typed as the inputs hold them (a link's text is compared). */
const ONE_OF: { [K in One]: readonly Required<RoutineInputs>[K][] } = { level: LEVELS, minutes: SESSION_MINUTES, focus: FOCUSES, sets: [1, 2, 3], reps: ['more'] };
const isOne = (key: string): key is One => key in ONE_OF;

/** Sets `key` to the allowed value that reads as `text`; false when none does. */
function setOne<K extends One>(inputs: RoutineInputs, key: K, text: string): boolean {
  const values: readonly Required<RoutineInputs>[K][] = ONE_OF[key];
  const value = values.find((allowed) => String(allowed) === text);
  if (value !== undefined) inputs[key] = value;
  return value !== undefined;
}

/** The allowed ids listed in `items`, in their own order; the others noted as ignored. */
function listOf<T extends string>(allowed: readonly T[], key: string, items: string[], ignored: string[]): T[] {
  const names: readonly string[] = allowed;
  for (const item of items) if (!names.includes(item)) ignored.push(`${key} ${show(item)}`);
  return allowed.filter((id) => items.includes(id));
}

export function decodeRequest(search: string): DecodedRequest {
  const inputs: RoutineInputs = { ...DEFAULT_INPUTS };
  const ignored: string[] = [];
  let seed: number | undefined;
  const swaps: Swap[] = [];
  const seen = new Set<string>();

  for (const [key, raw] of parse(String(search ?? ''))) {
    const value = raw.trim();
    const list = value.split(',').map((item) => item.trim()).filter(Boolean);
    if (seen.has(key) || !KNOWN.includes(key)) {
      ignored.push(`${seen.has(key) ? 'a second' : 'the unknown'} ${show(key)}`);
      continue;
    }
    seen.add(key);
    if (isOne(key)) {
      if (!setOne(inputs, key, value)) ignored.push(`${key} ${show(value)}`);
    } else if (key === 'equipment') inputs.equipment = listOf(CHOOSABLE, key, list, ignored);
    else if (key === 'addons') inputs.addons = listOf(ADDONS, key, list, ignored);
    else if (key === 'seed') {
      if (/^\d{1,10}$/.test(value) && Number(value) <= MAX_SEED) seed = Number(value);
      else ignored.push(`seed ${show(value)}`);
    } else {
      for (const item of list) {
        const match = SWAP.exec(item);
        if (match && match[1] !== match[2] && !swaps.some((s) => s.from === match[1]) && swaps.length < MAX_SWAPS) swaps.push({ from: match[1], to: match[2] });
        else ignored.push(`swap ${show(item)}`);
      }
    }
  }
  return { inputs, seed, swaps, ignored };
}

/**
 * A plan's link with one change (the coach's next step): another level, or the move in one slot
 * swapped (`swap.from` is the move the plan shows now; a slot already swapped keeps its own name).
 * Everything else is kept; a link without a seed gets the default seed.
 */
export function changeRequest(search: string, change: { level?: RoutineInputs['level']; swap?: Swap }): string {
  const decoded = decodeRequest(search);
  const inputs = change.level ? { ...decoded.inputs, level: change.level } : decoded.inputs;
  let swaps = decoded.swaps;
  if (change.swap) {
    const { from, to } = change.swap;
    const slot = swaps.find((s) => s.to === from)?.from ?? from;
    swaps = [...swaps.filter((s) => s.from !== slot), ...(slot === to ? [] : [{ from: slot, to }])];
  }
  return encodeRequest({ ...decoded, inputs, seed: decoded.seed ?? DEFAULT_SEED, swaps });
}
