import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildPlan } from '../../../src/lib/routine';
import {
  initialState, reduce, remainingMs, remainingSeconds, restore, snapshot, storageKey, sessionRecord, summary, toProgram,
  type Action, type PlayerState, type Step,
} from '../../../src/lib/player';
import { FIXTURE } from '../routine/fixture';
import { inputsArb } from '../routine/arbitraries';

const programArb = fc.tuple(inputsArb, fc.integer({ min: 0, max: 1000 })).map(([inputs, seed]) =>
  toProgram(buildPlan(FIXTURE, { inputs, seed, swaps: [] })));

const T0 = 1_700_000_000_000;
const run = (steps: readonly Step[], actions: Action[], from = initialState()) => actions.reduce((s, a) => reduce(s, a, steps), from);

type Move = { type: 'next' | 'back' | 'done' | 'pause' | 'resume' | 'tick' | 'start' } | { type: 'adjust'; seconds: number };
const actionArb: fc.Arbitrary<[Move, number]> = fc.tuple(
  fc.oneof(
    fc.constantFrom<Move>({ type: 'next' }, { type: 'back' }, { type: 'done' }, { type: 'pause' }, { type: 'resume' }, { type: 'tick' }, { type: 'start' }),
    fc.constantFrom(-15, 15).map((seconds): Move => ({ type: 'adjust', seconds })),
  ),
  fc.integer({ min: 0, max: 120_000 }),
);

describe('the player state', () => {
  test('Next alone visits every step once, in order, then ends', () => {
    fc.assert(fc.property(programArb, ({ steps }) => {
      let state = run(steps, [{ type: 'start', now: T0 }]);
      const seen = [state.index];
      for (let i = 1; i < steps.length; i++) {
        state = reduce(state, { type: 'next', now: T0 + i }, steps);
        seen.push(state.index);
      }
      expect(seen).toEqual(steps.map((_, i) => i));
      expect(reduce(state, { type: 'next', now: T0 + 1e6 }, steps).status).toBe('done');
    }), { numRuns: 60 });
  });

  test('whatever the actions, Back and Next move exactly one step, and the clock only moves forward through timed steps whose time is up', () => {
    fc.assert(fc.property(programArb, fc.array(actionArb, { maxLength: 60 }), ({ steps }, actions) => {
      let state = initialState();
      let now = T0;
      for (const [move, wait] of actions) {
        now += wait;
        const before = state;
        const after = reduce(before, { ...move, now } as Action, steps);
        if (before.status === 'done') {
          expect(after.index).toBe(before.index);
        } else if (move.type === 'back') {
          expect(after.index).toBe(Math.max(0, before.index - 1));
        } else if (move.type === 'next' || move.type === 'done' || move.type === 'tick' || move.type === 'pause' || move.type === 'adjust') {
          // The step asked for (Next, or Done on a rep set) comes next; beyond it only the clock moves on,
          // through steps that are timed and finished.
          const asked = move.type === 'next' || (move.type === 'done' && before.status === 'running' && !steps[before.index]!.timed) ? 1 : 0;
          const landed = after.status === 'done' ? steps.length : after.index;
          expect(landed).toBeGreaterThanOrEqual(before.index + (after.status === 'done' ? 0 : asked));
          for (let i = before.index + asked; i < landed; i++) {
            expect(steps[i]!.timed, `step ${i} passed on the clock`).toBe(true);
            expect(after.finished).toContain(i);
          }
          if (before.status !== 'running' && move.type !== 'next') expect(after.index).toBe(before.index);
        }
        if (after.status === 'running') expect(remainingMs(after, steps, now)).toBeGreaterThan(0);
        expect(after.index).toBeGreaterThanOrEqual(0);
        expect(after.index).toBeLessThan(steps.length);
        state = after;
      }
    }), { numRuns: 150 });
  });

  test('pause freezes the timer; resume picks it up where it stopped', () => {
    fc.assert(fc.property(programArb, fc.integer({ min: 0, max: 4_000 }), fc.integer({ min: 1, max: 10_000_000 }), ({ steps }, ran, away) => {
      let state = run(steps, [{ type: 'start', now: T0 }, { type: 'tick', now: T0 + ran }, { type: 'pause', now: T0 + ran }]);
      const left = remainingSeconds(state, steps, T0 + ran);
      expect(remainingSeconds(state, steps, T0 + ran + away)).toBe(left);
      state = reduce(state, { type: 'tick', now: T0 + ran + away }, steps);
      expect(state.status).toBe('paused');
      expect(remainingSeconds(state, steps, T0 + ran + away)).toBe(left);
      state = reduce(state, { type: 'resume', now: T0 + ran + away }, steps);
      if (Number.isFinite(left)) expect(remainingMs(state, steps, T0 + ran + away + 500)).toBe(remainingMs(run(steps, [{ type: 'start', now: T0 }]), steps, T0 + ran + 500));
    }), { numRuns: 80 });
  });

  test('a late tick (a throttled tab) lands where ticking every second would, and the elapsed time is right', () => {
    fc.assert(fc.property(programArb, fc.integer({ min: 1, max: 600 }), ({ steps }, seconds) => {
      const start = run(steps, [{ type: 'start', now: T0 }]);
      let often = start;
      for (let s = 1; s <= seconds; s++) often = reduce(often, { type: 'tick', now: T0 + s * 1000 }, steps);
      const once = reduce(start, { type: 'tick', now: T0 + seconds * 1000 }, steps);
      expect(once).toEqual(often);
      expect(once.totalMs).toBe(seconds * 1000);
    }), { numRuns: 60 });
  });

  test('the whole plan on the clock, with Done on each rep set, takes the planned time and finishes every move', () => {
    fc.assert(fc.property(programArb, (program) => {
      const { steps } = program;
      let state = run(steps, [{ type: 'start', now: T0 }]);
      let now = T0;
      while (state.status !== 'done') {
        const step = steps[state.index]!;
        now += step.seconds * 1000;
        state = reduce(state, { type: step.timed ? 'tick' : 'done', now }, steps);
      }
      expect(state.totalMs).toBe(program.totalSeconds * 1000);
      const result = summary(program, state);
      expect(result.skipped).toBe(0);
      expect(result.moves.every((m) => m.setsDone === m.setsPlanned)).toBe(true);
    }), { numRuns: 60 });
  });

  test('−15 s and +15 s change only a rest; Skip (Next) ends it; moves skipped with Next count as skipped', () => {
    const program = toProgram(buildPlan(FIXTURE, { inputs: { level: 'advanced', equipment: ['band', 'dumbbells'], minutes: 45, focus: 'balanced', addons: [] }, seed: 1, swaps: [] }));
    const { steps } = program;
    const rest = steps.findIndex((s) => s.kind === 'rest' && !s.letGo);
    let state: PlayerState = { ...run(steps, [{ type: 'start', now: T0 }]), index: rest };
    expect(remainingSeconds(state, steps, T0)).toBe(steps[rest]!.seconds);
    state = reduce(state, { type: 'adjust', seconds: 15, now: T0 }, steps);
    expect(remainingSeconds(state, steps, T0)).toBe(steps[rest]!.seconds + 15);
    state = reduce(state, { type: 'adjust', seconds: -15, now: T0 }, steps);
    state = reduce(state, { type: 'adjust', seconds: -15, now: T0 }, steps);
    expect(remainingSeconds(state, steps, T0)).toBe(steps[rest]!.seconds - 15);
    for (let i = 0; i < 5; i++) state = reduce(state, { type: 'adjust', seconds: -15, now: T0 }, steps);
    expect(state.index).toBe(rest + 1);
    const work = steps.findIndex((s) => s.kind === 'work');
    const atWork: PlayerState = { ...state, index: work, extra: 0, stepMs: 0 };
    expect(reduce(atWork, { type: 'adjust', seconds: 15, now: T0 }, steps)).toEqual(atWork);
    // End right away: nothing finished, every move skipped.
    const ended = reduce(run(steps, [{ type: 'start', now: T0 }]), { type: 'end', now: T0 + 5000 }, steps);
    expect(ended.status).toBe('done');
    expect(summary(program, ended)).toMatchObject({ seconds: 5, done: 0, skipped: program.moves.length });
    const record = sessionRecord(program, ended, { query: 'seed=1', level: 'advanced', effort: 'too-easy', date: new Date(T0) });
    expect(record).toMatchObject({ query: 'seed=1', level: 'advanced', effort: 'too-easy', minutes: 1, source: 'player', date: new Date(T0).toISOString() });
    expect(record.moves.map((m) => m.id)).toEqual(program.moves.map((m) => m.id));
  });
});

describe('the saved state', () => {
  test('a snapshot reads back paused at the same step and time', () => {
    fc.assert(fc.property(programArb, fc.array(actionArb, { maxLength: 20 }), ({ steps }, actions) => {
      let now = T0;
      const state = actions.reduce((s, [move, wait]) => reduce(s, { ...move, now: (now += wait) } as Action, steps), run(steps, [{ type: 'start', now: T0 }]));
      const saved = snapshot(state, now);
      const back = restore(JSON.stringify(saved), steps.length)!;
      expect(back).toEqual(saved);
      expect(back.status).toBe(state.status === 'running' ? 'paused' : state.status);
      expect(back.index).toBe(state.index);
      expect(remainingSeconds(back, steps, now + 99_999)).toBe(remainingSeconds(state, steps, now));
    }), { numRuns: 80 });
  });

  test('anything damaged or from another plan is ignored', () => {
    const good = JSON.stringify(snapshot({ ...initialState(), status: 'running', index: 3, since: T0 }, T0 + 2000));
    expect(restore(good, 10)?.index).toBe(3);
    for (const bad of [null, '', '{', 'null', '[]', '"x"', good.replace('"index":3', '"index":12'), good.replace('"index":3', '"index":-1'),
      good.replace('"status":"paused"', '"status":"flying"'), good.replace('"finished":[]', '"finished":[99]'), good.replace('"stepMs":2000', '"stepMs":"2000"')]) {
      expect(restore(bad, 10), String(bad)).toBeUndefined();
    }
    fc.assert(fc.property(fc.json(), (text) => {
      const value = restore(text, 5);
      if (value) expect(value.index).toBeLessThan(5);
    }));
    expect(storageKey('level=beginner&seed=1')).toBe('upright-player:level=beginner&seed=1');
  });
});
