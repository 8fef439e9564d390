/**
 * The content model's fixed vocabularies and their labels, in one place: levels, equipment, move
 * kinds, patterns, areas, muscle regions and the site's sections. Free of Zod so that browser code
 * (search, the routine builder) can use them without pulling the schema library into its bundle;
 * the schemas in src/schemas build their enums from these lists, and pages, the search facets,
 * the data files and the tests take their labels from here.
 */

/**
 * The equipment list of routine-rules.md. The items a person ticks in the builder, in display and
 * URL order, then the ones `assumed` everywhere (a wall, a chair, a doorway, floor space), which the
 * builder never asks for. Ids and words are kept apart so that browser code needing only the ids
 * (the builder's link codec) does not ship the words.
 */
export const CHOOSABLE_EQUIPMENT_IDS = ['band', 'dumbbells', 'barbell', 'cable', 'bench', 'pullup-bar', 'stress-ball', 'table'] as const;
export const ASSUMED_EQUIPMENT_IDS = ['wall', 'chair', 'doorway', 'floor'] as const;
export type ChoosableEquipmentId = (typeof CHOOSABLE_EQUIPMENT_IDS)[number];
export type EquipmentId = ChoosableEquipmentId | (typeof ASSUMED_EQUIPMENT_IDS)[number];
/** Equipment that carries a weight: a strength move done with it can be made heavier by load. */
export const WEIGHT_EQUIPMENT_IDS: readonly EquipmentId[] = ['dumbbells', 'barbell', 'cable'];
/** Equipment whose resistance a person can raise: the weights and a band (a stronger one). */
export const LOADABLE_EQUIPMENT_IDS: readonly EquipmentId[] = /* @__PURE__ */ (() => ['band' as const, ...WEIGHT_EQUIPMENT_IDS])();
export const EQUIPMENT_IDS = /* @__PURE__ */ (() => [...CHOOSABLE_EQUIPMENT_IDS, ...ASSUMED_EQUIPMENT_IDS] as [EquipmentId, ...EquipmentId[]])();

/** Each item's words: `label` for lists and boxes, `phrase` for sentences. */
const EQUIPMENT_WORDS: Record<EquipmentId, { label: string; phrase: string }> = {
  band: { label: 'Resistance band', phrase: 'a resistance band' },
  dumbbells: { label: 'Dumbbells', phrase: 'dumbbells' },
  barbell: { label: 'Barbell', phrase: 'a barbell' },
  cable: { label: 'Cable machine', phrase: 'a cable machine' },
  bench: { label: 'Bench', phrase: 'a bench' },
  'pullup-bar': { label: 'Pull-up bar', phrase: 'a pull-up bar' },
  'stress-ball': { label: 'Stress ball', phrase: 'a stress ball' },
  table: { label: 'Sturdy table', phrase: 'a sturdy table' },
  wall: { label: 'Wall', phrase: 'a wall' },
  chair: { label: 'Chair', phrase: 'a chair' },
  doorway: { label: 'Doorway', phrase: 'a doorway' },
  floor: { label: 'Floor space', phrase: 'floor space' },
};

export interface EquipmentItem {
  id: EquipmentId;
  label: string;
  phrase: string;
  assumed: boolean;
}
export const EQUIPMENT: readonly EquipmentItem[] = /* @__PURE__ */ EQUIPMENT_IDS.map((id) => ({
  id,
  ...EQUIPMENT_WORDS[id],
  assumed: (ASSUMED_EQUIPMENT_IDS as readonly string[]).includes(id),
}));
/** Items a person can tick in the builder (the rest are assumed). */
export const CHOOSABLE_EQUIPMENT = /* @__PURE__ */ EQUIPMENT.filter((item) => !item.assumed);
/** The builder's note under its equipment boxes: "A wall, a chair, a doorway and floor space are assumed." */
export const ASSUMED_EQUIPMENT_HINT = /* @__PURE__ */ (() => {
  const phrases: string[] = EQUIPMENT.filter((item) => item.assumed).map((item) => item.phrase);
  const list = phrases.length > 1 ? `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}` : (phrases[0] ?? 'nothing');
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} ${phrases.length > 1 ? 'are' : 'is'} assumed.`;
})();
/** What an empty alternative (`[]`, a move that needs nothing) is called on pages and in search. */
export const NO_EQUIPMENT_LABEL = 'No equipment';

export function equipmentLabel(id: EquipmentId): string {
  return EQUIPMENT.find((item) => item.id === id)?.label ?? id;
}

/** A move's equipment in words: "Cable machine, or Resistance band"; "Dumbbells + Bench". */
export function equipmentAlternativesLabel(alternatives: readonly (readonly EquipmentId[])[]): string {
  return alternatives.map((set) => (set.length === 0 ? NO_EQUIPMENT_LABEL : set.map(equipmentLabel).join(' + '))).join(', or ');
}

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABEL: Record<Level, string> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' };
/** A move's level is the lowest it suits: a beginner move suits everyone. */
export const LEVEL_SUITS: Record<Level, string> = {
  beginner: 'Beginner and up',
  intermediate: 'Intermediate and up',
  advanced: 'Advanced only',
};

export const MOVE_KINDS = ['warmup', 'exercise', 'stretch'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];
export const KIND_LABEL: Record<MoveKind, string> = { warmup: 'Warm-up', exercise: 'Exercise', stretch: 'Stretch' };
/** What kind of page an entry is: the line above its title, and its "type" in search. */
export type EntryType = MoveKind | 'muscle' | 'guide';
export const ENTRY_TYPE_LABEL: Record<EntryType, string> = { ...KIND_LABEL, muscle: 'Muscle', guide: 'Guide' };

/** How a move is used: row and posture are the upper-back strength patterns of rules T2/T3. */
export const PATTERNS = ['row', 'posture', 'core', 'grip', 'mobility', 'stretch'] as const;
export type Pattern = (typeof PATTERNS)[number];

/** Body areas a warm-up or stretch reaches (rules W3 and C3). */
export const AREAS = ['neck', 'shoulders', 'upper-back', 'mid-back', 'spine', 'chest', 'hips'] as const;
export type Area = (typeof AREAS)[number];

/** Where a muscle sits (muscle frontmatter `region`); the free-exercise-db export maps each one. */
export const MUSCLE_REGIONS = ['neck', 'upper-back', 'shoulder', 'lower-back', 'trunk', 'arm', 'chest', 'hip', 'thigh'] as const;
export type MuscleRegion = (typeof MUSCLE_REGIONS)[number];

/** The body map's views, back first; a muscle's frontmatter `map.view` names one. */
export const BODY_MAP_VIEWS = ['back', 'front'] as const;
export type BodyMapView = (typeof BODY_MAP_VIEWS)[number];
export const BODY_MAP_VIEW_LABEL: Record<BodyMapView, string> = { back: 'Back view', front: 'Front view' };

/**
 * The site's content sections: each collection's URL folder (a file is found from its URL by this
 * table alone) and its name in the navigation, breadcrumbs and headings, in navigation order.
 */
export const SECTIONS = {
  muscles: { path: 'muscles', label: 'Muscles' },
  warmups: { path: 'warm-ups', label: 'Warm-ups' },
  exercises: { path: 'exercises', label: 'Exercises' },
  stretches: { path: 'stretches', label: 'Stretches' },
  guides: { path: 'guides', label: 'Guides' },
} as const;
export type SectionCollection = keyof typeof SECTIONS;
export const SECTION_COLLECTIONS = /* @__PURE__ */ (() => Object.keys(SECTIONS) as SectionCollection[])();
export const SECTION_PATHS = /* @__PURE__ */ (() => Object.fromEntries(SECTION_COLLECTIONS.map((c) => [c, SECTIONS[c].path])))() as {
  [C in SectionCollection]: (typeof SECTIONS)[C]['path'];
};

/** The collection that holds each kind of move, and back. */
export const KIND_COLLECTION = { warmup: 'warmups', exercise: 'exercises', stretch: 'stretches' } as const satisfies Record<MoveKind, SectionCollection>;
export type MoveCollection = (typeof KIND_COLLECTION)[MoveKind];
export const COLLECTION_KIND = /* @__PURE__ */ (() => Object.fromEntries(MOVE_KINDS.map((kind) => [KIND_COLLECTION[kind], kind])))() as Record<MoveCollection, MoveKind>;

/** A section's index page, e.g. "/warm-ups/". */
export function sectionHref(collection: SectionCollection): string {
  return `/${SECTIONS[collection].path}/`;
}

/** Where the routine builder may place a move: in a session, in the desk break (rule K3), or both. */
export const USES = ['session', 'desk-break'] as const;
