/** The program's words: what each change is, and why it came, from the rule that made it (K4). */
import type { Plan, RoutineMove } from '../routine/types';
import type { Cause, ChangeKind, Effortish, Rung } from './types';

/** A title inside a sentence: "Prone W raise" -> "prone W raise". */
const inSentence = (title: string) => title.charAt(0).toLowerCase() + title.slice(1);
const ORDINAL = ['first', 'second', 'third'];
const ordinal = (n: number) => ORDINAL[n - 1] ?? `${n}th`;
const EFFORT_WORDS: Record<Effortish, string> = { 'too-easy': 'too easy', 'about-right': 'about right', 'too-hard': 'too hard', hurt: 'painful' };

/** "band row: 15 reps instead of 12", from the first strength move of a plan built at the top of the range. */
function rangeExample(plan: Plan | undefined, catalogue: RoutineMove[]): string {
  const move = plan?.phases[1]?.moves[0];
  const page = move && catalogue.find((m) => m.id === move.id)?.dose;
  if (!move || !page) return '';
  const amount = (d: { type: string; reps?: number; repeats?: number; seconds?: number }) =>
    d.type === 'reps' ? `${d.reps} reps` : d.type === 'hold' ? `${d.repeats} holds` : `${d.seconds} s`;
  return ` (${inSentence(move.title)}: ${amount(move.dose)} instead of ${amount(page)})`;
}

export function stepWhat(kind: ChangeKind, rung: Rung, plan?: Plan, catalogue: RoutineMove[] = []): string {
  switch (kind) {
    case 'reps':
      return `more repetitions: each strength move at the top of its range${rangeExample(plan, catalogue)}`;
    case 'set':
      return `a ${ordinal(rung.sets)} set of each strength move`;
    case 'heavier':
      return 'a slightly heavier weight or a stronger band, with the same moves, sets and reps';
    default:
      return 'a harder variation';
  }
}

/** The change in a few words. */
export function changeTitle(kind: ChangeKind, rung: Rung): string {
  const titles: Record<ChangeKind, string> = {
    reps: 'More repetitions',
    set: `A ${ordinal(rung.sets)} set`,
    heavier: 'A slightly heavier weight or a stronger band',
    harder: 'A harder variation',
    back: 'One step back',
  };
  return titles[kind];
}

export const harderWhat = (to: string, from: string) => `the harder ${inSentence(to)} in place of the ${inSentence(from)}`;

/** What a step back undoes. */
export function backWhat(undone: ChangeKind, rung: Rung): string {
  switch (undone) {
    case 'reps':
      return 'one step back: the starting repetitions of each move again';
    case 'set':
      return `one step back: ${rung.sets} set${rung.sets === 1 ? '' : 's'} of each strength move again`;
    case 'heavier':
      return 'one step back: the lighter weight or band again';
    default:
      return 'one step back: the easier variation again';
  }
}

export function roomNote(kind: ChangeKind, sets: number): string {
  const what = kind === 'set' ? `A ${ordinal(sets)} set` : kind === 'reps' ? 'More repetitions' : 'The next harder variation';
  return `${what} would need sessions longer than 45 minutes without dropping a move, so the program goes on to the next step instead. Choose fewer add-ons, or keep the sessions as they are.`;
}

function effortsText(efforts: Effortish[]): string {
  const words = [...new Set(efforts.map((e) => EFFORT_WORDS[e]))];
  return words.length ? words.join(' or ') : 'done';
}

/** "Week 3: a second set of each strength move, because week 2's sessions were logged as about right." */
export function whyText(week: number, what: string, cause: Cause, beginner: boolean, minutes?: number): string {
  const previous = week - 1;
  const grow = minutes ? ` Each session now takes about ${minutes} minutes, so no move is dropped to fit.` : '';
  const head = `Week ${week}: ${what}`;
  switch (cause.kind) {
    case 'logged':
      return `${head}, because week ${previous}’s sessions were logged as ${effortsText(cause.efforts)}.${grow}`;
    case 'easy':
      return `${head}, brought forward because two sessions in a row were logged as too easy.${grow}`;
    case 'hurt':
      return `${head}, because the session on ${cause.date} hurt. Pain means stop: read the safety guide before you go on.`;
    case 'planned':
      return `${head}, once week ${previous}’s sessions feel about right (${beginner ? 'beginners take at most one step every two weeks' : 'at most one step a week'}).${grow}`;
  }
}

export const repeatedHard = (week: number, date: string) => `Week ${week} is repeated, because the session on ${date} felt too hard.`;
export const repeatedMissed = (week: number) =>
  `Week ${week} starts again, because a whole week went by without a session: a missed week is repeated, never skipped.`;
export const hurtNoStep = (week: number, date: string) =>
  `Week ${week} is repeated, because the session on ${date} hurt. Pain means stop: read the safety guide before you go on.`;
export const endedEarly = (week: number) => `Week ${week} ended early: two sessions in a row felt too easy, so the next step comes now.`;
export const LADDER_END = 'Every step your level and equipment allow is taken: keep going as you are, or add equipment to unlock harder variations.';
