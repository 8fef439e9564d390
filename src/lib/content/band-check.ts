/**
 * Which moves carry the shared band check: every move with a resistance band in any of its
 * equipment alternatives, read from the frontmatter, never from a hand-kept list.
 */
export function needsBandCheck(equipment: readonly (readonly string[])[]): boolean {
  return equipment.some((alternative) => alternative.includes('band'));
}
