/**
 * What a move's figure shows on its page, its cards, the player and its own files: prepared here
 * from the move's frontmatter (figure, tempo, title) with the pure renderer in src/lib/figure.
 */
import { createHash } from 'node:crypto';
import type { Move } from './content';
import { endStillUrl, motionFigureUrl, startStillUrl, stillUrl } from '../lib/stills/sprite';
import {
  DEFAULT_TEMPO, describeFigure3, keyMotionText, poseLabel3, renderMotion3, renderStill3, standaloneMotionSvg, standaloneSvg, views3,
  type El, type Figure3, type Tempo, type View3,
} from '../lib/figure';

/** Thumbnail size on cards and in the plan: fixed, so nothing shifts when the image loads. */
export const THUMB = { width: 96, height: 72 } as const;

export const figureOf = (move: Move): Figure3 => move.data.figure;

/** The move's own tempo when it gives one (strength moves), else a calm default for its kind. */
export function tempoOf(move: Move): Tempo {
  const own = (move.data as { tempo?: Partial<Tempo> }).tempo;
  const fallback = DEFAULT_TEMPO[move.kind];
  return { out: own?.out ?? fallback.out, hold: own?.hold ?? fallback.hold, back: own?.back ?? fallback.back };
}

export interface FigureViewParts {
  /** side, front, back, top or three-quarter: the `data-view` of its group. */
  camera: string;
  /** "Seen from the side, close up" and the like, under the group. */
  caption: string;
  start: El;
  end: El;
  motion: El;
}

export interface MoveFigureView {
  views: FigureViewParts[];
  /** Keyframes for every view's motion, served in one <style> whose hash the page's CSP allows. */
  css: string;
  cssHash: `sha256-${string}`;
  label: string;
  /** "Watch the hands; keep the trunk still." */
  keyMotion: string;
}

const memo = new Map<string, MoveFigureView>();
const viewMemo = new Map<string, View3[]>();

/** The move's views, placed and projected once per build. */
export function moveViews(move: Move): View3[] {
  const known = viewMemo.get(move.id);
  if (known) return known;
  const views = views3(figureOf(move));
  viewMemo.set(move.id, views);
  return views;
}

const CAMERA_WORDS: Record<string, string> = {
  side: 'from the side', front: 'from the front', back: 'from behind', top: 'from above', 'three-quarter': 'from an angle',
};

/** Memoised: the layout asks for the style hash and the component for the drawing. */
export function moveFigureView(move: Move): MoveFigureView {
  const known = memo.get(move.id);
  if (known) return known;
  const fig = figureOf(move);
  const title = move.data.title;
  const css: string[] = [];
  const views = moveViews(move).map((view, i): FigureViewParts => {
    const words = `Seen ${CAMERA_WORDS[view.spec.camera]}${view.spec.close ? ', close up' : ''}`;
    const still = (pose: 'start' | 'end') => renderStill3(view, pose, { label: `${poseLabel3(fig, pose, title)} ${words}.`, width: 150, attrs: { 'data-pose': pose }, inline: true });
    const motion = renderMotion3(fig, view, tempoOf(move), {
      label: `${title}, moving from start to end and back. ${keyMotionText(fig)}`, width: 150, attrs: { 'data-pose': 'motion' }, scope: `m${'abc'[i]}`, inline: true,
    });
    css.push(motion.css);
    return { camera: view.spec.camera, caption: words, start: still('start'), end: still('end'), motion: motion.svg };
  });
  const text = css.join('');
  const made: MoveFigureView = {
    views, css: text, cssHash: `sha256-${createHash('sha256').update(text).digest('base64')}`,
    label: describeFigure3(fig, title), keyMotion: keyMotionText(fig),
  };
  memo.set(move.id, made);
  return made;
}

const fileMemo = new Map<string, string>();

/**
 * The standalone files: a still (end pose by default, the working position) and the moving figure, first view.
 * Memoised: the end still is asked for by its own file, its section's stills sprite and its link preview.
 */
export function moveFigureFile(move: Move, pose: 'start' | 'end' = 'end', width: number = THUMB.width): string {
  const key = `${move.id}|${pose}|${width}`;
  const known = fileMemo.get(key);
  if (known !== undefined) return known;
  const svg = standaloneSvg(moveViews(move)[0]!, describeFigure3(figureOf(move), move.data.title), pose, width);
  fileMemo.set(key, svg);
  return svg;
}
export function moveMotionFile(move: Move): string {
  const fig = figureOf(move);
  return standaloneMotionSvg(fig, moveViews(move)[0]!, tempoOf(move), `${describeFigure3(fig, move.data.title)} Moving between the two.`);
}

/** A card's or the plan's thumbnail: the move's view in the one file of stills (src/lib/stills/sprite.ts). */
export const thumbUrl = (move: { id: string; url: string }) => stillUrl(move.url, move.id);
export const startUrl = (move: { id: string }) => startStillUrl(move.id);
export const endUrl = (move: { id: string }) => endStillUrl(move.id);
export const motionUrl = (move: { id: string }) => motionFigureUrl(move.id);
