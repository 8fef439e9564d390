// @ts-check
// The site checker's checks of one built page read from disk (static.mjs runs them on every page):
// its links, fragments and assets; its meta tags and Open Graph; its JSON-LD; its CSP meta tag,
// inline handlers and style attributes; and its HTML and figure budgets.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from './budgets.mjs';
import { candidateFiles, cspProblems, gzipSize, howToProblems, isMovePage, kb, resolveReference, srcsetUrls } from './lib.mjs';

/** @typedef {{ page: string, rule: string, detail: string }} Failure */
/** @typedef {{ path: string, file: string, html: string, ids: Set<string> }} Page */
/**
 * What every check reads: where dist is, the site's origin, the pages by file, and where to report.
 * @typedef {{ distDir: string, siteOrigin: string, pages: Page[], pagesByFile: Map<string, Page>, fail: (page: string, rule: string, detail: string) => void, svgIds: (file: string) => Promise<Set<string>> }} Context
 */
/** @typedef {import('node-html-parser').HTMLElement} Root */

/** @param {string} distDir @param {string} pathname */
export function fileFor(distDir, pathname) {
  return candidateFiles(pathname).find((candidate) => existsSync(join(distDir, candidate)));
}

/**
 * Every href, src, srcset, poster and action: a file in dist, a fragment that exists, never a script URL or another site's resource.
 * @param {Context} ctx @param {Page} page @param {Root} root
 */
export async function checkReferences({ distDir, siteOrigin, pagesByFile, fail, svgIds }, page, root) {
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
}

/**
 * Title, canonical, description, Open Graph and language.
 * @param {Context} ctx @param {Page} page @param {Root} root
 * @returns {{ description: string, canonical: string }}
 */
export function checkMeta({ distDir, siteOrigin, fail }, page, root) {
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
  return { description, canonical };
}

/**
 * JSON-LD: every block parses; move pages carry a HowTo whose steps point at this page's steps.
 * @param {Context} ctx @param {Page} page @param {Root} root @param {{ description: string, canonical: string }} meta
 */
export function checkJsonLd({ distDir, siteOrigin, fail }, page, root, { description, canonical }) {
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
}

/**
 * The CSP meta tag, what the CSP would block (inline handlers, style attributes), and the HTML and figure budgets.
 * @param {Context} ctx @param {Page} page @param {Root} root
 */
export function checkCspAndBudgets({ fail }, page, root) {
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
