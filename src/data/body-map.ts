/** The body map of a page, prepared from the muscles' frontmatter `map` (see src/lib/body-map). */
import { layoutBodyMap, type BodyMapLayout } from '../lib/body-map/layout';
import type { MapMuscle } from '../lib/body-map/figure';
import { getMuscles } from './content';
import type { MusclesRole } from '../lib/content/muscles-role';

export type { BodyMapLayout };

/** With no highlight every muscle is a link (home page, muscles index). */
export async function getBodyMap(highlight: { primary?: string[]; secondary?: string[] } = {}, role?: MusclesRole): Promise<BodyMapLayout> {
  const muscles: MapMuscle[] = (await getMuscles()).map((m) => ({ id: m.id, title: m.data.title, view: m.data.map.view, paths: m.data.map.paths }));
  return layoutBodyMap(muscles, highlight.primary, highlight.secondary, role);
}
