// @ts-check
// The checks that read dist from disk: HTML validity, links, fragments and assets, meta tags,
// JSON-LD, the CSP meta tag, the HTML budget, sitemap.xml, robots.txt and _headers.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { HtmlValidate } from 'html-validate';
import { BUDGETS } from './budgets.mjs';
import {
  candidateFiles,
  cspProblems,
  gzipSize,
  headerCspProblems,
  headersForPath,
  howToProblems,
  isMovePage,
  kb,
  pagePathForFile,
  parseHeadersFile,
  resolveReference,
  srcsetUrls,
} from './lib.mjs';
import { filesUnder } from '../lib/files.mjs';

/** @typedef {{ page: string, rule: string, detail: string }} Failure */
/** @typedef {{ path: string, file: string, html: string, ids: Set<string> }} Page */

/** Pagefind's folder holds its index and UI bundles, not pages of the site. */
const notASitePage = (/** @type {string} */ file) => file.startsWith('pagefind/');

/** @param {string} distDir @param {string} pathname */
function fileFor(distDir, pathname) {
  return candidateFiles(pathname).find((candidate) => existsSync(join(distDir, candidate)));
}

/**
 * @param {{ distDir: string, siteOrigin: string }} options
 * @returns {Promise<{ failures: Failure[], pages: Page[], sitemapPaths: string[] }>}
 */
export async function staticChecks({ distDir, siteOrigin }) {
  /** @type {Failure[]} */
  const failures = [];
  const fail = (/** @type {string} */ page, /** @type {string} */ rule, /** @type {string} */ detail) => failures.push({ page, rule, detail });

  const files = await filesUnder(distDir, { skip: notASitePage });
  /** @type {Map<string, Page>} by relative file */
  const pagesByFile = new Map();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = await readFile(join(distDir, file), 'utf8');
    const root = parse(html);
    const ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
    for (const a of root.querySelectorAll('a[name]')) ids.add(a.getAttribute('name') ?? '');
    pagesByFile.set(file, { path: pagePathForFile(file), file, html, ids });
  }
  const pages = [...pagesByFile.values()];
  /** @type {Map<string, Promise<Set<string>>>} the ids in each SVG file linked with a fragment */
  const svgIdCache = new Map();
  const svgIds = (/** @type {string} */ file) => {
    if (!svgIdCache.has(file)) svgIdCache.set(file, readFile(join(distDir, file), 'utf8').then((svg) => new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))));
    return /** @type {Promise<Set<string>>} */ (svgIdCache.get(file));
  };

  // 1. Valid HTML: html-validate's recommended rules, no errors (warnings count too).
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

  // 2. Links, fragments and assets; meta tags; JSON-LD; CSP meta; HTML budget.
  for (const page of pages) {
    const root = parse(page.html);
    /** @type {[string, string][]} element, reference */
    const references = [];
    for (const el of root.querySelectorAll('[href], [src], [srcset], [poster], [action]')) {
      for (const attribute of ['href', 'src', 'poster', 'action']) {
        const value = el.getAttribute(attribute);
        if (value !== undefined) references.push([el.rawTagName.toLowerCase(), value]);
      }
      const srcset = el.getAttribute('srcset');
      if (srcset) for (const url of srcsetUrls(srcset)) references.push([el.rawTagName.toLowerCase(), url]);
    }
    for (const [tag, reference] of references) {
      const resolved = resolveReference(reference, page.path, siteOrigin);
      if (!resolved) continue;
      if (resolved.kind === 'script-url') {
        fail(page.path, 'no-script-url', `<${tag}> uses a javascript: URL`);
        continue;
      }
      if (resolved.kind === 'external') {
        // Links out (to sources) are fine; loading anything from another origin is not.
        if (tag !== 'a') fail(page.path, 'third-party-resource', `<${tag}> loads ${resolved.url}`);
        continue;
      }
      const target = fileFor(distDir, resolved.path);
      if (!target) {
        fail(page.path, 'broken-link', `<${tag}> ${reference} does not resolve to a file in dist`);
        continue;
      }
      if (resolved.fragment) {
        const targetPage = pagesByFile.get(target);
        // An SVG's fragment names one of its elements (the stills file's <view>s).
        if (target.endsWith('.svg')) {
          if (!(await svgIds(target)).has(resolved.fragment)) fail(page.path, 'broken-fragment', `${reference}: no element with id "${resolved.fragment}" in /${target}`);
        } else if (!targetPage) fail(page.path, 'broken-fragment', `${reference}: #${resolved.fragment} points into a file that is not a page`);
        else if (!targetPage.ids.has(resolved.fragment)) fail(page.path, 'broken-fragment', `${reference}: no element with id "${resolved.fragment}" on ${targetPage.path}`);
      }
    }

    // Meta: title, canonical, description, Open Graph, language.
    const meta = (/** @type {string} */ selector) => root.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
    if (!root.querySelector('html')?.getAttribute('lang')) fail(page.path, 'meta/lang', '<html> has no lang');
    if (!root.querySelector('title')?.text.trim()) fail(page.path, 'meta/title', 'no <title>');
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    if (!canonical) fail(page.path, 'meta/canonical', 'no <link rel="canonical">');
    else {
      const resolved = resolveReference(canonical, page.path, siteOrigin);
      if (!canonical.startsWith(`${siteOrigin}/`)) fail(page.path, 'meta/canonical', `${canonical} is not an absolute URL on ${siteOrigin}`);
      else if (resolved?.kind !== 'internal' || fileFor(distDir, resolved.path) !== page.file) fail(page.path, 'meta/canonical', `${canonical} does not point at this page`);
    }
    const description = meta('meta[name="description"]');
    if (!description) fail(page.path, 'meta/description', 'no meta description');
    for (const property of ['og:title', 'og:type', 'og:url', 'og:image', 'og:image:alt', 'og:description', 'og:site_name']) {
      if (!meta(`meta[property="${property}"]`)) fail(page.path, 'meta/open-graph', `no ${property}`);
    }
    const image = meta('meta[property="og:image"]');
    if (image) {
      const resolved = resolveReference(image, page.path, siteOrigin);
      if (!image.startsWith(`${siteOrigin}/`) || resolved?.kind !== 'internal' || !fileFor(distDir, resolved.path)) fail(page.path, 'meta/open-graph', `og:image ${image} is not an absolute URL of a file in dist`);
    }
    if (canonical && meta('meta[property="og:url"]') !== canonical) fail(page.path, 'meta/open-graph', 'og:url is not the canonical URL');
    if (description && meta('meta[property="og:description"]') !== description) fail(page.path, 'meta/open-graph', 'og:description is not the meta description');

    // JSON-LD: every block parses; move pages carry a HowTo with their steps.
    /** @type {unknown[]} */
    const blocks = [];
    for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
      try {
        blocks.push(JSON.parse(script.textContent));
      } catch (error) {
        fail(page.path, 'json-ld/parse', /** @type {Error} */ (error).message);
      }
    }
    if (isMovePage(page.path)) {
      for (const problem of howToProblems(blocks, { description, canonical })) fail(page.path, 'json-ld/howto', problem);
      const steps = /** @type {any} */ (blocks.find((b) => /** @type {any} */ (b)?.['@type'] === 'HowTo'))?.step ?? [];
      for (const step of steps) {
        const resolved = typeof step?.url === 'string' ? resolveReference(step.url, page.path, siteOrigin) : null;
        if (resolved?.kind !== 'internal' || fileFor(distDir, resolved.path) !== page.file || !page.ids.has(resolved.fragment)) {
          fail(page.path, 'json-ld/howto', `step url ${step?.url} does not point at a step on this page`);
        }
      }
    }

    // The CSP meta tag Astro emits: present, before any script, strict.
    const cspMeta = root.querySelectorAll('meta[http-equiv]').find((el) => el.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
    if (!cspMeta) fail(page.path, 'csp/meta', 'no Content-Security-Policy meta tag');
    else for (const problem of cspProblems(cspMeta.getAttribute('content') ?? '')) fail(page.path, 'csp/meta', problem);

    // Inline event handlers and style attributes would need 'unsafe-inline'.
    for (const el of root.querySelectorAll('*')) {
      for (const name of Object.keys(el.attributes)) {
        if (/^on[a-z]+$/i.test(name)) fail(page.path, 'csp/inline-handler', `<${el.rawTagName.toLowerCase()} ${name}> needs 'unsafe-inline'`);
      }
      if (el.getAttribute('style') !== undefined) fail(page.path, 'csp/style-attribute', `<${el.rawTagName.toLowerCase()} style="…"> is blocked by the CSP`);
    }

    const htmlSize = gzipSize(page.html);
    if (htmlSize > BUDGETS.html) fail(page.path, 'budget/html', `${kb(htmlSize)} gzip, budget ${kb(BUDGETS.html)}`);
    const figure = root.querySelector('figure[data-move-figure]');
    if (figure) {
      const keyframes = root.querySelectorAll('head style').map((s) => s.textContent).filter((t) => t.includes('@keyframes')).join('');
      const figureSize = gzipSize(figure.outerHTML + keyframes);
      if (figureSize > BUDGETS.moveFigures) fail(page.path, 'budget/figures', `${kb(figureSize)} gzip of figures, budget ${kb(BUDGETS.moveFigures)}`);
    }
  }

  // 3. CSS files: every url() they reference resolves.
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    const css = await readFile(join(distDir, file), 'utf8');
    for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      const resolved = resolveReference(match[2], `/${file}`, siteOrigin);
      if (resolved?.kind === 'external') fail(`/${file}`, 'third-party-resource', `url(${match[2]})`);
      else if (resolved?.kind === 'internal' && !fileFor(distDir, resolved.path)) fail(`/${file}`, 'broken-link', `url(${match[2]}) does not resolve`);
    }
  }

  // 4. sitemap.xml lists every page (but the 404 and pages marked noindex, such as the offline
  // page), and only pages that exist.
  /** @type {string[]} */
  let sitemapPaths = [];
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
  const robotsFile = join(distDir, 'robots.txt');
  if (!existsSync(robotsFile)) fail('/robots.txt', 'robots', 'dist/robots.txt is missing');
  else if (!(await readFile(robotsFile, 'utf8')).includes(`Sitemap: ${siteOrigin}/sitemap.xml`)) fail('/robots.txt', 'robots', `no "Sitemap: ${siteOrigin}/sitemap.xml" line`);

  // 5. _headers for static hosts: the security headers on every path, a CSP that agrees with the meta tag.
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

  return { failures, pages, sitemapPaths };
}
