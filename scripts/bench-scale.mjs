#!/usr/bin/env node
// @ts-check
// npm run bench:scale -- N: builds and indexes the site with N extra synthetic moves, in a
// temporary copy of the project (never in content/ or dist/), and prints total seconds, pages
// per second, peak memory, the CPU time used (user + sys, of every process), the machine's load,
// the build's stages (scripts/bench-scale/stages.mjs), and the size of dist and of the search
// index. Writes a row and the stages to docs/benchmarks.md (unless --no-write). A cold build: the
// link-preview cache (src/data/og.ts) starts empty, as on a fresh checkout. Goal: 1,000 moves in under 20 s on 2 cores, under 2 GB,
// growing linearly. A benchmark, not a test: it exits 1 only if the build itself fails.
//
//   npm run bench:scale -- 1000 [--keep] [--no-write]
//   BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench:scale -- 1000 --no-write
//     passes Node flags to the build (here: a CPU profile of each thread, the link-preview workers included)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { filesUnder } from './lib/files.mjs';
import { tmpdir, cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readBetween, replaceSection, upsertRow } from './bench-report.mjs';
import { syntheticMove } from './bench-scale/synthetic.mjs';
import { buildStages } from './bench-scale/stages.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { keep: { type: 'boolean', default: false }, 'no-write': { type: 'boolean', default: false } },
});
const count = Number(positionals[0] ?? 1000);
if (!Number.isInteger(count) || count < 0) {
  console.error(`bench:scale: N must be a whole number of moves, got "${positionals[0]}"`);
  process.exit(1);
}

const project = resolve('.');
const work = await mkdtemp(join(tmpdir(), `upright-scale-${count}-`));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');

/** Sum of the resident memory of a process and all its descendants (Linux /proc), in bytes. */
async function treeRss(/** @type {number} */ rootPid) {
  let total = 0;
  const pids = [rootPid];
  const seen = new Set();
  while (pids.length) {
    const pid = /** @type {number} */ (pids.pop());
    if (seen.has(pid)) continue;
    seen.add(pid);
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of await readdir(`/proc/${pid}/task`)) {
        const children = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '');
        pids.push(...children.split(/\s+/).filter(Boolean).map(Number));
      }
    } catch {
      // the process ended between two samples
    }
  }
  return total;
}

/** CPU seconds (user + sys) of this process's finished children, from /proc (Linux); NaN elsewhere. */
async function childCpuSeconds() {
  const stat = await readFile('/proc/self/stat', 'utf8').catch(() => '');
  // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (100 a second).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return stat ? (Number(fields[13]) + Number(fields[14])) / 100 : NaN;
}

/** Runs a command, timing it and sampling its process tree's memory every 50 ms. */
async function measure(/** @type {string} */ label, /** @type {string} */ command, /** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ env) {
  const started = performance.now();
  const cpuBefore = await childCpuSeconds();
  const child = spawn(command, args, { cwd: work, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const canSample = existsSync('/proc/self/status');
  const sampler = setInterval(async () => {
    if (child.pid && canSample) peak = Math.max(peak, await treeRss(child.pid));
  }, 50);
  const code = await new Promise((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    console.error(output.slice(-4000));
    throw new Error(`${label} failed (exit ${code})`);
  }
  return { seconds, cpu: (await childCpuSeconds()) - cpuBefore, peak: canSample ? peak : NaN, output };
}

/** @param {string} dir @returns {Promise<{ bytes: number, files: number, html: number }>} */
async function sizeOf(dir) {
  let bytes = 0;
  let files = 0;
  let html = 0;
  for (const file of await filesUnder(dir)) {
    bytes += (await stat(join(dir, file))).size;
    files += 1;
    if (file.endsWith('.html')) html += 1;
  }
  return { bytes, files, html };
}

const mb = (/** @type {number} */ bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

try {
  // A copy of the project: the Astro build writes .astro/ and its cache in the project root.
  for (const item of ['src', 'public', 'content', 'astro.config.mjs', 'tailwind.config.cjs', 'tsconfig.json', 'package.json']) {
    await cp(join(project, item), join(work, item), { recursive: true });
  }
  await symlink(join(project, 'node_modules'), join(work, 'node_modules'), 'dir');

  // N synthetic exercises citing real muscles and sources, so every cross-reference is checked.
  const muscles = (await readdir(join(contentDir, 'muscles'))).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
  const sources = /** @type {{ id: string }[]} */ (JSON.parse(await readFile(join(contentDir, 'sources.json'), 'utf8'))).map((s) => s.id);
  // Beside the real exercises (a sub-folder would become part of the entry id).
  const synthetic = join(contentDir, 'exercises');
  for (let index = 0; index < count; index += 1) {
    const move = syntheticMove(index, { muscles, sources, count });
    await writeFile(join(synthetic, `${move.id}.mdx`), move.text);
  }
  console.log(`bench:scale: ${count} synthetic moves in ${work}`);

  const loadBefore = loadavg()[0];
  // UPRIGHT_OG_CACHE_DIR: an empty folder, so every link preview is drawn (a cold build).
  const env = { UPRIGHT_OG_CACHE_DIR: join(work, '.cache', 'og'), UPRIGHT_CONTENT_DIR: contentDir, UPRIGHT_OUT_DIR: outDir, UPRIGHT_CACHE_DIR: join(work, '.cache', 'astro'), ASTRO_TELEMETRY_DISABLED: '1' };
  // Through this Node (npm run gives Node 24), not the bin's shebang.
  const build = await measure('astro build', process.execPath, [...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : []), join(work, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], env);
  // The same indexing step as npm run build (Pagefind through its Node API, checked for completeness).
  const index = await measure('search index', process.execPath, [join(project, 'scripts', 'build-search-index.mjs'), outDir], env);
  const dist = await sizeOf(outDir);
  const search = await sizeOf(join(outDir, 'pagefind'));
  const indexed = Number(/(\d+) pages indexed/.exec(index.output)?.[1] ?? NaN);
  const total = build.seconds + index.seconds;
  const cpu = build.cpu + index.cpu;
  const load = `${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
  const stages = [...buildStages(build.output, build.seconds), { stage: 'search index (Pagefind)', seconds: Math.round(index.seconds * 10) / 10 }];
  const peak = Math.max(build.peak, index.peak);

  console.log(`moves added        ${count}`);
  console.log(`pages built        ${dist.html} (${indexed} in the search index)`);
  console.log(`total seconds      ${total.toFixed(1)} (build ${build.seconds.toFixed(1)}, index ${index.seconds.toFixed(1)})`);
  console.log(`CPU seconds        ${cpu.toFixed(1)} user + sys (build ${build.cpu.toFixed(1)}, index ${index.cpu.toFixed(1)}); load average ${load} on ${cpus().length} cores`);
  for (const { stage, seconds } of stages) console.log(`  ${stage.padEnd(45)} ${seconds.toFixed(1)} s`);
  console.log(`pages per second   ${(dist.html / total).toFixed(0)}`);
  console.log(`peak memory        ${mb(peak)} (build ${mb(build.peak)}, index ${mb(index.peak)}; resident, whole process tree)`);
  console.log(`dist size          ${mb(dist.bytes)} in ${dist.files} files`);
  console.log(`search index size  ${mb(search.bytes)} in ${search.files} files`);
  const goal = count === 1000 ? `; goal for 1,000: < 20 s and < 2 GB: ${total < 20 && peak < 2 * 1024 ** 3 ? 'met' : 'NOT met'}` : '';
  console.log(`bench:scale: ${count} moves, ${total.toFixed(1)} s, ${mb(peak)} peak${goal}`);

  if (!values['no-write']) {
    const file = join(project, 'docs', 'benchmarks.md');
    const existing = existsSync(file) ? readBetween(await readFile(file, 'utf8'), 'scale') : '';
    const header = [
      '| Moves added | Pages | Build s | Index s | Total s | Pages/s | Peak memory | dist | Search index | Measured |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ];
    const rows = existing.split('\n').filter((line) => /^\|\s*[\d,]+\s*\|/.test(line));
    const machine = `${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version.slice(1)}, ${new Date().toISOString().slice(0, 10)}`;
    const row = `| ${count.toLocaleString('en')} | ${dist.html} | ${build.seconds.toFixed(1)} | ${index.seconds.toFixed(1)} | ${total.toFixed(1)} | ${(dist.html / total).toFixed(0)} | ${mb(peak)} | ${mb(dist.bytes)} | ${mb(search.bytes)} | ${machine} |`;
    await replaceSection(file, 'scale', [...header, ...upsertRow(rows, row)].join('\n'));
    const stageTable = [
      `Latest run: ${count.toLocaleString('en')} moves, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${total.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (user + sys), load average ${load} on ${cpus().length} cores.`,
      '',
      '| Stage | Wall s |',
      '| --- | ---: |',
      ...stages.map(({ stage, seconds }) => `| ${stage} | ${seconds.toFixed(1)} |`),
    ];
    await replaceSection(file, 'scale-stages', stageTable.join('\n'));
    console.log('written to docs/benchmarks.md');
  }
} finally {
  if (values.keep) console.log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
