/**
 * The moving figure: the start pose drawn as nested groups, plus CSS keyframes that turn every
 * bone that moves, at the move's tempo. Lines from a fixed point to a hand (a band, a cable) are
 * sampled along the motion so they stay straight and end at the hand.
 */
import { offsetOf, solveAt, type Placed, type Point } from './kinematics';
import { skeleton, type BoneNode } from './skeleton';
import { figureFrame, posesInOrder, renderScene, type SvgOptions } from './render';
import { keyTimes, sampleTimes } from './timeline';
import { el, type El } from './svg-tree';
import { LIMB_JOINTS, AXIAL_JOINTS } from './body';
import type { FigureSpec, LimbAngles, Pose, Tempo } from './types';

const n = (x: number) => String(Math.round(x * 10) / 10);
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

function cssTransform(node: BoneNode, pose: Pose, offset: Point): string {
  const s = node.scaleY?.(pose);
  return `translate(${n(offset[0])}px,${n(offset[1])}px) rotate(${n(node.angle(pose))}deg)${s === undefined ? '' : ` scale(1,${Math.max(0.01, Math.round(s * 1000) / 1000)})`}`;
}

function collect(node: BoneNode, out: BoneNode[] = []): BoneNode[] {
  out.push(node);
  node.children.forEach((c) => collect(c, out));
  return out;
}

function lerpPose(a: Pose, b: Pose, t: number): Pose {
  const mix = (x = 0, y = 0) => x + (y - x) * t;
  const out: Pose = { base: a.base, far: {}, reach: mix(a.reach, b.reach), forearmReach: mix(a.forearmReach ?? a.reach, b.forearmReach ?? b.reach), thighs: mix(a.thighs, b.thighs), shins: mix(a.shins, b.shins), shrug: mix(a.shrug, b.shrug), retract: mix(a.retract, b.retract) };
  for (const j of [...LIMB_JOINTS, ...AXIAL_JOINTS]) (out as unknown as Record<string, number>)[j] = mix(a[j], b[j]);
  for (const j of LIMB_JOINTS) out.far![j] = mix(a.far?.[j] ?? a[j], b.far?.[j] ?? b[j]) as LimbAngles[typeof j];
  return out;
}

export interface Motion {
  svg: El;
  css: string;
  seconds: number;
}

/** `scope` prefixes the classes and keyframe names so two figures on one page never clash. */
export function renderMotion(spec: FigureSpec, tempo: Tempo, opts: SvgOptions & { scope: string }): Motion {
  const frame = figureFrame(spec);
  const order = posesInOrder(spec);
  const timeline = keyTimes(order.map(([name]) => name), tempo);
  const root = skeleton(spec.view);
  const jointAt = (node: BoneNode, pose: string): Point => (node === root ? frame.placed[pose]!.pelvis : offsetOf(node, spec.poses[pose]!));
  const moving = collect(root).filter((node) => new Set(order.map(([name, pose]) => cssTransform(node, pose, jointAt(node, name)))).size > 1);
  const classes = new Map(moving.map((node, i) => [node.id, `${opts.scope}${i}`]));
  const byId = new Map(moving.map((node) => [node.id, node]));
  const rules: string[] = [];
  const keyframes = (name: string, frames: [number, string][]) => {
    const grouped = new Map<string, number[]>();
    for (const [at, value] of frames) grouped.set(value, [...(grouped.get(value) ?? []), at]);
    return `@keyframes ${name}{${[...grouped].map(([value, ats]) => `${ats.map(pct).join(',')}{transform:${value}}`).join('')}}`;
  };
  const dur = `${Math.round(timeline.seconds * 10) / 10}s`;
  for (const [id, cls] of classes) {
    const node = byId.get(id)!;
    rules.push(`.${cls}{animation:${cls} ${dur} ease-in-out infinite}`);
    rules.push(keyframes(cls, timeline.stops.map((s) => [s.at, cssTransform(node, spec.poses[s.pose]!, jointAt(node, s.pose))])));
  }
  // Cords: sampled, since a straight line between a fixed anchor and a turning hand is not a rotation.
  const samples = sampleTimes(timeline);
  const cordGroups = frame.scene.cords.map((cord, i) => {
    const cls = `${opts.scope}c${i}`;
    const frames: [number, string][] = samples.map((s) => {
      const a = spec.poses[s.from]!;
      const b = spec.poses[s.to]!;
      const pa = frame.placed[s.from]!.pelvis;
      const pb = frame.placed[s.to]!.pelvis;
      const pelvis: Point = [pa[0] + (pb[0] - pa[0]) * s.progress, pa[1] + (pb[1] - pa[1]) * s.progress];
      const placed: Placed = solveAt(spec.view, lerpPose(a, b, s.progress), pelvis);
      const from = typeof cord.from === 'string' ? placed.points[cord.from]! : cord.from;
      const to = placed.points[cord.to]!;
      const angle = (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI;
      return [s.at, `translate(${n(from[0])}px,${n(from[1])}px) rotate(${n(angle)}deg) scale(${n(Math.max(0.1, Math.hypot(to[0] - from[0], to[1] - from[1])))},1)`];
    });
    rules.push(`.${cls}{animation:${cls} ${dur} linear infinite}`);
    rules.push(keyframes(cls, frames));
    // The attribute holds the start, for when nothing moves (reduced motion).
    const first = frames[0]![1].replace(/px|deg/g, '').replace(/,/g, ' ');
    return el('path', { class: cls, transform: first, d: 'M0 0H1', 'vector-effect': 'non-scaling-stroke' });
  });
  const svg = renderScene(spec, 'start', opts, frame, (node) => classes.get(node.id), cordGroups);
  return { svg, css: rules.join(''), seconds: timeline.seconds };
}

