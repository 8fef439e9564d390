/** The offline page's links: the home page, the main navigation and the guides, from the content. */
import { getContent } from './content';
import { MAIN_NAV, type NavLink } from './navigation';
import { entryUrl } from '../lib/content/urls';
import { SECTIONS, sectionHref } from '../lib/content/vocabulary';

export async function getOfflineLinks(): Promise<NavLink[]> {
  const { guides } = await getContent();
  return [
    { href: '/', label: 'Home' },
    ...MAIN_NAV,
    { href: sectionHref('guides'), label: SECTIONS.guides.label },
    ...guides.map((guide) => ({ href: entryUrl('guides', guide.id), label: guide.data.title })),
  ];
}
