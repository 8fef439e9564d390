import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { DAYS_BY_LEVEL, WEEKS, decodeProgram, encodeProgram, repairNotice, type ProgramSettings } from '../../../src/lib/program';
import { settingsArb } from './arbitraries';

describe('the program link', () => {
  test('decode(encode(x)) equals x, with nothing repaired', () => {
    fc.assert(fc.property(settingsArb, (settings) => {
      const decoded = decodeProgram(`?${encodeProgram(settings)}`);
      expect(decoded.ignored).toEqual([]);
      expect(decoded.settings).toEqual(settings);
    }), { numRuns: 500 });
  });

  test('the link reads as the contract says', () => {
    const settings: ProgramSettings = { inputs: { level: 'beginner', equipment: ['band'], minutes: 20, focus: 'balanced', addons: ['core'] }, days: 2, weeks: 6, start: '2026-12-07', seed: 1 };
    expect(encodeProgram(settings)).toBe('level=beginner&equipment=band&minutes=20&focus=balanced&addons=core&days=2&weeks=6&start=2026-12-07&seed=1');
  });

  test('damaged values are repaired to the defaults, each said', () => {
    const { settings, ignored } = decodeProgram('?level=beginner&days=3&weeks=40&start=2026-02-30&seed=x&sets=2&level=advanced');
    expect(settings).toEqual({ inputs: { level: 'beginner', equipment: ['band'], minutes: 20, focus: 'balanced', addons: [] }, days: 2, weeks: 6, seed: 1 });
    const said = ignored.join('; ');
    for (const part of ['days “3” (1 to 2 sessions a week suit the beginner level)', 'weeks “40”', 'start “2026-02-30”', 'seed “x”', 'the unknown “sets”', 'a second “level”']) expect(said).toContain(part);
    expect(repairNotice(ignored)).toMatch(/^This program link had values we could not use/);
    expect(repairNotice([])).toBe('');
  });

  test('any string decodes to valid settings without throwing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      const { settings } = decodeProgram(s);
      const days = DAYS_BY_LEVEL[settings.inputs.level];
      expect(settings.days >= days.min && settings.days <= days.max).toBe(true);
      expect(settings.weeks >= WEEKS.min && settings.weeks <= WEEKS.max).toBe(true);
    }), { numRuns: 500 });
  });
});
