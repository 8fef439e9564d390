/** Pose data -> SVG: the move figures. Pure, no Astro or DOM. */
export { renderStill, figureFrame, posesInOrder } from './render';
export { renderMotion, type Motion } from './motion';
export { describeFigure, describePose, poseLabel } from './describe';
export { DEFAULT_TEMPO, keyTimes } from './timeline';
export { standaloneSvg } from './standalone';
export { svgText, type El } from './svg-tree';
export type { FigureSpec, Pose, Tempo, Prop } from './types';
