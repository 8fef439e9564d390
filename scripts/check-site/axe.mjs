// @ts-check
// The one axe configuration: the site checker (every page, both themes) and the browser tests
// (states only a test reaches: search results with open filters, the builder with messages) run
// the same rules the same way.
import { AxeBuilder } from '@axe-core/playwright';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
export const AXE_TAGS = Object.freeze(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']);

/**
 * The rules whose outcome a change of theme can alter: the themes differ only in colours (the
 * same markup, light-dark() pairs in CSS), so the second theme needs only these.
 */
export const COLOUR_RULES = Object.freeze(['color-contrast', 'link-in-text-block']);

/**
 * Runs axe on the page as it is now and returns the violations.
 * Legacy mode runs axe in the page's own frame: the site has no iframes, and the default mode
 * opens a blank page for every run, which triples the cost.
 * @param {import('@playwright/test').Page} page
 * @param {{ coloursOnly?: boolean }} [options] coloursOnly: only the rules a theme can change
 */
export async function axeViolations(page, { coloursOnly = false } = {}) {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (coloursOnly) builder.withRules([...COLOUR_RULES]);
  else builder.withTags([...AXE_TAGS]);
  const { violations } = await builder.analyze();
  return violations;
}

/**
 * One line per violation: rule, help text, how many elements, the first few targets.
 * @param {{ id: string, help: string, nodes: { target: unknown[] }[] }} violation
 */
export function describeViolation(violation) {
  const targets = violation.nodes
    .slice(0, 3)
    .map((node) => node.target.join(' '))
    .join(' | ');
  return `${violation.id}: ${violation.help}: ${violation.nodes.length} element(s): ${targets}`;
}
