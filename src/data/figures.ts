/**
 * What a move's figure shows on its page, its cards and its own file: prepared here from the
 * move's frontmatter (figure, tempo, title) with the pure renderer in src/lib/figure.
 */
import { createHash } from 'node:crypto';
import type { Move } from './content';
import { stillUrl } from '../lib/stills/sprite';
import { DEFAULT_TEMPO, describeFigure, figureFrame, poseLabel, renderMotion, renderStill, standaloneSvg, type El, type FigureSpec, type Tempo } from '../lib/figure';

/** Thumbnail size on cards and in the plan: fixed, so nothing shifts when the image loads. */
export const THUMB = { width: 96, height: 72 } as const;

const specOf = (move: Move) => move.data.figure as unknown as FigureSpec;

/** The move's own tempo when it gives one (strength moves), else a calm default for its kind. */
export function tempoOf(move: Move): Tempo {
  const own = (move.data as { tempo?: Partial<Tempo> }).tempo;
  const fallback = DEFAULT_TEMPO[move.kind];
  return { out: own?.out ?? fallback.out, hold: own?.hold ?? fallback.hold, back: own?.back ?? fallback.back };
}

export interface MoveFigureView {
  start: El;
  end: El;
  motion: El;
  /** Keyframes for the motion, served in a <style> whose hash the page's CSP allows. */
  css: string;
  cssHash: `sha256-${string}`;
  label: string;
}

const views = new Map<string, MoveFigureView>();

/** Memoised: the layout asks for the style hash and the component for the drawing. */
export function moveFigureView(move: Move): MoveFigureView {
  const known = views.get(move.id);
  if (known) return known;
  const view = makeView(move);
  views.set(move.id, view);
  return view;
}

function makeView(move: Move): MoveFigureView {
  const spec = specOf(move);
  const title = move.data.title;
  const frame = figureFrame(spec);
  const still = (pose: 'start' | 'end') =>
    renderStill(spec, pose, { label: poseLabel(spec, pose, title), width: 150, attrs: { 'data-pose': pose } }, frame);
  const motion = renderMotion(spec, tempoOf(move), {
    label: `${describeFigure(spec, title)} Moving between the two.`,
    width: 150,
    attrs: { 'data-pose': 'motion' },
    scope: 'mf',
  });
  return {
    start: still('start'),
    end: still('end'),
    motion: motion.svg,
    css: motion.css,
    cssHash: `sha256-${createHash('sha256').update(motion.css).digest('base64')}`,
    label: describeFigure(spec, title),
  };
}

/** The standalone file: the end pose (the working position), readable in both themes. */
export function moveFigureFile(move: Move): string {
  return standaloneSvg(specOf(move), describeFigure(specOf(move), move.data.title), 'end', THUMB.width);
}

/** A card's or the plan's thumbnail: the move's view in the one file of stills (src/lib/stills/sprite.ts). */
export const thumbUrl = (move: { id: string }) => stillUrl(move.id);
