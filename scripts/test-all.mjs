#!/usr/bin/env node
// @ts-check
// npm test: every stage in order, stopping at the first that fails, then a table of how long each
// stage took. Exits with the failing stage's code (0 when all pass).
// A stage marked `alongside` starts when its turn comes and runs beside the stages after it (its
// output held back and printed when it ends, so logs do not interleave): the browser stages wait
// on the network and timers more than on the CPU, so two of them share the 2 cores well. Those
// serve dist on a free port of their own (PORT emptied), leaving PORT to the browser tests.
import { spawn } from 'node:child_process';

/** @typedef {{ name: string, command: string[], alongside?: boolean }} Stage */

/** @type {Stage[]} */
export const STAGES = [
  { name: 'browser found', command: ['node', 'scripts/find-chromium.mjs'] },
  { name: 'unit tests', command: ['npx', 'vitest', 'run'] },
  { name: 'build', command: ['npm', 'run', 'build'] },
  // After the builds (the unit tests' and the site's), which write .astro/; --noSync so it only
  // reads what the build wrote, never rewriting it beside the offline spec's second build. One
  // core's work that fits beside the browser stages.
  { name: 'type check', command: ['npx', 'astro', 'check', '--noSync'], alongside: true },
  { name: 'site checker', command: ['node', 'scripts/check-site.mjs'], alongside: true },
  { name: 'engine smoke', command: ['node', 'scripts/test-engines.mjs'], alongside: true },
  { name: 'browser tests', command: ['npx', 'playwright', 'test'] },
];

/**
 * Runs one stage; its output goes straight through, or is held back and returned (alongside).
 * @param {Stage} stage @returns {Promise<{ code: number, output: string }>}
 */
function run({ command: [program, ...args], alongside = false }) {
  return new Promise((resolve) => {
    const env = alongside ? { ...process.env, PORT: '' } : process.env;
    const child = spawn(/** @type {string} */ (program), args, { stdio: alongside ? ['ignore', 'pipe', 'pipe'] : 'inherit', env });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', () => resolve({ code: 127, output }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/**
 * The closing table: one row a stage, with its seconds or why it has none. The total is the
 * wall-clock time when given (stages that ran alongside others overlap), else the sum.
 * @param {{ name: string, seconds?: number, code?: number, alongside?: boolean }[]} results
 * @param {number} [wallSeconds]
 */
export function timingTable(results, wallSeconds) {
  const rows = results.map(({ name, seconds, code, alongside }) => {
    const time = seconds === undefined ? 'not run' : `${seconds.toFixed(1)} s`;
    const outcome = code === undefined ? '' : code === 0 ? 'passed' : `FAILED (exit ${code})`;
    return `  ${name.padEnd(14)} ${time.padStart(9)}  ${outcome}${alongside && seconds !== undefined ? ' (alongside the stages after it)' : ''}`.trimEnd();
  });
  const total = wallSeconds ?? results.reduce((sum, r) => sum + (r.seconds ?? 0), 0);
  const note = wallSeconds === undefined ? '' : ', wall clock';
  return ['stage timings:', ...rows, `  ${'total'.padEnd(14)} ${`${total.toFixed(1)} s`.padStart(9)}  (${(total / 60).toFixed(1)} min${note})`].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  /** @type {{ name: string, seconds?: number, code?: number, alongside?: boolean }[]} */
  const results = STAGES.map(({ name, alongside }) => ({ name, alongside }));
  /** @type {Promise<void>[]} */
  const running = [];
  let exitCode = 0;
  const began = performance.now();
  for (const [index, stage] of STAGES.entries()) {
    if (exitCode !== 0) break;
    console.log(`\n== ${stage.name}: ${stage.command.join(' ')}${stage.alongside ? ' (alongside the next stages; its output follows when it ends)' : ''}`);
    const started = performance.now();
    const finished = run(stage).then(({ code, output }) => {
      results[index] = { name: stage.name, seconds: (performance.now() - started) / 1000, code, alongside: stage.alongside };
      if (stage.alongside) console.log(`\n== ${stage.name} (ran alongside), exit ${code}:\n${output.trimEnd()}`);
      if (code !== 0 && exitCode === 0) exitCode = code;
    });
    if (stage.alongside) running.push(finished);
    else await finished;
  }
  await Promise.all(running);
  console.log(`\n${timingTable(results, (performance.now() - began) / 1000)}`);
  process.exit(exitCode);
}
