/** How a move index page (/warm-ups/, /exercises/, /stretches/) splits its moves into sections. */
import type { Pattern } from './vocabulary';

export interface MoveIndexGroup {
  label: string;
  patterns: Pattern[];
  intro?: string;
}

export interface MoveIndexSection<M> {
  /** Empty for an ungrouped index: one unlabelled section of every move. */
  label: string;
  intro?: string;
  moves: M[];
}

interface GroupedMove {
  id: string;
  file?: string;
  pattern: Pattern;
}

/**
 * Groups in the order given, each with its moves; an empty group is left out. A move no group
 * takes throws, naming it: it would otherwise be missing from its section's index.
 */
export function indexSections<M>(moves: M[], groups: MoveIndexGroup[] | undefined, describe: (move: M) => GroupedMove): MoveIndexSection<M>[] {
  if (!groups) return [{ label: '', moves }];
  const grouped = new Set(groups.flatMap((group) => group.patterns));
  const left = moves.map(describe).filter((m) => !grouped.has(m.pattern));
  if (left.length) {
    const names = left.map((m) => `${m.file ?? m.id}: pattern "${m.pattern}"`).join('; ');
    throw new Error(`the index groups moves by ${[...grouped].join(', ')}, so it would leave out ${names}`);
  }
  return groups
    .map((group) => ({ label: group.label, intro: group.intro, moves: moves.filter((m) => group.patterns.includes(describe(m).pattern)) }))
    .filter((section) => section.moves.length > 0);
}
