/** The started program's stored record and its place in the log file (issue 22). */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseLogFile, toLogFile } from '../../../src/lib/progress/log-file';
import { PROGRAM_VERSION, parseProgramText, readProgramRecord, type StoredProgram } from '../../../src/lib/progress/program-record';
import { decodeProgram, encodeProgram } from '../../../src/lib/program';
import { settingsArb } from '../program/arbitraries';
import { stored } from './fixture';

const program: StoredProgram = { v: 1, query: 'level=beginner&equipment=band&minutes=20&focus=balanced&days=2&weeks=6&start=2026-12-07&seed=1', startedAt: '2026-12-07T08:00:00.000Z' };

describe('the stored program', () => {
  test('any program link with a start date reads back, and decodes to its settings', () => {
    fc.assert(fc.property(settingsArb, (settings) => {
      const record = { v: PROGRAM_VERSION, query: encodeProgram(settings), startedAt: '2026-12-07T08:00:00Z' };
      const result = parseProgramText(JSON.stringify(record));
      expect(result).toEqual({ ok: true, program: record });
      if (result.ok) expect(decodeProgram(result.program.query).settings).toEqual(settings);
    }), { numRuns: 300 });
  });

  test.each([
    ['not JSON', '{"v":1', 'not valid JSON'],
    ['a newer version', JSON.stringify({ ...program, v: 2 }), 'version 2 is newer than this page reads (1)'],
    ['no version', JSON.stringify({ ...program, v: undefined }), 'unknown version'],
    ['markup in the link', JSON.stringify({ ...program, query: '<script>alert(1)</script>' }), 'query: not a program link with a start date'],
    ['no start date', JSON.stringify({ ...program, query: 'level=beginner&days=2' }), 'query: not a program link with a start date'],
    ['a bad date', JSON.stringify({ ...program, startedAt: 'yesterday' }), 'startedAt: not a date'],
    ['a list', '[]', 'not a saved program'],
  ])('refuses %s, saying why', (_name, text, reason) => {
    expect(parseProgramText(text)).toEqual({ ok: false, reason });
  });

  test('unknown keys are dropped (nothing but the record is kept)', () => {
    expect(readProgramRecord({ ...program, __proto__: { evil: true }, extra: 1 })).toEqual({ ok: true, program });
  });
});

describe('the log file carries the program', () => {
  const now = new Date('2026-12-20T12:00:00Z');
  test('written and read back with the sessions; files without one read as before', () => {
    const sessions = [stored('a')];
    const text = JSON.stringify(toLogFile(sessions, now, program));
    expect(parseLogFile(text, text.length)).toEqual({ ok: true, sessions, program });
    const plain = JSON.stringify(toLogFile(sessions, now));
    expect(JSON.parse(plain)).not.toHaveProperty('program');
    expect(parseLogFile(plain, plain.length)).toEqual({ ok: true, sessions });
  });

  test('a damaged program refuses the whole file, and says the log has not changed', () => {
    const text = JSON.stringify({ ...toLogFile([stored('a')], now), program: { ...program, v: 7 } });
    const result = parseLogFile(text, text.length);
    expect(result).toEqual({ ok: false, message: 'This file was not imported: its program: version 7 is newer than this page reads (1). Your log has not changed.' });
  });
});
