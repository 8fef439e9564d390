import { expect, test } from '@playwright/test';
import { axeViolations } from '../../scripts/check-site/axe.mjs';

// The one axe configuration (the site checker's and the browser tests') finds real problems:
// every rule in the full run, and only the colour rules in the run the dark theme gets.
test('the shared axe configuration reports a missing alt text and faint text, and the colour run only the latter', async ({ page }) => {
  await page.goto('/guides/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const image = document.createElement('img');
    image.src = '/favicon.svg';
    main.append(image);
    const faint = document.createElement('p');
    faint.textContent = 'Pale grey text on white, far below the contrast WCAG asks for.';
    faint.style.color = '#eeeeee';
    faint.style.backgroundColor = '#ffffff';
    main.append(faint);
  });
  const all = (await axeViolations(page)).map((v) => v.id);
  expect(all).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  const colours = (await axeViolations(page, { coloursOnly: true })).map((v) => v.id);
  expect(colours).toEqual(['color-contrast']);
});
