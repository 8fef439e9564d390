import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { NEXT_STEPS, nextStep, type CoachMove } from '../../../src/lib/progress/coach';
import { PAIN_RULE_HREF } from '../../../src/lib/content/pain-rule';
import { decodeRequest } from '../../../src/lib/routine/url';
import type { StoredSession } from '../../../src/lib/progress/record';
import { stored } from './fixture';

const move = (title: string, overrides: Partial<CoachMove> = {}): CoachMove => ({
  title, level: 'beginner', role: 'upper-back', equipment: [['band']], easier: [], harder: [], ...overrides,
});
const MOVES: Record<string, CoachMove> = {
  'band-row': move('Band row', { easier: ['scapular-squeeze'], harder: ['barbell-row', 'seated-row', 'dumbbell-row'] }),
  'band-pull-apart': move('Band pull-apart'),
  'scapular-squeeze': move('Scapular squeeze', { equipment: [[]] }),
  'dumbbell-row': move('One-arm dumbbell row', { level: 'intermediate', equipment: [['dumbbells', 'bench'], ['dumbbells', 'chair']] }),
  'barbell-row': move('Barbell row', { level: 'advanced', equipment: [['barbell']] }), // needs a barbell
  'seated-row': move('Seated stretch', { role: 'cooldown' }), // another role: never a swap for a row
  'prone-y-raise': move('Prone Y raise', { equipment: [['floor']] }),
  'superman': move('Superman', { level: 'advanced', equipment: [['floor']] }),
};

const strength = (ids: string[], sets: number) => ids.map((id) => ({ id, phase: 'strength' as const, setsPlanned: sets, setsDone: sets, skipped: false }));
const LEVEL_SETS = { beginner: 1, intermediate: 2, advanced: 3 } as const;

/** Sessions newest first, a day apart, on one plan. */
function log(efforts: StoredSession['effort'][], level: keyof typeof LEVEL_SETS = 'beginner', equipment = 'band,dumbbells', ids = ['band-row', 'band-pull-apart']) {
  const query = `level=${level}&equipment=${equipment}&minutes=20&focus=balanced&seed=7`;
  return efforts.map((effort, i) => stored(`s${i}`, {
    date: new Date(Date.UTC(2026, 10, 30 - i, 9)).toISOString(), effort, level, query, moves: strength(ids, LEVEL_SETS[level]),
  }));
}
const swapsOf = (query?: string) => decodeRequest(query ?? '').swaps;

describe('nextStep', () => {
  test('no sessions yet: keep, and open the builder', () => {
    const step = nextStep([], MOVES);
    expect(step).toMatchObject({ id: 'keep', text: expect.stringContaining('Log your first session') });
    expect(step.query).toBeUndefined();
  });

  test('about right: keep the same plan', () => {
    const step = nextStep(log(['about-right', 'too-easy']), MOVES);
    expect(step).toMatchObject({ id: 'keep', query: log(['about-right'])[0]!.query });
    expect(step.text).toBe('Your last session felt about right: keep this plan until two sessions in a row feel too easy.');
  });

  test('one session too easy is not yet a step', () => {
    expect(nextStep(log(['too-easy', 'about-right']), MOVES)).toMatchObject({ id: 'keep', text: expect.stringContaining('if the next one feels too easy') });
  });

  test('two too easy at one set: add a second set, through the next level', () => {
    const step = nextStep(log(['too-easy', 'too-easy']), MOVES);
    expect(step.id).toBe('add-set');
    expect(step.text).toBe('Your last two sessions felt too easy at one set: add a second set.');
    expect(decodeRequest(step.query!)).toMatchObject({ inputs: { level: 'intermediate', equipment: ['band', 'dumbbells'] }, seed: 7, swaps: [] });
  });

  test('two too easy at two sets: add a third', () => {
    const step = nextStep(log(['too-easy', 'too-easy'], 'intermediate'), MOVES);
    expect(step).toMatchObject({ id: 'add-set', text: 'Your last two sessions felt too easy at two sets: add a third set.' });
    expect(decodeRequest(step.query!).inputs.level).toBe('advanced');
  });

  test('too easy on two different plans is no run', () => {
    const [newer] = log(['too-easy'], 'beginner', 'band');
    const [older] = log(['too-easy', 'too-easy']).slice(1);
    expect(nextStep([newer!, older!], MOVES).id).toBe('keep');
  });

  test('at three sets: slightly heavier first, on the same plan', () => {
    const sessions = log(['too-easy', 'too-easy', 'too-easy'], 'advanced');
    expect(nextStep(sessions, MOVES)).toMatchObject({
      id: 'heavier', query: sessions[0]!.query,
      text: 'Your last three sessions felt too easy at three sets: choose a slightly heavier weight or a stronger band, and keep the same plan.',
    });
  });

  test('still too easy after going heavier: a harder variation the person can do, swapped in', () => {
    const step = nextStep(log(['too-easy', 'too-easy', 'too-easy', 'too-easy'], 'advanced'), MOVES);
    expect(step.id).toBe('harder');
    // Not the barbell row (no barbell) nor the seated stretch (another role).
    expect(swapsOf(step.query)).toEqual([{ from: 'band-row', to: 'dumbbell-row' }]);
    expect(step.text).toBe('Your last four sessions felt too easy at three sets, even after going heavier: swap Band row for the harder One-arm dumbbell row.');
  });

  test('nothing to make heavier (no band or weights): straight to a harder variation', () => {
    const step = nextStep(log(['too-easy', 'too-easy'], 'advanced', '', ['prone-y-raise']), { ...MOVES, 'prone-y-raise': move('Prone Y raise', { equipment: [['floor']], harder: ['superman'] }) });
    expect(step).toMatchObject({ id: 'harder', text: 'Your last two sessions felt too easy at three sets: swap Prone Y raise for the harder Superman.' });
    expect(swapsOf(step.query)).toEqual([{ from: 'prone-y-raise', to: 'superman' }]);
  });

  test('no harder variation fits: heavier again, or keep when nothing can be heavier', () => {
    expect(nextStep(log(['too-easy', 'too-easy', 'too-easy', 'too-easy'], 'advanced', 'band', ['band-pull-apart']), MOVES).id).toBe('heavier');
    expect(nextStep(log(['too-easy', 'too-easy'], 'advanced', '', ['prone-y-raise']), MOVES)).toMatchObject({ id: 'keep', text: expect.stringContaining('none of your moves has a harder variation') });
  });

  test('too hard: an easier variation from the move’s own easier links', () => {
    const step = nextStep(log(['too-hard', 'too-easy', 'too-easy']), MOVES);
    expect(step).toMatchObject({ id: 'ease', text: 'Your last session felt too hard: swap Band row for the easier Scapular squeeze, and keep everything else the same.' });
    expect(swapsOf(step.query)).toEqual([{ from: 'band-row', to: 'scapular-squeeze' }]);
  });

  test('too hard with no easier variation: one set fewer, through the level below', () => {
    const step = nextStep(log(['too-hard'], 'intermediate', 'band', ['band-pull-apart']), MOVES);
    expect(step).toMatchObject({ id: 'ease', text: 'Your last session felt too hard at two sets: go back to one set of each strength move.' });
    expect(decodeRequest(step.query!).inputs.level).toBe('beginner');
  });

  test('too hard at one set with no easier variation: a lighter load on the same plan', () => {
    const sessions = log(['too-hard'], 'beginner', 'band', ['band-pull-apart']);
    expect(nextStep(sessions, MOVES)).toMatchObject({ id: 'ease', query: sessions[0]!.query, text: expect.stringContaining('lighter band or weight') });
  });

  test('appends the swap to the plan’s own swaps, in the order logged', () => {
    const sessions = log(['too-hard']).map((s) => ({ ...s, query: `${s.query}&swap=band-pull-apart.prone-y-raise` }));
    expect(swapsOf(nextStep(sessions, MOVES).query)).toEqual([{ from: 'band-pull-apart', to: 'prone-y-raise' }, { from: 'band-row', to: 'scapular-squeeze' }]);
  });

  test('it hurt: step back, never a step forward, and link the pain rule on the safety guide', () => {
    const step = nextStep(log(['hurt', 'too-easy', 'too-easy', 'too-easy', 'too-easy']), MOVES);
    expect(step).toMatchObject({ id: 'step-back', href: PAIN_RULE_HREF, link: 'Read the pain rule and the warning signs' });
    expect(step.href).toBe('/guides/safety/#the-pain-rule');
    expect(step.query).toBeUndefined();
    expect(step.text).toMatch(/^Your last session hurt\. Do not make anything harder/);
    expect(step.text).toMatch(/doctor or physical therapist/);
  });

  test('after any history, a session that hurt never earns add-set, heavier or harder', () => {
    const effort = fc.constantFrom('too-easy', 'about-right', 'too-hard', 'hurt') as fc.Arbitrary<StoredSession['effort']>;
    fc.assert(fc.property(fc.array(effort, { maxLength: 8 }), fc.constantFrom('beginner', 'intermediate', 'advanced'), (earlier, level) => {
      const step = nextStep(log(['hurt', ...earlier], level as keyof typeof LEVEL_SETS), MOVES);
      expect(step.id).toBe('step-back');
      expect(['add-set', 'heavier', 'harder']).not.toContain(step.id);
    }));
    expect(NEXT_STEPS).toContain('step-back');
  });

  test('a session that hurt breaks a run of too-easy sessions: two easy ones after it are needed again', () => {
    expect(nextStep(log(['too-easy', 'hurt', 'too-easy', 'too-easy']), MOVES).id).toBe('keep');
  });
});
