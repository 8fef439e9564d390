/**
 * A 3D figure's view -> SVG elements: stills of a key pose (with the key point's path drawn as a
 * dotted arrow), and the moving figure: each moving part drawn once in a local shape and moved by
 * CSS keyframes of 2D matrices sampled along the 3D motion, at the move's tempo. No style="".
 */
import { el, type El } from './svg-tree';
import { keyTimes, easeInOut } from './timeline';
import { itemsFor, placedBetween, posesInOrder3, type View3 } from './scene3d';
import { paintOrder, projectItems, type Item2 } from './draw3d';
import type { Figure3 } from './pose3d';
import type { Tempo } from './types';

/** Decimals of the coordinates: whole units in a full-body frame, tenths in a close-up. */
let scale = 10;
const n = (x: number) => String(Math.round(x * scale) / scale);
const useFrame = (view: View3) => { scale = Math.max(view.viewBox[2], view.viewBox[3]) >= 160 ? 1 : 10; };
const pt = ([x, y]: [number, number]) => `${n(x)} ${n(y)}`;
const TONE_CLASS: Record<Item2['tone'], string> = {
  body: 'text-accent', prop: 'text-muted', floor: 'text-muted', band: 'text-secondary', blade: 'text-secondary', face: 'text-canvas', path: 'text-secondary',
};

/**
 * Consecutive items of one colour share a group, so class and opacity are written once per run.
 * Paint opacities, not group `opacity`: a group layer wholly outside a close-up's frame crashes
 * resvg (the link previews), and the far limbs read the same.
 */
function inRuns(items: Item2[], render: (item: Item2, index: number) => El): El[] {
  const out: El[] = [];
  let run: { key: string; group: El } | undefined;
  items.forEach((item, i) => {
    const key = `${item.tone}${item.dim ? '-dim' : ''}`;
    if (run?.key !== key) {
      run = { key, group: el('g', { class: TONE_CLASS[item.tone], 'stroke-opacity': item.dim ? '.5' : undefined }) };
      out.push(run.group);
    }
    run.group.children.push(render(item, i));
  });
  return out;
}

function itemAttrs(item: Item2, extra?: string): Record<string, string | undefined> {
  const filled = item.kind === 'poly';
  return {
    class: extra,
    fill: item.kind === 'dot' || filled ? 'currentColor' : undefined,
    // A far limb's filled parts fade with its strokes (the run's group sets stroke-opacity).
    'fill-opacity': filled && item.tone === 'floor' ? '.15' : filled && item.id === 'wall' ? '.35' : (filled || item.kind === 'dot') && item.dim ? '.5' : undefined,
    stroke: item.kind === 'dot' ? 'none' : undefined,
    'stroke-width': item.kind === 'dot' ? undefined : n(item.width),
  };
}

/**
 * A still's runs of one colour, each drawn as few paths as possible: parts of one colour may paint
 * in any order, so lines of one width share a path (one subpath each), and so do filled shapes.
 */
function stillRuns(items: Item2[]): El[] {
  const groups = inRuns(items, (item) => el('i', { 'data-i': String(items.indexOf(item)) }));
  for (const group of groups) {
    const members = group.children.map((c) => items[Number(c.attrs['data-i'])]!);
    const merged = new Map<string, Item2[]>();
    for (const item of members) {
      const key = item.kind === 'dot' ? `dot${merged.size}` : `${item.kind}${item.width}${item.tone === 'floor' || item.id === 'wall' ? item.id : ''}`;
      merged.set(key, [...(merged.get(key) ?? []), item]);
    }
    group.children = [...merged.values()].map((same) => {
      const first = same[0]!;
      if (first.kind === 'dot') return stillEl(first);
      const d = same.map((item) => (item.kind === 'seg' ? `M${pt(item.pts[0]!)}L${pt(item.pts[1]!)}` : `M${item.pts.map(pt).join('L')}Z`)).join('');
      return el('path', { d, ...itemAttrs(first) });
    });
  }
  return groups;
}

function stillEl(item: Item2): El {
  if (item.kind === 'dot') return el('circle', { cx: n(item.pts[0]![0]), cy: n(item.pts[0]![1]), r: n(item.width), ...itemAttrs(item) });
  const d = item.kind === 'seg' ? `M${pt(item.pts[0]!)}L${pt(item.pts[1]!)}` : `M${item.pts.map(pt).join('L')}Z`;
  return el('path', { d, ...itemAttrs(item) });
}

/** The key point's path as a dotted line with an arrowhead at its end. */
function pathEls(view: View3): El[] {
  const path = view.path;
  // Thin at any size: the line and arrowhead follow the frame's scale.
  const unit = Math.max(view.viewBox[2], view.viewBox[3]) / 160;
  const [a, b] = [path[path.length - 2]!, path[path.length - 1]!];
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  const [ux, uy] = [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
  const s = 4.5 * unit;
  const head: [number, number][] = [[b[0] + ux * s, b[1] + uy * s], [b[0] - uy * s * 0.8, b[1] + ux * s * 0.8], [b[0] + uy * s * 0.8, b[1] - ux * s * 0.8]];
  const total = path.slice(1).reduce((sum, q, i) => sum + Math.hypot(q[0] - path[i]![0], q[1] - path[i]![1]), 0);
  if (total < 4) return [];
  return [el('g', { class: 'text-secondary', 'data-key-path': view.keyPoint }, [
    el('path', { d: `M${path.map(pt).join('L')}`, 'stroke-width': n(1.6 * unit), 'stroke-dasharray': `${n(3 * unit)} ${n(3 * unit)}` }),
    el('path', { d: `M${head.map(pt).join('L')}Z`, fill: 'currentColor', stroke: 'none' }),
  ])];
}

export interface SvgOptions3 {
  label: string;
  width: number;
  attrs?: Record<string, string>;
  className?: string;
  /** In a page, the page's CSS (class `fig`) sets the line style; a file of its own carries it. */
  inline?: boolean;
}

function svgRoot(view: View3, opts: SvgOptions3, children: El[]): El {
  const [x, y, w, h] = view.viewBox;
  const style = { fill: 'none', stroke: 'currentColor', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  return el('svg', {
    xmlns: opts.inline ? undefined : 'http://www.w3.org/2000/svg', viewBox: `${x} ${y} ${w} ${h}`, width: String(opts.width),
    height: String(Math.round((opts.width * h) / w)), role: 'img', 'aria-label': opts.label, class: opts.inline ? 'fig' : opts.className, ...opts.attrs,
  }, opts.inline ? children : [el('g', style, children)]);
}

export function renderStill3(view: View3, pose: string, opts: SvgOptions3, withPath = true): El {
  useFrame(view);
  return svgRoot(view, opts, [...stillRuns(view.drawn[pose]!), ...(withPath ? pathEls(view) : [])]);
}

type Affine = [number, number, number, number, number, number];
const m = (a: Affine, scaled = false) => `matrix(${a.map((v, i) => (i < 4 && !scaled ? String(Math.round(v * 100) / 100) : n(v))).join(',')})`;

/** The 2D map from an item's start shape to its shape in another frame. */
function affineOf(start: Item2, now: Item2): Affine {
  if (start.kind === 'dot') return [1, 0, 0, 1, now.pts[0]![0] - start.pts[0]![0], now.pts[0]![1] - start.pts[0]![1]];
  if (start.kind === 'seg') {
    const [[x0, y0], [x1, y1]] = now.pts as [[number, number], [number, number]];
    return [x1 - x0, y1 - y0, y0 - y1, x1 - x0, x0, y0];
  }
  // Through three corners: exact for the blades, near enough for the torso blocks.
  const [p, q, r] = start.pts as [number, number][];
  const [P, Q, R] = now.pts as [number, number][];
  const det = (q![0] - p![0]) * (r![1] - p![1]) - (r![0] - p![0]) * (q![1] - p![1]);
  if (Math.abs(det) < 1e-6) return [1, 0, 0, 1, P![0] - p![0], P![1] - p![1]];
  const solve = (i: 0 | 1) => {
    const [dq, dr] = [Q![i] - P![i], R![i] - P![i]];
    const a = (dq * (r![1] - p![1]) - dr * (q![1] - p![1])) / det;
    const c = (dr * (q![0] - p![0]) - dq * (r![0] - p![0])) / det;
    return [a, c, P![i] - a * p![0] - c * p![1]];
  };
  const [a, c, e] = solve(0);
  const [b, d, f] = solve(1);
  return [a!, b!, c!, d!, e!, f!];
}

const segLength = (item: Item2) => Math.max(1, Math.hypot(item.pts[1]![0] - item.pts[0]![0], item.pts[1]![1] - item.pts[0]![1]));

/** Keyframe text for one item in one frame: segments are a unit line scaled (stroke kept at its width). */
function frameValue(start: Item2, now: Item2, width = true): string {
  if (start.kind !== 'seg') return `transform:${m(affineOf(start, now))}`;
  const len = segLength(now);
  const [x0, y0] = now.pts[0]!;
  // A segment seen end-on (a dumbbell's handle) is a dot: any direction, its length clamped to 1.
  const raw = Math.hypot(now.pts[1]![0] - x0, now.pts[1]![1] - y0);
  const [ux, uy] = raw < 1 ? [1, 0] : [(now.pts[1]![0] - x0) / len, (now.pts[1]![1] - y0) / len];
  const transform = `transform:${m([ux * len, uy * len, -uy * len, ux * len, x0, y0], true)}`;
  return width ? `${transform};stroke-width:${Number((start.width / len).toPrecision(2))}` : transform;
}

/** A segment whose drawn length hardly changes keeps one stroke width: its keyframes carry none. */
function keepsLength(item: Item2, frames: { items: Map<string, Item2> }[]): boolean {
  const lengths = frames.map((f) => segLength(f.items.get(item.id) ?? item));
  return Math.max(...lengths) / Math.min(...lengths) < 1.08;
}

function movingEl(item: Item2, cls: string): El {
  if (item.kind === 'seg') {
    const value = frameValue(item, item, true);
    const [, transform, width] = /transform:(.*);stroke-width:(.*)/.exec(value)!;
    return el('path', { d: 'M0 0H1', ...itemAttrs(item, cls), transform: transform!.replace(/,/g, ' '), 'stroke-width': width });
  }
  return el(item.kind === 'dot' ? 'circle' : 'path', { ...(item.kind === 'dot' ? { cx: n(item.pts[0]![0]), cy: n(item.pts[0]![1]), r: n(item.width) } : { d: `M${item.pts.map(pt).join('L')}Z` }), ...itemAttrs(item, cls) });
}

export interface Motion3 { svg: El; css: string; seconds: number }

interface Frame { at: number; items: Map<string, Item2>; between?: [Item2[], Item2[]]; u?: number }

/** Does a part leave the straight line between its key poses (an arm swinging through an arc)? Then it needs the in-between frame. */
function bends(item: Item2, frame: Frame, _all: Frame[]): boolean {
  const now = frame.items.get(item.id);
  const [a, b] = frame.between!.map((list) => list.find((i) => i.id === item.id));
  if (!now || !a || !b) return false;
  const u = frame.u ?? 0.5;
  return now.pts.some((p, k) => Math.hypot(p[0] - (a.pts[k]![0] + (b.pts[k]![0] - a.pts[k]![0]) * u), p[1] - (a.pts[k]![1] + (b.pts[k]![1] - a.pts[k]![1]) * u)) > 2.5);
}

/** The moving figure of one view; `scope` keeps class and keyframe names apart per view. */
export function renderMotion3(fig: Figure3, view: View3, tempo: Tempo, opts: SvgOptions3 & { scope: string }, perStep = 2): Motion3 {
  useFrame(view);
  const order = posesInOrder3(fig).map(([name]) => name);
  const timeline = keyTimes(order, tempo);
  const startItems = view.drawn.start!;
  const frames: Frame[] = [];
  const stops = timeline.stops;
  for (let i = 0; i < stops.length; i++) {
    const s = stops[i]!;
    frames.push({ at: s.at, items: new Map(view.drawn[s.pose]!.map((it) => [it.id, it])) });
    const next = stops[i + 1];
    if (!next || next.pose === s.pose) continue;
    for (let k = 1; k < perStep; k++) {
      const u = k / perStep;
      const sk = placedBetween(fig, s.pose, next.pose, easeInOut(u), view.placed);
      // The floor never moves: in-between frames leave it out and the item keeps its start shape.
      const items = projectItems(itemsFor(fig, sk, view.scene, view.cam, view.blades, undefined), view.cam);
      frames.push({ at: s.at + (next.at - s.at) * u, items: new Map(items.map((it) => [it.id, it])), between: [view.drawn[s.pose]!, view.drawn[next.pose]!], u: easeInOut(u) });
    }
  }
  const dur = `${Math.round(timeline.seconds * 10) / 10}s`;
  // One shared rule for timing; each moving part adds only its keyframes' name.
  const rules: string[] = [`.${opts.scope}{animation:${dur} linear infinite}`];
  const children = inRuns(paintOrder(startItems), (item, index) => {
    const width = item.kind === 'seg' && !keepsLength(item, frames);
    const own = frames.filter((f) => !f.between || bends(item, f, frames));
    const values = own.map((f) => [f.at, frameValue(item, f.items.get(item.id) ?? item, width)] as const);
    if (new Set(values.map(([, v]) => v)).size < 2) return stillEl(item);
    const cls = `${opts.scope}${index}`;
    const grouped = new Map<string, number[]>();
    for (const [at, v] of values) grouped.set(v, [...(grouped.get(v) ?? []), at]);
    rules.push(`.${cls}{animation-name:${cls}}@keyframes ${cls}{${[...grouped].map(([v, ats]) => `${ats.map((a) => `${Math.round(a * 1000) / 10}%`).join(',')}{${v}}`).join('')}}`);
    return movingEl(item, `${opts.scope} ${cls}`);
  });
  return { svg: svgRoot(view, opts, children), css: rules.join(''), seconds: timeline.seconds };
}
