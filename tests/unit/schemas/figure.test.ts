import { describe, expect, it } from 'vitest';
import { figureSchema, figurePropProblems } from '../../../src/schemas/figure';
import { moveSchema } from '../../../src/schemas/move';

const figure = () => ({
  view: 'side',
  facing: 'right',
  props: ['floor', 'band'],
  poses: { start: { base: 'standing', shoulder: 80 }, end: { base: 'standing', shoulder: -30, elbow: 120 } },
});

const errors = (data: unknown) => {
  const result = figureSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('figureSchema', () => {
  it('accepts a figure with start and end poses and fills the props default', () => {
    expect(errors(figure())).toEqual([]);
    const { props, ...rest } = figure();
    expect(figureSchema.parse(rest).props).toEqual([]);
  });

  it('names the pose and joint of an angle outside its range', () => {
    const bad = figure();
    (bad.poses.end as Record<string, unknown>).elbow = 200;
    expect(errors(bad)).toEqual(["poses.end.elbow: 200° is outside the elbow's range 0–150° (elbow flexion, side view)"]);
  });

  it.each([
    ['knee', 160, /knee's range 0–150°/],
    ['hip', -45, /hip's range -30–120°/],
    ['neck', 60, /neck's range -45–45°/],
    ['spine', -40, /spine's range -25–80°/],
    ['ankle', 30, /ankle's range -50–20°/],
  ])('rejects %s at %s°', (joint, value, message) => {
    const bad = figure();
    (bad.poses.start as Record<string, unknown>)[joint] = value;
    expect(errors(bad).join('\n')).toMatch(message);
  });

  it('checks the far limbs too, and uses frontal-plane ranges seen from the front', () => {
    const far = figure();
    (far.poses.end as Record<string, unknown>).far = { elbow: -10 };
    expect(errors(far)).toEqual(["poses.end.far.elbow: -10° is outside the elbow's range 0–150° (elbow flexion, side view)"]);
    const front = { ...figure(), view: 'front', poses: { start: { base: 'standing', hip: 60 }, end: { base: 'standing' } } };
    expect(errors(front)).toEqual(["poses.start.hip: 60° is outside the hip's range 0–45° (hip abduction, front view)"]);
  });

  it('needs start and end poses, a known base and known props', () => {
    expect(errors({ ...figure(), poses: { start: { base: 'standing' } } })).toEqual(['poses: needs an end pose']);
    expect(errors({ ...figure(), poses: { start: { base: 'floating' }, end: { base: 'standing' } } })[0]).toMatch(/^poses\.start\.base: must be one of: standing/);
    expect(errors({ ...figure(), props: ['kettlebell'] })[0]).toMatch(/^props\.0: unknown prop "kettlebell"/);
    expect(errors({ ...figure(), poses: { ...figure().poses, end: { base: 'standing', elbo: 20 } } })[0]).toMatch(/elbo/);
  });
});

describe('figure props against the move equipment', () => {
  it('wants the props of exactly one equipment alternative', () => {
    expect(figurePropProblems(['floor', 'band'], [['band']])).toEqual([]);
    expect(figurePropProblems(['dumbbells'], [['dumbbells'], ['barbell']])).toEqual([]);
    expect(figurePropProblems(['floor', 'bench', 'dumbbells'], [['dumbbells', 'bench']])).toEqual([]);
    expect(figurePropProblems(['wall', 'chair', 'doorway', 'floor', 'table'], [[]])).toEqual([]);
    expect(figurePropProblems(['floor'], [['band']])[0]).toMatch(/shows \[nothing\] but the move's equipment is \[band\]/);
    expect(figurePropProblems(['dumbbells'], [['band']])[0]).toMatch(/shows \[dumbbells\]/);
    expect(figurePropProblems(['dumbbells', 'barbell'], [['dumbbells'], ['barbell']])).toHaveLength(1);
    // Scenery that is equipment of its own (a table to row under) counts as drawn.
    expect(figurePropProblems(['floor', 'table'], [['table']])).toEqual([]);
    expect(figurePropProblems(['floor'], [['table']])).toHaveLength(1);
    expect(figurePropProblems(['chair', 'table', 'stress-ball'], [['stress-ball']])).toEqual([]);
  });

  it('fails the move with the field named', () => {
    const move = {
      title: 'Band row', summary: 'A row with a band for the muscles between the shoulder blades.', muscles: { primary: ['rhomboids'] },
      equipment: [['band']], level: 'beginner', pattern: 'row', dose: { type: 'reps', sets: 1, reps: 12 },
      steps: ['Stand tall.', 'Pull.', 'Return.'], cues: ['Shoulders down.', 'Elbows in.'], mistakes: ['Shrugging.'], safety: ['Stop if it hurts.'], checkFirst: ['Nothing in particular to check.'],
      sources: ['source-article'],
    };
    const issues = (data: unknown) => { const r = moveSchema.safeParse(data); return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`); };
    expect(issues(move)).toEqual(['figure: is required: give the move a figure (view, facing, props, poses.start, poses.end)']);
    expect(issues({ ...move, figure: { ...figure(), props: ['floor', 'dumbbells'] } })[0]).toMatch(/^figure\.props: the figure shows \[dumbbells\]/);
    const bent = figure();
    (bent.poses.end as Record<string, unknown>).elbow = 200;
    expect(issues({ ...move, figure: bent })).toEqual(["figure.poses.end.elbow: 200° is outside the elbow's range 0–150° (elbow flexion, side view)"]);
  });
});
