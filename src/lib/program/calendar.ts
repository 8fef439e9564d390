/**
 * "Add the program to my calendar": one RFC 5545 file with an all-day event for every session of
 * every week, each with its plan's link. ical-generator writes the file (CRLF, folded lines,
 * escaping, UID, DTSTAMP); the page loads this module only when the button is used.
 */
import ical from 'ical-generator';
import { dayOf } from './dates';
import type { Program } from './types';

export interface ProgramCalendarRequest {
  program: Program;
  /** The site's address, for absolute plan links ("https://…/"). */
  base: string;
  now: Date;
  /** Unique per file: the events' UIDs are built from it. */
  uid: string;
}

export function programCalendar({ program, base, now, uid }: ProgramCalendarRequest): string {
  const calendar = ical({ prodId: { company: 'Upright', product: 'Upright program', language: 'EN' }, name: 'Upper-back program' });
  const { weeks, days } = program.settings;
  for (const week of program.weeks) {
    for (const session of week.sessions) {
      if (!session.date) continue;
      const day = dayOf(session.date);
      // Commas as %2C: a URL property's commas would be escaped (\,) by the writer and kept so by some readers.
      const url = new URL(`/routine/?${session.query}`, base).href.replace(/,/g, '%2C');
      const change = week.change ? [`This week: ${week.change.what}.`, week.change.why] : [];
      calendar.createEvent({
        id: `${uid}-w${week.number}-s${session.index}`,
        stamp: now,
        // An all-day event written from the date's own fields, so the day is the same in every time zone.
        start: new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate())),
        allDay: true,
        summary: `Upper-back session: week ${week.number} of ${weeks}, session ${session.index} of ${days}`,
        description: [...change, `About ${session.minutes} minutes.`, 'Mild, easing tension is expected; stop if a move brings sharp or worsening pain.', `Open the plan: ${url}`].join('\n'),
        url,
      });
    }
  }
  return `${calendar.toString()}\r\n`;
}
