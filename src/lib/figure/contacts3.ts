/**
 * What each pose of a view promises to touch, from its base and the scene's props: feet on the
 * floor, knees and hands down on all fours, back on the wall, hands on the bar (and feet clear of
 * the floor when hanging), forearms on the door frame, a seat on the chair, a knee and hand on the
 * bench, held props and bands at the hands. Gaps are in body units (the body is 200 tall).
 */
import { SCENE3, gripClearance3 } from './place3d';
import { holdingSides } from './props3d';
import type { View3 } from './scene3d';
import { sub, length, type Vec3 } from './vec3';
import type { Figure3, Pose3 } from './pose3d';

export interface Contact { pose: string; what: string; gap: number }

const dist = (a: Vec3, b: Vec3) => length(sub(a, b));

function baseContacts(fig: Figure3, pose: Pose3, p: Record<string, Vec3>, add: (what: string, gap: number) => void): void {
  const down = (part: string) => !(pose.lifted ?? []).includes(part as never);
  const floor = (what: string, point: string, above = 0) => add(what, Math.abs(p[point]![1] - above));
  const lowest = (what: string, names: string[], above = 0) => add(what, Math.min(...names.map((n) => Math.abs(p[n]![1] - above))));
  const feet = (side: string) => lowest(`${side} foot on the floor`, [`${side}-heel`, `${side}-toe`]);
  const hands = (side: string) => lowest(`${side} hand on the floor`, [`${side}-knuckles`, `${side}-grip`], gripClearance3(fig.props));
  switch (pose.base) {
    case 'standing':
      feet('right');
      if (!fig.props.includes('bench')) feet('left');
      break;
    case 'kneeling':
    case 'all-fours':
      if (down('right-leg')) floor('right knee on the floor', 'right-knee', 5);
      if (down('left-leg')) floor('left knee on the floor', 'left-knee', 5);
      if (pose.base === 'all-fours') { if (down('right-arm')) hands('right'); if (down('left-arm')) hands('left'); }
      break;
    case 'plank':
      if (down('right-leg')) feet('right');
      if (down('left-leg')) feet('left');
      if (down('right-arm')) hands('right');
      if (down('left-arm')) hands('left');
      break;
    case 'lying': {
      if (Math.abs(pose.turn ?? 0) >= 60) { lowest('side on the floor', ['right-hip', 'left-hip', 'right-shoulder', 'left-shoulder'], 6); break; }
      const faceUp = (pose.trunk ?? 0) < 0;
      if (faceUp && down('back')) floor('upper back on the floor', 'upper-back');
      if (down('hips')) floor('hips on the floor', faceUp ? 'pelvis-back' : 'pelvis-front');
      if (faceUp && (pose.knee ?? 0) > 45 && down('right-leg')) feet('right');
      if (faceUp && (pose.left?.knee ?? pose.knee ?? 0) > 45 && down('left-leg')) feet('left');
      break;
    }
    case 'sitting-floor':
      floor('seat on the floor', 'pelvis', 8);
      break;
    case 'seated':
      add('seat on the chair', Math.abs(p.pelvis![1] - SCENE3.seatHeight - 6));
      feet('right');
      feet('left');
      break;
    case 'hanging':
      // Hanging means the feet are off the floor: a gap under 10 counts as a loose contact.
      add('feet clear of the floor', Math.max(0, 10 - Math.min(p['right-heel']![1], p['left-heel']![1], p['right-toe']![1], p['left-toe']![1])));
      break;
  }
}

export function contacts3(fig: Figure3, view: View3): Contact[] {
  const out: Contact[] = [];
  const { lines } = view.scene;
  for (const [name, sk] of Object.entries(view.placed)) {
    const p = sk.points;
    const pose = fig.poses[name]!;
    const add = (what: string, gap: number) => out.push({ pose: name, what, gap });
    baseContacts(fig, pose, p, add);
    if (lines.barY !== undefined) for (const s of ['right', 'left']) add(`${s} hand on the bar`, Math.abs(p[`${s}-grip`]![1] - lines.barY));
    if (lines.benchY !== undefined) {
      add('left knee on the bench', Math.abs(p['left-knee']![1] - 5 - lines.benchY));
      add('left hand on the bench', Math.abs(p['left-knuckles']![1] - 5 - lines.benchY));
    }
    if (lines.frame && lines.gripFrame) lines.frame.forEach((post, i) => add(`${i ? 'left' : 'right'} hand on the door frame`, dist(p[`${i ? 'left' : 'right'}-grip`]!, post)));
    else if (lines.frame) lines.frame.forEach((post, i) => {
      const forearm = p[`${i ? 'left' : 'right'}-forearm-mid`]!;
      add(`${i ? 'left' : 'right'} forearm on the door frame`, Math.hypot(forearm[0] + 4 - post[0], forearm[2] - post[2] + (i ? -4 : 4)));
    });
    if (lines.tableY !== undefined && lines.gripTable) add('hands on the table edge', dist(p['right-grip']!, view.placed.start!.points['right-grip']!));
    else if (lines.tableY !== undefined) add('forearm on the table', Math.abs(p['right-forearm-mid']![1] - 4 - lines.tableY));
    if (lines.seatY !== undefined && pose.base !== 'seated') add('seat on the chair', Math.abs(p.pelvis![1] - lines.seatY - 6));
    if (lines.wallX !== undefined && lines.wallFront) {
      for (const s of ['right', 'left']) add(`${s} forearm on the wall`, Math.abs(p[`${s}-forearm-mid`]![0] + 3 - lines.wallX));
    } else if (lines.wallX !== undefined) {
      for (const [what, mark] of [['head', 'back-of-head'], ['upper back', 'upper-back'], ['hips', 'pelvis-back']] as const) add(`${what} on the wall`, Math.abs(p[mark]![0] - 1 - lines.wallX));
    }
    if (fig.props.includes('band-apart') || fig.props.includes('band') || fig.props.includes('cable') || fig.props.some((q) => ['dumbbells', 'barbell', 'stress-ball'].includes(q))) {
      for (const side of holdingSides(fig)) if (!p[`${side}-grip`]) add(`${side} hand holds the prop`, Infinity);
    }
  }
  return out;
}
