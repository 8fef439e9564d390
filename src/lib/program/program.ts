/**
 * A program from its settings and the log (rule K4). The log's sessions whose plan is one of the
 * current week's advance it, in date order; the weeks after the last logged one are projected at
 * the plain pace (beginners a step every two weeks, others every week).
 */
import type { RoutineMove } from '../routine/types';
import type { FactsOf } from '../routine/session';
import { equipmentFacts } from '../routine/facts';
import { nextStep } from './ladder';
import { SessionBuilder, baseRung, queryOf } from './sessions';
import { sessionDates, dayOf, shortDate } from './dates';
import type { Cause, Change, Effortish, HarderLinks, Position, Program, ProgramSettings, ProgramWeek, Rung } from './types';
import { LADDER_END, backWhat, changeTitle, endedEarly, hurtNoStep, repeatedHard, repeatedMissed, whyText } from './words';

/** A logged session as the program reads it (src/lib/progress's StoredSession has these fields). */
export interface LoggedSession {
  date: string;
  query: string;
  effort: string;
}

/** The log's answer, as the program reads it; the pain answer is any effort naming hurt or pain. */
export function effortOf(effort: string): Effortish | undefined {
  if (/hurt|pain/.test(effort)) return 'hurt';
  return (['too-easy', 'about-right', 'too-hard'] as const).find((e) => e === effort);
}

interface Attempt {
  rung: Rung;
  change?: Change;
  notes: string[];
  done: number;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** A program, the facts of each level and equipment set worked out as needed (at build time, in tests). */
export function buildProgram(catalogue: RoutineMove[], harder: HarderLinks, settings: ProgramSettings, log: LoggedSession[] = [], now?: Date): Program {
  return buildProgramWith(equipmentFacts, catalogue, harder, settings, log, now);
}

/** A program with the facts looked up (factsFrom a facts table): the browser's, so the searches behind them never ship. */
export function buildProgramWith(factsOf: FactsOf, catalogue: RoutineMove[], harder: HarderLinks, settings: ProgramSettings, log: LoggedSession[] = [], now?: Date): Program {
  const builder = new SessionBuilder(catalogue, settings, factsOf);
  const beginner = settings.inputs.level === 'beginner';
  const spacing = beginner ? 2 : 1;
  const notes = new Set<string>();
  const stack: { rung: Rung; kind?: Change['kind'] }[] = [{ rung: baseRung(settings) }];
  const weeks = new Map<number, Attempt>([[1, { rung: stack[0]!.rung, notes: [], done: 0 }]]);
  let week = 1;
  let lastChange = 1;
  let easyRun = 0;
  let efforts: Effortish[] = [];
  let lastDate: number | undefined;
  let steppedBack = false;

  const queriesOf = (rung: Rung) => new Set(builder.plans(rung).map(queryOf));
  /** Week `week` begins with the next change when the pace (or the log) allows it. */
  const begin = (cause: Cause, force: boolean) => {
    const previous = weeks.get(week - 1)!;
    const attempt: Attempt = { rung: previous.rung, notes: [], done: 0 };
    if (force || week - lastChange >= spacing) {
      const climb = nextStep(builder, previous.rung, harder);
      climb.notes.forEach((n) => notes.add(n));
      if (climb.step) {
        const { kind, rung, what, minutes } = climb.step;
        attempt.rung = rung;
        attempt.change = { kind, title: changeTitle(kind, rung), what, why: whyText(week, what, cause, beginner, minutes), ...(minutes && { minutes }) };
        stack.push({ rung, kind });
        lastChange = week;
      } else notes.add(LADDER_END);
    }
    weeks.set(week, attempt);
  };

  const start = settings.start ? dayOf(settings.start).getTime() : -Infinity;
  const sorted = log.filter((s) => Date.parse(s.date) >= start).sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  for (const session of sorted) {
    if (week > settings.weeks) break;
    const attempt = weeks.get(week)!;
    const effort = effortOf(session.effort);
    if (!effort || !queriesOf(attempt.rung).has(session.query)) continue;
    const time = Date.parse(session.date);
    const date = shortDate(new Date(time));
    // A week with no session in it: the week under way starts again.
    if (lastDate !== undefined && attempt.done > 0 && mondayTime(time) - mondayTime(lastDate) > WEEK_MS) {
      attempt.notes.push(repeatedMissed(week));
      attempt.done = 0;
      efforts = [];
    }
    lastDate = time;
    if (effort === 'hurt' || effort === 'too-hard') {
      const back = effort === 'hurt' && stack.length > 1 && !steppedBack;
      if (back) {
        const undone = stack.pop()!;
        attempt.rung = stack[stack.length - 1]!.rung;
        const what = backWhat(undone.kind!, attempt.rung);
        attempt.change = { kind: 'back', title: changeTitle('back', attempt.rung), what, why: whyText(week, what, { kind: 'hurt', date }, beginner), safety: true };
        steppedBack = true;
        lastChange = week;
      } else attempt.notes.push(effort === 'hurt' ? hurtNoStep(week, date) : repeatedHard(week, date));
      attempt.done = 0;
      easyRun = 0;
      efforts = [];
      continue;
    }
    attempt.done += 1;
    efforts.push(effort);
    easyRun = effort === 'too-easy' ? easyRun + 1 : 0;
    const early = easyRun >= 2;
    if (early && attempt.done < settings.days) attempt.notes.push(endedEarly(week));
    if (attempt.done >= settings.days || early) {
      week += 1;
      steppedBack = false;
      easyRun = 0;
      if (week <= settings.weeks) begin(early ? { kind: 'easy' } : { kind: 'logged', efforts }, early);
      efforts = [];
    }
  }
  const position: Position = { week: Math.min(week, settings.weeks), session: week > settings.weeks ? settings.days : weeks.get(week)!.done + 1, finished: week > settings.weeks };
  for (let w = week + 1; w <= settings.weeks; w++) {
    week = w;
    begin({ kind: 'planned' }, false);
  }
  return assemble(builder, settings, weeks, position, [...notes], now);
}

function mondayTime(time: number): number {
  const day = new Date(time);
  const monday = new Date(day.getFullYear(), day.getMonth(), day.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return monday.getTime();
}

function assemble(builder: SessionBuilder, settings: ProgramSettings, attempts: Map<number, Attempt>, position: Position, notes: string[], now?: Date): Program {
  const alternates = builder.seeds.length > 1;
  const dates = sessionDates(settings, position, now);
  const weeks: ProgramWeek[] = [...attempts.entries()].sort(([a], [b]) => a - b).map(([number, attempt]) => {
    const plans = builder.plans(attempt.rung);
    const status = position.finished || number < position.week ? 'done' : number === position.week ? 'current' : 'planned';
    const sessions = Array.from({ length: settings.days }, (_, i) => {
      const label = alternates && ((number - 1) * settings.days + i) % 2 === 1 ? 'B' : 'A';
      const plan = plans[label === 'B' ? 1 : 0]!;
      const date = dates?.[number - 1]?.[i];
      return {
        index: i + 1,
        label,
        query: queryOf(plan),
        minutes: Math.ceil(plan.totalSeconds / 60),
        ...(date && { date }),
        done: status === 'done' || (status === 'current' && i < attempt.done),
      } as const;
    });
    return { number, status, rung: attempt.rung, sessions, ...(attempt.change && { change: attempt.change }), notes: attempt.notes };
  });
  return { settings, weeks, position, notes, alternates };
}
