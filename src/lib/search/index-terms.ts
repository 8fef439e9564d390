/**
 * What the search index learns about a page beyond its visible text: the filter values and the
 * extra words (nicknames, joined and split spellings) that let "pullapart" or "rear delts" find
 * the right page. Pure: the pages and the search UI's facets both call these, so the filter
 * values a page carries and the facet options always agree.
 */
// The Zod-free vocabulary: this module runs in the browser, where Zod would trip the CSP.
import {
  ENTRY_TYPE_LABEL, EQUIPMENT, LEVEL_LABEL, LEVELS, MOVE_KINDS, NO_EQUIPMENT_LABEL, type EntryType, type EquipmentId, type Level, type MoveKind,
} from '../content/vocabulary';

/** The facet names used in data-pagefind-filter and in the search URL, in display order. */
export const FACETS = ['muscle', 'type', 'equipment', 'level'] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_LABEL: Record<Facet, string> = {
  muscle: 'Muscle',
  type: 'Type',
  equipment: 'Equipment',
  level: 'Level',
};

export const TYPE_VALUE: Record<EntryType, string> = ENTRY_TYPE_LABEL;

export const LEVEL_VALUE: Record<Level, string> = LEVEL_LABEL;

/** The value a move without any equipment carries, so "no equipment" is a choice too. */
export const NO_EQUIPMENT = NO_EQUIPMENT_LABEL;

export interface MoveFacetSource {
  kind: MoveKind;
  level: Level;
  equipment: EquipmentId[][];
  muscles: { primary: string[]; secondary: string[] };
}

export type FacetValues = Record<Facet, string[]>;

/** What Pagefind learns about a page beyond its text: filter values, result summary, keywords. */
export interface SearchTerms {
  filters: Partial<FacetValues>;
  summary: string;
  keywords?: string;
}

/** The filter values of one move page; muscle names are resolved through `muscleTitle`. */
export function moveFacetValues(move: MoveFacetSource, muscleTitle: (id: string) => string | undefined): FacetValues {
  const muscles = [...move.muscles.primary, ...move.muscles.secondary].map((id) => {
    const title = muscleTitle(id);
    if (!title) throw new Error(`moveFacetValues: unknown muscle "${id}"`);
    return title;
  });
  const items = [...new Set(move.equipment.flat())];
  const equipment: string[] = EQUIPMENT.filter((item) => items.includes(item.id)).map((item) => item.label);
  if (move.equipment.some((set) => set.length === 0)) equipment.push(NO_EQUIPMENT);
  return {
    muscle: [...new Set(muscles)],
    type: [TYPE_VALUE[move.kind]],
    equipment,
    level: [LEVEL_VALUE[move.level]],
  };
}

/**
 * Every option each facet can offer, in a sensible order (types and levels in their natural
 * order, muscles and equipment as given), limited to values some move actually carries.
 */
export function facetOptions(moves: MoveFacetSource[], muscles: { id: string; title: string }[]): FacetValues {
  const title = (id: string) => muscles.find((m) => m.id === id)?.title;
  const used: FacetValues = { muscle: [], type: [], equipment: [], level: [] };
  for (const move of moves) {
    const values = moveFacetValues(move, title);
    for (const facet of FACETS) used[facet].push(...values[facet]);
  }
  const keep = (facet: Facet, ordered: string[]) => ordered.filter((value) => used[facet].includes(value));
  return {
    muscle: keep('muscle', [...muscles].map((m) => m.title).sort((a, b) => a.localeCompare(b))),
    type: [...keep('type', MOVE_KINDS.map((kind) => TYPE_VALUE[kind])), TYPE_VALUE.muscle, TYPE_VALUE.guide],
    equipment: keep('equipment', [...EQUIPMENT.map((item) => item.label), NO_EQUIPMENT]),
    level: keep('level', LEVELS.map((level) => LEVEL_VALUE[level])),
  };
}

/**
 * Extra spellings of names, so a search finds a page however the name is typed: hyphenated words
 * joined ("pull-apart" -> "pullapart") and split ("pull apart"). Returns only spellings that differ
 * from the originals, lower-cased and without duplicates.
 */
export function spellingVariants(names: string[]): string[] {
  const originals = new Set(names.map((name) => name.toLowerCase().trim()));
  const variants = new Set<string>();
  for (const name of originals) {
    if (!/[-‐–]/.test(name)) continue;
    variants.add(name.replace(/[-‐–]+/g, ''));
    variants.add(name.replace(/[-‐–]+/g, ' ').replace(/\s+/g, ' '));
  }
  return [...variants].filter((variant) => variant && !originals.has(variant));
}

/** A page's search keywords (Pagefind metadata, searched but never quoted): its own names, their variants, and related names. */
export function indexKeywords(ownNames: string[], relatedNames: string[] = []): string {
  const words = [...ownNames, ...spellingVariants(ownNames), ...relatedNames, ...spellingVariants(relatedNames)];
  return [...new Set(words.map((word) => word.trim()).filter(Boolean))].join(', ');
}
