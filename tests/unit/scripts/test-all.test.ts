import { describe, expect, it } from 'vitest';
import { STAGES, timingTable } from '../../../scripts/test-all.mjs';

describe('npm test', () => {
  it('runs the type check, unit tests, build, site checker, browser tests and the engine smoke, in that order', () => {
    expect(STAGES.map((stage) => stage.name)).toEqual(['browser found', 'type check', 'unit tests', 'build', 'site checker', 'browser tests', 'engine smoke']);
    // The site checker reads the build, and the browser tests serve it: both come after it.
    expect(STAGES.findIndex((s) => s.name === 'build')).toBeLessThan(STAGES.findIndex((s) => s.name === 'site checker'));
  });

  it('ends with a table of seconds per stage, saying which failed and which never ran', () => {
    const table = timingTable([
      { name: 'type check', seconds: 41.25, code: 0 },
      { name: 'unit tests', seconds: 60, code: 1 },
      { name: 'build' },
    ]);
    expect(table.split('\n')).toEqual([
      'stage timings:',
      '  type check        41.3 s  passed',
      '  unit tests        60.0 s  FAILED (exit 1)',
      '  build            not run',
      '  total            101.3 s  (1.7 min)',
    ]);
  });
});
