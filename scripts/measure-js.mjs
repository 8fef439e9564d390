#!/usr/bin/env node
// @ts-check
/**
 * `npm run size`: the JavaScript each app page (or the pages given) runs on arrival and each chunk
 * it loads on use, gzip, against the budget table (JS_BUDGETS in check-site/budgets.mjs), measured by
 * the site checker's own measurer (check-site/page-js.mjs). Exits 1 when a budget is broken.
 * Usage: node scripts/measure-js.mjs [--dist dist] [/routine/ /progress/ ...] [--detail]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { APP_ROUTES, atOnceArrival, jsBudget, jsBudgetProblems, JS_BUDGETS } from './check-site/budgets.mjs';
import { kb } from './check-site/lib.mjs';
import { measurePageJs } from './check-site/page-js.mjs';

const { values, positionals } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, detail: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const dist = values.dist ?? 'dist';
const paths = positionals.length ? positionals : ['/', ...APP_ROUTES];
let broken = 0;
for (const path of paths) {
  const file = join(dist, ...path.split('/').filter(Boolean), 'index.html');
  if (!existsSync(file)) {
    console.error(`${file} not found: run npm run build first`);
    process.exit(2);
  }
  const js = measurePageJs(dist, readFileSync(file, 'utf8'), path);
  const budget = jsBudget(path);
  const target = budget.target ? ` (issue 21's target ${kb(budget.target)})` : '';
  console.log(`${path.padEnd(16)} ${kb(js.arrival).padStart(8)} on arrival, budget ${kb(budget.arrival)}${target}`);
  const atOnce = atOnceArrival(js);
  if (atOnce && budget.atOnce) {
    const aim = budget.atOnce.target ? ` (issue 21's target ${kb(budget.atOnce.target)})` : '';
    console.log(`${''.padEnd(16)} ${kb(atOnce.bytes).padStart(8)} on arrival when ${atOnce.when}, budget ${kb(budget.atOnce.arrival)}${aim}`);
  }
  if (values.detail) for (const part of js.parts) console.log(`${''.padEnd(16)} ${kb(part.bytes).padStart(8)}  ${part.name}`);
  for (const chunk of js.onUse) console.log(`${''.padEnd(16)} ${kb(chunk.bytes).padStart(8)}  on use: ${chunk.name} (budget ${kb(JS_BUDGETS.onUseChunk)})`);
  for (const problem of jsBudgetProblems(js)) {
    broken += 1;
    console.error(`OVER BUDGET ${path}: ${problem.detail}`);
  }
}
process.exit(broken ? 1 : 0);
