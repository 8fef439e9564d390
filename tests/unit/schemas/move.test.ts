import { describe, expect, it } from 'vitest';
import { moveSchema } from '../../../src/schemas/move';

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
  sources: ['source-article'],
  figure: {
    view: 'side', facing: 'right', props: ['floor', 'band'],
    poses: { start: { base: 'standing', shoulder: 80 }, end: { base: 'standing', shoulder: -30, elbow: 120 } },
  },
});

/** The error messages for one field, as the build prints them ("field: message"). */
function errorsFor(data: unknown): string[] {
  const result = moveSchema.safeParse(data);
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
