import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fedEquipment, fedMuscleMap, toFedExercise } from '../../../src/lib/free-exercise-db';
import { FED_MUSCLES, fedExerciseSchema, fedExportProblems } from '../../../src/schemas/free-exercise-db';
import { EQUIPMENT_IDS, LEVELS, MOVE_KINDS, MUSCLE_REGIONS, PATTERNS } from '../../../src/lib/content/vocabulary';
import { contentMoves, contentMuscles } from './content-fixture';

const muscles = contentMuscles();
const map = fedMuscleMap(muscles.map((m) => ({ id: m.id, region: m.data.region, freeExerciseDbMuscle: m.data.freeExerciseDbMuscle })));

describe('free-exercise-db export', () => {
  it('maps every muscle with a page to one of their 17 muscles', () => {
    expect(muscles.length).toBeGreaterThan(0);
    for (const muscle of muscles) expect(FED_MUSCLES, muscle.id).toContain(map.get(muscle.id));
  });

  it('maps every region our schema allows, so a new muscle in any region needs no code change', () => {
    const regions = fedMuscleMap(MUSCLE_REGIONS.map((region) => ({ id: `new-${region}`, region })));
    for (const region of MUSCLE_REGIONS) expect(FED_MUSCLES).toContain(regions.get(`new-${region}`));
  });

  it("takes a muscle's own freeExerciseDbMuscle over its region's word", () => {
    expect(fedMuscleMap([{ id: 'x', region: 'upper-back', freeExerciseDbMuscle: 'traps' }]).get('x')).toBe('traps');
    expect(fedMuscleMap([{ id: 'x', region: 'upper-back' }]).get('x')).toBe('middle back');
  });

  it('throws on a region it cannot map rather than guessing', () => {
    expect(() => fedMuscleMap([{ id: 'x', region: 'tail' }])).toThrow(/region "tail"/);
  });

  it('turns every move in the content into a record their schema accepts', () => {
    const moves = contentMoves();
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) {
      const record = toFedExercise(move, map);
      expect(fedExportProblems([record]), move.id).toEqual([]);
      expect(record.name).toBe(move.title);
      expect(record.level).toBe(move.level === 'advanced' ? 'expert' : move.level);
      expect(record.instructions).toEqual([...(move.setup ? [move.setup] : []), ...move.steps]);
      expect(record.primaryMuscles).toEqual([...new Set(move.muscles.primary.map((id) => map.get(id)))]);
      for (const m of record.secondaryMuscles) expect(record.primaryMuscles).not.toContain(m);
    }
  });

  it('accepts any move the schema allows (property)', () => {
    const ids = [...map.keys()];
    const moveArb = fc.record({
      id: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      kind: fc.constantFrom(...MOVE_KINDS),
      title: fc.string({ minLength: 2 }).filter((s) => s.trim().length > 1),
      level: fc.constantFrom(...LEVELS),
      pattern: fc.constantFrom(...PATTERNS),
      equipment: fc.array(fc.uniqueArray(fc.constantFrom(...EQUIPMENT_IDS), { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
      primary: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }),
      secondary: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }),
      aliases: fc.array(fc.string({ minLength: 2 }).filter((s) => s.trim().length > 1), { maxLength: 3 }),
      steps: fc.array(fc.string({ minLength: 3 }).filter((s) => s.trim().length > 2), { minLength: 3, maxLength: 8 }),
    });
    fc.assert(fc.property(moveArb, (m) => {
      const record = toFedExercise({
        id: m.id, kind: m.kind, title: m.title, summary: 'x', url: '/', aliases: m.aliases, pattern: m.pattern, level: m.level,
        equipment: m.equipment, areas: [], use: ['session'], dose: { type: 'time', seconds: 30, perSide: false }, cue: '',
        muscles: { primary: m.primary, secondary: m.secondary.filter((id) => !m.primary.includes(id)) }, steps: m.steps,
      }, map);
      expect(fedExportProblems([record])).toEqual([]);
    }));
  });

  it('picks the loaded item as the single equipment value', () => {
    expect(fedEquipment([['dumbbells', 'bench']])).toBe('dumbbell');
    expect(fedEquipment([['band'], ['cable']])).toBe('bands');
    expect(fedEquipment([[]])).toBe('body only');
    expect(fedEquipment([['doorway']])).toBe('body only');
  });

  it('throws when a move names a muscle with no mapping', () => {
    const move = contentMoves()[0];
    expect(() => toFedExercise({ ...move, muscles: { primary: ['tail'], secondary: [] } }, map)).toThrow(/muscle "tail"/);
  });

  it('its schema refuses records their importers would refuse, naming the record and the field', () => {
    const good = toFedExercise(contentMoves()[0], map);
    expect(fedExportProblems([null])).toEqual([expect.stringMatching(/^record 0: \(record\): /)]);
    const refused = (change: Record<string, unknown>) => fedExportProblems([{ ...good, ...change }]);
    expect(refused({ level: 'advanced' })).toEqual([expect.stringMatching(new RegExp(`^${good.id}: level: `))]);
    expect(refused({ primaryMuscles: ['upper back'] })).toEqual([expect.stringMatching(/: primaryMuscles\.0: /)]);
    expect(refused({ primaryMuscles: [] })).toEqual([expect.stringMatching(/: primaryMuscles: name at least one/)]);
    expect(refused({ equipment: 'kettlebell' })).toEqual([expect.stringMatching(/: equipment: /)]);
    expect(refused({ category: 'mobility' })).toEqual([expect.stringMatching(/: category: /)]);
    expect(refused({ instructions: ['  '] })).toEqual([expect.stringMatching(/: instructions\.0: must not be empty/)]);
    expect(fedExportProblems([{ ...good, id: 'has space' }])).toEqual([expect.stringMatching(/^has space: id: /)]);
    expect(refused({ extra: 1 })).toEqual([expect.stringMatching(/extra/)]);
    const { images: _images, ...missing } = good;
    expect(fedExportProblems([missing])).toEqual([expect.stringMatching(/: images: /)]);
  });

  it('its schema takes what their format allows: null force, mechanic and equipment, no alternate names', () => {
    const good = toFedExercise(contentMoves()[0], map);
    const { alternateNames: _names, force: _force, ...bare } = good;
    expect(fedExerciseSchema.safeParse(bare).success).toBe(true);
    expect(fedExerciseSchema.safeParse({ ...good, force: null, mechanic: null, equipment: null }).success).toBe(true);
  });
});
