import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { facetOptions, indexKeywords, moveFacetValues, NO_EQUIPMENT, spellingVariants } from '../../../../src/lib/search/index-terms';
import { contentMoves, contentMuscles } from '../content-fixture';

describe('search index terms', () => {
  it('adds joined and split spellings of hyphenated names', () => {
    expect(spellingVariants(['Band pull-apart'])).toEqual(['band pullapart', 'band pull apart']);
    expect(spellingVariants(['Cat-cow', 'cat cow'])).toEqual(['catcow']);
    expect(spellingVariants(['Band row'])).toEqual([]);
  });

  it('never returns an empty or original spelling (property)', () => {
    fc.assert(fc.property(fc.array(fc.string()), (names) => {
      const originals = names.map((n) => n.toLowerCase().trim());
      for (const v of spellingVariants(names)) {
        expect(v).not.toBe('');
        expect(originals).not.toContain(v);
      }
    }));
  });

  it('builds a keyword line from own names and related names, without duplicates', () => {
    expect(indexKeywords(['Band pull-apart', 'pull apart'], ['Rear deltoids', 'rear delts'])).toBe(
      'Band pull-apart, pull apart, band pullapart, band pull apart, Rear deltoids, rear delts',
    );
  });

  it('gives a move its muscle names, type, equipment and level', () => {
    const values = moveFacetValues(
      { kind: 'stretch', level: 'beginner', equipment: [[], ['band', 'doorway']], muscles: { primary: ['a'], secondary: ['b'] } },
      (id) => ({ a: 'Alpha', b: 'Beta' })[id],
    );
    expect(values).toEqual({ muscle: ['Alpha', 'Beta'], type: ['Stretch'], equipment: ['Resistance band', 'Doorway', NO_EQUIPMENT], level: ['Beginner'] });
  });

  it('throws on an unknown muscle instead of leaving the filter out', () => {
    expect(() => moveFacetValues({ kind: 'exercise', level: 'beginner', equipment: [[]], muscles: { primary: ['x'], secondary: [] } }, () => undefined)).toThrow(/"x"/);
  });

  it('offers every value some move in the content carries, and no other move value', () => {
    const moves = contentMoves();
    const muscles = contentMuscles().map((m) => ({ id: m.id, title: m.data.title }));
    const options = facetOptions(moves, muscles);
    const title = (id: string) => muscles.find((m) => m.id === id)?.title;
    const carried = moves.map((m) => moveFacetValues(m, title));
    for (const facet of ['muscle', 'equipment', 'level'] as const) {
      expect(new Set(options[facet])).toEqual(new Set(carried.flatMap((v) => v[facet])));
    }
    expect(options.type).toEqual(expect.arrayContaining(['Muscle', 'Guide']));
    expect(options.level).toEqual(['Beginner', 'Intermediate', 'Advanced'].filter((l) => options.level.includes(l)));
  });
});
