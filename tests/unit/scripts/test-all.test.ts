import { describe, expect, it } from 'vitest';
import { STAGES, timingTable } from '../../../scripts/test-all.mjs';

describe('npm test', () => {
  it('runs the unit tests and the build in turn, then the type check, site checker and engine smoke alongside the browser tests', () => {
    expect(STAGES.map((stage) => stage.name)).toEqual(['browser found', 'unit tests', 'build', 'type check', 'site checker', 'engine smoke', 'browser tests']);
    expect(STAGES.filter((stage) => stage.alongside).map((stage) => stage.name)).toEqual(['type check', 'site checker', 'engine smoke']);
    // The site checker, the browser tests and the engine smoke read the build: all come after it.
    // Nothing runs alongside the stages that build (unit tests, build), which write .astro/ and dist.
    const build = STAGES.findIndex((s) => s.name === 'build');
    for (const name of ['type check', 'site checker', 'browser tests', 'engine smoke']) expect(STAGES.findIndex((s) => s.name === name)).toBeGreaterThan(build);
    expect(STAGES.slice(0, build + 1).some((s) => s.alongside)).toBe(false);
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

  it('totals the wall clock when stages ran alongside, and marks them', () => {
    const table = timingTable([
      { name: 'build', seconds: 10, code: 0 },
      { name: 'site checker', seconds: 100, code: 0, alongside: true },
      { name: 'browser tests', seconds: 150, code: 0 },
    ], 160);
    expect(table.split('\n')).toEqual([
      'stage timings:',
      '  build             10.0 s  passed',
      '  site checker     100.0 s  passed (alongside the stages after it)',
      '  browser tests    150.0 s  passed',
      '  total            160.0 s  (2.7 min, wall clock)',
    ]);
  });
});
