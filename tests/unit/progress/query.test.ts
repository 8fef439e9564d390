import { expect, test } from 'vitest';
import fc from 'fast-check';
import { changeQuery, readQuery } from '../../../src/lib/progress/query';
import { decodeRequest, encodeRequest } from '../../../src/lib/routine/url';
import type { Swap } from '../../../src/lib/routine/types';
import { inputsArb } from '../routine/arbitraries';

// The progress code reads the builder's query without importing url.ts (see query.ts); these
// check it against the builder's own decoder on the builder's own links.
const requestArb = fc.record({
  inputs: inputsArb,
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  swaps: fc.constantFrom<Swap[]>([], [{ from: 'band-row', to: 'face-pull' }], [{ from: 'a', to: 'b' }, { from: 'c', to: 'd' }]),
});

test('readQuery reads what the builder decodes', () => {
  fc.assert(fc.property(requestArb, (request) => {
    const query = encodeRequest(request);
    const read = readQuery(query);
    const decoded = decodeRequest(query);
    expect(read.level).toBe(decoded.inputs.level);
    expect(read.equipment).toEqual(decoded.inputs.equipment);
    expect(read.minutes).toBe(decoded.inputs.minutes);
    expect(read.swaps).toEqual(decoded.swaps);
  }));
});

test('changeQuery makes one change the builder reads, and keeps everything else', () => {
  fc.assert(fc.property(requestArb, fc.constantFrom('beginner', 'intermediate', 'advanced' as const), (request, level) => {
    const query = encodeRequest(request);
    const leveled = decodeRequest(changeQuery(query, { level }));
    expect(leveled).toMatchObject({ inputs: { ...request.inputs, level }, seed: request.seed, swaps: request.swaps, ignored: [] });
    const swapped = decodeRequest(changeQuery(query, { swap: { from: 'x-move', to: 'y-move' } }));
    expect(swapped).toMatchObject({ inputs: request.inputs, seed: request.seed, swaps: [...request.swaps, { from: 'x-move', to: 'y-move' }], ignored: [] });
  }));
});

test('readQuery falls back like the builder: a band when equipment is missing, beginner for a bad level', () => {
  expect(readQuery('level=expert&seed=1')).toEqual({ level: 'beginner', equipment: ['band'], minutes: undefined, swaps: [] });
  expect(readQuery('equipment=&minutes=30&swap=a.b,broken')).toMatchObject({ equipment: [], minutes: 30, swaps: [{ from: 'a', to: 'b' }] });
});
