/**
 * The figure as a file of its own (/figures/<slug>.svg, the cards' and plan's thumbnails). An
 * <img> cannot see the page's theme, so the file carries colours that read on both the light
 * and the dark canvas alike (mid tones, at least 3:1 against both the light and the dark page).
 */
import { renderStill } from './render';
import type { FigureSpec } from './types';

const STYLE = '<style>.text-accent{color:#2b8a99}.text-muted{color:#8a919b}.text-secondary{color:#b07a00}</style>';

export function standaloneSvg(spec: FigureSpec, label: string, pose = 'end', width = 96): string {
  const svg = renderStill(spec, pose, { label, width });
  return svg.replace(/^(<svg[^>]*>)/, `$1<title>${label.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>${STYLE}`);
}
