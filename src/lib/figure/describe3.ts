/**
 * Words for a 3D figure: where the body is in a pose, and the key motion ("Watch the hands; the
 * trunk stays still."), for accessible names and the caption under the figure.
 */
import type { Figure3, KeptShape, Pose3, KeyPoint } from './pose3d';

const POINT_WORDS: Record<KeyPoint, string> = {
  'right-hand': 'the working hand', 'left-hand': 'the working hand', hands: 'the hands', 'right-elbow': 'the working elbow',
  elbows: 'the elbows', head: 'the head', chin: 'the chin', hips: 'the hips', shoulders: 'the shoulders',
  blades: 'the shoulder blades', 'right-knee': 'the knee', 'left-foot': 'the foot', chest: 'the chest', back: 'the upper back',
};

function place(pose: Pose3, fig: Figure3): string {
  const trunk = pose.trunk ?? 0;
  const spine = pose.spine?.flexion ?? 0;
  switch (pose.base) {
    case 'standing':
      if (fig.props.includes('table') && fig.holds) return 'hanging under a table from its edge, body straight';
      if (trunk <= -15) return 'leaning back, body straight';
      if (fig.props.includes('bench')) return 'one knee and one hand on the bench, bent forward with a flat back';
      if (trunk >= 35) return `hinged forward at the hips${Math.abs(spine) <= 10 ? ' with a flat back' : ''}`;
      return fig.props.includes('wall') ? 'standing with the back against the wall' : 'standing';
    case 'kneeling': return (pose.knee ?? 0) >= 140 ? 'kneeling, sitting back toward the heels' : 'kneeling upright';
    case 'all-fours': return spine >= 15 ? 'on hands and knees, back rounded up' : spine <= -10 ? 'on hands and knees, back dipped' : 'on hands and knees, back flat';
    case 'plank': return 'in a high plank on the hands';
    case 'lying': return trunk < 0 ? ((pose.lifted ?? []).includes('hips') ? 'lying on the back, hips lifted' : 'lying on the back') : (spine <= -10 ? 'lying face down, chest lifted' : 'lying face down');
    case 'sitting-floor': return trunk + spine >= 20 ? 'sitting on the floor, leaning forward' : 'sitting on the floor';
    case 'seated': return 'sitting on a chair';
    case 'hanging': return 'hanging from the bar, feet off the floor';
  }
}

function arms(pose: Pose3): string | undefined {
  const s = pose.shoulder ?? {};
  const flex = s.flexion ?? 0;
  const abd = s.abduction ?? 0;
  const elbow = pose.elbow ?? 0;
  if (flex >= 150 || abd >= 150) return elbow >= 90 ? 'hands behind the head' : 'arms overhead';
  if (flex >= 60 && abd >= 60) return elbow >= 60 ? 'elbows out wide, hands up' : 'arms out wide';
  if (abd >= 60) return elbow >= 60 ? 'elbows out to the sides, bent' : 'arms out to the sides';
  if (flex >= 60) return elbow >= 60 ? 'elbows bent, forearms up' : 'arms reaching forward';
  if (flex < -10 && elbow >= 60) return 'elbows pulled back beside the ribs';
  return undefined;
}

function blades(pose: Pose3): string | undefined {
  const b = pose.scapula ?? {};
  if ((b.retraction ?? 0) >= 12) return 'shoulder blades squeezed together';
  if ((b.elevation ?? 0) >= 15) return 'shoulders lifted';
  if ((b.elevation ?? 0) <= -6) return 'shoulders drawn down';
  if ((b.retraction ?? 0) <= -12) return 'shoulder blades spread apart';
  return undefined;
}

function headWords(pose: Pose3): string | undefined {
  const n = pose.neck ?? {};
  if (Math.abs(n.rotation ?? 0) >= 25 && (n.flexion ?? 0) >= 15) return 'head turned and nodding down toward the armpit';
  if (Math.abs(n.sideBend ?? 0) >= 20) return 'head tilted, ear toward the shoulder';
  if (Math.abs(n.rotation ?? 0) >= 25) return 'head turned';
  if ((pose.head ?? 0) >= 10 && (n.flexion ?? 0) <= 0) return 'chin drawn straight back';
  if ((n.flexion ?? 0) >= 20) return 'head down';
  if ((n.flexion ?? 0) <= -20) return 'head up';
  return undefined;
}

export function describePose3(fig: Figure3, name: string): string {
  const pose = fig.poses[name]!;
  const parts = [place(pose, fig), arms(pose), blades(pose), headWords(pose)].filter(Boolean);
  return `${parts.join(', ')}.`;
}

const SHAPE_WORDS: Record<KeptShape, string> = {
  'back-flat': 'the back flat',
  'body-straight': 'the body in one straight line',
  'hips-up': 'the body straight from shoulders to knees',
  'arms-straight': 'the arms straight',
  'shoulders-level': 'the shoulders level',
  'arms-loose': 'the arms hanging loose',
};

/** "Watch the hands; keep the trunk still and the arms straight." */
export function keyMotionText(fig: Figure3): string {
  const still = fig.key.still?.length ? [`the ${fig.key.still.join(' and the ')} still`] : [];
  const kept = [...still, ...(fig.key.keep ?? []).map((shape) => SHAPE_WORDS[shape])];
  return `Watch ${POINT_WORDS[fig.key.point]}${kept.length ? `; keep ${kept.join(' and ')}` : ''}.`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const describeFigure3 = (fig: Figure3, title: string) =>
  `${title}. Start: ${capital(describePose3(fig, 'start'))} End: ${capital(describePose3(fig, 'end'))} ${keyMotionText(fig)}`;
export const poseLabel3 = (fig: Figure3, name: string, title: string) => `${title}, ${name}: ${capital(describePose3(fig, name))}`;
