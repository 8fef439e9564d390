/**
 * The coach: the next step from the log, following rule K2 (add a set, then slightly heavier, then
 * harder variations, one change at a time), and easing off when a session felt too hard. Every
 * step says why, and comes with the builder's query with that one change made.
 */
import { ASSUMED_EQUIPMENT_IDS, LEVELS, LOADABLE_EQUIPMENT_IDS, type Level } from '../content/vocabulary';
import { changeRequest, decodeRequest } from '../routine/url';
import type { Swap } from '../routine/types';
import { plural } from '../words';
import { byDateDesc, type StoredSession } from './record';
import { PAIN_RULE_HREF, STEP_BACK_ADVICE } from '../content/pain-rule';

export const NEXT_STEPS = ['add-set', 'heavier', 'harder', 'ease', 'keep', 'step-back'] as const;
export type NextStepId = (typeof NEXT_STEPS)[number];

/** What the coach needs of a move, from its frontmatter (passed from the page at build time). */
export interface CoachMove {
  title: string;
  level: Level;
  /** Where it may sit in a session (the builder's role): a swap keeps the role. */
  role: string;
  /** Alternatives: any one list of items is enough. */
  equipment: string[][];
  easier: string[];
  harder: string[];
}

export interface NextStep {
  id: NextStepId;
  text: string;
  /** The builder's query with the change made; undefined: the builder with its defaults. */
  query?: string;
  /** Where the link goes when it is not the builder (the safety guide's pain rule). */
  href?: string;
  link: string;
}

/** After a session that hurt: never a step forward; step back and read the pain rule. */
export const STEP_BACK: NextStep = {
  id: 'step-back',
  href: PAIN_RULE_HREF,
  link: 'Read the pain rule and the warning signs',
  text: `Your last session hurt. ${STEP_BACK_ADVICE}`,
};

/** Two sessions in a row that felt too easy on the same plan earn the next K2 step. */
export const EASY_RUN_FOR_STEP = 2;
/** Two more after "heavier" (same plan, so the run goes on) move on to a harder variation. */
export const EASY_RUN_FOR_HARDER = 4;
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const word = (n: number) => WORDS[n] ?? String(n);
const sets = (n: number) => plural(n, 'set').replace(/^\d+/, word(n));
const ordinal = ['first', 'second', 'third', 'fourth', 'fifth'];

/** The strength moves of a session, in plan order (add-ons are not progressed). */
const strengthMoves = (session: StoredSession) => session.moves.filter((m) => m.phase === 'strength' && !m.addon);
const setsOf = (session: StoredSession) => Math.max(0, ...strengthMoves(session).map((m) => m.setsPlanned));

/** The first strength move of the session with a variation (easier or harder) the person can do. */
function findVariation(session: StoredSession, moves: Record<string, CoachMove>, direction: 'easier' | 'harder'): Swap | undefined {
  const { inputs } = decodeRequest(session.query);
  const available = new Set<string>([...ASSUMED_EQUIPMENT_IDS, ...inputs.equipment]);
  const inPlan = new Set(session.moves.map((m) => m.id));
  const rank = (level: Level) => LEVELS.indexOf(level);
  for (const { id } of strengthMoves(session)) {
    const from = moves[id];
    if (!from) continue;
    const to = from[direction].find((other) => {
      const move = moves[other];
      return move && !inPlan.has(other) && move.role === from.role && rank(move.level) <= rank(inputs.level)
        && move.equipment.some((option) => option.every((item) => available.has(item)));
    });
    if (to) return { from: id, to };
  }
  return undefined;
}

export function nextStep(log: StoredSession[], moves: Record<string, CoachMove>): NextStep {
  const sessions = [...log].sort(byDateDesc);
  const last = sessions[0];
  if (!last) return { id: 'keep', text: 'Log your first session to get a next step: after each session, say how it felt.', link: 'Build a plan' };
  const title = (id: string) => moves[id]?.title ?? id;
  const setCount = setsOf(last);
  const levelIndex = LEVELS.indexOf(last.level);

  if (last.effort === 'hurt') return STEP_BACK;
  if (last.effort === 'too-hard') {
    const swap = findVariation(last, moves, 'easier');
    if (swap) {
      return { id: 'ease', query: changeRequest(last.query, { swap }), link: 'Open the plan with the easier move',
        text: `Your last session felt too hard: swap ${title(swap.from)} for the easier ${title(swap.to)}, and keep everything else the same.` };
    }
    if (setCount > 1 && levelIndex > 0) {
      return { id: 'ease', query: changeRequest(last.query, { level: LEVELS[levelIndex - 1] }), link: `Open the plan with ${sets(setCount - 1)}`,
        text: `Your last session felt too hard at ${sets(setCount)}: go back to ${sets(setCount - 1)} of each strength move.` };
    }
    return { id: 'ease', query: last.query, link: 'Open the same plan',
      text: 'Your last session felt too hard: keep this plan with a lighter band or weight, fewer reps, and stop any move that hurts.' };
  }

  // The run of sessions in a row that felt too easy on this very plan.
  let run = 0;
  while (run < sessions.length && sessions[run]!.effort === 'too-easy' && sessions[run]!.query === last.query) run += 1;
  if (run < EASY_RUN_FOR_STEP) {
    const text = last.effort === 'too-easy'
      ? 'Your last session felt too easy: keep this plan, and if the next one feels too easy as well, you are ready for the next step.'
      : 'Your last session felt about right: keep this plan until two sessions in a row feel too easy.';
    return { id: 'keep', query: last.query, link: 'Open the same plan', text };
  }

  const why = `Your last ${word(run)} sessions felt too easy at ${sets(setCount)}`;
  if (setCount < 3 && levelIndex < LEVELS.length - 1) {
    return { id: 'add-set', query: changeRequest(last.query, { level: LEVELS[levelIndex + 1] }), link: `Open the plan with ${sets(setCount + 1)}`,
      text: `${why}: add a ${ordinal[setCount] ?? 'further'} set.` };
  }
  const canLoad = decodeRequest(last.query).inputs.equipment.some((item) => LOADABLE_EQUIPMENT_IDS.includes(item));
  const harder = findVariation(last, moves, 'harder');
  if (canLoad && (run < EASY_RUN_FOR_HARDER || !harder)) {
    return { id: 'heavier', query: last.query, link: 'Open the same plan',
      text: `${why}: choose a slightly heavier weight or a stronger band, and keep the same plan.` };
  }
  if (harder) {
    return { id: 'harder', query: changeRequest(last.query, { swap: harder }), link: 'Open the plan with the harder move',
      text: `${why}${canLoad ? ', even after going heavier' : ''}: swap ${title(harder.from)} for the harder ${title(harder.to)}.` };
  }
  return { id: 'keep', query: last.query, link: 'Open the same plan',
    text: `${why}, and none of your moves has a harder variation for your equipment: add equipment in the builder to unlock one, or keep this plan.` };
}
