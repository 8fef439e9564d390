import { describe, expect, it } from 'vitest';
import { figureSchema, figurePropProblems } from '../../../src/schemas/figure';
import { moveSchema } from '../../../src/schemas/move';

const figure = () => ({
  props: ['floor', 'band'],
  key: { point: 'right-elbow', still: ['trunk'] },
  views: [{ camera: 'side' }],
  poses: { start: { base: 'standing', shoulder: { flexion: 80 } }, end: { base: 'standing', shoulder: { flexion: -30 }, elbow: 120 } },
});

const errors = (data: unknown) => {
  const result = figureSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('figureSchema', () => {
  it('accepts a figure with a key motion, a view and start and end poses, and fills the props default', () => {
    expect(errors(figure())).toEqual([]);
    const { props, ...rest } = figure();
    expect(figureSchema.parse(rest).props).toEqual([]);
    expect(errors({ ...figure(), isometric: true, views: [{ camera: 'three-quarter', azimuth: 135, elevation: 30 }, { camera: 'back', close: 'back' }] })).toEqual([]);
  });

  it('names the pose and joint of an angle outside its range', () => {
    const bad = figure();
    (bad.poses.end as Record<string, unknown>).elbow = 200;
    expect(errors(bad)).toEqual(['poses.end.elbow: 200° is outside the range 0–150° (elbow flexion)']);
  });

  it.each([
    [{ knee: 160 }, /knee\: 160° is outside the range 0–150° \(knee flexion\)/],
    [{ hip: { flexion: -45 } }, /hip\.flexion: -45° is outside the range -30–120°/],
    [{ hip: { abduction: 60 } }, /hip\.abduction: 60° is outside the range -30–45° \(hip abduction\)/],
    [{ neck: { rotation: 70 } }, /neck\.rotation: 70° .*neck rotation/],
    [{ spine: { flexion: -40 } }, /spine\.flexion: -40° .*-25–80°/],
    [{ ankle: 30 }, /ankle: 30° .*-50–20°/],
    [{ scapula: { retraction: 40 } }, /scapula\.retraction: 40° .*shoulder blade retraction/],
    [{ shoulder: { rotation: -80 } }, /shoulder\.rotation: -80° .*-70–90°/],
  ])('rejects %o', (joints, message) => {
    const bad = figure();
    Object.assign(bad.poses.start, joints);
    expect(errors(bad).join('\n')).toMatch(message);
  });

  it("checks the left side's own angles too", () => {
    const left = figure();
    (left.poses.end as Record<string, unknown>).left = { elbow: -10 };
    expect(errors(left)).toEqual(['poses.end.left.elbow: -10° is outside the range 0–150° (elbow flexion)']);
  });

  it('needs start and end poses, a known base, known props, a key motion and one or two known views', () => {
    expect(errors({ ...figure(), poses: { start: { base: 'standing' } } })).toEqual(['poses: needs an end pose']);
    expect(errors({ ...figure(), poses: { start: { base: 'floating' }, end: { base: 'standing' } } })[0]).toMatch(/^poses\.start\.base: must be one of: standing/);
    expect(errors({ ...figure(), props: ['kettlebell'] })[0]).toMatch(/^props\.0: unknown prop "kettlebell"/);
    expect(errors({ ...figure(), poses: { ...figure().poses, end: { base: 'standing', elbo: 20 } } })[0]).toMatch(/elbo/);
    expect(errors({ ...figure(), views: [] })).toEqual(['views: needs one or two views']);
    expect(errors({ ...figure(), views: [{ camera: 'side' }, { camera: 'top' }, { camera: 'back' }] })).toEqual(['views: needs one or two views']);
    expect(errors({ ...figure(), views: [{ camera: 'below' }] })[0]).toMatch(/^views\.0\.camera: must be one of: side, front, back, top, three-quarter/);
    expect(errors({ ...figure(), key: { point: 'nose' } })[0]).toMatch(/^key\.point: must be one of/);
    expect(errors({ ...figure(), poses: { ...figure().poses, start: { base: 'standing', reach: 40 } } })[0]).toMatch(/reach/);
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
    expect(issues(move)).toEqual(['figure: is required: give the move a figure (props, key, views, poses.start, poses.end)']);
    expect(issues({ ...move, figure: { ...figure(), props: ['floor', 'dumbbells'] } })[0]).toMatch(/^figure\.props: the figure shows \[dumbbells\]/);
    const bent = figure();
    (bent.poses.end as Record<string, unknown>).elbow = 200;
    expect(issues({ ...move, figure: bent })).toEqual(['figure.poses.end.elbow: 200° is outside the range 0–150° (elbow flexion)']);
  });
});
