import { expect, test } from 'vitest';
import ICAL from 'ical.js';
import { buildProgram, type ProgramSettings } from '../../../src/lib/program';
import { programCalendar } from '../../../src/lib/program/calendar';
import { HARDER, REAL } from './support';

const settings: ProgramSettings = { inputs: { level: 'intermediate', equipment: ['band', 'dumbbells'], minutes: 30, focus: 'balanced', addons: ['core'] }, days: 3, weeks: 4, start: '2026-12-07', seed: 5 };

test('one valid RFC 5545 file: an all-day event per session of every week, each with its plan link', () => {
  const program = buildProgram(REAL, HARDER, settings);
  const ics = programCalendar({ program, base: 'https://upright.example/', now: new Date(Date.UTC(2026, 11, 1, 9)), uid: 'abc@upright.example' });
  // CRLF line endings and no line longer than 75 octets (folded).
  expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  expect(events).toHaveLength(4 * 3);
  const uids = new Set(events.map((e) => e.getFirstPropertyValue('uid')));
  expect(uids.size).toBe(12);
  const first = events[0]!;
  const start = first.getFirstPropertyValue('dtstart') as ICAL.Time;
  expect(start.isDate).toBe(true);
  expect(start.toString()).toBe('2026-12-07');
  expect(ics).toContain('DTSTART;VALUE=DATE:20261207');
  expect(first.getFirstPropertyValue('dtstamp')).toBeTruthy();
  const url = String(first.getFirstPropertyValue('url'));
  expect(url).toBe(`https://upright.example/routine/?${program.weeks[0]!.sessions[0]!.query.replace(/,/g, '%2C')}`);
  expect(new URL(url).search.slice(1)).not.toContain(',');
  expect(decodeURIComponent(new URL(url).search.slice(1))).toBe(program.weeks[0]!.sessions[0]!.query);
  expect(String(first.getFirstPropertyValue('summary'))).toBe('Upper-back session: week 1 of 4, session 1 of 3');
  // Week 2's events carry its change and the reason.
  const week2 = events.find((e) => String(e.getFirstPropertyValue('summary')).includes('week 2 of 4'))!;
  expect(String(week2.getFirstPropertyValue('description'))).toContain('Week 2: more repetitions');
  expect((events[3]!.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-12-14');
});
