/**
 * Rule X1, the plan's messages: never break a rule silently (the time notes the fitting calls for
 * are in time-notes.ts).
 * Each note names the rule it explains; the checker accepts a shortfall only with its note.
 */
import { ADDONS, type ChoosableId, type RoutineMove, type PlanNote, type RuleId, type Addon } from './types';
import { availableEquipment, canDo, placeOf, reaches, suitsLevel, type Context, type Place } from './model';
import { MIN_MOVES, STRETCH_AREAS, WARMUP_AREAS } from './select';
import { addonLabel, equipmentName } from './text';

/** The cheapest item first (a band is the cheapest). */
const EQUIPMENT_BY_PRICE: readonly ChoosableId[] = ['band', 'stress-ball', 'dumbbells', 'pullup-bar', 'bench', 'barbell', 'cable'];

/** What would unlock `enough` moves of a place: the cheapest single item (a band first), else more equipment. */
function unlockText(ctx: Context, place: Place, wanted: (m: RoutineMove) => boolean, enough: number): string {
  const missing = EQUIPMENT_BY_PRICE.filter((id) => !ctx.inputs.equipment.includes(id));
  for (const extra of [...missing.map((id) => [id]), missing]) {
    const available = availableEquipment([...ctx.inputs.equipment, ...extra]);
    const moves = ctx.catalogue.filter(
      (m) => placeOf(m) === place && m.use.includes('session') && suitsLevel(m, ctx.inputs.level) && wanted(m) && canDo(m, available),
    );
    // Name only the moves the extra equipment adds.
    const added = moves.filter((m) => !canDo(m, ctx.available));
    if (added.length && moves.length >= enough) {
      const what = extra.length > 1 ? 'more equipment' : equipmentName(extra[0]) + (extra[0] === 'band' ? ' (the cheapest option)' : '');
      return ` Adding ${what} would unlock ${added.map((m) => m.title.toLowerCase()).join(', ')}.`;
    }
  }
  return '';
}

export interface Gap {
  rule: RuleId;
  cannotHold: boolean;
  /** The add-on a gap is about (its note shows only when that add-on is asked for). */
  addon?: Addon;
  what: string;
  /** The moves that would fill the gap, for the "adding … would unlock" sentence. */
  unlock?: [Place, (m: RoutineMove) => boolean, number];
}

/** Which rules cannot hold with this level and equipment (for either add-on), and what would unlock them. */
export function equipmentGaps(ctx: Context, deskFits: boolean): Gap[] {
  const upper = ctx.pools['upper-back'];
  const stretches = ctx.pools.cooldown;
  const row = (m: RoutineMove) => m.pattern === 'row';
  const posture = (m: RoutineMove) => m.pattern === 'posture';
  const unreached = STRETCH_AREAS.filter((group) => !stretches.some((m) => reaches(m, group)));
  const noWarmup = !ctx.pools.warmup.length;
  const noDesk = !ctx.deskPool.length;
  const gaps: Gap[] = [
    { rule: 'T2', cannotHold: !upper.some(row), what: 'no row', unlock: ['upper-back', row, 1] },
    { rule: 'T3', cannotHold: !upper.some(posture), what: 'no posture move', unlock: ['upper-back', posture, 1] },
    { rule: 'T1', cannotHold: upper.length < MIN_MOVES, what: `only ${upper.length} of the 3 strength moves a session needs`, unlock: ['upper-back', Boolean, MIN_MOVES] },
    ...ADDONS.map((addon): Gap => (
      { rule: 'T7', addon, cannotHold: !ctx.pools[addon].length, what: `no ${addonLabel(addon)} move, so that add-on is left out`, unlock: [addon, Boolean, 1] })),
    { rule: 'W2', cannotHold: noWarmup, what: 'no warm-up move (walk or move easily for 5 minutes instead)' },
    { rule: 'C1', cannotHold: stretches.length < MIN_MOVES, what: `only ${stretches.length} of the 3 stretches a cool-down needs` },
    { rule: 'C3', cannotHold: unreached.length > 0, what: `no stretch for the ${unreached.map((g) => g.join(' or ')).join(', the ')}` },
    { rule: 'K3', cannotHold: noDesk, what: 'no desk-break move' },
    { rule: 'K3', cannotHold: !noDesk && !deskFits, what: 'no mix of desk-break moves that lasts 1 to 2 minutes at a real dose' },
  ];
  return gaps.filter((gap) => gap.cannotHold);
}

/**
 * When the seeded warm-up misses its 5 minutes and a searched one (warmup.ts) stands in: none
 * lasts 4:30 to 5:30, or the one that does misses an area some warm-up reaches.
 */
export function warmupGaps(ctx: Context, searched: RoutineMove[] | undefined): Gap[] {
  if (!searched) return [{ rule: 'W2', cannotHold: true, what: 'no mix of warm-up moves that lasts 4½ to 5½ minutes' }];
  const missed = WARMUP_AREAS.filter((g) => ctx.pools.warmup.some((m) => reaches(m, g)) && !searched.some((m) => reaches(m, g)));
  return missed.length
    ? [{ rule: 'W3', cannotHold: true, what: `no 5-minute mix of warm-up moves that also reaches the ${missed.map((g) => g.join(' or ')).join(' and the ')}` }]
    : [];
}

/** A gap said in words, with what would fill it. */
export function gapNote(ctx: Context, { rule, what, unlock }: Gap): PlanNote {
  return { rule: 'X1', explains: [rule], text: `Your equipment allows ${what} (rule ${rule}).${unlock ? unlockText(ctx, ...unlock) : ''}` };
}

// The time notes live in time-notes.ts, so the pages' engine ships without the gap notes above
// (only the program and the build work those out).
export { timeNotes } from './time-notes';
