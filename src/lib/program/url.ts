/**
 * The program's link (one codec for its format):
 *   level=beginner&equipment=band&minutes=20&focus=balanced&addons=core&days=2&weeks=6&start=2026-12-07&seed=1
 * The builder's keys are read by the plan codec (src/lib/routine/url.ts); days, weeks and start
 * here. Decoding never throws: a damaged value is repaired to the default and `ignored` says so.
 */
import { decodeRequest, encodeRequest } from '../routine/url';
import { DAYS_BY_LEVEL, DEFAULT_DAYS, DEFAULT_PROGRAM_SEED, WEEKS, type ProgramSettings } from './types';

const SHARED = ['level', 'equipment', 'minutes', 'focus', 'addons', 'seed'];
const OWN = ['days', 'weeks', 'start'];
const show = (value: string) => `“${value.slice(0, 40)}”`;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

export function encodeProgram(settings: ProgramSettings): string {
  const plan = encodeRequest({ inputs: settings.inputs, seed: settings.seed, swaps: [] }).replace(/&seed=\d+$/, '');
  const own = [`days=${settings.days}`, `weeks=${settings.weeks}`, ...(settings.start ? [`start=${settings.start}`] : [])];
  return [plan, ...own, `seed=${settings.seed >>> 0}`].join('&');
}

export interface DecodedProgram {
  settings: ProgramSettings;
  /** What was repaired, in plain words (shown as a notice). */
  ignored: string[];
}

function pairs(search: string): [string, string][] {
  try {
    return [...new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)];
  } catch {
    return [];
  }
}

export function decodeProgram(search: string): DecodedProgram {
  const shared = new URLSearchParams();
  const own = new Map<string, string>();
  const ignored: string[] = [];
  for (const [key, raw] of pairs(String(search ?? ''))) {
    if (SHARED.includes(key)) shared.append(key, raw);
    else if (OWN.includes(key) && !own.has(key)) own.set(key, raw.trim());
    else ignored.push(`${own.has(key) ? 'a second' : 'the unknown'} ${show(key)}`);
  }
  const plan = decodeRequest(shared.toString());
  ignored.unshift(...plan.ignored);
  const { level, equipment, minutes, focus, addons } = plan.inputs;
  const range = DAYS_BY_LEVEL[level];
  const number = (key: string, min: number, max: number, fallback: number, why: string) => {
    const value = own.get(key);
    if (value === undefined) return fallback;
    if (/^\d{1,2}$/.test(value) && Number(value) >= min && Number(value) <= max) return Number(value);
    ignored.push(`${key} ${show(value)} (${why})`);
    return fallback;
  };
  const days = number('days', range.min, range.max, Math.min(range.max, Math.max(range.min, DEFAULT_DAYS)), `${range.min} to ${range.max} sessions a week suit the ${level} level`);
  const weeks = number('weeks', WEEKS.min, WEEKS.max, WEEKS.default, `a program lasts ${WEEKS.min} to ${WEEKS.max} weeks`);
  const startValue = own.get('start');
  let start: string | undefined;
  if (startValue !== undefined && startValue !== '') {
    if (isIsoDay(startValue)) start = startValue;
    else ignored.push(`start ${show(startValue)} (a date is written YYYY-MM-DD)`);
  }
  const settings: ProgramSettings = {
    inputs: { level, equipment, minutes, focus, addons },
    days,
    weeks,
    seed: plan.seed ?? DEFAULT_PROGRAM_SEED,
  };
  if (start) settings.start = start;
  return { settings, ignored };
}

/** The notice for a repaired link, or nothing. */
export const repairNotice = (ignored: string[]) =>
  ignored.length ? `This program link had values we could not use, so we used the defaults instead: ${ignored.join('; ')}.` : '';
