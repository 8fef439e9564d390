/** The body map of a page, prepared from the muscles' frontmatter `map` (see src/lib/body-map). */
import { layoutBodyMap, type BodyMapLayout } from '../lib/body-map/layout';
import type { MapMuscle } from '../lib/body-map/figure';
import { getMuscles } from './content';
import type { MusclesRole } from '../lib/content/muscles-role';

export type { BodyMapLayout };

/** With no highlight every muscle is a link (home page, muscles index). */
/** Every muscle's shapes, from its frontmatter `map`. */
export async function getMapMuscles(): Promise<MapMuscle[]> {
  return (await getMuscles()).map((m) => ({ id: m.id, title: m.data.title, view: m.data.map.view, paths: m.data.map.paths }));
}

export async function getBodyMap(highlight: { primary?: string[]; secondary?: string[] } = {}, role?: MusclesRole): Promise<BodyMapLayout> {
  return layoutBodyMap(await getMapMuscles(), highlight.primary, highlight.secondary, role);
}
