/**
 * The figure's accessible name, in words, from the pose data: where the body is, where the arms
 * are, what is held or touched. "Start: standing, arms straight forward, holding the band. End:
 * ...". Plain phrases only; the move page's steps carry the detail.
 */
import type { FigureSpec, Pose } from './types';

function place(pose: Pose, spec: FigureSpec): string {
  const trunk = pose.trunk ?? 0;
  switch (pose.base) {
    case 'standing': {
      if (spec.props.includes('table') && spec.holds) return 'hanging under a table from its edge, body straight, heels on the floor';
      if (trunk <= -15) return 'leaning back, body straight';
      if (spec.props.includes('bench')) return 'one knee and one hand on the bench, bent forward with a flat back';
      if (trunk >= 35) return `hinged forward at the hips${Math.abs(pose.spine ?? 0) <= 10 ? ' with a flat back' : ''}`;
      if ((pose.spine ?? 0) >= 15) return 'standing with the upper back rounded';
      return spec.props.includes('wall') ? 'standing with the back against the wall' : 'standing';
    }
    case 'kneeling': return (pose.knee ?? 0) >= 140 ? 'kneeling, sitting back toward the heels' : 'kneeling upright';
    case 'all-fours': {
      const spine = pose.spine ?? 0;
      return spine >= 15 ? 'on hands and knees, back rounded up' : spine <= -10 ? 'on hands and knees, back dipped and head up' : 'on hands and knees with a flat back';
    }
    case 'plank': return 'in a high plank on the hands';
    case 'lying': return trunk < 0 ? ((pose.lifted ?? []).includes('hips') ? 'lying on the back with the hips lifted' : 'lying on the back') : ((pose.spine ?? 0) <= -10 ? 'lying face down with the chest lifted' : 'lying face down');
    case 'sitting-floor': return trunk + (pose.spine ?? 0) >= 20 ? 'sitting on the floor, leaning forward' : 'sitting on the floor';
    case 'seated': return (pose.spine ?? 0) <= -10 ? 'sitting on a chair, upper back arched back' : 'sitting on a chair';
    case 'hanging': return (pose.shrug ?? 0) < 0 ? 'hanging from the bar with the shoulders drawn down' : 'hanging from the bar';
  }
}

function arms(pose: Pose, spec: FigureSpec): string | undefined {
  const shoulder = pose.shoulder ?? 0;
  const elbow = pose.elbow ?? 0;
  const trunk = (pose.trunk ?? 0) + (pose.spine ?? 0);
  if (spec.view !== 'side') {
    if (shoulder >= 150) return elbow >= 90 ? 'one hand resting on the head' : 'arms overhead';
    if (shoulder >= 60) return (pose.reach ?? 0) >= 45 ? 'arms reaching forward' : 'arms out to the sides';
    return undefined;
  }
  if (pose.base === 'kneeling' && trunk >= 45 && shoulder >= 140) return 'arms reaching forward along the floor';
  if (pose.base === 'lying' && (pose.lifted ?? []).includes('near-leg')) return 'hands around the shin';
  if (pose.base === 'all-fours' || pose.base === 'plank') {
    if ((pose.lifted ?? []).includes('near-arm')) return shoulder >= 120 ? 'one arm reaching forward' : 'one elbow pulled up beside the ribs';
    return undefined;
  }
  if (trunk >= 35 && pose.base === 'standing') {
    if (elbow >= 45) return 'elbows pulled up and back';
    if ((pose.reach ?? 0) >= 45) return 'arms raised out to the sides';
    return 'arms hanging straight down';
  }
  if (shoulder >= 150) return elbow >= 90 ? 'hands behind the head' : 'arms reaching overhead';
  if ((pose.reach ?? 0) >= 45 && elbow >= 60) return 'elbows out wide, hands up by the head';
  if (shoulder >= 60) return elbow >= 60 ? 'elbows bent, forearms up' : 'arms straight forward';
  if (shoulder < -10 && elbow >= 60) return 'elbows bent back beside the ribs';
  if ((pose.retract ?? 0) >= 0.5) return 'shoulder blades squeezed back';
  if ((pose.shrug ?? 0) >= 0.5) return 'shoulders lifted toward the ears';
  return undefined;
}

function held(spec: FigureSpec): string | undefined {
  const p = spec.props;
  if (p.includes('band') || p.includes('band-apart')) return 'holding the band';
  if (p.includes('cable')) return 'holding the cable';
  if (p.includes('barbell')) return 'holding a barbell';
  if (p.includes('dumbbells')) return spec.holds === 'near' || spec.holds === 'far' ? 'holding a dumbbell' : 'holding dumbbells';
  if (p.includes('stress-ball')) return 'holding a stress ball';
  if (p.includes('doorway')) return spec.holds ? 'hands holding the door frame' : 'forearms on the door frame';
  return undefined;
}

/** What visibly changed from the start pose, for the end's description. */
function changes(spec: FigureSpec, pose: Pose): string[] {
  const start = spec.poses.start;
  const d = (key: 'shoulder' | 'elbow' | 'wrist' | 'hip' | 'neck' | 'head' | 'trunk' | 'shrug', a: Pose = start, b: Pose = pose) => (b[key] ?? 0) - (a[key] ?? 0);
  const out: string[] = [];
  if (pose === start) return out;
  if (spec.view !== 'side' && (pose.far?.shoulder ?? pose.shoulder ?? 0) - (pose.shoulder ?? 0) >= 25) out.push('turned with one arm reaching to the side');
  if ((pose.lifted ?? []).includes('near-leg') && pose.base === 'lying') out.push('one knee hugged to the chest');
  if (Math.abs((pose.hip ?? 0) - (pose.far?.hip ?? pose.hip ?? 0)) >= 15 && pose.base === 'standing' && !spec.props.includes('bench')) out.push(spec.props.includes('doorway') ? 'one foot stepped forward through the doorway' : 'walking, mid-stride');
  if (d('neck') <= -15 && d('head') >= 15) out.push('chin drawn straight back');
  if (spec.view !== 'side' && Math.sign(pose.neck ?? 0) !== Math.sign(start.neck ?? 0) && start.neck) out.push('head tilted to the other side');
  if (spec.view !== 'side' && Math.abs(d('shoulder')) >= 10 && d('shoulder') < 60 && (pose.shoulder ?? 0) < 150) out.push(d('shoulder') > 0 ? 'arms a little higher' : 'arms a little lower');
  if (d('wrist') >= 20) out.push('hand squeezed shut');
  if (d('shrug') >= 0.5) out.push('shoulders lifted');
  return out;
}

export function describePose(spec: FigureSpec, name: string): string {
  const pose = spec.poses[name]!;
  const neck = pose.neck ?? 0;
  const where = place(pose, spec);
  const head = spec.view === 'side'
    ? (neck >= 20 ? 'head down' : neck <= -20 && !where.includes('head') ? 'head up' : undefined)
    : (Math.abs(neck) >= 20 ? 'head tilted to one side' : undefined);
  const changed = changes(spec, pose);
  const parts = [where, arms(pose, spec), changed.includes('head tilted to the other side') ? undefined : head, ...changed, held(spec)].filter(Boolean);
  return `${parts.join(', ')}.`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Start: standing, arms straight forward, holding the band. End: ..." */
export function describeFigure(spec: FigureSpec, title: string): string {
  return `${title}. Start: ${describePose(spec, 'start')} End: ${describePose(spec, 'end')}`;
}

export const poseLabel = (spec: FigureSpec, name: string, title: string) => `${title}, ${name}: ${capital(describePose(spec, name))}`;
