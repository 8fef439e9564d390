// @ts-check
// Writes benchmark figures into docs/benchmarks.md between marker comments, so the prose
// around them stays hand-written and each run replaces only its own figures.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

/**
 * Replaces the text between <!-- name:start --> and <!-- name:end -->, or appends the section.
 * @param {string} text @param {string} name @param {string} content
 */
export function replaceBetween(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return `${text.trimEnd()}\n\n${start}\n${content}\n${end}\n`;
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** @param {string} text @param {string} name @returns {string} the section's content, or '' */
export function readBetween(text, name) {
  const start = `<!-- ${name}:start -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(`<!-- ${name}:end -->`);
  return from < 0 || to < from ? '' : text.slice(from + start.length, to).trim();
}

/**
 * Adds or replaces the table row whose first cell is `key`, keeping rows sorted by that number.
 * @param {string[]} rows markdown rows `| key | ... |` @param {string} row
 */
export function upsertRow(rows, row) {
  const keyOf = (/** @type {string} */ r) => Number(r.split('|')[1]?.trim().replace(/[^0-9.]/g, ''));
  return [...rows.filter((r) => keyOf(r) !== keyOf(row)), row].sort((a, b) => keyOf(a) - keyOf(b));
}

/** @param {string} file @param {string} name @param {string} content */
export async function replaceSection(file, name, content) {
  const text = existsSync(file) ? await readFile(file, 'utf8') : '# Benchmarks\n';
  await writeFile(file, replaceBetween(text, name, content));
}
