/**
 * The plan's link (rule U1): inputs, seed and swaps as URL search parameters.
 *   level=beginner&equipment=band,dumbbells&minutes=20&focus=balanced&addons=core,grip&seed=123&swap=band-row.face-pull
 * `equipment=` (empty) means no equipment; a missing `equipment` means the default (a band).
 * `swap` lists "from.to" pairs of move slugs, applied in order.
 * Decoding never throws: a bad value is dropped, the default is used, and `ignored` says what was dropped.
 */
import {
  ADDONS, CHOOSABLE, DEFAULT_INPUTS, FOCUSES, LEVELS, MAX_SEED, SESSION_MINUTES,
  type Addon, type ChoosableId, type RoutineInputs, type RoutineRequest, type Swap,
} from './types';

export const MAX_SWAPS = 16;
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const SWAP = new RegExp(`^(${SLUG})\\.(${SLUG})$`);
const KNOWN = ['level', 'equipment', 'minutes', 'focus', 'addons', 'seed', 'swap'];

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

const show = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;

function parse(search: string): [string, string][] {
  try {
    return [...new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)];
  } catch {
    return [];
  }
}

export function decodeRequest(search: string): DecodedRequest {
  const inputs: RoutineInputs = { ...DEFAULT_INPUTS, equipment: [...DEFAULT_INPUTS.equipment], addons: [] };
  const ignored: string[] = [];
  let seed: number | undefined;
  let swaps: Swap[] = [];
  const seen = new Set<string>();

  for (const [key, raw] of parse(String(search ?? ''))) {
    const value = raw.trim();
    if (!KNOWN.includes(key)) {
      ignored.push(`the unknown setting ${show(key)}`);
      continue;
    }
    if (seen.has(key)) {
      ignored.push(`a second ${key} (${show(value)})`);
      continue;
    }
    seen.add(key);
    const list = () => value.split(',').map((item) => item.trim()).filter(Boolean);
    switch (key) {
      case 'level':
        if ((LEVELS as readonly string[]).includes(value)) inputs.level = value as RoutineInputs['level'];
        else ignored.push(`level ${show(value)} (used ${DEFAULT_INPUTS.level})`);
        break;
      case 'focus':
        if ((FOCUSES as readonly string[]).includes(value)) inputs.focus = value as RoutineInputs['focus'];
        else ignored.push(`focus ${show(value)} (used ${DEFAULT_INPUTS.focus})`);
        break;
      case 'minutes': {
        const minutes = SESSION_MINUTES.find((m) => String(m) === value);
        if (minutes) inputs.minutes = minutes;
        else ignored.push(`session length ${show(value)} (used ${DEFAULT_INPUTS.minutes} minutes)`);
        break;
      }
      case 'equipment': {
        const items = list();
        const bad = items.filter((item) => !(CHOOSABLE as readonly string[]).includes(item));
        if (bad.length) ignored.push(`equipment ${bad.map(show).join(', ')}`);
        inputs.equipment = CHOOSABLE.filter((id) => items.includes(id)) as ChoosableId[];
        break;
      }
      case 'addons': {
        const items = list();
        const bad = items.filter((item) => !(ADDONS as readonly string[]).includes(item));
        if (bad.length) ignored.push(`add-on ${bad.map(show).join(', ')}`);
        inputs.addons = ADDONS.filter((id) => items.includes(id)) as Addon[];
        break;
      }
      case 'seed':
        if (/^\d{1,10}$/.test(value) && Number(value) <= MAX_SEED) seed = Number(value);
        else ignored.push(`seed ${show(value)} (drew a new one)`);
        break;
      case 'swap':
        for (const item of list()) {
          const match = SWAP.exec(item);
          if (!match || match[1] === match[2] || swaps.some((s) => s.from === match[1])) ignored.push(`swap ${show(item)}`);
          else if (swaps.length >= MAX_SWAPS) ignored.push(`swap ${show(item)} (more than ${MAX_SWAPS} swaps)`);
          else swaps = [...swaps, { from: match[1], to: match[2] }];
        }
        break;
    }
  }
  return { inputs, seed, swaps, ignored };
}
