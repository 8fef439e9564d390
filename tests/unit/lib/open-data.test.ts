import { describe, expect, it } from 'vitest';
import { openDataFile, toOpenDataMoves, toOpenDataMuscles, OPEN_DATA_VERSION } from '../../../src/lib/open-data';
import { contentMoves, contentMuscles } from './content-fixture';

const site = 'https://upright.example';

describe('open data', () => {
  const moves = contentMoves();
  const muscles = contentMuscles();

  it('gives every move its fields, with an absolute URL', () => {
    const records = toOpenDataMoves(moves, site);
    expect(records).toHaveLength(moves.length);
    records.forEach((record, i) => {
      const move = moves[i];
      expect(record).toEqual({
        slug: move.id, title: move.title, kind: move.kind, pattern: move.pattern, level: move.level,
        equipment: move.equipment, muscles: move.muscles, musclesRole: expect.stringMatching(/^(works|stretches|mobilises)$/), dose: move.dose, aliases: move.aliases,
        summary: move.summary, url: `${site}${move.url}`,
      });
    });
  });

  it('lists, for every muscle, exactly the moves that name it', () => {
    const records = toOpenDataMuscles(muscles, moves, site);
    for (const record of records) {
      expect(record.url).toBe(`${site}/muscles/${record.slug}/`);
      expect(record.moves.primary.sort()).toEqual(moves.filter((m) => m.muscles.primary.includes(record.slug)).map((m) => m.id).sort());
      expect(record.moves.secondary.sort()).toEqual(moves.filter((m) => m.muscles.secondary.includes(record.slug)).map((m) => m.id).sort());
    }
  });

  it('wraps items with the format version and a count', () => {
    expect(openDataFile([1, 2], site)).toEqual({ version: OPEN_DATA_VERSION, site: `${site}/`, count: 2, items: [1, 2] });
  });
});
