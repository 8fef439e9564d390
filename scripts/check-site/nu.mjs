// @ts-check
// The Nu Html Checker (the W3C's validator, npm vnu-jar, run on the system's Java) over every
// built page and standalone SVG, in one Java process. Inline SVG is checked as part of its page.
// Its errors fail the run; its warnings are listed, except those judged here to come from checking
// files rather than a served site (each judgement is made from the page itself, not by message).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pagePathForFile } from './lib.mjs';

/** @typedef {{ type: string, subType?: string, url?: string, message: string, extract?: string, lastLine?: number, lastColumn?: number }} NuMessage */
/** @typedef {{ page: string, rule: string, detail: string }} Failure */

const JAVA_MISSING = 'the Nu Html Checker needs Java 17 or newer (Debian: sudo apt-get install default-jre-headless)';

/** @returns {string} the path of vnu.jar inside node_modules */
function vnuJar() {
  return String(createRequire(import.meta.url)('vnu-jar'));
}

/**
 * Runs vnu once over all the files and returns its messages.
 * @param {string[]} paths absolute file paths (.html and .svg)
 * @returns {Promise<NuMessage[]>}
 */
export function runVnu(paths) {
  const args = ['-jar', vnuJar(), '--format', 'json', '--stdout', '--exit-zero-always', '--also-check-svg', ...paths];
  return new Promise((resolve, reject) => {
    const child = spawn(process.env.JAVA ?? 'java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', () => reject(new Error(JAVA_MISSING)));
    child.on('exit', (code) => {
      try {
        resolve(JSON.parse(out).messages);
      } catch {
        reject(new Error(`vnu exited ${code} without a report: ${(err || out).slice(0, 300)}`));
      }
    });
  });
}

/** @param {string} content */
const sha256 = (content) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;

/**
 * The page's CSP meta, as a map from directive to its sources.
 * @param {string} html
 */
export function cspOf(html) {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * The element a message points at: vnu gives the line and column of the end of its start tag.
 * @param {string} html @param {number} line 1-based @param {number} column 1-based, at the '>'
 */
function elementAt(html, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l += 1) offset = html.indexOf('\n', offset) + 1;
  const tagEnd = offset + column;
  const tagStart = html.lastIndexOf('<', tagEnd - 1);
  const name = /^<([a-z]+)/i.exec(html.slice(tagStart))?.[1]?.toLowerCase() ?? '';
  const close = html.indexOf(`</${name}>`, tagEnd);
  return { offset: tagStart, startTag: html.slice(tagStart, tagEnd), name, content: close < 0 ? '' : html.slice(tagEnd, close) };
}

/**
 * Why a vnu warning about the CSP does not apply to the served site, or null when it may.
 * - "Resource violates …": a same-origin path against a directive with 'self' (a file: URL has no
 *   origin, so a file check cannot match 'self');
 * - "Inline script …" on a JSON data block (not script, so the CSP does not govern it);
 * - "Inline script|style …" whose content's hash is in the page's CSP (vnu misreads some long blocks),
 *   or that comes before the CSP meta (a policy in a <meta> governs only what follows it: the
 *   theme script, which must run before first paint).
 * @param {NuMessage} message @param {string} html the page the message is about
 * @returns {string | null}
 */
export function judgeCspWarning(message, html) {
  const csp = cspOf(html);
  const resource = /^Resource violates Content Security Policy.*“([^”]+)” blocked by “([a-z-]+)” directive/.exec(message.message);
  if (resource) {
    const [, url, directive] = resource;
    const sources = csp.get(directive) ?? csp.get('default-src') ?? [];
    return url.startsWith('/') && !url.startsWith('//') && sources.includes("'self'") ? "a same-origin resource under 'self' (a file: URL has no origin)" : null;
  }
  const inline = /^Inline (script|style) violates Content Security Policy/.exec(message.message);
  if (!inline || !message.lastLine || !message.lastColumn) return null;
  const element = elementAt(html, message.lastLine, message.lastColumn);
  if (element.name !== inline[1]) return null;
  if (element.name === 'script' && /\btype="application\/(ld\+)?json"/.test(element.startTag)) return 'a JSON data block, not a script';
  const cspMeta = html.search(/<meta http-equiv="content-security-policy"/i);
  if (cspMeta > element.offset) return 'an inline block before the CSP meta, which governs only what follows it';
  return (csp.get(`${element.name}-src`) ?? []).includes(sha256(element.content)) ? "an inline block whose hash is in the page's CSP" : null;
}

/**
 * Sorts vnu's messages: errors fail, warnings are listed unless judged, info is counted.
 * @param {NuMessage[]} messages @param {(url: string) => string} pageOf site path for a file URL
 * @param {(url: string) => string} htmlOf the file's text
 */
export function sortNuMessages(messages, pageOf, htmlOf) {
  /** @type {Failure[]} */ const errors = [];
  /** @type {Failure[]} */ const warnings = [];
  /** @type {Map<string, number>} */ const judged = new Map();
  /** @type {Map<string, number>} */ const infos = new Map();
  for (const message of messages) {
    const where = message.lastLine ? ` (line ${message.lastLine}:${message.lastColumn})` : '';
    const entry = { page: message.url ? pageOf(message.url) : '(vnu)', rule: `nu/${message.subType ?? message.type}`, detail: `${message.message}${where}` };
    if (message.type !== 'info') errors.push({ ...entry, rule: `nu/${message.type}` });
    else if (message.subType === 'warning') {
      const reason = message.url ? judgeCspWarning(message, htmlOf(message.url)) : null;
      if (reason) judged.set(reason, (judged.get(reason) ?? 0) + 1);
      else warnings.push(entry);
    } else infos.set(message.message, (infos.get(message.message) ?? 0) + 1);
  }
  return { errors, warnings, judged, infos };
}

/**
 * The site checker's hook: vnu over every page and SVG in dist.
 * @param {{ distDir: string, files: string[] }} options files relative to dist (the pages and SVGs)
 * @returns {Promise<{ failures: Failure[], lines: string[] }>} failures, and the lines to print
 */
export async function nuChecks({ distDir, files }) {
  const checked = files.filter((file) => /\.(html|svg)$/.test(file));
  /** @type {Map<string, string>} by absolute path */
  const texts = new Map();
  for (const file of checked) texts.set(join(distDir, file), await readFile(join(distDir, file), 'utf8'));
  let messages;
  try {
    messages = await runVnu(checked.map((file) => join(distDir, file)));
  } catch (error) {
    return { failures: [{ page: '(site)', rule: 'nu/run', detail: /** @type {Error} */ (error).message }], lines: [] };
  }
  // vnu names files as file:/abs/path URLs.
  const pathOf = (/** @type {string} */ url) => decodeURIComponent(url.replace(/^file:\/*/, '/'));
  const pageOf = (/** @type {string} */ url) => {
    const path = pathOf(url);
    return path.startsWith(`${distDir}/`) ? pagePathForFile(path.slice(distDir.length + 1)) : url;
  };
  const { errors, warnings, judged, infos } = sortNuMessages(messages, pageOf, (url) => texts.get(pathOf(url)) ?? '');
  const count = (/** @type {Map<string, number>} */ map) => [...map.values()].reduce((a, b) => a + b, 0);
  const lines = [
    `check-site: Nu Html Checker on ${checked.length} files: ${errors.length} errors, ${warnings.length} warnings listed, ${count(judged)} CSP warnings judged not to apply, ${count(infos)} info messages`,
    ...[...judged].map(([reason, n]) => `  judged (${n}): ${reason}`),
    ...[...infos].map(([text, n]) => `  info (${n}): ${text}`),
    ...warnings.map((w) => `WARN\t${w.page}\t${w.rule}\t${w.detail}`),
  ];
  return { failures: errors, lines };
}
