import { describe, expect, it } from 'vitest';
import { muscleSchema } from '../../../src/schemas/muscle';
import { guideSchema } from '../../../src/schemas/guide';

const validMuscle = () => ({
  title: 'Rhomboids',
  summary: 'Two flat muscles between your shoulder blades that pull them in toward your spine.',
  aliases: ['rhomboid'],
  region: 'upper-back',
  location: 'Between your spine and your shoulder blades.',
  actions: ['Pull your shoulder blades together.'],
  whenWeakOrTight: 'Your shoulders round forward and the area aches.',
  map: { view: 'back', paths: ['M97 92 L80 98 L84 140 Z'] },
  sources: ['verywell-fit-2023'],
});

const fields = (data: unknown) => {
  const result = muscleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('muscleSchema', () => {
  it('accepts a complete muscle', () => {
    expect(fields(validMuscle())).toEqual([]);
  });
  it('rejects a missing summary, an unknown region, and a body-map shape that is not path data', () => {
    const { summary, ...noSummary } = validMuscle();
    expect(fields(noSummary)).toContain('summary');
    expect(fields({ ...validMuscle(), region: 'elbow' })).toContain('region');
    expect(fields({ ...validMuscle(), map: { view: 'back', paths: ['<script>'] } })).toContain('map.paths.0');
    expect(fields({ ...validMuscle(), map: { view: 'side', paths: ['M0 0 Z'] } })).toContain('map.view');
  });
});

describe('guideSchema', () => {
  it('accepts a guide and rejects one without a summary', () => {
    expect(guideSchema.safeParse({ title: 'How often', summary: 'How many sessions a week to start with.' }).success).toBe(true);
    const bad = guideSchema.safeParse({ title: 'How often' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['summary']);
  });
});
