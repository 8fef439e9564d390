import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  ADDONS, CHOOSABLE, DEFAULT_INPUTS, FOCUSES, LEVELS, MAX_SEED, SESSION_MINUTES,
  createRandom, decodeRequest, encodeRequest, type RoutineRequest,
} from '../../../src/lib/routine';
import { MAX_SWAPS, changeRequest } from '../../../src/lib/routine/url';
import type { Swap } from '../../../src/lib/routine/types';
import { inputsArb } from './arbitraries';

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const requestArb: fc.Arbitrary<RoutineRequest> = fc.record({
  inputs: inputsArb,
  seed: fc.integer({ min: 0, max: MAX_SEED }),
  swaps: fc
    .uniqueArray(fc.tuple(slug, slug).filter(([a, b]) => a !== b), { selector: ([a]) => a, maxLength: MAX_SWAPS })
    .map((pairs) => pairs.map(([from, to]) => ({ from, to }))),
});

describe('the link codec (rule U1)', () => {
  test('decode(encode(x)) equals x, with nothing ignored', () => {
    fc.assert(fc.property(requestArb, (request) => {
      const decoded = decodeRequest(`?${encodeRequest(request)}`);
      expect(decoded.ignored).toEqual([]);
      expect({ inputs: decoded.inputs, seed: decoded.seed, swaps: decoded.swaps }).toEqual(request);
    }), { numRuns: 1000 });
  });

  test('the encoding is readable: commas stay commas', () => {
    const search = encodeRequest({ inputs: { ...DEFAULT_INPUTS, equipment: ['band', 'dumbbells'], addons: ['core', 'grip'] }, seed: 12, swaps: [{ from: 'band-row', to: 'face-pull' }] });
    expect(search).toBe('level=beginner&equipment=band,dumbbells&minutes=20&focus=balanced&addons=core,grip&seed=12&swap=band-row.face-pull');
  });

  test('decoding random strings never throws and always gives valid inputs', () => {
    const valid = (d: ReturnType<typeof decodeRequest>) => {
      expect(LEVELS).toContain(d.inputs.level);
      expect(SESSION_MINUTES).toContain(d.inputs.minutes);
      expect(FOCUSES).toContain(d.inputs.focus);
      for (const e of d.inputs.equipment) expect(CHOOSABLE).toContain(e);
      for (const a of d.inputs.addons) expect(ADDONS).toContain(a);
      if (d.seed !== undefined) expect(Number.isInteger(d.seed) && d.seed >= 0 && d.seed <= MAX_SEED).toBe(true);
    };
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => valid(decodeRequest(s))), { numRuns: 1000 });
    // Strings that look like links, with damaged parts.
    const part = fc.oneof(fc.constantFrom('level', 'equipment', 'minutes', 'focus', 'addons', 'seed', 'swap', 'x', ''), fc.string());
    const link = fc.array(fc.tuple(part, fc.oneof(fc.string(), fc.constantFrom('%', '%E0%A4%A', 'band,,dumbbells', '-1', '1e3', 'a.b,b.c'))), { maxLength: 8 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(fc.property(link, (s) => valid(decodeRequest(s))), { numRuns: 1000 });
  });

  test('a damaged link keeps what is good, uses defaults for the rest, and says what it ignored', () => {
    const d = decodeRequest('?level=expert&equipment=band,rocket,wall&minutes=25&focus=strength&addons=grip,yoga&seed=-4&swap=band-row.face-pull,Bad!,band-row.wall-angel&utm=x&level=advanced');
    expect(d.inputs).toEqual({ level: 'beginner', equipment: ['band'], minutes: 20, focus: 'strength', addons: ['grip'] });
    expect(d.seed).toBeUndefined();
    expect(d.swaps).toEqual([{ from: 'band-row', to: 'face-pull' }]);
    expect(d.ignored).toHaveLength(10);
    expect(d.ignored.join(' | ')).toMatch(/level “expert”.*rocket.*wall.*minutes “25”.*yoga.*seed “-4”.*Bad!.*band-row\.wall-angel.*“utm”.*second “level”/);
  });

  test('no parameters: the defaults, no seed, nothing ignored; an empty equipment list means none', () => {
    expect(decodeRequest('')).toEqual({ inputs: DEFAULT_INPUTS, seed: undefined, swaps: [], ignored: [] });
    expect(decodeRequest('equipment=').inputs.equipment).toEqual([]);
  });
});

test('the seeded generator gives the same numbers everywhere (mulberry32 reference values)', () => {
  const random = createRandom(1);
  const first = [random(), random(), random()].map((n) => Math.floor(n * 2 ** 32));
  // The reference mulberry32 (Tommy Ettinger's, as widely published) seeded with 1 gives these.
  expect(first).toEqual([2693262067, 11749833, 2265367787]);
  const values = Array.from({ length: 1000 }, createRandom(99));
  expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
});

// The coach's links: one change through the one codec, everything else kept.
const coachRequestArb = fc.record({
  inputs: inputsArb,
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  swaps: fc.constantFrom<Swap[]>([], [{ from: 'band-row', to: 'face-pull' }], [{ from: 'a', to: 'b' }, { from: 'c', to: 'd' }]),
});

test('changeRequest makes one change and keeps everything else', () => {
  fc.assert(fc.property(coachRequestArb, fc.constantFrom('beginner', 'intermediate', 'advanced' as const), (request, level) => {
    const query = encodeRequest(request);
    const leveled = decodeRequest(changeRequest(query, { level }));
    expect(leveled).toMatchObject({ inputs: { ...request.inputs, level }, seed: request.seed, swaps: request.swaps, ignored: [] });
    const swapped = decodeRequest(changeRequest(query, { swap: { from: 'x-move', to: 'y-move' } }));
    expect(swapped).toMatchObject({ inputs: request.inputs, seed: request.seed, swaps: [...request.swaps, { from: 'x-move', to: 'y-move' }], ignored: [] });
  }));
});

test('changeRequest swaps a swapped slot by its own name, and a damaged link comes back repaired', () => {
  expect(changeRequest('level=beginner&seed=4&swap=band-row.face-pull', { swap: { from: 'face-pull', to: 'doorway-row' } }))
    .toBe('level=beginner&equipment=band&minutes=20&focus=balanced&seed=4&swap=band-row.doorway-row');
  expect(changeRequest('level=expert&minutes=999', { level: 'advanced' })).toBe('level=advanced&equipment=band&minutes=20&focus=balanced&seed=1');
});
