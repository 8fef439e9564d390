// Draws the app icons (manifest, home screen) from the site's mark, public/favicon.svg, in the
// system Chromium, so the PNGs always match the mark. Run after changing the mark:
//   node scripts/make-icons.mjs
// It writes public/icons/icon-192.png, icon-512.png (the mark as it is) and icon-maskable-512.png
// (the mark inside the safe zone of a full-bleed square, for launchers that crop icons to shapes).
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const mark = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(mark).toString('base64')}`;
// The mark's own background colour fills the maskable icon's bleed.
const background = /<rect[^>]*fill="(#[0-9a-f]{3,8})"/i.exec(mark)?.[1] ?? '#0b5d6b';

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  // Maskable: the important part within the central 80% circle, so 10% padding a side.
  { file: 'icon-maskable-512.png', size: 512, inset: 0.1 },
];

const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
try {
  for (const { file, size, inset } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const pad = Math.round(size * inset);
    await page.setContent(
      `<body style="margin:0;background:${inset ? background : 'transparent'}">` +
        `<img src="${dataUrl}" width="${size - 2 * pad}" height="${size - 2 * pad}" style="display:block;margin:${pad}px">`,
    );
    await page.screenshot({ path: new URL(`../public/icons/${file}`, import.meta.url).pathname, omitBackground: !inset });
    await page.close();
    console.log(`icons: wrote public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
