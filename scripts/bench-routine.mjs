#!/usr/bin/env node
/**
 * Benchmark (not a test): how many routine plans per second the builder makes from the real
 * content, over every input combination with varied seeds, and how many it also checks.
 * Loads the TypeScript modules through Vite (the same resolution as the tests).
 * Usage: npm run bench:routine [-- --seconds 3]
 */
import { createServer } from 'vite';

const i = process.argv.indexOf('--seconds');
const seconds = i > 0 ? Number(process.argv[i + 1]) : 3;

const server = await createServer({ configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true, include: [] } });
try {
  const routine = await server.ssrLoadModule('/src/lib/routine/index.ts');
  const { loadCatalogue } = await server.ssrLoadModule('/tests/support/content.ts');
  const catalogue = loadCatalogue().map(routine.toRoutineMove);
  const { LEVELS, CHOOSABLE, SESSION_MINUTES, FOCUSES, ADDONS, buildPlan, check } = routine;
  const cases = [];
  for (const level of LEVELS) for (let mask = 0; mask < 1 << CHOOSABLE.length; mask++) for (const minutes of SESSION_MINUTES)
    for (const focus of FOCUSES) for (let a = 0; a < 4; a++) {
      cases.push({
        level, minutes, focus,
        equipment: CHOOSABLE.filter((_, b) => mask & (1 << b)),
        addons: ADDONS.filter((_, b) => a & (1 << b)),
      });
    }

  const run = (label, work) => {
    let n = 0;
    const start = performance.now();
    const end = start + seconds * 1000;
    while (performance.now() < end) {
      for (let k = 0; k < 200; k++, n++) work(cases[n % cases.length], (n * 2654435761) >>> 0);
    }
    const perSecond = n / ((performance.now() - start) / 1000);
    console.log(`${label}: ${Math.round(perSecond).toLocaleString('en')} plans/second (${n.toLocaleString('en')} plans in ${seconds} s)`);
  };
  console.log(`Catalogue: ${catalogue.length} moves; ${cases.length.toLocaleString('en')} input combinations, varied seeds.`);
  run('build', (inputs, seed) => buildPlan(catalogue, { inputs, seed, swaps: [] }));
  run('build + check', (inputs, seed) => check(buildPlan(catalogue, { inputs, seed, swaps: [] }), catalogue));
} finally {
  await server.close();
}
