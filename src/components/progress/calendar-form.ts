/**
 * The "Add to calendar" form (CalendarForm.astro), shared by /routine/ and /progress/. The file
 * writer (ical-generator) is loaded only when the button is used.
 */
import type { Level } from '../../lib/content/vocabulary';
import { download } from './download';

export interface CalendarPlan {
  query: string;
  level: Level;
  minutes: number;
  /** One line per move: its title and dose. */
  moves: string[];
}

export async function addToCalendar(form: Element, plan: CalendarPlan): Promise<void> {
  const status = form.querySelector('[data-calendar-status]');
  const say = (message: string) => status && (status.textContent = message);
  const days = [...form.querySelectorAll<HTMLInputElement>('input[name="day"]:checked')].map((input) => input.value);
  const time = form.querySelector<HTMLInputElement>('input[name="time"]')?.value ?? '';
  try {
    const { buildCalendar } = await import('../../lib/progress/calendar');
    const result = buildCalendar({
      days, time, level: plan.level, minutes: plan.minutes, moves: plan.moves,
      planUrl: `${location.origin}/routine/?${plan.query}`,
      now: new Date(),
      uid: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}@upright`,
    });
    if (!result.ok) return void say(result.message);
    download('upright-sessions.ics', 'text/calendar', result.ics);
    say(`Your calendar file is downloading: open it to add the weekly session. The first one is on ${result.first}.`);
  } catch {
    say('The calendar file could not be made: check your connection and try again.');
  }
}
