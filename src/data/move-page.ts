/**
 * Everything a move page shows, prepared from the content (the way Starlight prepares route
 * data), so src/layouts/MovePage.astro and its components only render.
 */
import { formatDose } from '../lib/dose';
import { howToJsonLd } from '../lib/content/json-ld';
import { entryUrl } from '../lib/content/urls';
import { indexKeywords, moveFacetValues, type SearchTerms } from '../lib/search/index-terms';
import {
  ENTRY_TYPE_LABEL, KIND_COLLECTION, LEVEL_SUITS, SECTIONS, equipmentAlternativesLabel, sectionHref, type MoveKind,
} from '../lib/content/vocabulary';
import { getMovesWithIds, getMuscles, getRelatedMoves, type Move, type MuscleEntry } from './content';
import { getBodyMap, type BodyMapLayout } from './body-map';
import { MUSCLES_ROLE_TEXT, musclesRole, type MusclesRole } from '../lib/content/muscles-role';

export interface MuscleLink {
  id: string;
  title: string;
  href: string;
}

/** The "At a glance" box. */
export interface MoveFactsData {
  kind: MoveKind;
  level: string;
  dose: string;
  equipment: string;
  /** Whether the move works, stretches or loosens its muscles, and the heading that says so. */
  musclesRole: MusclesRole;
  musclesHeading: string;
  muscles: { primary: MuscleLink[]; secondary: MuscleLink[] };
}

export interface MovePageData {
  kindLabel: string;
  breadcrumb: { href: string; label: string };
  facts: MoveFactsData;
  bodyMap: BodyMapLayout;
  search: SearchTerms;
  easier: Move[];
  harder: Move[];
  related: Move[];
  /** schema.org HowTo, escaped for a <script type="application/ld+json">. */
  jsonLd: string;
}

/** A muscle's page link; an id without a muscle fails loudly (references are checked at load). */
function muscleLinks(ids: string[], muscles: MuscleEntry[]): MuscleLink[] {
  return ids.map((id) => {
    const muscle = muscles.find((m) => m.id === id);
    if (!muscle) throw new Error(`move page: unknown muscle "${id}"`);
    return { id, title: muscle.data.title, href: entryUrl('muscles', id) };
  });
}

export async function getMovePageData(move: Move, site: URL | undefined): Promise<MovePageData> {
  const { data } = move;
  const muscles = await getMuscles();
  const worked = [...data.muscles.primary, ...data.muscles.secondary].flatMap((id) => muscles.filter((m) => m.id === id));
  const section = KIND_COLLECTION[move.kind];
  const role = musclesRole({ kind: move.kind, pattern: data.pattern });
  return {
    kindLabel: ENTRY_TYPE_LABEL[move.kind],
    breadcrumb: { href: sectionHref(section), label: SECTIONS[section].label },
    facts: {
      kind: move.kind,
      level: LEVEL_SUITS[data.level],
      dose: formatDose(data.dose),
      equipment: equipmentAlternativesLabel(data.equipment),
      musclesRole: role,
      musclesHeading: MUSCLES_ROLE_TEXT[role].heading,
      muscles: { primary: muscleLinks(data.muscles.primary, muscles), secondary: muscleLinks(data.muscles.secondary, muscles) },
    },
    bodyMap: await getBodyMap(data.muscles, role),
    search: {
      filters: moveFacetValues({ ...data, kind: move.kind }, (id) => muscles.find((m) => m.id === id)?.data.title),
      summary: data.summary,
      keywords: indexKeywords([data.title, ...data.aliases], worked.flatMap((m) => [m.data.title, ...m.data.aliases])),
    },
    easier: await getMovesWithIds(data.easier),
    harder: await getMovesWithIds(data.harder),
    related: await getRelatedMoves(move),
    jsonLd: JSON.stringify(howToJsonLd(move, new URL(move.url, site).href)).replace(/</g, '\\u003c'),
  };
}
