import { describe, expect, test } from 'vitest';
import { byDateDesc, readRecord, toRecord } from '../../../src/lib/progress/record';
import { newSession, stored } from './fixture';

describe('readRecord', () => {
  test('reads a v1 record as it is', () => {
    const record = stored('s1');
    expect(readRecord(JSON.parse(JSON.stringify(record)))).toEqual({ ok: true, session: record });
  });

  test('migrates v0 (the bare hand-over record) to v1, taking the id from its key', () => {
    const result = readRecord(newSession({ effort: 'too-easy' }), 'from-key');
    expect(result).toEqual({ ok: true, session: { v: 1, id: 'from-key', ...newSession({ effort: 'too-easy' }) } });
  });

  test('reads a session that hurt (the fourth answer, added within v1)', () => {
    const record = stored('s1', { effort: 'hurt' });
    expect(readRecord(JSON.parse(JSON.stringify(record)))).toEqual({ ok: true, session: record });
  });

  test('a v0 record without any id cannot be read', () => {
    expect(readRecord(newSession())).toEqual({ ok: false, reason: 'id: expected text' });
  });

  test('refuses a newer version instead of guessing', () => {
    expect(readRecord({ ...stored('s1'), v: 2 })).toEqual({ ok: false, reason: 'v: version 2 is newer than this page reads (1)' });
    expect(readRecord({ ...stored('s1'), v: 'one' })).toEqual({ ok: false, reason: 'v: unknown version' });
  });

  test.each([
    ['not an object', 'text', 'record: expected an object'],
    ['a list', [], 'record: expected an object'],
    ['a bad effort', { ...stored('s1'), effort: 'fine' }, 'effort: expected one of too-easy, about-right, too-hard, hurt'],
    ['a bad level', { ...stored('s1'), level: 'expert' }, 'level: expected one of beginner, intermediate, advanced'],
    ['minutes as text', { ...stored('s1'), minutes: '20' }, 'minutes: expected a whole number from 0 to 600'],
    ['a date that is no date', { ...stored('s1'), date: '2026-13-45T99:00Z' }, 'date: not a real date'],
    ['markup in the query', { ...stored('s1'), query: 'level=<script>alert(1)</script>' }, 'query: not an allowed value'],
    ['markup in an id', { ...stored('<img src=x>') }, 'id: not an allowed value'],
    ['more sets done than planned', { ...stored('s1'), moves: [{ id: 'band-row', phase: 'strength', setsPlanned: 1, setsDone: 2, skipped: false }] }, 'moves[0].setsDone: expected a whole number from 0 to 1'],
    ['a bad phase', { ...stored('s1'), moves: [{ id: 'band-row', phase: 'lunch', setsPlanned: 1, setsDone: 1, skipped: false }] }, 'moves[0].phase: expected one of warmup, strength, cooldown'],
    ['moves not a list', { ...stored('s1'), moves: {} }, 'moves: expected a list'],
  ])('refuses %s, naming the field', (_name, value, reason) => {
    expect(readRecord(value)).toEqual({ ok: false, reason });
  });

  test('drops unknown keys, so nothing but the known fields is kept', () => {
    const result = readRecord(JSON.parse(`{"__proto__":{"polluted":true},"extra":1,${JSON.stringify(stored('s1')).slice(1)}`));
    expect(result.ok && Object.keys(result.session).sort()).toEqual(['date', 'effort', 'id', 'level', 'minutes', 'moves', 'query', 'source', 'v']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

test('toRecord checks the hand-over record like a stored one', () => {
  expect(toRecord(newSession(), 'abc').ok).toBe(true);
  expect(toRecord(newSession({ minutes: -1 }), 'abc')).toEqual({ ok: false, reason: 'minutes: expected a whole number from 0 to 600' });
});

test('byDateDesc puts the newest first and breaks ties by id', () => {
  const list = [stored('b', { date: '2026-11-01T10:00:00Z' }), stored('a', { date: '2026-11-01T10:00:00Z' }), stored('c', { date: '2026-11-02T10:00:00Z' })];
  expect(list.sort(byDateDesc).map((s) => s.id)).toEqual(['c', 'a', 'b']);
});
