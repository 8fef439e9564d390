/**
 * The scene in 3D: fixed props (floor, wall, chair, bench, table, door frame, bar, band anchor)
 * fitted once to the start pose where the set-up puts the body; held props (dumbbells, barbell,
 * stress ball) and lines to the hands (band, cable) follow the hands in every pose.
 */
import { BODY } from './body';
import { SCENE3, gripClearance3 } from './place3d';
import type { Skeleton3 } from './body3d';
import { add, apply, scale, sub, normalize, type Vec3 } from './vec3';
import type { Figure3 } from './pose3d';

export type Tone = 'body' | 'prop' | 'band' | 'blade' | 'face' | 'floor' | 'path';
export interface Item3 { id: string; kind: 'seg' | 'dot' | 'poly'; pts: Vec3[]; width: number; tone: Tone; dim?: boolean }

/** Where the fixed props touch the body, for the contact tests. */
export interface PropLines { wallX?: number; wallFront?: boolean; seatY?: number; benchY?: number; tableY?: number; gripTable?: boolean; barY?: number; frame?: Vec3[]; gripFrame?: boolean; anchor?: Vec3 }

export interface Scene3 { fixed: Item3[]; lines: PropLines }

export const HELD = ['band', 'band-apart', 'cable', 'dumbbells', 'barbell', 'stress-ball'];
export const holdingSides = (fig: Figure3): ('right' | 'left')[] =>
  fig.holds === 'right' || fig.holds === 'left' ? [fig.holds] : ['right', 'left'];
const seg = (id: string, a: Vec3, b: Vec3, width: number, tone: Tone = 'prop'): Item3 => ({ id, kind: 'seg', pts: [a, b], width, tone });
const quad = (id: string, pts: Vec3[], tone: Tone = 'prop'): Item3 => ({ id, kind: 'poly', pts, width: 3, tone });

const box = (id: string, x0: number, x1: number, y: number, z0: number, z1: number): Item3 => quad(id, [[x0, y, z0], [x1, y, z0], [x1, y, z1], [x0, y, z1]]);
const legs = (id: string, x0: number, x1: number, y: number, z0: number, z1: number): Item3[] =>
  [[x0, z0], [x1, z0], [x0, z1], [x1, z1]].map(([x, z], i) => seg(`${id}-leg${i}`, [x!, y, z!], [x!, 0, z!], 4));

type Points = Skeleton3['points'];
/** One fixed prop fitted to the start pose: what it draws and where it meets the body. */
interface Fit { items: Item3[]; lines: PropLines }
type Fitter = (fig: Figure3, p: Points, gripped: boolean) => Fit;

function wall(fig: Figure3, p: Points): Fit {
  if (fig.wall === 'front') {
    // Facing the wall: the forearms rest on it.
    const x = Math.max(p['right-forearm-mid']![0], p['left-forearm-mid']![0]) + 3;
    return { lines: { wallX: x, wallFront: true }, items: [quad('wall', [[x + 4, 0, -50], [x + 4, 240, -50], [x + 4, 240, 50], [x + 4, 0, 50]])] };
  }
  const x = Math.min(p['upper-back']![0], p['pelvis-back']![0], p['back-of-head']![0]) - 1;
  return { lines: { wallX: x }, items: [quad('wall', [[x - 4, 0, -50], [x - 4, 240, -50], [x - 4, 240, 50], [x - 4, 0, 50]])] };
}

function chair(fig: Figure3, p: Points): Fit {
  const [px, , pz] = p.pelvis!;
  const y = SCENE3.seatHeight;
  const items = [box('seat', px - 22, px + 16, y, pz - 20, pz + 20), ...legs('chair', px - 20, px + 14, y, pz - 18, pz + 18)];
  // Sitting sideways for a rotation, the chair's back is beside the sitter, on the side they turn to.
  const turn = Object.values(fig.poses).map((q) => q.spine?.rotation ?? 0).find((t) => Math.abs(t) >= 20);
  if (turn === undefined) {
    items.push(seg('chair-back-r', [px - 22, y, pz + 18], [px - 26, y + 48, pz + 18], 4), seg('chair-back-l', [px - 22, y, pz - 18], [px - 26, y + 48, pz - 18], 4),
      seg('chair-top', [px - 26, y + 48, pz - 18], [px - 26, y + 48, pz + 18], 4));
  } else {
    const z = pz + Math.sign(turn) * 22;
    items.push(seg('chair-back-f', [px + 14, y, z], [px + 14, y + 48, z], 4), seg('chair-back-b', [px - 20, y, z], [px - 20, y + 48, z], 4),
      seg('chair-top', [px - 20, y + 48, z], [px + 14, y + 48, z], 4));
  }
  return { lines: { seatY: y }, items };
}

function bench(_fig: Figure3, p: Points): Fit {
  const [knee, hand] = [p['left-knee']!, p['left-knuckles']!];
  const y = Math.min(knee[1], hand[1]) - 5;
  const [x0, x1] = [Math.min(knee[0], hand[0]) - 14, Math.max(knee[0], hand[0]) + 14];
  const [z0, z1] = [Math.min(knee[2], hand[2]) - 12, Math.max(knee[2], hand[2]) + 12];
  return { lines: { benchY: y }, items: [box('bench', x0, x1, y, z0, z1), ...legs('bench', x0 + 8, x1 - 8, y, z0 + 4, z1 - 4)] };
}

function table(_fig: Figure3, p: Points, gripped: boolean): Fit {
  const at = gripped ? p['right-grip']! : p['right-forearm-mid']!;
  const y = gripped ? at[1] : at[1] - 4;
  const [x0, x1] = gripped ? [at[0] - 8, at[0] + 60] : [at[0] - 30, at[0] + 40];
  return { lines: { tableY: y, gripTable: gripped }, items: [box('table', x0, x1, y, -40, 40), ...legs('table', x0 + 4, x1 - 4, y, -36, 36)] };
}

function doorway(_fig: Figure3, p: Points, gripped: boolean): Fit {
  const posts: Vec3[] = gripped
    ? [p['right-grip']!, p['left-grip']!]
    : [add(p['right-forearm-mid']!, [4, 0, 4]), add(p['left-forearm-mid']!, [4, 0, -4])];
  const items = posts.map((at, i) => seg(`post${i}`, [at[0] + 3, 0, at[2]], [at[0] + 3, 232, at[2]], 7));
  items.push(seg('lintel', [posts[0]![0] + 3, 232, posts[0]![2]], [posts[1]![0] + 3, 232, posts[1]![2]], 7));
  return { lines: { frame: posts, gripFrame: gripped }, items };
}

function bar(_fig: Figure3, p: Points): Fit {
  const [r, l] = [p['right-grip']!, p['left-grip']!];
  return { lines: { barY: r[1] }, items: [seg('bar', [r[0], r[1], r[2] + 40], [l[0], l[1], l[2] - 40], 6)] };
}

/** A band or cable, anchored ahead of the hands at their start height: the set-up steps back until it is taut. */
function bandAnchor(fig: Figure3, p: Points): Fit {
  const sides = holdingSides(fig).map((s) => p[`${s}-grip`]!);
  const mid = scale(sides.reduce((a, b) => add(a, b), [0, 0, 0] as Vec3), 1 / sides.length);
  const top = Math.max(p['top-of-head']![1], ...sides.map((g) => g[1])) + 25;
  const anchor: Vec3 = fig.anchor === 'above' ? [mid[0] + 10, top, 0]
    : fig.anchor === 'left' ? [mid[0], mid[1], mid[2] - 70] : fig.anchor === 'right' ? [mid[0], mid[1], mid[2] + 70] : [mid[0] + 70, mid[1], 0];
  const post: Item3 = fig.anchor === 'above'
    ? seg('anchor-bar', [anchor[0], anchor[1] + 3, anchor[2] - 40], [anchor[0], anchor[1] + 3, anchor[2] + 40], 5)
    : seg('anchor-post', [anchor[0] + 4, anchor[1] + 50, anchor[2]], [anchor[0] + 4, 0, anchor[2]], 5);
  return { lines: { anchor }, items: [post, { id: 'anchor', kind: 'dot', pts: [anchor], width: fig.props.includes('cable') ? 6 : 4, tone: 'prop' }] };
}

/** The fixed props in drawing order, each with the props that call for it. */
const FITTERS: [string[], Fitter][] = [
  [['wall'], wall], [['chair'], chair], [['bench'], bench], [['table'], table], [['doorway'], doorway], [['pullup-bar'], bar], [['band', 'cable'], bandAnchor],
];

export function buildScene3(fig: Figure3, start: Skeleton3): Scene3 {
  const gripped = fig.holds !== undefined && !HELD.some((prop) => fig.props.includes(prop));
  const fits = FITTERS.filter(([props]) => props.some((prop) => fig.props.includes(prop))).map(([, fit]) => fit(fig, start.points, gripped));
  return { fixed: fits.flatMap((fit) => fit.items), lines: fits.reduce<PropLines>((all, fit) => ({ ...all, ...fit.lines }), {}) };
}

/** Held props and lines to the hands, in one pose. */
export function heldItems3(fig: Figure3, sk: Skeleton3, scene: Scene3): Item3[] {
  const p = sk.points;
  const has = (prop: string) => fig.props.includes(prop);
  const items: Item3[] = [];
  for (const side of holdingSides(fig)) {
    const grip = p[`${side}-grip`]!;
    // The handle lies across the palm: side to side for an overhand grip, front to back for a neutral one.
    const across = apply(sk.frames[`${side}-hand`]!, fig.grip === 'neutral' ? [1, 0, 0] : [0, 0, 1]);
    if (has('dumbbells')) {
      const [a, b] = [add(grip, scale(across, 9)), add(grip, scale(across, -9))];
      items.push(seg(`${side}-db`, a, b, 4), seg(`${side}-db-a`, add(a, scale(across, 2)), add(a, scale(across, -1)), 13), seg(`${side}-db-b`, add(b, scale(across, -2)), add(b, scale(across, 1)), 13));
    }
    if (has('stress-ball')) items.push({ id: `${side}-ball`, kind: 'dot', pts: [add(grip, apply(sk.frames[`${side}-hand`]!, [3, 0, 0]))], width: 6, tone: 'band' });
    if ((has('band') || has('cable')) && scene.lines.anchor) items.push(seg(`${side}-cord`, scene.lines.anchor, grip, 2.5, 'band'));
  }
  if (has('barbell')) {
    const [r, l] = [p['right-grip']!, p['left-grip']!];
    const dir = normalize(sub(r, l));
    const [a, b] = [add(r, scale(dir, 34)), add(l, scale(dir, -34))];
    items.push(seg('barbell', a, b, 3), seg('plate-r', a, add(a, scale(dir, 3)), 30), seg('plate-l', b, add(b, scale(dir, -3)), 30));
  }
  if (has('band-apart')) items.push(seg('band-apart', p['right-grip']!, p['left-grip']!, 2.5, 'band'));
  return items;
}

/** A generous floor under everything drawn, as a mat outline (a line when seen level). */
export function floorItem(xs: number[], zs: number[]): Item3 {
  const [x0, x1, z0, z1] = [Math.min(...xs) - 24, Math.max(...xs) + 24, Math.min(...zs) - 24, Math.max(...zs) + 24];
  return { id: 'floor', kind: 'poly', pts: [[x0, 0, z0], [x1, 0, z0], [x1, 0, z1], [x0, 0, z1]], width: 3, tone: 'floor' };
}

export { gripClearance3, BODY };
