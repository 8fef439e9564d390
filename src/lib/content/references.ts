/**
 * Cross-reference checks that a single entry's schema cannot make: every muscle, move and source
 * an entry names must exist. Pure: takes plain entries, returns problems naming file and field.
 */
export interface CheckedEntry {
  collection: string;
  id: string;
  filePath?: string;
  data: {
    muscles?: { primary: string[]; secondary: string[] };
    easier?: string[];
    harder?: string[];
    sources?: string[];
  };
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export interface ReferenceTargets {
  muscles: Iterable<string>;
  sources: Iterable<string>;
}

const MOVE_COLLECTIONS = new Set(['warmups', 'exercises', 'stretches']);

export function findReferenceProblems(entries: CheckedEntry[], targets: ReferenceTargets): ContentProblem[] {
  const muscles = new Set(targets.muscles);
  const sources = new Set(targets.sources);
  const moves = entries.filter((entry) => MOVE_COLLECTIONS.has(entry.collection));
  const moveIds = new Map<string, CheckedEntry>();
  const problems: ContentProblem[] = [];
  const fileOf = (entry: CheckedEntry) => entry.filePath ?? `${entry.collection}/${entry.id}`;

  for (const move of moves) {
    const first = moveIds.get(move.id);
    if (first) {
      problems.push({
        file: fileOf(move),
        field: 'id',
        message: `the move id "${move.id}" is also used by ${fileOf(first)}; move ids must be unique across warm-ups, exercises and stretches`,
      });
    } else moveIds.set(move.id, move);
  }

  for (const entry of entries) {
    const { data } = entry;
    const check = (field: string, ids: string[] | undefined, known: Set<string> | Map<string, unknown>, what: string) => {
      ids?.forEach((id, index) => {
        if (!known.has(id)) problems.push({ file: fileOf(entry), field: `${field}[${index}]`, message: `unknown ${what} "${id}"` });
      });
    };
    check('muscles.primary', data.muscles?.primary, muscles, 'muscle');
    check('muscles.secondary', data.muscles?.secondary, muscles, 'muscle');
    check('easier', data.easier, moveIds, 'move');
    check('harder', data.harder, moveIds, 'move');
    check('sources', data.sources, sources, 'source');
    for (const field of ['easier', 'harder'] as const) {
      data[field]?.forEach((id, index) => {
        if (id === entry.id) problems.push({ file: fileOf(entry), field: `${field}[${index}]`, message: 'a move cannot be its own easier or harder version' });
      });
    }
  }
  return problems;
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

export class ContentReferenceError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Broken content references (${problems.length}):\n${formatProblems(problems)}`);
    this.name = 'ContentReferenceError';
  }
}
