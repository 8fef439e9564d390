import { describe, expect, test } from 'vitest';
import { MAX_LOG_BYTES, parseLogFile, sessionsToAdd, toLogFile } from '../../../src/lib/progress/log-file';
import { stored } from './fixture';

const now = new Date('2026-11-30T12:00:00Z');
const file = (value: unknown) => JSON.stringify(value);

describe('parseLogFile', () => {
  test('reads back what toLogFile wrote', () => {
    const sessions = [stored('a', { date: '2026-11-01T10:00:00.000Z' }), stored('b')];
    const text = file(toLogFile(sessions, now));
    expect(parseLogFile(text, text.length)).toEqual({ ok: true, sessions: [sessions[1], sessions[0]] });
  });

  test.each([
    ['not JSON', '{"format":', 'it is not a JSON file.'],
    ['another format', file({ format: 'strava', version: 1, sessions: [] }), 'it is not an Upright log'],
    ['a newer version', file({ format: 'upright-log', version: 9, sessions: [] }), 'it comes from a newer version of the site (version 9).'],
    ['a version as text', file({ format: 'upright-log', version: '1', sessions: [] }), 'its version is not one this site wrote.'],
    ['no sessions list', file({ format: 'upright-log', version: 1, sessions: 'all' }), 'it has no list of sessions.'],
    ['a wrong type', file({ format: 'upright-log', version: 1, sessions: [stored('a'), { ...stored('b'), minutes: 'lots' }] }), 'session 2: minutes: expected a whole number'],
    ['a script string', file({ format: 'upright-log', version: 1, sessions: [{ ...stored('a'), query: '<script>alert(1)</script>' }] }), 'session 1: query: not an allowed value.'],
    ['a session of another version', file({ format: 'upright-log', version: 1, sessions: [{ ...stored('a'), v: undefined }] }), 'session 1: v: unknown version.'],
  ])('refuses %s and says the log has not changed', (_name, text, message) => {
    const result = parseLogFile(text, text.length);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(message);
      expect(result.message).toMatch(/Your log has not changed\.$/);
    }
  });

  test('refuses a 10 MB file by its size, before reading it', () => {
    expect(parseLogFile(undefined, 10 * 1024 * 1024)).toEqual({ ok: false, message: 'This file was not imported: it is larger than 1 MB, far more than a log. Your log has not changed.' });
    expect(parseLogFile('x'.repeat(MAX_LOG_BYTES + 1), 10).ok).toBe(false);
  });
});

test('sessionsToAdd keeps only new ids, each once', () => {
  const existing = [stored('a'), stored('b')];
  const incoming = [stored('b'), stored('c'), stored('c'), stored('d')];
  expect(sessionsToAdd(existing, incoming).map((s) => s.id)).toEqual(['c', 'd']);
});
