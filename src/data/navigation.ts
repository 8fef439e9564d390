/** The site's main navigation: the muscle and move sections, then the tools. Header and the offline page. */
import { SECTIONS, sectionHref } from '../lib/content/vocabulary';

export interface NavLink {
  href: string;
  label: string;
}

/** Guides are reached from the home page and the footer. */
export const MAIN_NAV: NavLink[] = [
  ...(['muscles', 'warmups', 'exercises', 'stretches'] as const).map((c) => ({ href: sectionHref(c), label: SECTIONS[c].label })),
  { href: '/routine/', label: 'Routine builder' },
  { href: '/progress/', label: 'Progress' },
  { href: '/search/', label: 'Search' },
];
