import type { MoveKind } from '../lib/content/vocabulary';
import { getContent, getMoves } from './content';

/** getStaticPaths for a move section: one page per move of that kind. */
export async function moveStaticPaths(kind: MoveKind) {
  return (await getMoves(kind)).map((move) => ({ params: { id: move.id }, props: { move } }));
}

export async function muscleStaticPaths() {
  return (await getContent()).muscles.map((muscle) => ({ params: { id: muscle.id }, props: { muscle } }));
}

export async function guideStaticPaths() {
  return (await getContent()).guides.map((guide) => ({ params: { id: guide.id }, props: { guide } }));
}
