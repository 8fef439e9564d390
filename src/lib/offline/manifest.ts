/**
 * The web app manifest (/manifest.webmanifest): what a phone needs to install Upright to its
 * home screen and open it like an app. Pure data, served by src/pages/manifest.webmanifest.ts.
 */

/** The site's accent (the mark's background): the browser's toolbar and the splash screen. */
export const THEME_COLOR = '#0b5d6b';
/** The page background of the light theme (tailwind.config.cjs `canvas`). */
export const BACKGROUND_COLOR = '#fbfaf7';

export interface ManifestShortcut {
  name: string;
  short_name: string;
  description: string;
  url: string;
}

export interface WebManifest {
  name: string;
  short_name: string;
  description: string;
  id: string;
  start_url: string;
  scope: string;
  display: 'standalone';
  orientation: 'any';
  lang: string;
  theme_color: string;
  background_color: string;
  categories: string[];
  icons: { src: string; sizes: string; type: 'image/png' | 'image/svg+xml'; purpose: 'any' | 'maskable' }[];
  shortcuts: ManifestShortcut[];
}

/** The installed app's shortcuts (a long press on its icon): the pages people open mid-workout. */
export const APP_SHORTCUTS: ManifestShortcut[] = [
  { name: 'Routine builder', short_name: 'Routine', description: 'Build today’s warm-up, strength and cool-down plan', url: '/routine/' },
  { name: 'My progress', short_name: 'Progress', description: 'Your training log and your next step', url: '/progress/' },
];

export function webManifest(shortcuts: ManifestShortcut[] = APP_SHORTCUTS): WebManifest {
  return {
    name: 'Upright: strengthen and stretch your upper back',
    short_name: 'Upright',
    description: 'Guides, routines and a follow-along player for a stronger, more mobile upper back. Works offline.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    lang: 'en',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ['health', 'fitness', 'education'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    shortcuts,
  };
}
