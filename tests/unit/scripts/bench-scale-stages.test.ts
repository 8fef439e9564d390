import { describe, expect, it } from 'vitest';
import { buildStages } from '../../../scripts/bench-scale/stages.mjs';

const LOG = `10:00:00 [content] Syncing content
10:00:04 [content] Synced content
10:00:05 [build] Building static entrypoints...
10:00:15 [vite] ✓ built in 10s
10:00:16 [build] Rearranging server assets...

 generating static routes 
10:00:21   ├─ /exercises/band-row/index.html (+1.50s) 
10:00:22   ├─ /figures/band-row.svg (+250ms) 
10:00:22   ├─ /figures/stills/exercises.svg (+750ms) 
10:00:24   ├─ /og/exercises/band-row.png (+2.00s) 
10:00:24   └─ /index.html (+100ms) 
10:00:25 ✓ Completed in 9s.
`;

describe('scale benchmark stages', () => {
  it('reads each stage from the build log and groups the generated files by kind', () => {
    const stages = Object.fromEntries(buildStages(LOG, 30).map((s) => [s.stage, s.seconds]));
    expect(stages['content']).toBe(5);
    expect(stages['bundling (Vite: MDX, pages, scripts, CSS)']).toBe(11);
    // The first file ended at 10:00:21 after 1.5 s: the paths took from 10:00:16 to 10:00:19.5.
    expect(stages['static paths and data']).toBe(3.5);
    expect(stages['move pages']).toBe(1.5);
    expect(stages['figure files (SVG)']).toBe(1);
    expect(stages['link previews (PNG)']).toBe(2);
    expect(stages['other pages and data']).toBe(0.1);
  });

  it('adds up to the measured total, the unplaced time last', () => {
    const stages = buildStages(LOG, 30);
    expect(stages.at(-1)!.stage).toMatch(/^the rest/);
    expect(stages.reduce((sum, s) => sum + s.seconds, 0)).toBeCloseTo(30, 5);
  });

  it('fails, naming what is missing, on a log it cannot read', () => {
    expect(() => buildStages('built\n', 3)).toThrow(/does not have the lines/);
  });
});
