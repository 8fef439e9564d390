import { describe, expect, it } from 'vitest';
import { indexSections } from '../../../../src/lib/content/move-index';
import type { Pattern } from '../../../../src/lib/content/vocabulary';

const move = (id: string, pattern: Pattern) => ({ id, pattern, file: `content/exercises/${id}.mdx` });
const same = (m: ReturnType<typeof move>) => m;
const MOVES = [move('band-row', 'row'), move('plank', 'core'), move('face-pull', 'posture'), move('bent-over-row', 'row')];

describe('indexSections', () => {
  it('without groups is one unlabelled section of every move', () => {
    expect(indexSections(MOVES, undefined, same)).toEqual([{ label: '', moves: MOVES }]);
  });

  it('keeps the groups in the order given, each with its moves, and leaves out empty groups', () => {
    const sections = indexSections(MOVES, [
      { label: 'Rows', patterns: ['row'] },
      { label: 'Grip', patterns: ['grip'] },
      { label: 'Posture and core', patterns: ['posture', 'core'], intro: 'Support work.' },
    ], same);
    expect(sections.map((s) => [s.label, s.moves.map((m) => m.id)])).toEqual([
      ['Rows', ['band-row', 'bent-over-row']],
      ['Posture and core', ['plank', 'face-pull']],
    ]);
    expect(sections[1]!.intro).toBe('Support work.');
  });

  it('refuses to leave a move out of its index, naming its file and pattern', () => {
    expect(() => indexSections(MOVES, [{ label: 'Rows', patterns: ['row'] }], same))
      .toThrow(/content\/exercises\/plank\.mdx: pattern "core"; content\/exercises\/face-pull\.mdx: pattern "posture"/);
  });
});
