/**
 * The content itself, checked against the inventory and against each other: every page the
 * inventory promises exists, every move has what the schema cannot demand, and the build's own
 * cross-reference check (references, both-way links, one page per name) finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findReferenceProblems, searchName as normalise } from '../../../src/lib/content/references';
import { KIND_COLLECTION } from '../../../src/lib/content/vocabulary';
import { moveUrl } from '../../../src/lib/content/urls';
import { GLOSSARY } from '../../../src/lib/content/glossary';
import { loadGuides, loadMoves, loadMuscles, loadSources } from '../../support/content';

const moves = loadMoves();
const muscles = loadMuscles();
const guides = loadGuides();
const sources = loadSources();

// The project's own inventory (docs/), so a clone with nothing beside it passes.
const INVENTORY = fileURLToPath(new URL('../../../docs/content-inventory.md', import.meta.url));

/** The first column of every table row under a "##" heading of the inventory. */
function inventoryNames(): { section: string; name: string }[] {
  const names: { section: string; name: string }[] = [];
  let section = '';
  for (const line of readFileSync(INVENTORY, 'utf8').split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).trim();
    const cell = /^\|\s*([^|]+?)\s*\|/.exec(line)?.[1];
    if (cell && !/^-+$/.test(cell) && !['page', 'move'].includes(cell)) names.push({ section, name: cell });
  }
  return names;
}

const ADDED_SECTION = 'Added after the first release';

/** The bold names in the list under "## Added after the first release" (a list, not a table). */
function addedNames(): { section: string; name: string }[] {
  const text = readFileSync(INVENTORY, 'utf8');
  const start = text.indexOf(`## ${ADDED_SECTION}`);
  if (start < 0) return [];
  const rest = text.slice(start + 3);
  const section = rest.slice(0, rest.search(/\n## |$/));
  return [...section.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => ({ section: ADDED_SECTION, name: match[1]!.trim() }));
}

describe('the inventory', () => {
  it('is in the repository (docs/content-inventory.md)', () => {
    expect(existsSync(INVENTORY)).toBe(true);
  });

  const pages = [...moves, ...muscles].map((page) => ({
    file: page.file,
    names: [page.data.title, ...page.data.aliases].map(normalise),
  }));

  it('lists the moves and muscles added after the first release, in bold', () => {
    expect(addedNames().map((n) => n.name)).toEqual(expect.arrayContaining(['Latissimus dorsi', 'Doorway row', 'Prone Y raise', 'Prone T raise', 'Prone W raise', 'Serratus anterior', 'Serratus wall slide', 'Outward rotation', 'Band pulldown', 'Open-book rotation']));
  });

  it.each([...inventoryNames(), ...addedNames()])('$section: "$name" has its page', ({ name }) => {
    const wanted = normalise(name);
    const match = pages.find((page) => page.names.some((n) => n === wanted || n === `${wanted}s` || `${n}s` === wanted));
    expect(match, `no page is titled or aliased "${name}"`).toBeDefined();
  });

  it('has its guides: how often, warming up, building a routine, desk breaks, safety, sources', () => {
    expect(guides.map((g) => g.id).sort()).toEqual(expect.arrayContaining(['building-a-routine', 'desk-breaks', 'how-often', 'safety', 'sources', 'warming-up']));
  });
});

/** The titles under "## Moves the source article names": the bulleted, comma-separated lists. */
function articleMoveNames(): string[] {
  const text = readFileSync(INVENTORY, 'utf8');
  const start = text.indexOf(`## ${ARTICLE_SECTION}`);
  if (start < 0) return [];
  const rest = text.slice(start + 3);
  const section = rest.slice(0, rest.search(/\n## /));
  return section.split('\n').filter((line) => line.startsWith('- ')).flatMap((line) => line.slice(2).split(',')).map((name) => name.trim());
}
const ARTICLE_SECTION = 'Moves the source article names';

describe('citing the source article', () => {
  const named = articleMoveNames();
  const byTitle = (name: string) => moves.find((m) => normalise(m.data.title) === normalise(name));

  it('the inventory keeps the article\'s list of moves, and each is a page title', () => {
    expect(named.length).toBeGreaterThanOrEqual(30);
    for (const name of named) expect(byTitle(name), `"${name}" is not a move page title`).toBeDefined();
  });

  it.each(moves.map((m) => [m.file, m] as const))('%s cites the article only if the article names the move', (_file, move) => {
    const namedByArticle = named.some((name) => normalise(name) === normalise(move.data.title));
    expect(move.data.sources.includes('source-article'), namedByArticle ? 'the article names this move: cite it' : 'the article does not name this move: cite what supports it, or upright-additions').toBe(namedByArticle);
  });
});

describe('every move', () => {
  // What the schema cannot demand (it already requires muscles, cues, mistakes, a dose and a source).
  it.each(moves.map((m) => [m.file, m] as const))('%s has 3 to 6 steps and says how to progress', (_file, move) => {
    const { data } = move;
    expect(data.steps.length).toBeGreaterThanOrEqual(3);
    expect(data.steps.length).toBeLessThanOrEqual(6);
    expect(move.body, 'the body says how to progress the starting dose').toMatch(/## Starting dose and how to progress/);
  });

  it.each(moves.map((m) => [m.file, m] as const))('%s says what to check first (or that nothing needs checking)', (_file, move) => {
    expect(move.data.checkFirst, 'add checkFirst: who should ask a doctor or physical therapist first').toBeDefined();
    expect(move.data.checkFirst!.length).toBeGreaterThan(0);
  });

  it('every move ends its dose section with the shared progression note, not its own boilerplate', () => {
    for (const move of moves) {
      expect(move.body, `${move.file}: use <ProgressionNote /> in "Starting dose and how to progress"`).toMatch(/<ProgressionNote(?: kind="(?:warmup|stretch)")? \/>/);
      expect(move.body, `${move.file}: the shared note says this`).not.toMatch(/not a (?:rule|fixed)|one thing at a time/i);
    }
  });

  it('strength moves carry a breathing cue, a tempo and a load', () => {
    for (const move of moves.filter((m) => m.kind === 'exercise')) {
      expect(move.data.breathing, move.file).toBeTruthy();
      // A move done for a time (the farmer carry's walk) has a walking time, not a rep tempo.
      if (move.data.dose.type === 'time') expect(move.data.tempo, move.file).toBeUndefined();
      else expect(move.data.tempo, move.file).toBeDefined();
      expect(move.data.load, move.file).toBeTruthy();
    }
  });

  it('stretches hold 15 to 20 seconds, repeated 2 or 3 times (the article)', () => {
    for (const stretch of moves.filter((m) => m.kind === 'stretch')) {
      expect(stretch.data.dose, stretch.file).toMatchObject({ type: 'hold' });
      if (stretch.data.dose.type !== 'hold') continue;
      expect(stretch.data.dose.seconds, stretch.file).toBeGreaterThanOrEqual(15);
      expect(stretch.data.dose.seconds, stretch.file).toBeLessThanOrEqual(20);
      expect([2, 3], stretch.file).toContain(stretch.data.dose.repeats);
    }
  });
});

describe('guides that state a length agree with the doses', () => {
  it('warming up: "about a minute each" is about two rounds of each warm-up page\'s dose (20 to 45 s of work)', () => {
    const guide = guides.find((g) => g.id === 'warming-up')!;
    expect(guide.body).toMatch(/about a minute on each.*roughly two rounds of the starting dose.*about half a minute/s);
    for (const warmup of moves.filter((m) => m.kind === 'warmup')) {
      const { dose } = warmup.data;
      const sides = dose.perSide ? 2 : 1;
      const work = dose.type === 'reps' ? dose.reps * 3 * sides : dose.type === 'hold' ? dose.repeats * (dose.seconds + 5) * sides : dose.seconds * sides;
      expect(work, warmup.file).toBeGreaterThanOrEqual(20);
      expect(work, warmup.file).toBeLessThanOrEqual(45);
    }
  });

  it('desk breaks: the guide states no length of its own; the round length comes from the doses', () => {
    const guide = guides.find((g) => g.id === 'desk-breaks')!;
    expect(guide.body).not.toMatch(/two-minute reset|takes a few minutes/);
    expect(guide.body).toContain('<DeskBreakDoses />');
  });

  it('the farmer carry is a walk for a time, with no rep tempo', () => {
    const carry = moves.find((m) => m.id === 'farmer-carry')!;
    expect(carry.data.dose.type).toBe('time');
    expect(carry.data.tempo).toBeUndefined();
  });
});

describe('one name per move, one unit system', () => {
  it('every link to a move uses its title or one of its aliases', () => {
    const problems: string[] = [];
    for (const page of [...moves, ...muscles, ...guides]) {
      for (const [, text, url] of page.body.matchAll(/\[([^\]]+)\]\((\/(?:warm-ups|exercises|stretches)\/[a-z0-9-]+\/)\)/g)) {
        const target = moves.find((m) => moveUrl(m.kind, m.id) === url);
        const names = target ? [target.data.title, ...target.data.aliases].map(normalise) : [];
        const said = normalise(text!);
        if (!names.some((n) => n === said || `${n}s` === said || n === `${said}s`)) problems.push(`${page.file}: [${text}](${url})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lengths are in centimetres or metres, with imperial in brackets after them', () => {
    for (const page of [...moves, ...muscles, ...guides]) {
      const text = `${page.body}\n${JSON.stringify(page.data)}`;
      for (const match of text.matchAll(/\b(?:inch|inches|feet|foot)\b/g)) {
        const before = text.slice(Math.max(0, match.index! - 60), match.index);
        if (/\b(?:foot|feet) (?:flat|on|back|to|toward|hip|apart|either|close|still|under|in)|your (?:right |left |front |back |working )?(?:foot|feet)|the (?:feet|foot)|both feet|one foot|(?:feet|foot)\b$/.test(`${before}${match[0]}`) && !/\(\s*(?:about\s+)?[\d a-z-]*$/.test(before)) continue;
        expect(before, `${page.file}: "${before}${match[0]}"`).toMatch(/(?:cm|centimetres|metres?) \((?:about |an? )?[^()]*$/);
      }
    }
  });
});

describe('jargon', () => {
  it('lever, hip extensors and inverted row are explained where they first appear, and in the glossary', () => {
    for (const id of ['lever', 'hip-extensors', 'inverted-row']) expect(GLOSSARY.map((g) => g.id)).toContain(id);
    for (const page of moves) {
      for (const word of ['lever', 'hip extensors', 'inverted row']) {
        const at = page.body.toLowerCase().indexOf(word);
        if (at < 0) continue;
        // An explanation follows within the sentence: a colon, a bracket or "is a ...".
        expect(page.body.slice(at, at + 140), `${page.file}: "${word}"`).toMatch(/^[^.]*(?:\(|:| is a )/i);
      }
    }
  });
});

describe('references and names', () => {
  it('every reference resolves, easier/harder links go both ways, and no two pages share a name', () => {
    const entries = [
      ...moves.map((m) => ({ collection: KIND_COLLECTION[m.kind], id: m.id, filePath: m.file, data: m.data })),
      ...muscles.map((m) => ({ collection: 'muscles', id: m.id, filePath: m.file, data: m.data })),
      ...guides.map((g) => ({ collection: 'guides', id: g.id, filePath: g.file, data: g.data })),
    ];
    const problems = findReferenceProblems(entries, { muscles: muscles.map((m) => m.id), sources: sources.map((s) => s.id) });
    expect(problems).toEqual([]);
  });

  it('every muscle has at least one move that works or stretches it', () => {
    for (const muscle of muscles) {
      const count = moves.filter((m) => [...m.data.muscles.primary, ...m.data.muscles.secondary].includes(muscle.id)).length;
      expect(count, muscle.file).toBeGreaterThan(0);
    }
  });
});
