/**
 * The body map's drawing: the figure's outline in the 200 x 400 space the muscles' `map.paths`
 * use, and how a muscle is shown. Pure data and functions; the muscles themselves come from
 * frontmatter, so a new muscle with a `map` needs no change here.
 */
import { BODY_MAP_VIEWS, type BodyMapView } from '../content/vocabulary';

export type View = BodyMapView;

/** Drawn area of the 200 x 400 space: the figure ends at the upper thighs. */
export const VIEW_BOX = '0 0 200 330';

const mirror = (d: string) => d.replace(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g, (_, x: string, y: string) => `${200 - Number(x)} ${y}`);

const LEFT_SIDE = [
  'M48 74 Q33 77 30 94 L26 162 L47 162 L52 112 Z', // upper arm
  'M26 158 L47 158 L44 240 L28 240 Q21 200 26 158 Z', // forearm
  'M28 238 L44 238 Q50 252 42 264 Q34 268 28 258 Q24 248 28 238 Z', // hand
  'M62 262 L99 262 L96 326 L66 326 Z', // thigh
];

/** The outline shapes, drawn under the muscles; the same for both views. */
export const OUTLINE: string[] = [
  'M100 8 Q118 8 118 30 Q118 50 100 52 Q82 50 82 30 Q82 8 100 8 Z', // head
  'M90 44 L110 44 L112 66 L88 66 Z', // neck
  'M86 60 Q60 64 47 76 L52 130 Q60 180 65 236 L135 236 Q140 180 148 130 L153 76 Q140 64 114 60 Z', // torso
  'M65 232 L135 232 L141 266 L59 266 Z', // hips
  ...LEFT_SIDE,
  ...LEFT_SIDE.map(mirror),
];

export interface MapMuscle {
  id: string;
  title: string;
  view: View;
  paths: string[];
}

/** How a muscle is drawn: solid (mainly worked), hatched (also worked) or plain. */
export type Highlight = 'primary' | 'secondary' | 'none';

export function highlightOf(id: string, primary: string[], secondary: string[]): Highlight {
  if (primary.includes(id)) return 'primary';
  if (secondary.includes(id)) return 'secondary';
  return 'none';
}

/** Views that have at least one muscle, in a fixed order (back first). */
export function viewsWithMuscles(muscles: MapMuscle[]): View[] {
  return BODY_MAP_VIEWS.filter((view) => muscles.some((m) => m.view === view));
}

/**
 * The backdrop of a highlight map as a standalone SVG file: the outline and every muscle of the
 * view, unlinked, in mid-tones that read on the light and the dark page. One file a view, cached
 * once (and offline), instead of the same shapes inline in every move and muscle page.
 */
export function backdropSvg(view: View, muscles: MapMuscle[]): string {
  const paths = (list: string[]) => list.map((d) => `<path d="${d}"/>`).join('');
  const shapes = muscles.filter((m) => m.view === view).flatMap((m) => m.paths);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${VIEW_BOX}" width="200" height="330">` +
    `<g fill="#8a94a3" fill-opacity="0.12" stroke="#8a94a3" stroke-width="1.2" stroke-linejoin="round">${paths(OUTLINE)}</g>` +
    `<g fill="#8a94a3" fill-opacity="0.3" stroke="#8a94a3" stroke-width="1" stroke-linejoin="round">${paths(shapes)}</g>` +
    '</svg>\n'
  );
}
