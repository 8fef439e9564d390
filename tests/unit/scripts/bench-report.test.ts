import { describe, expect, it } from 'vitest';
import { readBetween, replaceBetween, upsertRow } from '../../../scripts/bench-report.mjs';
import { syntheticMove } from '../../../scripts/bench-scale/synthetic.mjs';

describe('benchmark report sections', () => {
  it('replaces only the text between the markers, and appends a missing section', () => {
    const text = '# B\n\nprose\n<!-- x:start -->\nold\n<!-- x:end -->\nmore prose\n';
    const replaced = replaceBetween(text, 'x', 'new');
    expect(replaced).toBe('# B\n\nprose\n<!-- x:start -->\nnew\n<!-- x:end -->\nmore prose\n');
    expect(readBetween(replaced, 'x')).toBe('new');
    expect(readBetween(replaceBetween('# B\n', 'y', 'fresh'), 'y')).toBe('fresh');
  });
  it('keeps one row per N, sorted by N', () => {
    const rows = upsertRow(['| 5,000 | a |', '| 1,000 | old |'], '| 1,000 | new |');
    expect(rows).toEqual(['| 1,000 | new |', '| 5,000 | a |']);
  });
});

describe('syntheticMove', () => {
  it('cites only the ids it is given and is deterministic', () => {
    const a = syntheticMove(6, { muscles: ['rhomboids', 'trapezius'], sources: ['source-article'] });
    expect(a).toEqual(syntheticMove(6, { muscles: ['rhomboids', 'trapezius'], sources: ['source-article'] }));
    expect(a.id).toBe('synthetic-move-7');
    expect(a.text).toMatch(/primary: \[rhomboids\]/);
    expect(a.text).toMatch(/sources: \[source-article\]/);
    expect(a.text).toMatch(/easier: \[synthetic-move-6\]/);
  });
  it('refuses to invent references', () => {
    expect(() => syntheticMove(0, { muscles: [], sources: ['s'] })).toThrow(/muscle/);
  });
});
