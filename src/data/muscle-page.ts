/**
 * Everything a muscle page shows, prepared from the content, so src/layouts/MusclePage.astro
 * only renders: the body map, the search terms, and the moves that work the muscle, by role and
 * then by kind.
 */
import { ENTRY_TYPE_LABEL, KIND_COLLECTION, MOVE_KINDS, SECTIONS, sectionHref, type MoveKind } from '../lib/content/vocabulary';
import { TYPE_VALUE, indexKeywords, type SearchTerms } from '../lib/search/index-terms';
import { getMovesForMuscle, type Move, type MuscleEntry } from './content';
import { getBodyMap, type BodyMapLayout } from './body-map';
import { movesHeading, musclesRole } from '../lib/content/muscles-role';

export interface MoveGroup {
  kind: MoveKind;
  label: string;
  moves: Move[];
}

export interface MuscleRole {
  id: 'primary' | 'secondary';
  heading: string;
  groups: MoveGroup[];
}

export interface MusclePageData {
  typeLabel: string;
  breadcrumb: { href: string; label: string };
  search: SearchTerms;
  bodyMap: BodyMapLayout;
  /** Only roles with moves, each with only the kinds it has. */
  roles: MuscleRole[];
}

/** On a muscle page the strength moves read as what they are for. */
const GROUP_LABEL: Record<MoveKind, string> = {
  warmup: SECTIONS[KIND_COLLECTION.warmup].label,
  exercise: 'Strength and support',
  stretch: SECTIONS[KIND_COLLECTION.stretch].label,
};

function groupByKind(moves: Move[]): MoveGroup[] {
  return MOVE_KINDS.map((kind) => ({ kind, label: GROUP_LABEL[kind], moves: moves.filter((m) => m.kind === kind) })).filter((g) => g.moves.length > 0);
}

/** What a move does to the muscles it names (works, stretches, loosens), for the headings. */
const musclesRoleOf = (m: Move) => musclesRole({ kind: m.kind, pattern: m.data.pattern });

export async function getMusclePageData(muscle: MuscleEntry): Promise<MusclePageData> {
  const { data } = muscle;
  const { primary, secondary } = await getMovesForMuscle(muscle.id);
  const roles: MuscleRole[] = [
    { id: 'primary' as const, heading: movesHeading(data.title, primary.map(musclesRoleOf)), groups: groupByKind(primary) },
    { id: 'secondary' as const, heading: movesHeading(data.title, secondary.map(musclesRoleOf), 'also'), groups: groupByKind(secondary) },
  ].filter((role) => role.groups.length > 0);
  return {
    typeLabel: ENTRY_TYPE_LABEL.muscle,
    breadcrumb: { href: sectionHref('muscles'), label: SECTIONS.muscles.label },
    search: { filters: { type: [TYPE_VALUE.muscle] }, summary: data.summary, keywords: indexKeywords([data.title, ...data.aliases]) },
    bodyMap: await getBodyMap({ primary: [muscle.id] }),
    roles,
  };
}
