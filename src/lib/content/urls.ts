import type { MoveKind } from '../../schemas/move';

/** The URL folder of each collection; a file is found from its URL by this table alone. */
export const SECTION_PATHS = {
  muscles: 'muscles',
  warmups: 'warm-ups',
  exercises: 'exercises',
  stretches: 'stretches',
  guides: 'guides',
} as const;

export type SectionCollection = keyof typeof SECTION_PATHS;

export const KIND_COLLECTION: Record<MoveKind, 'warmups' | 'exercises' | 'stretches'> = {
  warmup: 'warmups',
  exercise: 'exercises',
  stretch: 'stretches',
};

export { KIND_LABEL } from './vocabulary';

export function entryUrl(collection: SectionCollection, id: string): string {
  return `/${SECTION_PATHS[collection]}/${id}/`;
}

export function moveUrl(kind: MoveKind, id: string): string {
  return entryUrl(KIND_COLLECTION[kind], id);
}
