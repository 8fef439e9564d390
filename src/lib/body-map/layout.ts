/**
 * What the body map shows for a highlight: which views, which muscles are links and how each is
 * named and drawn, the heading and the legend. Pure: BodyMap.astro only renders this.
 */
import { BODY_MAP_VIEW_LABEL } from '../content/vocabulary';
import { entryUrl } from '../content/urls';
import { highlightOf, viewsWithMuscles, type Highlight, type MapMuscle, type View } from './figure';
import { MUSCLES_ROLE_TEXT, type MusclesRole } from '../content/muscles-role';

export interface BodyMapShape {
  id: string;
  title: string;
  href: string;
  highlight: Highlight;
  /** Overview maps link every muscle; a highlight links only the muscles it marks. */
  linked: boolean;
  /** The link's accessible name, e.g. "Rhomboids, mainly worked". */
  label: string;
  paths: string[];
}

export interface BodyMapLayout {
  overview: boolean;
  heading: string;
  views: { view: View; label: string; muscles: BodyMapShape[] }[];
  legend: { primaryHeading: string; secondaryHeading: string; primary: string[]; secondary: string[] };
}

/**
 * `role`: on a move page, whether the move works, stretches or loosens the muscles it names, so
 * the heading, legend and link names say so ("Muscles stretched", "Inner thighs, mainly stretched").
 */
export function layoutBodyMap(muscles: MapMuscle[], primary: string[] = [], secondary: string[] = [], role?: MusclesRole): BodyMapLayout {
  const words = MUSCLES_ROLE_TEXT[role ?? 'works'];
  const HIGHLIGHT_WORDS: Record<Highlight, string> = { primary: words.primaryLabel, secondary: words.secondaryLabel, none: '' };
  const overview = primary.length === 0 && secondary.length === 0;
  const marked = muscles.filter((m) => highlightOf(m.id, primary, secondary) !== 'none');
  // A highlight shows only the views it touches: a back muscle's page needs no empty front view.
  const views = viewsWithMuscles(overview ? muscles : marked).map((view) => ({
    view,
    label: BODY_MAP_VIEW_LABEL[view],
    muscles: muscles.filter((m) => m.view === view).map((m): BodyMapShape => {
      const highlight = highlightOf(m.id, primary, secondary);
      return {
        id: m.id,
        title: m.title,
        href: entryUrl('muscles', m.id),
        highlight,
        linked: overview || highlight !== 'none',
        label: highlight === 'none' ? m.title : `${m.title}, ${HIGHLIGHT_WORDS[highlight]}`,
        paths: m.paths,
      };
    }),
  }));
  const titles = (ids: string[]) => ids.flatMap((id) => muscles.filter((m) => m.id === id).map((m) => m.title));
  const heading = overview ? 'Find a muscle on the body map' : role ? words.heading : primary.length === 1 && secondary.length === 0 ? 'On the body map' : words.heading;
  const legend = { primary: titles(primary), secondary: titles(secondary) };
  const primaryHeading = role || legend.secondary.length ? words.primaryLegend : 'Highlighted';
  return { overview, heading, views, legend: { ...legend, primaryHeading, secondaryHeading: words.secondaryLegend } };
}
