#!/usr/bin/env node
// @ts-check
// npm test: every stage in order, stopping at the first that fails, then a table of how long each
// stage took. Exits with the failing stage's code (0 when all pass).
import { spawn } from 'node:child_process';

/** @type {{ name: string, command: string[] }[]} */
export const STAGES = [
  { name: 'browser found', command: ['node', 'scripts/find-chromium.mjs'] },
  { name: 'type check', command: ['npx', 'astro', 'check'] },
  { name: 'unit tests', command: ['npx', 'vitest', 'run'] },
  { name: 'build', command: ['npm', 'run', 'build'] },
  { name: 'site checker', command: ['node', 'scripts/check-site.mjs'] },
  { name: 'browser tests', command: ['npx', 'playwright', 'test'] },
  { name: 'engine smoke', command: ['node', 'scripts/test-engines.mjs'] },
];

/** @param {string[]} command @returns {Promise<number>} exit code */
function run([program, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(/** @type {string} */ (program), args, { stdio: 'inherit' });
    child.on('error', () => resolve(127));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * The closing table: one row a stage, with its seconds or why it has none.
 * @param {{ name: string, seconds?: number, code?: number }[]} results
 */
export function timingTable(results) {
  const rows = results.map(({ name, seconds, code }) => {
    const time = seconds === undefined ? 'not run' : `${seconds.toFixed(1)} s`;
    const outcome = code === undefined ? '' : code === 0 ? 'passed' : `FAILED (exit ${code})`;
    return `  ${name.padEnd(14)} ${time.padStart(9)}  ${outcome}`.trimEnd();
  });
  const total = results.reduce((sum, r) => sum + (r.seconds ?? 0), 0);
  return ['stage timings:', ...rows, `  ${'total'.padEnd(14)} ${`${total.toFixed(1)} s`.padStart(9)}  (${(total / 60).toFixed(1)} min)`].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  /** @type {{ name: string, seconds?: number, code?: number }[]} */
  const results = STAGES.map(({ name }) => ({ name }));
  let exitCode = 0;
  for (const [index, stage] of STAGES.entries()) {
    console.log(`\n== ${stage.name}: ${stage.command.join(' ')}`);
    const started = performance.now();
    const code = await run(stage.command);
    results[index] = { name: stage.name, seconds: (performance.now() - started) / 1000, code };
    if (code !== 0) {
      exitCode = code;
      break;
    }
  }
  console.log(`\n${timingTable(results)}`);
  process.exit(exitCode);
}
