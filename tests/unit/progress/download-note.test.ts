import { describe, expect, test } from 'vitest';
import { REMIND_EVERY, downloadNote, readDownloadMark } from '../../../src/lib/progress/download-note';

const date = (iso: string) => iso.slice(0, 10);

describe('downloadNote', () => {
  test('says nothing with no sessions', () => {
    expect(downloadNote(null, 0, date)).toEqual({ status: '', reminder: '' });
  });

  test('says plainly that the log was never downloaded, and reminds from the fifth session', () => {
    expect(downloadNote(null, 1, date)).toEqual({ status: 'You have not downloaded your log yet.', reminder: '' });
    expect(downloadNote(null, REMIND_EVERY - 1, date).reminder).toBe('');
    const due = downloadNote(null, REMIND_EVERY, date).reminder;
    expect(due).toMatch(/^5 sessions since you started\. .*Safari.*“Download my log”/);
    expect(due).not.toMatch(/!|warning|danger|lose everything/i);
  });

  test('after a download, says when and counts from it again', () => {
    const mark = { at: '2026-11-30T18:00:00.000Z', sessions: 4 };
    expect(downloadNote(mark, 4, date)).toEqual({ status: 'Last downloaded on 2026-11-30, with 4 sessions.', reminder: '' });
    expect(downloadNote(mark, 4 + REMIND_EVERY - 1, date).reminder).toBe('');
    expect(downloadNote(mark, 4 + REMIND_EVERY, date).reminder).toMatch(/^5 sessions since your last download\./);
    expect(downloadNote({ ...mark, sessions: 1 }, 1, date).status).toBe('Last downloaded on 2026-11-30, with 1 session.');
  });

  test('a log deleted since the download counts from empty', () => {
    expect(downloadNote({ at: '2026-11-30T18:00:00.000Z', sessions: 12 }, 3, date).reminder).toBe('');
    expect(downloadNote({ at: '2026-11-30T18:00:00.000Z', sessions: 12 }, 6, date).reminder).toMatch(/^6 sessions/);
  });
});

describe('readDownloadMark', () => {
  test('reads a good mark and treats anything else as none', () => {
    expect(readDownloadMark('{"at":"2026-11-30T18:00:00.000Z","sessions":3}')).toEqual({ at: '2026-11-30T18:00:00.000Z', sessions: 3 });
    for (const raw of [null, '', 'not json', '{"at":"yesterday","sessions":3}', '{"at":"2026-11-30","sessions":-1}', '{"at":"2026-11-30","sessions":1.5}', '[]', 'null']) {
      expect(readDownloadMark(raw), String(raw)).toBeNull();
    }
  });
});
