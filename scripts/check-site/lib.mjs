// @ts-check
// Pure helpers for the site checker: no file system, no browser, so they are unit-tested in Node
// (tests/unit/scripts/check-site.test.ts). The budgets are in budgets.mjs.
import { gzipSync } from 'node:zlib';

/** The move sections: pages under them must carry HowTo JSON-LD. */
export const MOVE_SECTIONS = Object.freeze(['warm-ups', 'exercises', 'stretches']);

/** @param {string} pathname */
export function isMovePage(pathname) {
  const parts = pathname.split('/').filter(Boolean);
  return parts.length === 2 && MOVE_SECTIONS.includes(parts[0]) && pathname.endsWith('/');
}

/** @param {string | Uint8Array} content */
export function gzipSize(content) {
  return gzipSync(typeof content === 'string' ? Buffer.from(content) : content, { level: 9 }).length;
}

/** @param {number} bytes */
export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * The site path a file in dist is served at: `index.html` -> `/`, `a/index.html` -> `/a/`,
 * `404.html` -> `/404.html`.
 * @param {string} relativeFile a path relative to dist, with forward slashes
 */
export function pagePathForFile(relativeFile) {
  if (relativeFile === 'index.html') return '/';
  if (relativeFile.endsWith('/index.html')) return `/${relativeFile.slice(0, -'index.html'.length)}`;
  return `/${relativeFile}`;
}

/**
 * The files in dist that could serve a path, in the order a static host tries them.
 * @param {string} pathname a decoded URL path starting with /
 * @returns {string[]} candidate paths relative to dist
 */
export function candidateFiles(pathname) {
  const clean = pathname.replace(/^\/+/, '');
  if (clean === '' ) return ['index.html'];
  if (clean.endsWith('/')) return [`${clean}index.html`];
  return [clean, `${clean}/index.html`, `${clean}.html`];
}

/**
 * Resolves a reference found in a page. Returns null for links the checker does not follow
 * (mailto:, tel:, javascript: is reported separately); `external` for other origins.
 * The site's own absolute URL (https://upright.example/...) counts as internal.
 * @param {string} reference the attribute value
 * @param {string} pagePath the path of the page it appears on
 * @param {string} siteOrigin e.g. https://upright.example
 * @returns {{ kind: 'internal', path: string, fragment: string } | { kind: 'external', url: string } | { kind: 'script-url' } | null}
 */
export function resolveReference(reference, pagePath, siteOrigin) {
  const value = reference.trim();
  if (/^(mailto|tel|sms):/i.test(value)) return null;
  if (/^javascript:/i.test(value)) return { kind: 'script-url' };
  let url;
  try {
    url = new URL(value, new URL(pagePath, siteOrigin));
  } catch {
    return { kind: 'external', url: value };
  }
  if (url.protocol === 'data:') return null;
  if (url.origin !== new URL(siteOrigin).origin) return { kind: 'external', url: url.href };
  return { kind: 'internal', path: safeDecode(url.pathname), fragment: safeDecode(url.hash.slice(1)) };
}

/**
 * Decodes %-escapes, leaving a malformed one as written (a broken link, reported as such).
 * @param {string} value
 */
export function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** @param {string} srcset */
export function srcsetUrls(srcset) {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean);
}

/**
 * Parses a Content-Security-Policy into directive -> sources.
 * @param {string} policy
 * @returns {Map<string, string[]>}
 */
export function parseCsp(policy) {
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const KEYWORDS = new Set(["'self'", "'none'", "'strict-dynamic'", "'wasm-unsafe-eval'", "'report-sample'"]);
const HASH_OR_NONCE = /^'(sha256|sha384|sha512|nonce)-[A-Za-z0-9+/=_-]+'$/;
/** Directives whose values are not source lists. */
const NOT_SOURCE_LISTS = new Set(['sandbox', 'report-uri', 'report-to', 'upgrade-insecure-requests', 'require-trusted-types-for', 'trusted-types']);

/**
 * What is wrong with a page's policy: no 'unsafe-inline' or 'unsafe-eval' script, no source on
 * another origin (only 'self', hashes and data: images), and script-src must be restricted.
 * @param {string} policy
 * @returns {string[]} one sentence per problem
 */
export function cspProblems(policy) {
  const directives = parseCsp(policy);
  const problems = [];
  const scriptSources = directives.get('script-src') ?? directives.get('default-src');
  if (!scriptSources) problems.push('no script-src or default-src: scripts are unrestricted');
  if (!directives.has('default-src')) problems.push("no default-src: add default-src 'self'");
  for (const [name, sources] of directives) {
    if (NOT_SOURCE_LISTS.has(name)) continue;
    for (const source of sources) {
      if (/^'unsafe-/.test(source)) problems.push(`${name} allows ${source}`);
      else if (KEYWORDS.has(source) || HASH_OR_NONCE.test(source)) continue;
      else if (source === 'data:' && (name === 'img-src' || name === 'font-src')) continue;
      else problems.push(`${name} allows another origin or scheme: ${source}`);
    }
  }
  return problems;
}

/**
 * Parses a static host's _headers file (Netlify / Cloudflare Pages format): a path pattern at
 * the start of a line, then indented `Name: value` lines.
 * @param {string} text
 * @returns {{ pattern: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: [string, string][] }[]} */
  const rules = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path, got "${raw.trim()}"`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/** @param {string} pattern a _headers path pattern, `*` matching anything */
function patternToRegExp(pattern) {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/**
 * The headers a static host sends for a path: every matching rule, in file order (a later rule
 * adds to or replaces an earlier one's header of the same name).
 * @param {ReturnType<typeof parseHeadersFile>} rules
 * @param {string} pathname
 * @returns {Record<string, string>} lower-case names
 */
export function headersForPath(rules, pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) {
    if (!patternToRegExp(rule.pattern).test(pathname)) continue;
    for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/**
 * Checks that a header CSP does not contradict the per-page meta CSP: both policies are
 * enforced, so a header that restricts scripts or styles (script-src, style-src, or default-src,
 * which they fall back to) would block the inline code the meta tag's hashes allow.
 * @param {string} headerPolicy
 * @returns {string[]} problems
 */
export function headerCspProblems(headerPolicy) {
  const directives = parseCsp(headerPolicy);
  const problems = [];
  for (const name of ['default-src', 'script-src', 'script-src-elem', 'script-src-attr', 'style-src', 'style-src-elem', 'style-src-attr']) {
    if (directives.has(name)) problems.push(`the header sets ${name}, which would block the scripts and styles the page's meta CSP allows by hash`);
  }
  if (directives.get('frame-ancestors')?.join(' ') !== "'none'") problems.push("the header must set frame-ancestors 'none' (a meta CSP cannot)");
  for (const problem of cspProblems(`default-src 'self'; ${headerPolicy}`)) problems.push(problem);
  return problems;
}

/**
 * Finds code that builds HTML from strings at runtime, which could carry URL or user input
 * into the page. set:html on a JSON data block (application/json, application/ld+json) is allowed:
 * it is serialised data in a script the browser never runs.
 * @param {string} source
 * @returns {{ line: number, match: string }[]}
 */
export function htmlSinks(source) {
  const sinks = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write(ln)?|dangerouslySetInnerHTML|createContextualFragment|DOMParser)\b|\bset:html\b/g;
  /** @type {{ line: number, match: string }[]} */
  const found = [];
  source.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(sinks)) {
      if (match[0] === 'set:html' && /type=["']application\/(ld\+)?json["']/.test(text)) continue;
      found.push({ line: index + 1, match: match[0] });
    }
  });
  return found;
}

/**
 * One line per failure: page, rule, detail (tab-separated so it greps and cuts).
 * @param {{ page: string, rule: string, detail: string }} failure
 */
export function formatFailure({ page, rule, detail }) {
  return `FAIL\t${page}\t${rule}\t${detail.replace(/\s+/g, ' ').trim()}`;
}

/**
 * Checks a move page's JSON-LD: a HowTo with the page's summary and its steps in order, each
 * pointing at a step anchor.
 * @param {unknown[]} blocks the parsed JSON-LD blocks of the page
 * @param {{ description: string, canonical: string }} page
 * @returns {string[]} problems
 */
export function howToProblems(blocks, page) {
  const howTo = /** @type {Record<string, any> | undefined} */ (
    blocks.find((block) => block && typeof block === 'object' && /** @type {any} */ (block)['@type'] === 'HowTo')
  );
  if (!howTo) return ['no HowTo JSON-LD block'];
  const problems = [];
  if (howTo['@context'] !== 'https://schema.org') problems.push(`@context is ${JSON.stringify(howTo['@context'])}, expected "https://schema.org"`);
  if (typeof howTo.name !== 'string' || !howTo.name.trim()) problems.push('HowTo has no name');
  if (howTo.description !== page.description) problems.push('HowTo description is not the page summary (meta description)');
  if (howTo.url !== page.canonical) problems.push(`HowTo url ${howTo.url} is not the canonical URL ${page.canonical}`);
  const steps = Array.isArray(howTo.step) ? howTo.step : [];
  if (steps.length === 0) problems.push('HowTo has no steps');
  steps.forEach((step, index) => {
    if (step?.['@type'] !== 'HowToStep') problems.push(`step ${index + 1} is not a HowToStep`);
    if (typeof step?.text !== 'string' || !step.text.trim()) problems.push(`step ${index + 1} has no text`);
    if (step?.position !== index + 1) problems.push(`step ${index + 1} has position ${step?.position}`);
  });
  return problems;
}

/**
 * Pages of the sitemap that no chain of links from the home page reaches (the site checker's one
 * crawl holds every page's HTML, so this needs no second crawl).
 * @param {Map<string, string>} htmlByPath each page's HTML by its URL path
 * @param {string[]} sitemapPaths
 * @returns {string[]}
 */
export function unreachablePages(htmlByPath, sitemapPaths) {
  const seen = new Set(['/']);
  const queue = ['/'];
  while (queue.length) {
    const html = htmlByPath.get(/** @type {string} */ (queue.shift())) ?? '';
    for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"#?]+)/g)) {
      if (!href?.startsWith('/') || href.startsWith('//')) continue;
      const target = new URL(href, 'http://site').pathname;
      if (seen.has(target) || (/\.[a-z]+$/.test(target) && !target.endsWith('.html'))) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return sitemapPaths.filter((path) => !seen.has(path));
}
