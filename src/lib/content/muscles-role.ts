/**
 * What a move does to the muscles it names: a strength move works them, a stretch stretches them,
 * a mobility warm-up moves them (the reader feels it there). Derived from the move's kind and
 * pattern in this one place; the page, the cards, the body map and /data/moves.json all read it.
 * Zod-free and DOM-free, so any page or script may import it.
 */
import type { MoveKind, Pattern } from './vocabulary';

export const MUSCLES_ROLES = ['works', 'stretches', 'mobilises'] as const;
export type MusclesRole = (typeof MUSCLES_ROLES)[number];

export function musclesRole(move: { kind: MoveKind; pattern: Pattern }): MusclesRole {
  if (move.kind === 'stretch' || move.pattern === 'stretch') return 'stretches';
  if (move.pattern === 'mobility') return 'mobilises';
  return 'works';
}

/** The words each role uses on the page, on cards and on the body map. */
export const MUSCLES_ROLE_TEXT: Record<MusclesRole, {
  /** Heading of the muscles fact and the body map on a move page, and the label on its card. */
  heading: string;
  /** Legend labels for the solid (main) and hatched (helping) muscles. */
  primaryLegend: string;
  secondaryLegend: string;
  /** Appended to a muscle's name in the body map's link labels. */
  primaryLabel: string;
  secondaryLabel: string;
  /** "the moves that ___ it" on a muscle page. */
  verb: string;
}> = {
  works: {
    heading: 'Muscles it works',
    primaryLegend: 'Mainly works',
    secondaryLegend: 'Also works (hatched)',
    primaryLabel: 'mainly worked',
    secondaryLabel: 'also worked',
    verb: 'work',
  },
  stretches: {
    heading: 'Muscles stretched',
    primaryLegend: 'Mainly stretches',
    secondaryLegend: 'Also stretches (hatched)',
    primaryLabel: 'mainly stretched',
    secondaryLabel: 'also stretched',
    verb: 'stretch',
  },
  mobilises: {
    heading: 'Where you feel it',
    primaryLegend: 'Mostly in',
    secondaryLegend: 'Also in (hatched)',
    primaryLabel: 'felt most',
    secondaryLabel: 'also felt',
    verb: 'loosen',
  },
};

/**
 * The heading over the moves that name a muscle, worded for what those moves do to it: "Moves that
 * mainly work the lats", "Moves that mainly stretch the inner thighs", "Moves that also work or
 * stretch the trapezius" (for the moves that name it as a helper).
 */
export function movesHeading(muscleTitle: string, roles: MusclesRole[], degree: 'mainly' | 'also' = 'mainly'): string {
  const verbs = [...new Set(MUSCLES_ROLES.filter((role) => roles.includes(role)).map((role) => MUSCLES_ROLE_TEXT[role].verb))];
  const joined = verbs.length <= 1 ? (verbs[0] ?? 'work') : `${verbs.slice(0, -1).join(', ')} or ${verbs.at(-1)}`;
  return `Moves that ${degree} ${joined} the ${muscleTitle.toLowerCase()}`;
}
