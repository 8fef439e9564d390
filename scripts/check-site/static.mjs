// @ts-check
// The checks that read dist from disk: HTML validity, then each page's links, meta tags, JSON-LD,
// CSP and budgets (static-page.mjs), the stylesheets' references, sitemap.xml, robots.txt and _headers.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { HtmlValidate } from 'html-validate';
import { headerCspProblems, headersForPath, pagePathForFile, parseHeadersFile, resolveReference } from './lib.mjs';
import { checkCspAndBudgets, checkJsonLd, checkMeta, checkReferences, fileFor } from './static-page.mjs';
import { filesUnder } from '../lib/files.mjs';

/** @typedef {import('./static-page.mjs').Failure} Failure */
/** @typedef {import('./static-page.mjs').Page} Page */
/** @typedef {import('./static-page.mjs').Context} Context */

/** Pagefind's folder holds its index and UI bundles, not pages of the site. */
const notASitePage = (/** @type {string} */ file) => file.startsWith('pagefind/');

/**
 * @param {{ distDir: string, siteOrigin: string }} options
 * @returns {Promise<{ failures: Failure[], pages: Page[], sitemapPaths: string[] }>}
 */
export async function staticChecks({ distDir, siteOrigin }) {
  /** @type {Failure[]} */
  const failures = [];
  const files = await filesUnder(distDir, { skip: notASitePage });
  const pagesByFile = await readPages(distDir, files);
  /** @type {Context} */
  const ctx = {
    distDir, siteOrigin, pagesByFile, pages: [...pagesByFile.values()], svgIds: svgIdReader(distDir),
    fail: (page, rule, detail) => failures.push({ page, rule, detail }),
  };
  await validateHtml(ctx);
  for (const page of ctx.pages) {
    const root = parse(page.html);
    await checkReferences(ctx, page, root);
    checkJsonLd(ctx, page, root, checkMeta(ctx, page, root));
    checkCspAndBudgets(ctx, page, root);
  }
  await checkStylesheets(ctx, files);
  const sitemapPaths = await checkSitemap(ctx);
  await checkRobots(ctx);
  await checkHeaders(ctx);
  return { failures, pages: ctx.pages, sitemapPaths };
}

/** Every page's HTML and the ids a fragment may name, by file. @param {string} distDir @param {string[]} files */
async function readPages(distDir, files) {
  /** @type {Map<string, Page>} by relative file */
  const pagesByFile = new Map();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = await readFile(join(distDir, file), 'utf8');
    const root = parse(html);
    const ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
    for (const a of root.querySelectorAll('a[name]')) ids.add(a.getAttribute('name') ?? '');
    pagesByFile.set(file, { path: pagePathForFile(file), file, html, ids });
  }
  return pagesByFile;
}

/** The ids in each SVG file linked with a fragment, read once. @param {string} distDir */
function svgIdReader(distDir) {
  /** @type {Map<string, Promise<Set<string>>>} */
  const cache = new Map();
  return (/** @type {string} */ file) => {
    if (!cache.has(file)) cache.set(file, readFile(join(distDir, file), 'utf8').then((svg) => new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))));
    return /** @type {Promise<Set<string>>} */ (cache.get(file));
  };
}

/** Valid HTML: html-validate's recommended rules, no errors (warnings count too). @param {Context} ctx */
async function validateHtml({ pages, fail }) {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // One change to the recommended rules: a group of checkboxes sharing a name (a multi-value
      // filter, ?muscle=a&muscle=b) is standard HTML; the rule's default only shares radio names.
      'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
      // And void elements may be written either way (both are valid HTML): Astro omits the slash,
      // Preact's server renderer for the builder island writes <input />, and neither is ours to choose.
      'void-style': 'off',
    },
  });
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        fail(page.path, `html-validate/${message.ruleId}`, `${message.message} (line ${message.line}:${message.column}${message.selector ? `, ${message.selector}` : ''})`);
      }
    }
  }
}

/** Every url() a stylesheet references resolves, and none loads from another site. @param {Context} ctx @param {string[]} files */
async function checkStylesheets({ distDir, siteOrigin, fail }, files) {
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    const css = await readFile(join(distDir, file), 'utf8');
    for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      const resolved = resolveReference(match[2], `/${file}`, siteOrigin);
      if (resolved?.kind === 'external') fail(`/${file}`, 'third-party-resource', `url(${match[2]})`);
      else if (resolved?.kind === 'internal' && !fileFor(distDir, resolved.path)) fail(`/${file}`, 'broken-link', `url(${match[2]}) does not resolve`);
    }
  }
}

/**
 * sitemap.xml lists every page (but the 404 and pages marked noindex, such as the offline page),
 * and only pages that exist.
 * @param {Context} ctx
 * @returns {Promise<string[]>} the paths it lists
 */
async function checkSitemap({ distDir, siteOrigin, pages, fail }) {
  /** @type {string[]} */
  const sitemapPaths = [];
  const sitemapFile = join(distDir, 'sitemap.xml');
  if (!existsSync(sitemapFile)) fail('/sitemap.xml', 'sitemap', 'dist/sitemap.xml is missing');
  else {
    const xml = await readFile(sitemapFile, 'utf8');
    if (!/<urlset[^>]*xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9"/.test(xml)) fail('/sitemap.xml', 'sitemap', 'no <urlset> in the sitemap namespace');
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1].trim());
    for (const loc of locs) {
      const resolved = resolveReference(loc, '/', siteOrigin);
      if (!loc.startsWith(`${siteOrigin}/`) || resolved?.kind !== 'internal') fail('/sitemap.xml', 'sitemap', `${loc} is not on ${siteOrigin}`);
      else if (!fileFor(distDir, resolved.path)?.endsWith('.html')) fail('/sitemap.xml', 'sitemap', `${loc} is not a page in dist`);
      else sitemapPaths.push(resolved.path);
    }
    if (new Set(locs).size !== locs.length) fail('/sitemap.xml', 'sitemap', 'lists a URL twice');
    const listed = new Set(sitemapPaths.map((path) => fileFor(distDir, path)));
    for (const page of pages) {
      const noindex = /<meta name="robots" content="noindex"/.test(page.html);
      if (noindex && listed.has(page.file)) fail(page.path, 'sitemap', 'a noindex page is in sitemap.xml');
      else if (page.file !== '404.html' && !noindex && !listed.has(page.file)) fail(page.path, 'sitemap', 'page is not in sitemap.xml (the crawl would miss it)');
    }
  }
  return sitemapPaths;
}

/** robots.txt names the sitemap. @param {Context} ctx */
async function checkRobots({ distDir, siteOrigin, fail }) {
  const robotsFile = join(distDir, 'robots.txt');
  if (!existsSync(robotsFile)) fail('/robots.txt', 'robots', 'dist/robots.txt is missing');
  else if (!(await readFile(robotsFile, 'utf8')).includes(`Sitemap: ${siteOrigin}/sitemap.xml`)) fail('/robots.txt', 'robots', `no "Sitemap: ${siteOrigin}/sitemap.xml" line`);
}

/** _headers for static hosts: the security headers on every path, a CSP that agrees with the meta tag. @param {Context} ctx */
async function checkHeaders({ distDir, pages, fail }) {
  const headersFile = join(distDir, '_headers');
  if (!existsSync(headersFile)) fail('/_headers', 'headers', 'dist/_headers is missing (public/_headers)');
  else {
    try {
      const rules = parseHeadersFile(await readFile(headersFile, 'utf8'));
      for (const page of pages) {
        const headers = headersForPath(rules, page.path);
        const missing = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy'].filter((name) => !headers[name]);
        if (missing.length) fail(page.path, 'headers', `_headers sends no ${missing.join(', ')}`);
        if (headers['x-content-type-options'] && headers['x-content-type-options'] !== 'nosniff') fail(page.path, 'headers', 'X-Content-Type-Options is not nosniff');
        if (headers['set-cookie']) fail(page.path, 'headers', '_headers sets a cookie');
        for (const problem of headers['content-security-policy'] ? headerCspProblems(headers['content-security-policy']) : []) fail(page.path, 'headers/csp', problem);
      }
    } catch (error) {
      fail('/_headers', 'headers', /** @type {Error} */ (error).message);
    }
  }
}
