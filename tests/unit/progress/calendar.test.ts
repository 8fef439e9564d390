import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { buildCalendar, firstOccurrence, type CalendarRequest } from '../../../src/lib/progress/calendar';

// Monday 30 November 2026, 12:00 local time.
const now = new Date(2026, 10, 30, 12);
const request = (overrides: Partial<CalendarRequest> = {}): CalendarRequest => ({
  days: ['TH', 'MO'],
  time: '07:30',
  level: 'intermediate',
  minutes: 20,
  planUrl: 'https://upright.example/routine/?level=intermediate&equipment=band&minutes=20&focus=balanced&seed=7',
  moves: ['Band row: 2 sets of 12', 'Wall angel: 2 sets of 10', `Chin tuck: ${'hold, then relax; '.repeat(8)}`, 'Épaule ’stretch’ 💪 ✓'.repeat(4)],
  now,
  uid: 'test-uid@upright.example',
  ...overrides,
});

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  const event = component.getFirstSubcomponent('vevent')!;
  return { component, event, rrule: event.getFirstPropertyValue('rrule') as ICAL.Recur, start: event.getFirstPropertyValue('dtstart') as ICAL.Time };
}

describe('buildCalendar', () => {
  test('a weekly rule on the chosen days, starting on the first of them, in floating local time', () => {
    const result = buildCalendar(request());
    if (!result.ok) throw new Error(result.message);
    const { event, rrule, start } = parse(result.ics);
    expect(rrule.freq).toBe('WEEKLY');
    expect(rrule.parts.BYDAY).toEqual(['MO', 'TH']);
    // Monday 12:00 is past 07:30, so the first session is Thursday 3 December.
    expect(start.toString()).toBe('2026-12-03T07:30:00');
    // Floating: no "Z" and no TZID, so it is 07:30 wherever the person is.
    expect(result.ics).toContain('\r\nDTSTART:20261203T073000\r\n');
    expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBeUndefined();
    expect(start.dayOfWeek()).toBe(ICAL.Time.THURSDAY);
    expect((event.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2026-12-03T07:50:00');
    expect(event.getFirstPropertyValue('uid')).toBe('test-uid@upright.example');
    expect(event.getFirstPropertyValue('dtstamp')).toBeTruthy();
    const description = String(event.getFirstPropertyValue('description'));
    expect(description).toContain('- Band row: 2 sets of 12');
    expect(description).toContain('Épaule ’stretch’ 💪 ✓');
    expect(description).toContain(`Open the plan: ${request().planUrl}`);
    expect(event.getFirstPropertyValue('url')).toBe(request().planUrl);
  });

  test('RFC 5545 lines: CRLF, at most 75 octets, folded between characters, text escaped', () => {
    const result = buildCalendar(request());
    if (!result.ok) throw new Error(result.message);
    expect(result.ics.endsWith('\r\n')).toBe(true);
    expect(result.ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = result.ics.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // No replacement characters: no fold split a multi-byte character.
    expect(Buffer.from(result.ics, 'utf8').toString('utf8')).not.toContain('\uFFFD');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(result.ics).toContain('hold\\, then relax\\;');
  });

  test('today counts when its time is still ahead', () => {
    const result = buildCalendar(request({ time: '18:00' }));
    expect(result.ok && parse(result.ics).start.toString()).toBe('2026-11-30T18:00:00');
  });

  test('as many days as K1 allows for the level, and at least one', () => {
    expect(buildCalendar(request({ level: 'beginner', days: ['MO', 'WE', 'FR'] }))).toEqual({ ok: false, message: 'Choose at most 2 days: 1 to 2 sessions a week suit your level, with a rest day in between.' });
    expect(buildCalendar(request({ level: 'advanced', days: ['MO', 'WE', 'FR'] })).ok).toBe(true);
    expect(buildCalendar(request({ days: [] })).ok).toBe(false);
    expect(buildCalendar(request({ days: ['XX'] })).ok).toBe(false);
  });

  test('refuses a time that is not HH:MM', () => {
    expect(buildCalendar(request({ time: '25:00' }))).toEqual({ ok: false, message: 'Choose a time, such as 07:30.' });
  });
});

test('firstOccurrence wraps to next week when the only day has passed today', () => {
  expect(firstOccurrence(now, ['MO'], 7, 0)).toEqual(new Date(2026, 11, 7, 7, 0));
});
