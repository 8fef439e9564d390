/**
 * Every move has a place in the routine builder's catalogue, and the builder actually chooses each
 * of the staple moves added with issue 20 for some plan (so a move the rules can never pick fails).
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadMoves } from '../../support/content';
import { buildPlan } from '../../../src/lib/routine/build';
import { toRoutineMove } from '../../../src/lib/routine/model';
import { CHOOSABLE, FOCUSES, LEVELS, SESSION_MINUTES, type RoutineInputs } from '../../../src/lib/routine/types';

const catalogue = loadCatalogue();
const routineMoves = catalogue.map(toRoutineMove);
const NEW_MOVES = ['serratus-wall-slide', 'band-external-rotation', 'band-pulldown', 'open-book'];

/** Every move id any plan picks, over levels, focuses, lengths, equipment one item at a time, and seeds. */
function chosenIds(): Set<string> {
  const seen = new Set<string>();
  for (const level of LEVELS) for (const focus of FOCUSES) for (const minutes of SESSION_MINUTES) {
    for (const equipment of [[], ...CHOOSABLE.map((item) => [item])] as RoutineInputs['equipment'][]) {
      for (let seed = 1; seed <= 12; seed++) {
        const plan = buildPlan(routineMoves, { inputs: { level, focus, minutes, equipment, addons: [] }, seed, swaps: [] });
        for (const phase of plan.phases) for (const move of phase.moves) seen.add(move.id);
      }
    }
  }
  return seen;
}

describe('the builder\'s catalogue', () => {
  it('holds every move page, with the page\'s id and kind', () => {
    expect(catalogue.map((m) => m.id).sort()).toEqual(loadMoves().map((m) => m.id).sort());
  });

  it('has the four staple moves, and the builder chooses each of them for some plan', () => {
    const chosen = chosenIds();
    for (const id of NEW_MOVES) {
      expect(catalogue.some((m) => m.id === id), `${id} is in the catalogue`).toBe(true);
      expect(chosen.has(id), `no plan ever chooses ${id}`).toBe(true);
    }
  });
});
