import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addSessions, deleteLog, loadLog, saveSession } from '../../../src/components/progress/storage';
import { newSession, stored } from './fixture';

/** A Map-backed Storage, with a quota to test a full store. */
class MemoryStorage implements Storage {
  data = new Map<string, string>();
  quota = Infinity;
  get length() { return this.data.size; }
  key(index: number) { return [...this.data.keys()][index] ?? null; }
  getItem(key: string) { return this.data.get(key) ?? null; }
  setItem(key: string, value: string) {
    if (this.data.size >= this.quota && !this.data.has(key)) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
  removeItem(key: string) { this.data.delete(key); }
  clear() { this.data.clear(); }
}

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
  Object.assign(globalThis, { window: { localStorage: store } });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

describe('saveSession', () => {
  test('one key per session: two saves at once (two tabs) both stay', async () => {
    const results = await Promise.all([saveSession(newSession({ effort: 'too-easy' })), saveSession(newSession({ effort: 'too-hard' }))]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect([...store.data.keys()].filter((k) => k.startsWith('upright-log:'))).toHaveLength(2);
    expect(loadLog().sessions.map((s) => s.effort).sort()).toEqual(['too-easy', 'too-hard']);
  });

  test('refuses a record that does not check out, and says why', async () => {
    expect(await saveSession(newSession({ level: 'expert' as never }))).toEqual({ ok: false, message: 'This session could not be saved: level: expected one of beginner, intermediate, advanced.' });
    expect(store.length).toBe(0);
  });

  test('a full or blocked store is reported, not thrown', async () => {
    store.quota = 0;
    expect(await saveSession(newSession())).toMatchObject({ ok: false, message: expect.stringContaining('nothing was saved') });
    Object.defineProperty(globalThis, 'window', { configurable: true, value: { get localStorage(): Storage { throw new DOMException('denied', 'SecurityError'); } } });
    expect(await saveSession(newSession())).toMatchObject({ ok: false });
    expect(loadLog()).toEqual({ sessions: [], backups: [] });
  });
});

describe('loadLog', () => {
  test('reads v1 and migrates v0 records, newest first', () => {
    store.setItem('upright-log:old', JSON.stringify(newSession({ date: '2026-10-01T09:00:00.000Z' })));
    store.setItem('upright-log:new', JSON.stringify(stored('new')));
    const { sessions, backups } = loadLog();
    expect(sessions.map((s) => [s.id, s.v])).toEqual([['new', 1], ['old', 1]]);
    expect(backups).toEqual([]);
  });

  test('an unreadable value is moved to a backup key, unchanged, and reported', () => {
    store.setItem('upright-log:broken', '{"v":1,');
    store.setItem('upright-log:future', JSON.stringify({ ...stored('future'), v: 9 }));
    store.setItem('upright-log:fine', JSON.stringify(stored('fine')));
    const { sessions, backups } = loadLog();
    expect(sessions.map((s) => s.id)).toEqual(['fine']);
    expect(store.getItem('upright-log-backup:broken')).toBe('{"v":1,');
    expect(store.getItem('upright-log:broken')).toBeNull();
    expect(backups.map((b) => [b.key, b.reason])).toEqual([
      ['upright-log-backup:broken', 'not valid JSON'],
      ['upright-log-backup:future', 'v: version 9 is newer than this page reads (1)'],
    ]);
    // Loading again changes nothing.
    expect(loadLog()).toEqual({ sessions, backups });
  });

  test('never overwrites an older backup: the value stays where it is and is still reported', () => {
    store.setItem('upright-log-backup:broken', 'first');
    store.setItem('upright-log:broken', 'second');
    const { backups } = loadLog();
    expect(store.getItem('upright-log-backup:broken')).toBe('first');
    expect(store.getItem('upright-log:broken')).toBe('second');
    expect(backups.map((b) => b.raw).sort()).toEqual(['first', 'second']);
  });
});

test('addSessions is all or nothing when the store fills up', () => {
  store.quota = 1;
  expect(addSessions([stored('a'), stored('b')]).ok).toBe(false);
  expect(store.length).toBe(0);
});

test('deleteLog removes sessions and backups, and nothing else', async () => {
  store.setItem('upright-theme', 'dark');
  store.setItem('upright-log-backup:x', 'junk');
  await saveSession(newSession());
  deleteLog();
  expect([...store.data.keys()]).toEqual(['upright-theme']);
});
