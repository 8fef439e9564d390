/**
 * "Add to calendar": a weekly event on the days the person picks (as many as rule K1 allows for
 * the level), at the time they pick, as an RFC 5545 file. ical-generator writes the file (CRLF,
 * folding at 75 octets without splitting a character, escaping, UID, DTSTAMP); this module picks
 * the days and the first date. The browser loads it only when the button is used.
 */
import ical, { ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import type { Level } from '../content/vocabulary';
import { weekTarget } from './weeks';

/** Monday first, as the week chart counts. */
export const WEEKDAYS = [
  ['MO', 'Monday'], ['TU', 'Tuesday'], ['WE', 'Wednesday'], ['TH', 'Thursday'], ['FR', 'Friday'], ['SA', 'Saturday'], ['SU', 'Sunday'],
] as const;
export type Weekday = (typeof WEEKDAYS)[number][0];

export interface CalendarRequest {
  days: string[];
  /** "HH:MM", 24-hour, local time. */
  time: string;
  level: Level;
  minutes: number;
  /** The plan's full link. */
  planUrl: string;
  /** One line each: the move and its dose. */
  moves: string[];
  now: Date;
  /** Unique per file, so a calendar adds a second download as a second event. */
  uid: string;
}

export type CalendarResult = { ok: true; ics: string; first: string } | { ok: false; message: string };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The first chosen day on or after `now` whose time has not passed yet (local wall-clock time). */
export function firstOccurrence(now: Date, days: Weekday[], hours: number, minutes: number): Date {
  for (let ahead = 0; ahead <= 7; ahead++) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead, hours, minutes);
    const code = WEEKDAYS[(day.getDay() + 6) % 7]![0];
    if (days.includes(code) && day.getTime() > now.getTime()) return day;
  }
  throw new Error('no day chosen');
}

export function buildCalendar(request: CalendarRequest): CalendarResult {
  const target = weekTarget(request.level);
  const days = WEEKDAYS.map(([code]) => code).filter((code) => request.days.includes(code));
  if (days.length === 0) return { ok: false, message: 'Choose at least one day.' };
  if (days.length > target.max) {
    return { ok: false, message: `Choose at most ${target.max} days: ${target.label.replace('-', ' to ')} sessions a week suit your level, with a rest day in between.` };
  }
  const time = TIME.exec(request.time);
  if (!time) return { ok: false, message: 'Choose a time, such as 07:30.' };
  const first = firstOccurrence(request.now, days, Number(time[1]), Number(time[2]));
  // Floating local time: ical-generator writes a floating date from its UTC fields, so the
  // wall-clock time goes into those fields (the event then happens at 07:30 wherever the person is).
  const wallClock = (date: Date) => new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()));
  const end = new Date(first.getTime() + Math.max(5, request.minutes) * 60_000);
  const calendar = ical({ prodId: { company: 'Upright', product: 'Upright routine', language: 'EN' } });
  calendar.createEvent({
    id: request.uid,
    stamp: request.now,
    start: wallClock(first),
    end: wallClock(end),
    floating: true,
    summary: 'Upper-back session',
    description: ['Your plan:', ...request.moves.map((line) => `- ${line}`), '', 'Mild, easing tension is expected; stop if a move brings sharp or worsening pain.', `Open the plan: ${request.planUrl}`].join('\n'),
    url: request.planUrl,
    repeating: { freq: ICalEventRepeatingFreq.WEEKLY, byDay: days.map((code) => ICalWeekday[code]) },
  });
  return { ok: true, ics: `${calendar.toString()}\r\n`, first: first.toDateString() };
}
