import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, useTheme } from './support/site';
import { KIND_TYPE, LEVEL_NAME, equipmentLabels, moves, muscles, openSearch, path, renderedResults, typeQuery, worksMuscle } from './search-helpers';

const sorted = (list: string[]) => [...list].sort();
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

test.describe('search', () => {
  test('typing each move title finds that move', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/search/');
    await expect(page.locator('search-app')).toHaveAttribute('data-ready', 'true');
    for (const move of moves()) {
      const results = await typeQuery(page, move.title);
      expect(results, `"${move.title}"`).toContain(path(move.url));
    }
  });

  test('typing each muscle title and each of its aliases finds the muscle page', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/search/');
    for (const muscle of muscles()) {
      for (const name of [muscle.title, ...muscle.aliases]) {
        expect(await typeQuery(page, name), `"${name}"`).toContain(path(muscle.url));
      }
    }
  });

  test('nicknames and spellings from the issue find their pages', async ({ page }) => {
    const all = moves();
    const byTitle = (pattern: RegExp) => {
      const move = all.find((m) => pattern.test(m.title));
      expect(move, `a move titled ${pattern}`).toBeTruthy();
      return path(move!.url);
    };
    const muscle = (slug: string) => {
      const found = muscles().find((m) => m.slug === slug);
      expect(found, `muscle ${slug}`).toBeTruthy();
      return found!;
    };
    await page.goto('/search/');
    expect(await typeQuery(page, 'traps')).toContain(path(muscle('trapezius').url));

    const rearDelts = await typeQuery(page, 'rear delts');
    expect(rearDelts).toContain(path(muscle('rear-deltoids').url));
    const rearDeltMoves = all.filter((m) => worksMuscle(m, 'rear-deltoids')).map((m) => path(m.url));
    expect(rearDeltMoves.length).toBeGreaterThan(0);
    for (const url of rearDeltMoves) expect(rearDelts, `rear delts -> ${url}`).toContain(url);

    const pullApart = byTitle(/pull-apart/i);
    expect(await typeQuery(page, 'pullapart')).toContain(pullApart);
    expect(await typeQuery(page, 'pull apart')).toContain(pullApart);
    expect(await typeQuery(page, 'doorway stretch')).toContain(byTitle(/doorway/i));
  });

  test('a page found only by a nickname shows its own prose as the excerpt, never the keywords or the alias line', async ({ page }) => {
    const expected = [muscles().find((m) => m.slug === 'rear-deltoids')!.url, ...moves().filter((m) => worksMuscle(m, 'rear-deltoids')).map((m) => m.url)].map(path);
    await page.goto('/search/');
    const found = await typeQuery(page, 'rear delts');
    for (const url of expected) expect(found, `rear delts -> ${url}`).toContain(url);
    const excerpts = await page.locator('[data-search-results] > li').evaluateAll((items) =>
      items.map((li) => ({ url: (li as HTMLElement).dataset.url ?? '', excerpt: li.querySelector('.search-excerpt')?.textContent ?? '' })));
    // Letters and digits only: Pagefind joins block elements with its own spacing.
    const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
    for (const { url, excerpt } of excerpts.filter((e) => expected.includes(e.url))) {
      expect(excerpt, `${url} has an excerpt`).not.toBe('');
      expect(excerpt, url).not.toMatch(/also called/i);
      await page.goto(url);
      // The page's prose: its indexed body without the hidden search terms and the ignored parts.
      const prose = await page.locator('[data-pagefind-body]').evaluate((body) => {
        const copy = body.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[hidden], [data-pagefind-ignore]').forEach((node) => node.remove());
        return copy.textContent ?? '';
      });
      expect(squash(prose), `${url}: the excerpt "${excerpt}" is the page's own prose`).toContain(squash(excerpt));
    }
  });

  test('filtering by a muscle returns exactly the moves tagged with it', async ({ page }) => {
    test.setTimeout(90_000);
    for (const muscle of muscles()) {
      const expected = moves().filter((m) => worksMuscle(m, muscle.slug)).map((m) => path(m.url));
      const results = await openSearch(page, `?muscle=${encodeURIComponent(muscle.title)}`);
      expect(sorted(results), muscle.title).toEqual(sorted(expected));
    }
  });

  test('the muscle, type, equipment and level facets combine: any value within a facet, all facets together', async ({ page }) => {
    const all = moves();
    const sample = all[0];
    const muscle = muscles().find((m) => m.slug === sample.muscles.primary[0])!;
    const combos = [
      { params: { type: [KIND_TYPE[sample.kind]], level: [LEVEL_NAME[sample.level]] },
        match: (m: typeof sample) => m.kind === sample.kind && m.level === sample.level },
      { params: { muscle: [muscle.title], equipment: [equipmentLabels(sample)[0]] },
        match: (m: typeof sample) => worksMuscle(m, muscle.slug) && equipmentLabels(m).includes(equipmentLabels(sample)[0]) },
      { params: { level: ['Beginner', 'Advanced'], type: ['Exercise'] },
        match: (m: typeof sample) => m.kind === 'exercise' && (m.level === 'beginner' || m.level === 'advanced') },
    ];
    for (const { params, match } of combos) {
      const search = new URLSearchParams();
      for (const [facet, values] of Object.entries(params)) for (const value of values) search.append(facet, value);
      const expected = all.filter(match).map((m) => path(m.url));
      expect(sorted(await openSearch(page, `?${search}`)), search.toString()).toEqual(sorted(expected));
    }
  });

  test('a query and a filter together: words narrow the filtered moves', async ({ page }) => {
    const move = moves()[0];
    const type = KIND_TYPE[move.kind];
    const results = await openSearch(page, `?q=${encodeURIComponent(move.title)}&type=${encodeURIComponent(type)}`);
    expect(results).toContain(path(move.url));
    const ofType = new Set(moves().filter((m) => m.kind === move.kind).map((m) => path(m.url)));
    for (const url of results) expect(ofType.has(url), `${url} is a ${type}`).toBe(true);
  });

  test('ticking a facet box updates the URL, and the back button restores the earlier search', async ({ page }) => {
    const muscle = muscles().find((m) => m.moves.primary.length + m.moves.secondary.length > 0)!;
    await page.goto('/search/?q=stretch');
    const first = await renderedResults(page);
    await page.getByText('Filter by muscle, type, equipment or level').click();
    await page.getByRole('group', { name: 'Muscle' }).getByRole('checkbox', { name: startsWith(muscle.title) }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('muscle')).toEqual([muscle.title]);
    const filtered = await renderedResults(page);
    for (const url of filtered) {
      const move = moves().find((m) => path(m.url) === url);
      expect(move && worksMuscle(move, muscle.slug), `${url} works ${muscle.title}`).toBe(true);
    }
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/\?q=stretch$/);
    await expect(page.getByRole('searchbox', { name: /search moves/i })).toHaveValue('stretch');
    await expect(page.getByRole('checkbox', { name: startsWith(muscle.title) })).not.toBeChecked();
    expect(sorted(await renderedResults(page))).toEqual(sorted(first));
  });

  test('each facet option shows how many results ticking it would give', async ({ page }) => {
    const exercises = moves().filter((m) => m.kind === 'exercise');
    await openSearch(page, '?type=Exercise');
    const muscleGroup = page.getByRole('group', { name: 'Muscle' });
    for (const muscle of muscles()) {
      const expected = exercises.filter((m) => worksMuscle(m, muscle.slug)).length;
      await expect(muscleGroup.getByRole('checkbox', { name: startsWith(`${muscle.title} (${expected})`) })).toBeAttached();
    }
    // Within a facet values widen the search, so the other types keep their own counts.
    const stretches = moves().filter((m) => m.kind === 'stretch').length;
    await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: startsWith(`Stretch (${stretches})`) })).toBeAttached();
  });

  test('a search URL restores the query and the filters in the form', async ({ page }) => {
    const move = moves()[0];
    const level = LEVEL_NAME[move.level];
    await page.goto(`/search/?q=${encodeURIComponent(move.title)}&level=${level}`);
    await expect(page.getByRole('searchbox', { name: /search moves/i })).toHaveValue(move.title);
    await expect(page.getByRole('group', { name: 'Level' }).getByRole('checkbox', { name: startsWith(level) })).toBeChecked();
    expect(await renderedResults(page)).toContain(path(move.url));
  });

  test('markup in the URL or the box is shown as text, never run or rendered', async ({ page }) => {
    const evil = '<img src=x id=injected onerror=alert(1)>';
    let dialogs = 0;
    page.on('dialog', (dialog) => { dialogs += 1; void dialog.dismiss(); });
    await page.goto(`/search/?q=${encodeURIComponent(evil)}&muscle=${encodeURIComponent('<b id=bold>x</b>')}`);
    await renderedResults(page);
    await expect(page.locator('#injected')).toHaveCount(0);
    await expect(page.locator('#bold')).toHaveCount(0);
    await expect(page.locator('[data-search-status]')).toContainText('No results');
    expect(dialogs).toBe(0);
  });

  test('/ and Ctrl+K open search from a content page, and / focuses the box on the search page', async ({ page }) => {
    const move = moves()[0];
    await page.goto(path(move.url));
    await page.keyboard.press('/');
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('searchbox', { name: /search moves/i })).toBeFocused();

    await page.goto(path(move.url));
    await page.keyboard.press('Control+k');
    await expect(page).toHaveURL(/\/search\/$/);

    await page.goto(path(move.url));
    await page.keyboard.press('Meta+k');
    await expect(page).toHaveURL(/\/search\/$/);

    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: /search moves/i })).toBeFocused();
  });

  test('the header search button is a keyboard-reachable link to search', async ({ page }) => {
    await page.goto('/');
    const button = page.locator('search-shortcut a');
    await expect(button).toHaveAccessibleName(/search/i);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/$/);
  });

  test('the search form is usable by keyboard alone', async ({ page }) => {
    const muscle = muscles()[0];
    await page.goto('/search/');
    await expect(page.getByRole('searchbox', { name: /search moves/i })).toBeFocused();
    await page.keyboard.type(muscle.title);
    await page.keyboard.press('Enter');
    await expect(page.locator('search-app')).toHaveAttribute('data-query', muscle.title);
    expect(await renderedResults(page)).toContain(path(muscle.url));
    await expect(page.getByRole('status')).toContainText(/result/);
    // Tab onward until the first result link takes focus, then follow it.
    const first = page.locator('[data-search-results] a').first();
    for (let i = 0; i < 80 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the search page with results and open facets (${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto('/search/?q=row&type=Exercise');
      await renderedResults(page);
      await page.getByText('Filter by muscle, type, equipment or level').click();
      await expectNoAxeViolations(page);
    });
  }
});
