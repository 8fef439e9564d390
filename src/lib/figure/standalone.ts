/**
 * The figure as a file of its own (/figures/<slug>.svg, the cards' and plan's thumbnails, and the
 * player's stills and moving figure). An <img> cannot see the page's theme, so the file carries
 * colours that read on the light and the dark canvas alike (mid tones, at least 3:1 against both).
 */
import { renderMotion3, renderStill3 } from './render3d';
import { svgText, type El } from './svg-tree';
import type { View3 } from './scene3d';
import type { Figure3 } from './pose3d';
import type { Tempo } from './types';

/**
 * Each tone group declares `stroke: currentColor` again: a browser resolves the top's
 * currentColor in each group, but resvg (which paints the link-preview cards) resolves it where
 * it is declared, so without this every stroke came out black in the cards.
 */
const STYLE = '.text-accent{color:#2b8a99;stroke:currentColor}.text-muted{color:#8a919b;stroke:currentColor}'
  + '.text-secondary{color:#b07a00;stroke:currentColor}.text-canvas{color:#fff;stroke:currentColor}';
/** Nothing moves for a reader who asks for less motion. */
const CALM = '@media (prefers-reduced-motion:reduce){*{animation:none!important}}';

const withHead = (svg: El, label: string, css: string): string => {
  const head: El[] = [{ tag: 'title', attrs: {}, children: [], text: label }, { tag: 'style', attrs: {}, children: [], text: css }];
  return svgText({ ...svg, children: [...head, ...svg.children] });
};

export function standaloneSvg(view: View3, label: string, pose = 'end', width = 96, path = false): string {
  return withHead(renderStill3(view, pose, { label, width }, path), label, STYLE);
}

export function standaloneMotionSvg(fig: Figure3, view: View3, tempo: Tempo, label: string, width = 240): string {
  const motion = renderMotion3(fig, view, tempo, { label, width, scope: 'm' });
  return withHead(motion.svg, label, STYLE + motion.css + CALM);
}
