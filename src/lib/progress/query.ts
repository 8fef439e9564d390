/**
 * Reads and changes the builder's query (the format of src/lib/routine/url.ts) with
 * URLSearchParams. The progress code does not import url.ts itself: a module shared with the
 * builder's island would be split out of the island's chunk and cost /routine/ half a kilobyte
 * of its 12 KB budget. The unit tests check the results with decodeRequest.
 */
import { EQUIPMENT, LEVELS, type Level } from '../content/vocabulary';

export interface Swap {
  from: string;
  to: string;
}

export interface PlanQuery {
  level: Level;
  /** Ticked items, as in the link; a missing `equipment` means the builder's default, a band. */
  equipment: string[];
  minutes?: number;
  swaps: Swap[];
}

/** Always there: a wall, a chair, a doorway, floor space. */
export const ASSUMED_EQUIPMENT: readonly string[] = EQUIPMENT.filter((item) => item.assumed).map((item) => item.id);

const list = (value: string | null) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

export function readQuery(query: string): PlanQuery {
  const params = new URLSearchParams(query);
  const level = params.get('level') ?? '';
  const minutes = Number(params.get('minutes'));
  return {
    level: (LEVELS as readonly string[]).includes(level) ? (level as Level) : 'beginner',
    equipment: params.has('equipment') ? list(params.get('equipment')) : ['band'],
    minutes: Number.isInteger(minutes) && minutes > 0 ? minutes : undefined,
    swaps: list(params.get('swap')).flatMap((pair) => {
      const [from, to] = pair.split('.');
      return from && to ? [{ from, to }] : [];
    }),
  };
}

/** The same query with one change: another level, or one more swap after the plan's own. */
export function changeQuery(query: string, change: { level?: Level; swap?: Swap }): string {
  const params = new URLSearchParams(query);
  if (change.level) params.set('level', change.level);
  if (change.swap) params.set('swap', [params.get('swap'), `${change.swap.from}.${change.swap.to}`].filter(Boolean).join(','));
  // Commas stay readable, as the builder writes them.
  return params.toString().replace(/%2C/g, ',');
}
