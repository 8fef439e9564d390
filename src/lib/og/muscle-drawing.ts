/**
 * A muscle's drawing for its link preview: the body map's view of it, the outline and the other
 * muscles in mid-tones, the muscle itself solid. Pure: the shapes come from the muscles' frontmatter.
 */
import { OUTLINE, VIEW_BOX, type MapMuscle } from '../body-map/figure';

const paths = (list: string[]) => list.map((d) => `<path d="${d}"/>`).join('');

export function muscleDrawingSvg(muscle: MapMuscle, all: MapMuscle[]): string {
  const others = all.filter((m) => m.view === muscle.view && m.id !== muscle.id).flatMap((m) => m.paths);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${VIEW_BOX}" width="200" height="330">` +
    `<g fill="#8a94a3" fill-opacity="0.12" stroke="#8a94a3" stroke-width="1.2" stroke-linejoin="round">${paths(OUTLINE)}</g>` +
    `<g fill="#8a94a3" fill-opacity="0.3" stroke="#8a94a3" stroke-width="1" stroke-linejoin="round">${paths(others)}</g>` +
    `<g fill="#0b5d6b" stroke="#1d2530" stroke-width="1.2" stroke-linejoin="round">${paths(muscle.paths)}</g>` +
    '</svg>'
  );
}
