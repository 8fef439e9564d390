/**
 * Pose data -> SVG text. Stills draw one pose; the motion figure draws the start pose and adds
 * CSS keyframes (returned separately, for a hashed <style>) that turn each bone's group between
 * the key poses. No style="" anywhere: colours come from classes, timing from the keyframes.
 */
import { type Placed, type Point, offsetOf, placePose } from './kinematics';
import { skeleton, type BoneNode, type Shape } from './skeleton';
import { buildScene, gripClearance, heldShapes, holdingHands, type Scene, type SceneShape } from './props';
import type { FigureSpec, Pose } from './types';

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

function shapeSvg(s: Shape | SceneShape): string {
  switch (s.kind) {
    case 'line': return `<path d="M${pt(s.from)}L${pt(s.to)}" stroke-width="${s.width}"/>`;
    case 'dot': return `<circle cx="${n(s.at[0])}" cy="${n(s.at[1])}" r="${n(s.r)}" fill="currentColor"/>`;
    case 'ring': return `<circle cx="${n(s.at[0])}" cy="${n(s.at[1])}" r="${n(s.r)}" stroke-width="3"/>`;
    case 'rect': return `<rect x="${n(s.at[0])}" y="${n(s.at[1])}" width="${n(s.size[0])}" height="${n(s.size[1])}" fill="currentColor" stroke="none"/>`;
  }
}

function transformText(node: BoneNode, pose: Pose, offset: Point): string {
  const parts: string[] = [];
  if (offset[0] || offset[1]) parts.push(`translate(${pt(offset)})`);
  const angle = node.angle(pose);
  if (Math.abs(angle) > 0.05) parts.push(`rotate(${n(angle)})`);
  const s = node.scaleY?.(pose);
  if (s !== undefined && Math.abs(s - 1) > 0.001) parts.push(`scale(1 ${n(s * 100) === '0' ? '0.01' : (Math.round(s * 1000) / 1000)})`);
  return parts.join('');
}

interface DrawContext {
  spec: FigureSpec;
  pose: Pose;
  held: string;
  holding: string[];
  /** Motion only: the class a bone's group gets, when it moves. */
  classOf?: (node: BoneNode) => string | undefined;
}

function nodeSvg(node: BoneNode, ctx: DrawContext, offset: Point, parentLayer: string): string {
  const transform = transformText(node, ctx.pose, offset);
  // Hands carry a class so tests (and held props) can find the grip.
  const classes = [ctx.classOf?.(node), node.id.endsWith('-hand') ? 'fh' : undefined].filter(Boolean).join(' ');
  const attrs = [transform && `transform="${transform}"`, classes && `class="${classes}"`,
    node.layer === 'far' && parentLayer !== 'far' && 'opacity=".45"'].filter(Boolean).join(' ');
  const held = node.id.endsWith('-hand') && ctx.holding.includes(node.id.replace('-hand', '')) ? ctx.held : '';
  const inner = node.shapes.map(shapeSvg).join('') + held + node.children.map((c) => nodeSvg(c, ctx, offsetOf(c, ctx.pose), node.layer)).join('');
  return attrs ? `<g ${attrs}>${inner}</g>` : inner;
}

function heldSvg(spec: FigureSpec): string {
  const shapes = heldShapes(spec, spec.view);
  return shapes.length ? `<g class="text-muted">${shapes.map(shapeSvg).join('')}</g>` : '';
}

export interface SvgOptions {
  label: string;
  width: number;
  attrs?: Record<string, string>;
  className?: string;
}

function svgOpen(frame: Frame, opts: SvgOptions): string {
  const [x, y, w, h] = frame.viewBox;
  const extra = Object.entries(opts.attrs ?? {}).map(([k, v]) => ` ${k}="${v}"`).join('');
  const cls = opts.className ? ` class="${opts.className}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}" width="${opts.width}" height="${Math.round((opts.width * h) / w)}" role="img" aria-label="${escapeAttr(opts.label)}"${cls}${extra}>`;
}

function body(spec: FigureSpec, pose: Pose, pelvis: Point, classOf?: DrawContext['classOf']): string {
  const ctx: DrawContext = { spec, pose, held: heldSvg(spec), holding: holdingHands(spec), classOf };
  return `<g class="text-accent" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">${nodeSvg(skeleton(spec.view), ctx, pelvis, 'body')}</g>`;
}

function sceneSvg(scene: Scene): string {
  return `<g class="text-muted" fill="none" stroke="currentColor" stroke-linecap="round"><path d="M-400 1.5H400" stroke-width="3"/>${scene.shapes.map(shapeSvg).join('')}</g>`;
}

const cordPoint = (placed: Placed, at: string | Point): Point => (typeof at === 'string' ? placed.points[at]! : at);

function cordsSvg(scene: Scene, placed: Placed): string {
  return scene.cords.map((c) => `<path d="M${pt(cordPoint(placed, c.from))}L${pt(cordPoint(placed, c.to))}"/>`).join('');
}

/** The whole picture; facing left mirrors it inside the same view box. */
export function renderScene(
  spec: FigureSpec, poseName: string, opts: SvgOptions, frame: Frame,
  classOf?: DrawContext['classOf'], cords?: string,
): string {
  const pose = spec.poses[poseName]!;
  const placed = frame.placed[poseName]!;
  const [x, , w] = frame.viewBox;
  const mirror = spec.facing === 'left' ? ` transform="matrix(-1 0 0 1 ${2 * x + w} 0)"` : '';
  const cordText = cords ?? cordsSvg(frame.scene, placed);
  const cordGroup = cordText ? `<g class="text-secondary" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round">${cordText}</g>` : '';
  return `${svgOpen(frame, opts)}<g${mirror}>${sceneSvg(frame.scene)}${body(spec, pose, placed.pelvis, classOf)}${cordGroup}</g></svg>`;
}

/** A still of one key pose. */
export function renderStill(spec: FigureSpec, poseName: string, opts: SvgOptions, frame = figureFrame(spec)): string {
  return renderScene(spec, poseName, opts, frame);
}

export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

