/** Pose data -> SVG: the move figures, from a 3D pose model. Pure, no Astro or DOM. */
export { views3, view3, posesInOrder3, type View3 } from './scene3d';
export { renderStill3, renderMotion3, type Motion3 } from './render3d';
export { describeFigure3, describePose3, keyMotionText, poseLabel3 } from './describe3';
export { DEFAULT_TEMPO, keyTimes } from './timeline';
export { standaloneSvg, standaloneMotionSvg } from './standalone';
export { svgText, type El } from './svg-tree';
export type { Figure3, Pose3, ViewSpec } from './pose3d';
export type { Tempo, Prop } from './types';
