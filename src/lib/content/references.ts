/**
 * Cross-reference checks that a single entry's schema cannot make: every muscle, move and source
 * an entry names must exist, easier/harder links go both ways, and no two pages answer to the same
 * name in search. Pure: takes plain entries, returns problems naming file and field.
 */
export interface CheckedEntry {
  collection: string;
  id: string;
  filePath?: string;
  data: {
    title?: string;
    aliases?: string[];
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

/**
 * A name as a reader would type it into search: lower case, "&" as "and", no bracketed part, no
 * apostrophes or punctuation. Two pages whose names match this way compete for the same query.
 */
export function searchName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const OPPOSITE = { easier: 'harder', harder: 'easier' } as const;

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
        if (id === entry.id) {
          problems.push({ file: fileOf(entry), field: `${field}[${index}]`, message: 'a move cannot be its own easier or harder version' });
          return;
        }
        const other = moveIds.get(id);
        const back = OPPOSITE[field];
        if (other && MOVE_COLLECTIONS.has(entry.collection) && !other.data[back]?.includes(entry.id)) {
          problems.push({
            file: fileOf(entry),
            field: `${field}[${index}]`,
            message: `"${id}" does not list "${entry.id}" under ${back}; easier and harder links go both ways, so add it to ${back} in ${fileOf(other)}`,
          });
        }
      });
    }
  }
  problems.push(...nameClashes(entries, fileOf));
  return problems;
}

/** Titles and aliases that two pages share once written as search sees them ({@link searchName}). */
function nameClashes(entries: CheckedEntry[], fileOf: (entry: CheckedEntry) => string): ContentProblem[] {
  const owners = new Map<string, { entry: CheckedEntry; field: string }>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const names: [string, string][] = [
      ...(entry.data.title === undefined ? [] : [['title', entry.data.title] as [string, string]]),
      ...(entry.data.aliases ?? []).map((alias, index): [string, string] => [`aliases[${index}]`, alias]),
    ];
    for (const [field, name] of names) {
      const key = searchName(name);
      const owner = owners.get(key);
      if (!owner) owners.set(key, { entry, field });
      else if (owner.entry !== entry) {
        const what = owner.field === 'title' ? 'the title' : 'an alias';
        problems.push({ file: fileOf(entry), field, message: `"${name}" is also ${what} of ${fileOf(owner.entry)}; a name leads to one page, so drop or change one of them` });
      }
    }
  }
  return problems;
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

/**
 * What the build throws. It carries no stack: the problems name the files and fields to fix, and
 * Astro prints a stack (into generated chunks and node_modules) only for an error that has one.
 */
export class ContentReferenceError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Broken content references (${problems.length}):\n${formatProblems(problems)}`);
    this.name = 'ContentReferenceError';
    this.stack = '';
  }
}
