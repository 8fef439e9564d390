/**
 * Rule K4 as properties over any settings (and any answers in the log): every session of every
 * week keeps every rule in the independent checker and its link rebuilds it exactly; one change a
 * week at most (beginners every two weeks); never more than 3 sets; never a move the equipment
 * rules out; the work never goes down without a logged reason.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { EQUIPMENT } from '../../../src/lib/content/vocabulary';
import { buildPlan, check, decodeRequest, encodeRequest, type Plan } from '../../../src/lib/routine';
import { buildProgram, type LoggedSession, type Program, type ProgramSettings } from '../../../src/lib/program';
import { settingsArb } from './arbitraries';
import { HARDER, REAL } from './support';

const ASSUMED = EQUIPMENT.filter((item) => item.assumed).map((item) => item.id as string);

function planOf(query: string): Plan {
  const decoded = decodeRequest(query);
  expect(decoded.ignored).toEqual([]);
  return buildPlan(REAL, { inputs: decoded.inputs, seed: decoded.seed!, swaps: decoded.swaps });
}

function expectLawful(program: Program) {
  const has = new Set([...ASSUMED, ...program.settings.inputs.equipment]);
  for (const week of program.weeks) {
    for (const session of week.sessions) {
      const plan = planOf(session.query);
      expect(encodeRequest(plan), 'the link rebuilds exactly this session').toBe(session.query);
      expect(plan.ignoredSwaps).toEqual([]);
      expect(check(plan, REAL), `week ${week.number} ${session.query}`).toEqual([]);
      for (const move of plan.phases[1]!.moves) {
        expect(move.dose.sets).toBeLessThanOrEqual(3);
        expect(move.dose.sets).toBe(week.rung.sets);
        const options = REAL.find((m) => m.id === move.id)!.equipment;
        expect(options.some((option) => option.every((item) => has.has(item))), `${move.id} with ${[...has]}`).toBe(true);
      }
    }
  }
}

/** The changes between two weeks' rungs, counted field by field. */
function changes(a: Program['weeks'][number]['rung'], b: Program['weeks'][number]['rung']): number {
  return Number(a.sets !== b.sets) + Number(a.moreReps !== b.moreReps) + Number(a.heavier !== b.heavier) + Number(a.harder.length !== b.harder.length);
}

/** The work of a week: sets, reps at the top, heavier, harder variations, and strength moves per session, each never less. */
function workNeverDown(before: Program['weeks'][number], after: Program['weeks'][number]) {
  expect(after.rung.sets).toBeGreaterThanOrEqual(before.rung.sets);
  expect(Number(after.rung.moreReps)).toBeGreaterThanOrEqual(Number(before.rung.moreReps));
  expect(Number(after.rung.heavier)).toBeGreaterThanOrEqual(Number(before.rung.heavier));
  expect(after.rung.harder.length).toBeGreaterThanOrEqual(before.rung.harder.length);
  const moves = (week: Program['weeks'][number]) => Object.fromEntries(week.sessions.map((s) => [s.label, planOf(s.query).phases[1]!.moves.length]));
  const [a, b] = [moves(before), moves(after)];
  for (const label of Object.keys(a).filter((l) => l in b)) expect(b[label], `session ${label} of week ${after.number}`).toBeGreaterThanOrEqual(a[label]!);
}

function expectPaced(program: Program) {
  const spacing = program.settings.inputs.level === 'beginner' ? 2 : 1;
  let last = 1;
  for (const [i, week] of program.weeks.entries()) {
    if (i === 0) {
      expect(week.change).toBeUndefined();
      continue;
    }
    const previous = program.weeks[i - 1]!;
    const n = changes(previous.rung, week.rung);
    expect(n, `week ${week.number}`).toBeLessThanOrEqual(1);
    expect(n === 1 || week.change?.kind === 'back').toBe(!!week.change);
    if (week.change) {
      expect(week.change.why).toMatch(new RegExp(`^Week ${week.number}: `));
      if (week.change.kind !== 'back' && !/brought forward/.test(week.change.why)) expect(week.number - last).toBeGreaterThanOrEqual(spacing);
      last = week.number;
    }
    if (week.change?.kind === 'back') expect(week.change.safety).toBe(true);
    else workNeverDown(previous, week);
  }
}

describe('a program keeps every rule (K4)', () => {
  test('without a log, any settings: every session lawful, one change at a time, work never down (150 cases)', () => {
    fc.assert(fc.property(settingsArb, (settings) => {
      const program = buildProgram(REAL, HARDER, settings);
      expect(program.weeks.map((w) => w.number)).toEqual(Array.from({ length: settings.weeks }, (_, i) => i + 1));
      expectLawful(program);
      expectPaced(program);
    }), { numRuns: 150 });
  }, 120_000);

  test('with any answers in the log: still lawful, one change a week, work down only after a logged pain (60 cases)', () => {
    const effort = fc.constantFrom('too-easy', 'about-right', 'too-hard', 'it-hurt');
    fc.assert(fc.property(settingsArb, fc.array(fc.tuple(effort, fc.integer({ min: 1, max: 12 })), { maxLength: 14 }), (settings, answers) => {
      const log: LoggedSession[] = [];
      let day = Date.parse(`${settings.start}T08:00:00Z`);
      for (const [answer, gap] of answers) {
        const program = buildProgram(REAL, HARDER, settings, log);
        if (program.position.finished) break;
        const week = program.weeks[program.position.week - 1]!;
        log.push({ date: new Date(day).toISOString(), query: week.sessions[program.position.session - 1]!.query, effort: answer });
        day += gap * 24 * 3600 * 1000;
      }
      const program = buildProgram(REAL, HARDER, settings, log);
      expectLawful(program);
      expectPaced(program);
    }), { numRuns: 60 });
  }, 240_000);
});

const BEGINNER: ProgramSettings = { inputs: { level: 'beginner', equipment: ['band'], minutes: 20, focus: 'balanced', addons: [] }, days: 2, weeks: 6, start: '2026-12-07', seed: 1 };
const INTERMEDIATE: ProgramSettings = { ...BEGINNER, inputs: { ...BEGINNER.inputs, level: 'intermediate' } };

/** Logs the program's next session on `date` with `effort`. */
function logNext(settings: ProgramSettings, log: LoggedSession[], date: string, effort: string): Program {
  const program = buildProgram(REAL, HARDER, settings, log);
  const week = program.weeks[program.position.week - 1]!;
  log.push({ date: `${date}T18:00:00.000Z`, query: week.sessions[program.position.session - 1]!.query, effort });
  return buildProgram(REAL, HARDER, settings, log);
}

describe('the log drives the program', () => {
  test('the plain pace: beginners change every two weeks, in the ladder\'s order, each change with its reason', () => {
    const program = buildProgram(REAL, HARDER, BEGINNER);
    expect(program.weeks.map((w) => w.change?.kind ?? '-')).toEqual(['-', '-', 'reps', '-', 'set', '-']);
    expect(program.weeks[4]!.change!.why).toMatch(/^Week 5: a second set of each strength move, once week 4’s sessions feel about right/);
    expect(program.alternates).toBe(true);
    expect(program.weeks[0]!.sessions.map((s) => s.label)).toEqual(['A', 'B']);
    expect(program.weeks[0]!.sessions.map((s) => s.date)).toEqual(['2026-12-07', '2026-12-10']);
    const others = buildProgram(REAL, HARDER, { ...INTERMEDIATE, weeks: 5 });
    expect(others.weeks.map((w) => w.change?.kind ?? '-')).toEqual(['-', 'reps', 'set', 'heavier', 'harder']);
  });

  test('a session grows (and says so) rather than drop a move for a new set', () => {
    const week = buildProgram(REAL, HARDER, BEGINNER).weeks[4]!;
    expect(week.change!.minutes).toBe(30);
    expect(week.change!.why).toContain('Each session now takes about 30 minutes, so no move is dropped to fit.');
    expect(week.sessions[0]!.query).toContain('minutes=30');
  });

  test('logged sessions advance it; the log\'s words are the reason', () => {
    const log: LoggedSession[] = [];
    logNext(INTERMEDIATE, log, '2026-12-07', 'about-right');
    const program = logNext(INTERMEDIATE, log, '2026-12-10', 'about-right');
    expect(program.position).toEqual({ week: 2, session: 1, finished: false });
    expect(program.weeks[0]!.status).toBe('done');
    expect(program.weeks[1]!.status).toBe('current');
    expect(program.weeks[1]!.change!.why).toMatch(/^Week 2: more repetitions.*, because week 1’s sessions were logged as about right\./);
  });

  test('a session from another plan does not count', () => {
    const program = buildProgram(REAL, HARDER, BEGINNER, [{ date: '2026-12-08T10:00:00Z', query: 'level=beginner&equipment=band&minutes=20&focus=balanced&seed=99', effort: 'about-right' }]);
    expect(program.position).toEqual({ week: 1, session: 1, finished: false });
  });

  test('a missed week is repeated, never skipped', () => {
    const log: LoggedSession[] = [];
    logNext(INTERMEDIATE, log, '2026-12-07', 'about-right');
    const program = logNext(INTERMEDIATE, log, '2026-12-22', 'about-right');
    expect(program.position).toEqual({ week: 1, session: 2, finished: false });
    expect(program.weeks[0]!.notes.join(' ')).toContain('a missed week is repeated, never skipped');
    // The weeks still to do start today, not in the past.
    const later = buildProgram(REAL, HARDER, INTERMEDIATE, log, new Date(2026, 11, 23));
    expect(later.weeks[0]!.sessions[0]!.date).toBe('2026-12-23');
  });

  test('"too easy" twice brings the next change forward', () => {
    const log: LoggedSession[] = [];
    logNext(BEGINNER, log, '2026-12-07', 'too-easy');
    const program = logNext(BEGINNER, log, '2026-12-10', 'too-easy');
    expect(program.position.week).toBe(2);
    expect(program.weeks[1]!.change!.kind).toBe('reps');
    expect(program.weeks[1]!.change!.why).toContain('brought forward because two sessions in a row were logged as too easy');
  });

  test('"too hard" repeats the week', () => {
    const log: LoggedSession[] = [];
    logNext(BEGINNER, log, '2026-12-07', 'about-right');
    const program = logNext(BEGINNER, log, '2026-12-10', 'too-hard');
    expect(program.position).toEqual({ week: 1, session: 1, finished: false });
    expect(program.weeks[0]!.notes).toContain('Week 1 is repeated, because the session on 10 Dec felt too hard.');
  });

  test('"it hurt" steps back one change and points to the safety guide', () => {
    const log: LoggedSession[] = [];
    logNext(INTERMEDIATE, log, '2026-12-07', 'about-right');
    logNext(INTERMEDIATE, log, '2026-12-10', 'about-right');
    const program = logNext(INTERMEDIATE, log, '2026-12-14', 'it-hurt');
    const week = program.weeks[1]!;
    expect(week.change).toMatchObject({ kind: 'back', safety: true });
    expect(week.change!.why).toBe('Week 2: one step back: the starting repetitions of each move again, because the session on 14 Dec hurt. Pain means stop: read the safety guide before you go on.');
    expect(week.rung).toEqual(program.weeks[0]!.rung);
    expect(program.position).toEqual({ week: 2, session: 1, finished: false });
  });
});
