/** The offline page's links: the site's sections, the tools, and the guides, from the content. */
import { getContent } from './content';

export interface OfflineLink {
  href: string;
  label: string;
}

const SECTIONS: OfflineLink[] = [
  { href: '/', label: 'Home' },
  { href: '/muscles/', label: 'Muscles' },
  { href: '/warm-ups/', label: 'Warm-ups' },
  { href: '/exercises/', label: 'Exercises' },
  { href: '/stretches/', label: 'Stretches' },
  { href: '/routine/', label: 'Routine builder' },
  { href: '/search/', label: 'Search' },
  { href: '/guides/', label: 'Guides' },
];

export async function getOfflineLinks(): Promise<OfflineLink[]> {
  const { guides } = await getContent();
  return [...SECTIONS, ...guides.map((guide) => ({ href: `/guides/${guide.id}/`, label: guide.data.title }))];
}
