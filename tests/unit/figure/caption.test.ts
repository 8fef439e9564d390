/**
 * The caption under every figure ("Watch the hands; keep the trunk still and the arms straight.")
 * is a promise about the picture: what it says stays still stays still, and what it says keeps
 * its shape keeps it, in every view, in the key poses and the frames between them. A caption that
 * the drawing contradicts teaches the wrong thing (a cat-cow whose hands slid forward, a hip hinge
 * whose "still" back tipped 55 degrees).
 */
import { describe, expect, it } from 'vitest';
import { loadMoves } from '../../support/content';
import { keyMotionText } from '../../../src/lib/figure/describe3';
import { views3 } from '../../../src/lib/figure/scene3d';
import { figureFrames, middle, type Points } from '../../support/figure-frames';
import { project } from '../../../src/lib/figure/camera';
import { dot, length, sub, type Vec3 } from '../../../src/lib/figure/vec3';
import type { Figure3, KeptShape } from '../../../src/lib/figure/pose3d';

const moves = loadMoves();
const figureOf = (id: string): Figure3 => moves.find((m) => m.id === id)!.data.figure;

/** The skeleton points each word of the caption's "still" list stands for. */
const STILL_POINTS: Record<NonNullable<Figure3['key']['still']>[number], string[]> = {
  trunk: ['pelvis', 'chest'], hips: ['pelvis', 'right-hip', 'left-hip'], back: ['pelvis', 'chest', 'upper-back'],
  head: ['head-centre'], shoulders: ['right-shoulder', 'left-shoulder'], arms: ['right-elbow', 'left-elbow', 'right-wrist', 'left-wrist'],
  legs: ['right-knee', 'left-knee', 'right-ankle', 'left-ankle'], feet: ['right-heel', 'left-heel', 'right-toe', 'left-toe'],
  hands: ['right-grip', 'left-grip'], elbows: ['right-elbow', 'left-elbow'],
};

const angle = (a: Vec3, at: Vec3, b: Vec3) => {
  const [u, v] = [sub(a, at), sub(b, at)];
  const cos = dot(u, v) / (length(u) * length(v));
  return (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
};

/** Each shape's test on one frame: a failure says what is off, in words. */
const SHAPE_HOLDS: Record<KeptShape, (p: Points) => string | undefined> = {
  'back-flat': (p) => { const a = angle(p.pelvis!, p['spine-mid']!, p['shoulder-line']!); return a < 165 ? `back bent to ${a.toFixed(0)}°` : undefined; },
  'body-straight': (p) => { const a = angle(p['shoulder-line']!, p.pelvis!, middle(p['right-ankle']!, p['left-ankle']!)); return a < 165 ? `shoulders, hips and ankles at ${a.toFixed(0)}°` : undefined; },
  'hips-up': (p) => { const a = angle(p['shoulder-line']!, p.pelvis!, middle(p['right-knee']!, p['left-knee']!)); return a < 165 ? `shoulders, hips and knees at ${a.toFixed(0)}°` : undefined; },
  'arms-straight': (p) => {
    const bent = (['right', 'left'] as const).map((s) => angle(p[`${s}-shoulder`]!, p[`${s}-elbow`]!, p[`${s}-wrist`]!)).filter((a) => a < 160);
    return bent.length ? `an elbow bent to ${bent[0]!.toFixed(0)}°` : undefined;
  },
  'shoulders-level': (p) => { const d = Math.abs(p['right-shoulder']![1] - p['left-shoulder']![1]); return d > 3 ? `shoulders ${d.toFixed(0)} apart in height` : undefined; },
  'arms-loose': (p) => (['right', 'left'] as const).some((s) => !(p[`${s}-elbow`]![1] < p[`${s}-shoulder`]![1] - 10 && p[`${s}-wrist`]![1] < p[`${s}-elbow`]![1] - 10)) ? 'an arm not hanging' : undefined,
};

describe('the caption under each figure', () => {
  it('names the point to watch, then what stays still and what keeps its shape', () => {
    const base: Figure3 = { props: [], key: { point: 'hands' }, views: [{ camera: 'side' }], poses: { start: { base: 'standing' }, end: { base: 'standing' } } };
    expect(keyMotionText(base)).toBe('Watch the hands.');
    expect(keyMotionText({ ...base, key: { point: 'hands', still: ['trunk', 'head'] } })).toBe('Watch the hands; keep the trunk and the head still.');
    expect(keyMotionText({ ...base, key: { point: 'hands', still: ['trunk'], keep: ['arms-straight'] } })).toBe('Watch the hands; keep the trunk still and the arms straight.');
    expect(keyMotionText({ ...base, key: { point: 'chest', keep: ['back-flat'] } })).toBe('Watch the chest; keep the back flat.');
  });

  it.each(moves.map((m) => m.id))('%s: what it says stays still moves less than 8 percent of the picture\'s height', (id) => {
    const fig = figureOf(id);
    for (const view of views3(fig)) {
      const start = view.placed.start!.points;
      for (const part of fig.key.still ?? []) {
        for (const [frame, points] of figureFrames(fig, view)) {
          for (const name of STILL_POINTS[part]) {
            const [a, b] = [project(view.cam, start[name]!), project(view.cam, points[name]!)];
            const share = Math.hypot(b[0] - a[0], b[1] - a[1]) / view.viewBox[3];
            expect(share, `${view.spec.camera}, ${frame}: "${part}" (${name}) moved ${(share * 100).toFixed(0)}%`).toBeLessThan(0.08);
          }
        }
      }
    }
  });

  it.each(moves.map((m) => m.id).filter((id) => figureOf(id).key.keep?.length))('%s: what it says keeps its shape keeps it in every frame', (id) => {
    const fig = figureOf(id);
    const view = views3(fig)[0]!;
    const broken = figureFrames(fig, view).flatMap(([frame, points]) =>
      (fig.key.keep ?? []).flatMap((shape) => { const off = SHAPE_HOLDS[shape](points); return off ? [`${frame}: ${shape}: ${off}`] : []; }));
    expect(broken).toEqual([]);
  });
});
