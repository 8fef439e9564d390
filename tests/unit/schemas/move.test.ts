import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exerciseSchema, moveSchema } from '../../../src/schemas/move';
import { loadMoves } from '../../support/content';

/** A complete, valid move; each bad case below breaks one field of it. */
const validMove = () => ({
  title: 'Band row',
  summary: 'A beginner-friendly row with a resistance band for the muscles between your shoulder blades.',
  aliases: ['banded row'],
  muscles: { primary: ['rhomboids'], secondary: ['trapezius'] },
  equipment: [['band']],
  level: 'beginner',
  pattern: 'row',
  dose: { type: 'reps', sets: 1, reps: 12 },
  steps: ['Stand tall.', 'Pull the band to your ribs.', 'Return slowly.'],
  cues: ['Shoulders down.', 'Elbows in.'],
  mistakes: ['Shrugging.'],
  safety: ['Stop if it hurts sharply.'],
  checkFirst: ['Nothing in particular to check: a gentle move most people can do.'],
  sources: ['source-article'],
  figure: {
    props: ['floor', 'band'], key: { point: 'right-elbow' }, views: [{ camera: 'side' }],
    poses: { start: { base: 'standing', shoulder: { flexion: 80 } }, end: { base: 'standing', shoulder: { flexion: -30 }, elbow: 120 } },
  },
});

/** The error messages for one field, as the build prints them ("field: message"). */
function errorsFor(data: unknown, schema: typeof moveSchema | typeof exerciseSchema = moveSchema): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('moveSchema', () => {
  it('accepts a complete move and fills defaults', () => {
    const parsed = moveSchema.parse(validMove());
    expect(parsed.use).toEqual(['session']);
    expect(parsed.easier).toEqual([]);
    expect(parsed.dose).toEqual({ type: 'reps', sets: 1, reps: 12, perSide: false });
  });

  it("takes exactly the step counts the README's frontmatter example promises", () => {
    const promised = /^steps:\s+# (\d+) to (\d+) plain sentences/m.exec(readFileSync('README.md', 'utf8'));
    expect(promised, 'the README states the step range').toBeTruthy();
    const [min, max] = [Number(promised![1]), Number(promised![2])];
    const steps = (n: number) => ({ ...validMove(), steps: Array.from({ length: n }, (_, i) => `Step number ${i + 1}.`) });
    expect(errorsFor(steps(min))).toEqual([]);
    expect(errorsFor(steps(max))).toEqual([]);
    expect(errorsFor(steps(min - 1))).toEqual([`steps: list at least ${min} steps`]);
    expect(errorsFor(steps(max + 1))).toEqual([`steps: list at most ${max} steps`]);
  });

  it('accepts a no-equipment move as [[]] and alternatives as separate sets', () => {
    expect(errorsFor({ ...validMove(), equipment: [[]], figure: { ...validMove().figure, props: ['floor'] } })).toEqual([]);
    expect(errorsFor({ ...validMove(), equipment: [['cable'], ['band']] })).toEqual([]);
  });

  const cases: [string, (move: ReturnType<typeof validMove>) => unknown, RegExp][] = [
    ['a missing summary', ({ summary, ...rest }) => rest, /^summary: is required/],
    ['a summary over 160 characters', (m) => ({ ...m, summary: 'x'.repeat(161) }), /^summary: is too long/],
    ['no primary muscle', (m) => ({ ...m, muscles: { primary: [], secondary: [] } }), /^muscles\.primary: list at least one/],
    ['a muscle that is both primary and secondary', (m) => ({ ...m, muscles: { primary: ['rhomboids'], secondary: ['rhomboids'] } }), /^muscles\.secondary: "rhomboids" is already a primary muscle/],
    ['zero reps', (m) => ({ ...m, dose: { type: 'reps', sets: 1, reps: 0 } }), /^dose\.reps: needs at least 1 rep/],
    ['zero sets', (m) => ({ ...m, dose: { type: 'reps', sets: 0, reps: 10 } }), /^dose\.sets: needs at least 1 set/],
    ['a hold of 500 seconds', (m) => ({ ...m, dose: { type: 'hold', seconds: 500, repeats: 2 } }), /^dose\.seconds: a hold of more than 120 seconds/],
    ['a hold without repeats', (m) => ({ ...m, dose: { type: 'hold', seconds: 20 } }), /^dose\.repeats:/],
    ['a dose of unknown type', (m) => ({ ...m, dose: { type: 'forever' } }), /^dose\.type: must have type "reps"/],
    ['an unknown equipment item', (m) => ({ ...m, equipment: [['kettlebell']] }), /^equipment\.0\.0: unknown equipment "kettlebell"/],
    ['no equipment alternatives at all', (m) => ({ ...m, equipment: [] }), /^equipment: list at least one alternative/],
    ['only two steps', (m) => ({ ...m, steps: ['One.', 'Two.'] }), /^steps: list at least 3 steps/],
    ['one cue', (m) => ({ ...m, cues: ['Only one.'] }), /^cues: list at least 2 cues/],
    ['no source', (m) => ({ ...m, sources: [] }), /^sources: cite at least one source/],
    ['no checkFirst', ({ checkFirst, ...rest }) => rest, /^checkFirst: is required: list who should ask a doctor or physical therapist first, or say in one sentence that nothing needs checking/],
    ['an empty checkFirst', (m) => ({ ...m, checkFirst: [] }), /^checkFirst: list at least one line/],
    ['an unknown level', (m) => ({ ...m, level: 'expert' }), /^level:/],
    ['a warm-up with no areas', (m) => ({ ...m, pattern: 'mobility' }), /^areas: warm-ups and stretches must name the body areas/],
    ['a misspelt field', (m) => ({ ...m, sumary: 'typo' }), /sumary/],
  ];

  it.each(cases)('rejects %s, naming the field', (_name, breakIt, expected) => {
    const errors = errorsFor(breakIt(validMove()));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((error) => expected.test(error)), errors.join('\n')).toBe(true);
  });
});

/** The same move with the coaching every exercise must carry. */
const validExercise = () => ({
  ...validMove(),
  breathing: 'Breathe out as you pull, in as you return.',
  tempo: { out: 1, hold: 1, back: 2 },
  load: 'The last two or three reps are hard but clean.',
});

describe('exerciseSchema (the exercises collection)', () => {
  it('accepts a move done for a time without a tempo: its dose is the pace', () => {
    const { tempo, ...walk } = { ...validExercise(), dose: { type: 'time', seconds: 30 } };
    expect(exerciseSchema.safeParse(walk).success).toBe(true);
  });

  it('accepts an exercise with breathing, tempo and load, and keeps them', () => {
    const parsed = exerciseSchema.parse(validExercise());
    expect(parsed.tempo).toEqual({ out: 1, hold: 1, back: 2 });
    expect(parsed.breathing).toMatch(/Breathe out/);
  });

  it('leaves the coaching fields optional for warm-ups and stretches (moveSchema)', () => {
    expect(errorsFor(validMove())).toEqual([]);
  });

  const cases: [string, (move: ReturnType<typeof validExercise>) => unknown, RegExp][] = [
    ['a missing tempo', ({ tempo, ...rest }) => rest, /^tempo: is required for an exercise: the tempo as \{ out/],
    ['a missing breathing cue', ({ breathing, ...rest }) => rest, /^breathing: is required for an exercise/],
    ['a missing load', ({ load, ...rest }) => rest, /^load: is required for an exercise/],
    ['a tempo without its way back', (m) => ({ ...m, tempo: { out: 1, hold: 1 } }), /^tempo\.back: is required/],
    ['a tempo in another shape', (m) => ({ ...m, tempo: '2-1-3' }), /^tempo: must be \{ out: <s>, hold: <s>, back: <s> \}/],
    ['a tempo with an extra field', (m) => ({ ...m, tempo: { out: 1, hold: 1, back: 2, up: 1 } }), /^tempo: .*up/],
    ['a negative pause', (m) => ({ ...m, tempo: { out: 1, hold: -1, back: 2 } }), /^tempo\.hold: must be at least 0 s/],
    ['a rep tempo on a move done for a time (a walk)', (m) => ({ ...m, dose: { type: 'time', seconds: 30 } }), /^tempo: a move done for a time has no rep tempo/],
    ['a held move whose pause differs from its hold', (m) => ({ ...m, dose: { type: 'hold', seconds: 5, repeats: 10 }, tempo: { out: 1, hold: 3, back: 1 } }), /^tempo\.hold: must equal dose\.seconds \(5\)/],
  ];

  it.each(cases)('rejects %s, naming the field', (_name, breakIt, expected) => {
    const errors = errorsFor(breakIt(validExercise()), exerciseSchema);
    expect(errors.some((error) => expected.test(error)), errors.join('\n')).toBe(true);
  });

  const root = mkdtempSync(join(tmpdir(), 'upright-moves-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a content file without a tempo fails naming the file and the field', () => {
    for (const folder of ['warmups', 'exercises', 'stretches']) mkdirSync(join(root, folder), { recursive: true });
    const real = readFileSync('content/exercises/band-row.mdx', 'utf8');
    writeFileSync(join(root, 'exercises', 'band-row.mdx'), real.replace(/^tempo: .*\n/m, ''));
    expect(() => loadMoves(root)).toThrow(/exercises[\\/]band-row\.mdx: tempo: is required for an exercise/);
    writeFileSync(join(root, 'exercises', 'band-row.mdx'), real);
    expect(loadMoves(root).map((m) => m.id)).toEqual(['band-row']);
  });
});
