/**
 * What the program page shows, as plain data: the build-time page (src/data/program-page.ts) and
 * the <program-planner> element render the same view, so the page looks the same either way.
 */
import { EQUIPMENT, LEVEL_LABEL, NO_EQUIPMENT_LABEL } from '../content/vocabulary';
import { dayOf } from './dates';
import type { Program, ProgramSettings, WeekStatus } from './types';

/** The answers in one line, for the folded controls: "Beginner · Resistance band · 20 min · 2 a week · 6 weeks". */
export function answersText({ inputs, days, weeks }: ProgramSettings): string {
  const equipment = inputs.equipment.map((id) => EQUIPMENT.find((item) => item.id === id)?.label ?? id).join(', ') || NO_EQUIPMENT_LABEL;
  return [LEVEL_LABEL[inputs.level], equipment, `${inputs.minutes} min`, `${days} a week`, `${weeks} weeks`].join(' · ');
}

export interface SessionView {
  /** "Session 1 · plan A". */
  name: string;
  /** "about 19 min" (and "Mon 7 Dec" with a start date). */
  detail: string;
  href: string;
  playHref: string;
  done: boolean;
}

export interface WeekView {
  number: number;
  title: string;
  status: WeekStatus;
  /** "Done", "This week", "" */
  statusText: string;
  sessions: SessionView[];
  change?: { title: string; why: string; safety: boolean };
  notes: string[];
}

export interface ProgramView {
  /** "6 weeks, 2 sessions a week, plans A and B alternating." */
  summary: string;
  /** "Week 3 of 6: session 1 of 2", or "Program finished". */
  position: string;
  weeks: WeekView[];
  notes: string[];
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Mon 7 Dec" (no locale: the same words at build time and in every browser). */
export function dayText(iso: string): string {
  const date = dayOf(iso);
  return `${WEEKDAYS[date.getDay()]} ${date.getDate()} ${MONTHS[date.getMonth()]}`;
}

const STATUS_TEXT: Record<WeekStatus, string> = { done: 'Done', current: 'This week', planned: '' };

/** "Week 3 of 6: session 1 of 2". */
export function positionText(program: Program): string {
  const { week, session, finished } = program.position;
  return finished ? `Program finished: all ${program.settings.weeks} weeks done` : `Week ${week} of ${program.settings.weeks}: session ${session} of ${program.settings.days}`;
}

/** `started`: the program is saved and its log counts (a preview shows no week as done or under way). */
export function programView(program: Program, started = false): ProgramView {
  const { days, weeks } = program.settings;
  return {
    summary: `${weeks} weeks, ${days} session${days === 1 ? '' : 's'} a week${program.alternates ? ', plans A and B alternating' : ''}.`,
    position: positionText(program),
    notes: program.notes,
    weeks: program.weeks.map((week) => ({
      number: week.number,
      title: `Week ${week.number}`,
      status: week.status,
      statusText: started ? STATUS_TEXT[week.status] : '',
      sessions: week.sessions.map((s) => ({
        name: `Session ${s.index}${program.alternates ? ` · plan ${s.label}` : ''}`,
        detail: [s.date && dayText(s.date), `about ${s.minutes} min`].filter(Boolean).join(' · '),
        href: `/routine/?${s.query}`,
        playHref: `/routine/play/?${s.query}`,
        done: s.done,
      })),
      ...(week.change && { change: { title: week.change.title, why: week.change.why, safety: !!week.change.safety } }),
      notes: week.notes,
    })),
  };
}
