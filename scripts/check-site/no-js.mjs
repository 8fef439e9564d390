// @ts-check
// The no-JavaScript reading, checked in the site checker's one crawl (it was a crawl of its own in
// tests/e2e/no-js.spec.ts). Each page of the sitemap, loaded with JavaScript off, must read: one
// visible h1 with words, real text in main, the site navigation with visible links to every
// section, nothing in main left hidden waiting for a script (hidden on purpose or print-only is
// fine), and plain links to pages the site has (or to files such as the open data).

/** The sections the main navigation links to on every page. */
export const NAV_SECTIONS = Object.freeze(['Muscles', 'Warm-ups', 'Exercises', 'Stretches', 'Routine builder']);

/**
 * The page's problems, in words (empty when it reads without JavaScript).
 * @param {import('@playwright/test').Page} page a page of a context with JavaScript off, loaded
 * @param {Set<string>} known the site's page paths
 * @returns {Promise<string[]>}
 */
export async function noJsProblems(page, known) {
  const problems = [];
  // JavaScript really is off: the theme toggle's script never revealed its button.
  if (!(await page.locator('theme-toggle button').isHidden())) problems.push('the theme toggle shows: JavaScript was not off');
  const h1 = page.locator('h1');
  const h1s = await h1.count();
  if (h1s !== 1) problems.push(`${h1s} h1 elements, expected 1`);
  else if (!(await h1.isVisible())) problems.push('the h1 is not visible');
  else if ((await h1.innerText()).trim().length <= 2) problems.push('the h1 has no words');
  const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  if (text.length <= 40) problems.push(`main has ${text.length} characters of readable text, expected more than 40`);

  // The site navigation is there and usable: visible links to every section.
  const nav = page.getByRole('navigation', { name: 'Main' });
  if (!(await nav.isVisible())) problems.push('no visible navigation named "Main"');
  else {
    for (const label of NAV_SECTIONS) {
      if (!(await nav.getByRole('link', { name: label, exact: true }).isVisible())) problems.push(`the navigation has no visible link "${label}"`);
    }
  }

  // Nothing in main is left hidden waiting for a script: text hidden on screen must be hidden on
  // purpose (hidden, a closed details, a dialog) or be print-only (shown when printed).
  const hiddenOnScreen = () =>
    page.locator('main :is(p, li, h2, h3, table)').evaluateAll((elements) =>
      elements
        .map((el, index) => ({ el, index }))
        .filter(({ el }) => /** @type {HTMLElement} */ (el).offsetParent === null && !el.closest('[hidden], template, dialog, details:not([open])'))
        .map(({ el, index }) => `${index}: ${el.outerHTML.slice(0, 120)}`),
    );
  const hidden = await hiddenOnScreen();
  if (hidden.length) {
    await page.emulateMedia({ media: 'print' });
    const hiddenInPrint = new Set(await hiddenOnScreen());
    await page.emulateMedia({ media: 'screen' });
    for (const entry of hidden.filter((e) => hiddenInPrint.has(e))) problems.push(`text in main that is invisible without JavaScript: ${entry}`);
  }

  // Navigable: the links in the navigation and in main are plain links (no script needed to
  // follow them) to pages of the site, or to files such as the open data.
  const targets = await page.locator('nav a[href], main a[href^="/"]:not([href^="/#"])').evaluateAll((links) => links.map((a) => new URL(/** @type {string} */ (a.getAttribute('href')), location.href).pathname));
  for (const target of new Set(targets)) {
    if (!known.has(target) && !/\.[a-z]+$/.test(target)) problems.push(`links to ${target}, a page the site does not have`);
  }
  return problems;
}
