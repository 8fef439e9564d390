/** Random program settings within the link's limits. */
import fc from 'fast-check';
import { DAYS_BY_LEVEL, WEEKS, type ProgramSettings } from '../../../src/lib/program';
import { inputsArb } from '../routine/arbitraries';

const dayArb = fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
export const settingsArb: fc.Arbitrary<ProgramSettings> = inputsArb.chain((inputs) => fc.record({
  inputs: fc.constant(inputs),
  days: fc.integer(DAYS_BY_LEVEL[inputs.level]),
  weeks: fc.integer({ min: WEEKS.min, max: WEEKS.max }),
  start: dayArb,
  seed: fc.integer({ min: 0, max: 0xffffffff }),
}));

