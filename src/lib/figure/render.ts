/**
 * Pose data -> SVG text. Stills draw one pose; the motion figure draws the start pose and adds
 * CSS keyframes (returned separately, for a hashed <style>) that turn each bone's group between
 * the key poses. No style="" anywhere: colours come from classes, timing from the keyframes.
 */
import { type Placed, type Point, offsetOf, placePose } from './kinematics';
import { skeleton, type BoneNode, type Shape } from './skeleton';
import { buildScene, gripClearance, heldShapes, holdingHands, type Scene, type SceneShape } from './props';
import type { FigureSpec, Pose } from './types';
import { el, type El } from './svg-tree';

const n = (x: number) => String(Math.round(x * 10) / 10);
const pt = ([x, y]: Point) => `${n(x)} ${n(y)}`;

export function posesInOrder(spec: FigureSpec): [string, Pose][] {
  const middle = Object.entries(spec.poses).filter(([name]) => name !== 'start' && name !== 'end');
  return [['start', spec.poses.start], ...middle, ['end', spec.poses.end]];
}

export interface Frame {
  viewBox: [number, number, number, number];
  placed: Record<string, Placed>;
  scene: Scene;
}

/** One frame for all poses of a move, so start, end and motion line up and never clip. */
export function figureFrame(spec: FigureSpec): Frame {
  const placed = Object.fromEntries(posesInOrder(spec).map(([name, pose]) => [name, placePose(spec.view, pose, gripClearance(spec))]));
  const scene = buildScene(spec, placed.start!);
  const xs: number[] = [];
  const ys: number[] = [0];
  for (const p of Object.values(placed)) for (const [x, y] of Object.values(p.points)) { xs.push(x); ys.push(y); }
  for (const s of scene.shapes) {
    if (s.kind === 'line') { xs.push(s.from[0], s.to[0]); ys.push(s.from[1], s.to[1]); }
    else if (s.kind === 'rect') { xs.push(s.at[0], s.at[0] + s.size[0]); ys.push(s.at[1]); }
    else { xs.push(s.at[0] - s.r, s.at[0] + s.r); ys.push(s.at[1] - s.r); }
  }
  const pad = 16;
  let [x0, x1, y0, y1] = [Math.min(...xs) - pad, Math.max(...xs) + pad, Math.min(...ys) - pad, 6];
  // Never narrower than tall / 1.6 nor wider than 2 : 1, so stills share a rough shape.
  const width = Math.max(x1 - x0, (y1 - y0) / 1.6);
  const height = Math.max(y1 - y0, width / 2);
  const cx = (x0 + x1) / 2;
  x0 = cx - width / 2;
  y0 = y1 - height;
  return { viewBox: [Math.round(x0), Math.round(y0), Math.round(width), Math.round(height)], placed, scene };
}

function shapeEl(s: Shape | SceneShape): El {
  switch (s.kind) {
    case 'line': return el('path', { d: `M${pt(s.from)}L${pt(s.to)}`, 'stroke-width': String(s.width) });
    case 'dot': return el('circle', { cx: n(s.at[0]), cy: n(s.at[1]), r: n(s.r), fill: 'currentColor' });
    case 'ring': return el('circle', { cx: n(s.at[0]), cy: n(s.at[1]), r: n(s.r), 'stroke-width': '3' });
    case 'poly': return el('path', { d: `M${s.points.map(pt).join('L')}Z`, fill: 'currentColor', 'stroke-width': '4' });
    case 'rect': return el('rect', { x: n(s.at[0]), y: n(s.at[1]), width: n(s.size[0]), height: n(s.size[1]), fill: 'currentColor', stroke: 'none' });
  }
}

function transformText(node: BoneNode, pose: Pose, offset: Point): string {
  const parts: string[] = [];
  if (offset[0] || offset[1]) parts.push(`translate(${pt(offset)})`);
  const angle = node.angle(pose);
  if (Math.abs(angle) > 0.05) parts.push(`rotate(${n(angle)})`);
  const s = node.scaleY?.(pose);
  if (s !== undefined && Math.abs(s - 1) > 0.001) parts.push(`scale(1 ${Math.max(0.01, Math.round(s * 1000) / 1000)})`);
  return parts.join('');
}

interface DrawContext {
  spec: FigureSpec;
  pose: Pose;
  held: El[];
  holding: string[];
  /** Motion only: the class a bone's group gets, when it moves. */
  classOf?: (node: BoneNode) => string | undefined;
}

function nodeEls(node: BoneNode, ctx: DrawContext, offset: Point, parentLayer: string): El[] {
  const transform = transformText(node, ctx.pose, offset);
  // Hands carry a class so tests can find the grip.
  const hand = node.id.endsWith('-hand');
  const classes = [ctx.classOf?.(node), hand ? 'fh' : undefined].filter(Boolean).join(' ');
  const opacity = node.layer === 'far' && parentLayer !== 'far' ? '.45' : undefined;
  const held = hand && ctx.holding.includes(node.id.replace('-hand', '')) ? ctx.held : [];
  const inner = [...node.shapes.map(shapeEl), ...held, ...node.children.flatMap((c) => nodeEls(c, ctx, offsetOf(c, ctx.pose), node.layer))];
  return transform || classes || opacity ? [el('g', { transform, class: classes, opacity }, inner)] : inner;
}

function heldEls(spec: FigureSpec): El[] {
  const shapes = heldShapes(spec, spec.view);
  return shapes.length ? [el('g', { class: 'text-muted' }, shapes.map(shapeEl))] : [];
}

export interface SvgOptions {
  label: string;
  width: number;
  attrs?: Record<string, string>;
  className?: string;
}

function svgRoot(frame: Frame, opts: SvgOptions, children: El[]): El {
  const [x, y, w, h] = frame.viewBox;
  return el('svg', {
    xmlns: 'http://www.w3.org/2000/svg', viewBox: `${x} ${y} ${w} ${h}`, width: String(opts.width),
    height: String(Math.round((opts.width * h) / w)), role: 'img', 'aria-label': opts.label, class: opts.className, ...opts.attrs,
  }, children);
}

function bodyEl(spec: FigureSpec, pose: Pose, pelvis: Point, classOf?: DrawContext['classOf']): El {
  const ctx: DrawContext = { spec, pose, held: heldEls(spec), holding: holdingHands(spec), classOf };
  return el('g', { class: 'text-accent', fill: 'none', stroke: 'currentColor', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, nodeEls(skeleton(spec.view), ctx, pelvis, 'body'));
}

function sceneEl(scene: Scene): El {
  return el('g', { class: 'text-muted', fill: 'none', stroke: 'currentColor', 'stroke-linecap': 'round' },
    [el('path', { d: 'M-400 1.5H400', 'stroke-width': '3' }), ...scene.shapes.map(shapeEl)]);
}

const cordPoint = (placed: Placed, at: string | Point): Point => (typeof at === 'string' ? placed.points[at]! : at);

function cordEls(scene: Scene, placed: Placed): El[] {
  return scene.cords.map((c) => el('path', { d: `M${pt(cordPoint(placed, c.from))}L${pt(cordPoint(placed, c.to))}` }));
}

/** The whole picture; facing left mirrors it inside the same view box. */
export function renderScene(
  spec: FigureSpec, poseName: string, opts: SvgOptions, frame: Frame,
  classOf?: DrawContext['classOf'], cords?: El[],
): El {
  const pose = spec.poses[poseName]!;
  const placed = frame.placed[poseName]!;
  const [x, , w] = frame.viewBox;
  const mirror = spec.facing === 'left' ? `matrix(-1 0 0 1 ${2 * x + w} 0)` : undefined;
  const cordList = cords ?? cordEls(frame.scene, placed);
  const cordGroup = cordList.length
    ? [el('g', { class: 'text-secondary', fill: 'none', stroke: 'currentColor', 'stroke-width': '2.5', 'stroke-linecap': 'round' }, cordList)]
    : [];
  return svgRoot(frame, opts, [el('g', { transform: mirror }, [sceneEl(frame.scene), bodyEl(spec, pose, placed.pelvis, classOf), ...cordGroup])]);
}

/** A still of one key pose. */
export function renderStill(spec: FigureSpec, poseName: string, opts: SvgOptions, frame = figureFrame(spec)): El {
  return renderScene(spec, poseName, opts, frame);
}
