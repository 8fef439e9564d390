/**
 * What each pose promises to touch, from its base and the scene's props: feet on the floor,
 * knees and hands down on all fours, back on the wall, hands on the bar, forearms on the door
 * frame. Returns the gap of each contact so tests (and the review sheet) can hold it to a few px.
 */
import { SCENE, distance } from './kinematics';
import { figureFrame } from './render';
import { gripClearance } from './props';
import type { FigureSpec } from './types';

export interface Contact {
  pose: string;
  what: string;
  /** Distance in SVG units (the body is 200 tall) between the body part and its surface. */
  gap: number;
}

export function contacts(spec: FigureSpec): Contact[] {
  const frame = figureFrame(spec);
  const out: Contact[] = [];
  const { lines } = frame.scene;
  const start = frame.placed.start!;
  for (const [name, placed] of Object.entries(frame.placed)) {
    const p = placed.points;
    const pose = spec.poses[name]!;
    const floor = (what: string, point: string, above = 0) => out.push({ pose: name, what, gap: Math.abs(-p[point]![1] - above) });
    const lowestOf = (what: string, names: string[], above = 0) =>
      out.push({ pose: name, what, gap: Math.min(...names.map((n) => Math.abs(-p[n]![1] - above))) });
    const feet = (side: 'near' | 'far') => lowestOf(`${side} foot on the floor`, [`${side}-heel`, `${side}-toe`]);
    const hands = (side: 'near' | 'far') => lowestOf(`${side} hand on the floor`, [`${side}-knuckles`, `${side}-grip`], gripClearance(spec));
    const down = (part: string) => !(pose.lifted ?? []).includes(part as never);
    switch (pose.base) {
      case 'standing':
        feet('near');
        if (!spec.props.includes('bench')) feet('far');
        break;
      case 'kneeling':
      case 'all-fours':
        if (down('near-leg')) floor('near knee on the floor', 'near-knee', 5);
        if (down('far-leg')) floor('far knee on the floor', 'far-knee', 5);
        if (pose.base === 'all-fours') {
          if (down('near-arm')) hands('near');
          if (down('far-arm')) hands('far');
        }
        break;
      case 'plank':
        if (down('near-leg')) feet('near');
        if (down('far-leg')) feet('far');
        if (down('near-arm')) hands('near');
        if (down('far-arm')) hands('far');
        break;
      case 'lying': {
        const faceUp = (pose.trunk ?? 0) < 0;
        if (faceUp && down('back')) floor('upper back on the floor', 'upper-back');
        if (down('hips')) floor(faceUp ? 'pelvis on the floor' : 'hips on the floor', faceUp ? 'pelvis-back' : 'pelvis-front');
        if (faceUp && (pose.knee ?? 0) > 45 && down('near-leg')) feet('near');
        if (faceUp && (pose.far?.knee ?? pose.knee ?? 0) > 45 && down('far-leg')) feet('far');
        break;
      }
      case 'sitting-floor':
        floor('seat on the floor', 'pelvis', 8);
        break;
      case 'seated':
        out.push({ pose: name, what: 'seat on the chair', gap: Math.abs(placed.pelvis[1] + SCENE.seatHeight + 6) });
        feet('near');
        feet('far');
        break;
      case 'hanging':
        break;
    }
    if (lines.barY !== undefined) {
      out.push({ pose: name, what: 'hands on the bar', gap: Math.abs(p['near-grip']![1] - lines.barY) });
    }
    if (lines.benchY !== undefined) {
      out.push({ pose: name, what: 'far knee on the bench', gap: Math.abs(p['far-knee']![1] + 5 - lines.benchY) });
      out.push({ pose: name, what: 'far hand on the bench', gap: Math.abs(p['far-knuckles']![1] + 5 - lines.benchY) });
    }
    if (lines.frameX && lines.gripFrame) {
      out.push({ pose: name, what: 'hands on the door frame', gap: Math.abs(p['near-grip']![0] - lines.frameX[0]!) });
    } else if (lines.frameX) {
      const forearms = spec.view === 'side' ? ['near-forearm-mid'] : ['near-forearm-mid', 'far-forearm-mid'];
      forearms.forEach((f, i) => out.push({ pose: name, what: `${f.split('-')[0]} forearm on the door frame`, gap: Math.abs(p[f]![0] - (lines.frameX![i]! + (spec.view === 'side' ? -4 : i === 0 ? 4 : -4))) }));
    }
    if (lines.tableY !== undefined && lines.gripTable) out.push({ pose: name, what: 'hands on the table edge', gap: distance(p['near-grip']!, start.points['near-grip']!) });
    else if (lines.tableY !== undefined) out.push({ pose: name, what: 'forearm on the table', gap: Math.abs(p['near-forearm-mid']![1] + 4 - lines.tableY) });
    if (lines.wallX !== undefined && spec.view === 'side') {
      for (const [what, mark] of [['head', 'back-of-head'], ['upper back', 'upper-back'], ['hips', 'pelvis-back']] as const) {
        out.push({ pose: name, what: `${what} on the wall`, gap: Math.abs(p[mark]![0] - 1 - lines.wallX) });
      }
    }
  }
  return out;
}
