import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MUSCLES_ROLES, MUSCLES_ROLE_TEXT, movesHeading, musclesRole } from '../../../../src/lib/content/muscles-role';
import { MOVE_KINDS, PATTERNS } from '../../../../src/lib/content/vocabulary';
import { needsBandCheck } from '../../../../src/lib/content/band-check';
import { toOpenDataMoves } from '../../../../src/lib/open-data';
import { loadCatalogue } from '../../../support/content';

describe('musclesRole', () => {
  it('a stretch stretches, a mobility warm-up mobilises, a strength move works', () => {
    expect(musclesRole({ kind: 'stretch', pattern: 'stretch' })).toBe('stretches');
    expect(musclesRole({ kind: 'warmup', pattern: 'mobility' })).toBe('mobilises');
    for (const pattern of ['row', 'posture', 'core', 'grip'] as const) expect(musclesRole({ kind: 'exercise', pattern })).toBe('works');
  });

  it('gives every kind and pattern exactly one known role', () => {
    fc.assert(fc.property(fc.constantFrom(...MOVE_KINDS), fc.constantFrom(...PATTERNS), (kind, pattern) => {
      expect(MUSCLES_ROLES).toContain(musclesRole({ kind, pattern }));
    }));
  });

  it('the words: "Muscles stretched" and "Where you feel it", never "works" for a stretch', () => {
    expect(MUSCLES_ROLE_TEXT.stretches.heading).toBe('Muscles stretched');
    expect(MUSCLES_ROLE_TEXT.mobilises.heading).toBe('Where you feel it');
    expect(MUSCLES_ROLE_TEXT.works.heading).toBe('Muscles it works');
    for (const text of Object.values(MUSCLES_ROLE_TEXT.stretches)) expect(text.toLowerCase()).not.toContain('work');
  });

  it('the real content: every stretch says stretched, every warm-up where you feel it, every exercise works (/data/moves.json)', () => {
    const records = toOpenDataMoves(loadCatalogue(), 'https://upright.example');
    const expected = { stretch: 'stretches', warmup: 'mobilises', exercise: 'works' } as const;
    for (const record of records) expect(record.musclesRole, record.slug).toBe(expected[record.kind]);
    expect(records.filter((r) => r.kind === 'stretch').length).toBeGreaterThan(0);
  });

  it('words a muscle page heading for what its moves do to the muscle', () => {
    expect(movesHeading('Lats', ['works', 'works'])).toBe('Moves that mainly work the lats');
    expect(movesHeading('Inner thighs (hip adductors)', ['stretches'])).toBe('Moves that mainly stretch the inner thighs (hip adductors)');
    expect(movesHeading('Trapezius', ['stretches', 'works', 'mobilises'])).toBe('Moves that mainly work, stretch or loosen the trapezius');
    expect(movesHeading('Trapezius', ['works', 'stretches'], 'also')).toBe('Moves that also work or stretch the trapezius');
    expect(movesHeading('Core', [])).toBe('Moves that mainly work the core');
  });
});

describe('needsBandCheck', () => {
  it('is true when any alternative uses a band, false otherwise', () => {
    expect(needsBandCheck([['band']])).toBe(true);
    expect(needsBandCheck([['cable'], ['band']])).toBe(true);
    expect(needsBandCheck([['band', 'doorway']])).toBe(true);
    expect(needsBandCheck([[]])).toBe(false);
    expect(needsBandCheck([['dumbbells'], ['barbell']])).toBe(false);
  });

  it('picks out exactly the real moves that can use a band', () => {
    const withBand = loadCatalogue().filter((m) => needsBandCheck(m.equipment)).map((m) => m.id);
    expect(withBand).toEqual(expect.arrayContaining(['band-row', 'band-pull-apart', 'face-pull']));
    expect(withBand).not.toContain('bent-over-row');
  });
});
