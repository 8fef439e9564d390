import { KIND_COLLECTION, SECTIONS, type MoveKind, type SectionCollection } from './vocabulary';

/** An entry's page, e.g. "/warm-ups/arm-circles/"; the folders come from the vocabulary's SECTIONS. */
export function entryUrl(collection: SectionCollection, id: string): string {
  return `/${SECTIONS[collection].path}/${id}/`;
}

export function moveUrl(kind: MoveKind, id: string): string {
  return entryUrl(KIND_COLLECTION[kind], id);
}
