/**
 * The figure as a file of its own (/figures/<slug>.svg, the cards' and plan's thumbnails). An
 * <img> cannot see the page's theme, so the file carries colours that read on the light and the
 * dark canvas alike (mid tones, at least 3:1 against both the light and the dark page).
 */
import { renderStill } from './render';
import { svgText, type El } from './svg-tree';
import type { FigureSpec } from './types';

const STYLE = '.text-accent{color:#2b8a99}.text-muted{color:#8a919b}.text-secondary{color:#b07a00}';

export function standaloneSvg(spec: FigureSpec, label: string, pose = 'end', width = 96): string {
  const svg = renderStill(spec, pose, { label, width });
  const head: El[] = [{ tag: 'title', attrs: {}, children: [], text: label }, { tag: 'style', attrs: {}, children: [], text: STYLE }];
  return svgText({ ...svg, children: [...head, ...svg.children] });
}
