import { describe, expect, it } from 'vitest';
import { describeFigure, describePose } from '../../../src/lib/figure/describe';
import { loadMoves } from '../../support/content';
import type { FigureSpec } from '../../../src/lib/figure/types';

const spec = (id: string) => loadMoves().find((m) => m.id === id)!.data.figure as unknown as FigureSpec;

describe('the figure in words', () => {
  it('says where the body is, where the arms go and what is held', () => {
    expect(describeFigure(spec('band-row'), 'Band row')).toBe(
      'Band row. Start: standing, arms straight forward, holding the band. End: standing, elbows bent back beside the ribs, holding the band.',
    );
    expect(describePose(spec('bent-over-row'), 'start')).toBe('hinged forward at the hips with a flat back, arms hanging straight down, holding dumbbells.');
    expect(describePose(spec('childs-pose'), 'end')).toMatch(/^kneeling, sitting back toward the heels/);
    expect(describePose(spec('doorway-pec-stretch'), 'start')).toMatch(/forearms on the door frame/);
    expect(describePose(spec('cat-cow'), 'end')).toMatch(/back rounded up/);
  });

  it('names every pose of every move in words, differently for start and end', () => {
    for (const move of loadMoves()) {
      const figure = move.data.figure as unknown as FigureSpec;
      const [start, end] = [describePose(figure, 'start'), describePose(figure, 'end')];
      expect(start.length, move.id).toBeGreaterThan(5);
      expect(end.length, move.id).toBeGreaterThan(5);
    }
  });
});
