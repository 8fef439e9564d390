import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { budgetProblems, isContentPage, jsBudget, jsBudgetProblems, atOnceArrival, JS_BUDGETS } from '../../../scripts/check-site/budgets.mjs';
import {
  unreachablePages,
  candidateFiles,
  cspProblems,
  formatFailure,
  headerCspProblems,
  headersForPath,
  howToProblems,
  htmlSinks,
  isMovePage,
  pagePathForFile,
  parseHeadersFile,
  resolveReference,
} from '../../../scripts/check-site/lib.mjs';

const SITE = 'https://upright.example';

describe('resolveReference', () => {
  it('treats the site URL as internal and maps it to a path and fragment', () => {
    expect(resolveReference('https://upright.example/exercises/band-row/#step-2', '/', SITE)).toEqual({ kind: 'internal', path: '/exercises/band-row/', fragment: 'step-2' });
  });
  it('resolves relative references against the page', () => {
    expect(resolveReference('../rhomboids/', '/muscles/trapezius/', SITE)).toEqual({ kind: 'internal', path: '/muscles/rhomboids/', fragment: '' });
    expect(resolveReference('#main', '/guides/', SITE)).toEqual({ kind: 'internal', path: '/guides/', fragment: 'main' });
  });
  it('reports other origins, protocol-relative ones included, as external', () => {
    expect(resolveReference('//cdn.example.com/x.js', '/', SITE)).toEqual({ kind: 'external', url: 'https://cdn.example.com/x.js' });
    expect(resolveReference('http://upright.example/', '/', SITE)).toMatchObject({ kind: 'external' });
  });
  it('skips mailto and data, and flags javascript: URLs', () => {
    expect(resolveReference('mailto:a@b.c', '/', SITE)).toBeNull();
    expect(resolveReference('data:image/png;base64,AAAA', '/', SITE)).toBeNull();
    expect(resolveReference(' JavaScript:alert(1)', '/', SITE)).toEqual({ kind: 'script-url' });
  });
  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (value) => {
      resolveReference(value, '/a/', SITE);
    }));
  });
});

describe('paths and files', () => {
  it('maps dist files to the paths a host serves them at, and back', () => {
    expect(pagePathForFile('index.html')).toBe('/');
    expect(pagePathForFile('muscles/index.html')).toBe('/muscles/');
    expect(pagePathForFile('404.html')).toBe('/404.html');
    expect(candidateFiles('/')).toEqual(['index.html']);
    expect(candidateFiles('/muscles/')).toEqual(['muscles/index.html']);
    expect(candidateFiles('/404.html')[0]).toBe('404.html');
    expect(candidateFiles('/guides')).toContain('guides/index.html');
  });
  it('round-trips every directory page', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 4 }), (parts) => {
      const file = [...parts, 'index.html'].join('/');
      expect(candidateFiles(pagePathForFile(file))).toContain(file);
    }));
  });
  it('knows move pages and app routes', () => {
    expect(isMovePage('/exercises/band-row/')).toBe(true);
    expect(isMovePage('/exercises/')).toBe(false);
    expect(isMovePage('/muscles/rhomboids/')).toBe(false);
    expect(isContentPage('/routine/')).toBe(false);
    expect(isContentPage('/search/')).toBe(false);
    expect(isContentPage('/guides/safety/')).toBe(true);
  });
});

describe('cspProblems', () => {
  const strict = "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-abc+/='; style-src 'self' 'sha256-def='";
  it('accepts self, hashes and data: images', () => {
    expect(cspProblems(strict)).toEqual([]);
  });
  it("rejects 'unsafe-inline' scripts and styles, and other origins", () => {
    expect(cspProblems(`${strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")}`)).toEqual(["script-src allows 'unsafe-inline'"]);
    expect(cspProblems("default-src 'self'; style-src 'unsafe-inline'")).toEqual(["style-src allows 'unsafe-inline'"]);
    expect(cspProblems("default-src 'self'; script-src 'self' https://cdn.example.com")).toEqual(['script-src allows another origin or scheme: https://cdn.example.com']);
    expect(cspProblems("default-src *")).toEqual(['default-src allows another origin or scheme: *']);
  });
  it('rejects a policy that leaves scripts unrestricted', () => {
    expect(cspProblems("img-src 'self'")).toContain('no script-src or default-src: scripts are unrestricted');
  });
});

describe('_headers', () => {
  const file = `# comment\n/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'\n\n/_astro/*\n  Cache-Control: immutable\n`;
  it('parses rules and merges every match in order', () => {
    const rules = parseHeadersFile(file);
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_astro/*']);
    expect(headersForPath(rules, '/_astro/a.css')).toEqual({ 'x-content-type-options': 'nosniff', 'content-security-policy': "frame-ancestors 'none'; object-src 'none'", 'cache-control': 'immutable' });
    expect(headersForPath(rules, '/guides/')['cache-control']).toBeUndefined();
  });
  it('names the line of a header outside any path', () => {
    expect(() => parseHeadersFile('  X-A: b')).toThrow(/line 1/);
  });
  it('rejects a header CSP that would block the hashed inline code, or omits frame-ancestors', () => {
    expect(headerCspProblems("frame-ancestors 'none'; object-src 'none'")).toEqual([]);
    expect(headerCspProblems("frame-ancestors 'none'; default-src 'self'")[0]).toMatch(/default-src/);
    expect(headerCspProblems("object-src 'none'")[0]).toMatch(/frame-ancestors/);
    expect(headerCspProblems("frame-ancestors 'none'; img-src https://evil.example")[0]).toMatch(/another origin/);
  });
});

describe('htmlSinks', () => {
  it('finds string-to-HTML sinks with their line, but allows JSON-LD via set:html', () => {
    const source = 'a\nel.innerHTML = location.hash;\n<script type="application/ld+json" set:html={jsonLd} />\n<div set:html={x} />\n<script type="application/json" set:html={props} />\n';
    expect(htmlSinks(source)).toEqual([{ line: 2, match: 'innerHTML' }, { line: 4, match: 'set:html' }]);
    expect(htmlSinks('el.textContent = x;')).toEqual([]);
  });
});

describe('howToProblems', () => {
  const page = { description: 'A row.', canonical: 'https://upright.example/exercises/band-row/' };
  const howTo = {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: 'Band row',
    description: 'A row.',
    url: page.canonical,
    step: [1, 2, 3].map((position) => ({ '@type': 'HowToStep', position, text: `Step ${position}.`, url: `${page.canonical}#step-${position}` })),
  };
  it('accepts a HowTo with the summary and its steps in order', () => {
    expect(howToProblems([{ '@type': 'Other' }, howTo], page)).toEqual([]);
  });
  it('names what is missing or wrong', () => {
    expect(howToProblems([], page)).toEqual(['no HowTo JSON-LD block']);
    expect(howToProblems([{ ...howTo, step: [] }], page)).toEqual(['HowTo has no steps']);
    expect(howToProblems([{ ...howTo, description: 'Other.' }], page)).toEqual(['HowTo description is not the page summary (meta description)']);
    expect(howToProblems([{ ...howTo, step: [howTo.step[1]] }], page)).toEqual(['step 1 has position 2']);
  });
});

it('formats one tab-separated line per failure', () => {
  expect(formatFailure({ page: '/a/', rule: 'broken-link', detail: 'x\n  y' })).toBe('FAIL\t/a/\tbroken-link\tx y');
});

describe('budgetProblems (CSS, and all a content page loads)', () => {
  const light = { css: 4_000, total: 11_000 };
  it('passes pages within their budgets', () => {
    expect(budgetProblems({ path: '/exercises/band-row/', ...light })).toEqual([]);
    expect(budgetProblems({ path: '/routine/', ...light, total: 60 * 1024 })).toEqual([]);
  });
  it('holds content pages to 50 KB in all, and every page to 10 KB of CSS', () => {
    expect(budgetProblems({ path: '/guides/', ...light, total: 50 * 1024 + 1 }).map((p) => p.rule)).toEqual(['budget/total']);
    expect(budgetProblems({ path: '/search/', ...light, css: 10 * 1024 + 1 }).map((p) => p.rule)).toEqual(['budget/css']);
  });
});

describe('jsBudgetProblems (the one JavaScript budget table, looked up by path)', () => {
  // A page's own at-once chunk (JS_BUDGETS' atOnce) is there, empty, unless a test gives the chunks.
  const ownChunks = (path: string) => [jsBudget(path).atOnce].flatMap((a) => (a ? [{ name: `/_astro/${a.chunk}.x.js`, bytes: 0 }] : []));
  const page = (path: string, arrival: number, onUse = ownChunks(path)) => ({ path, arrival, onUse });
  it('holds /routine/ to 9 KB on arrival and content pages to 2 KB', () => {
    expect(jsBudgetProblems(page('/routine/', 9 * 1024))).toEqual([]);
    expect(jsBudgetProblems(page('/routine/', 9 * 1024 + 1))).toEqual([{ rule: 'budget/js', detail: expect.stringContaining('budget 9.0 KB') }]);
    expect(jsBudgetProblems(page('/guides/', 2 * 1024 + 1)).map((p) => p.rule)).toEqual(['budget/js']);
    expect(jsBudget('/exercises/band-row/')).toBe(JS_BUDGETS.contentPage);
  });
  it('holds every chunk loaded on use to 15 KB', () => {
    expect(jsBudgetProblems(page('/progress/', 1024, [...ownChunks('/progress/'), { name: '/_astro/a.js', bytes: 15 * 1024 }]))).toEqual([]);
    expect(jsBudgetProblems(page('/progress/', 1024, [...ownChunks('/progress/'), { name: '/_astro/a.js', bytes: 15 * 1024 + 1 }]))).toEqual([{ rule: 'budget/js-on-use', detail: expect.stringContaining('/_astro/a.js') }]);
  });
  it('holds every page, the program planner too, to 15 KB a chunk: no page has its own on-use limit', () => {
    expect(jsBudgetProblems(page('/program/', 1024, [{ name: '/_astro/planner.x.js', bytes: 15 * 1024 + 1 }])).map((p) => p.detail)).toEqual([expect.stringContaining('budget 15.0 KB a chunk')]);
    expect(jsBudgetProblems(page('/program/', 1024, [{ name: '/_astro/planner.x.js', bytes: 15 * 1024 }]))).toEqual([]);
    for (const budget of [JS_BUDGETS.contentPage, ...Object.values(JS_BUDGETS.pages)]) expect(Object.keys(budget)).not.toContain('onUse');
  });
  it('counts the chunk an element loads at once (a link with a plan) with the arrival, against its own line', () => {
    const builder = (extra: number) => page('/routine/', 2 * 1024, [{ name: '/_astro/builder-core.abc.js', bytes: extra }, { name: '/_astro/calendar.x.js', bytes: 10 * 1024 }]);
    const limit = JS_BUDGETS.pages['/routine/']!.atOnce!.arrival;
    expect(atOnceArrival(builder(5000))).toEqual({ when: 'the link carries a plan', bytes: 2 * 1024 + 5000 });
    expect(jsBudgetProblems(builder(limit - 2 * 1024))).toEqual([]);
    expect(jsBudgetProblems(builder(limit - 2 * 1024 + 1))).toEqual([{ rule: 'budget/js', detail: expect.stringContaining('when the link carries a plan') }]);
    // A renamed chunk is caught, not silently left out of the count.
    expect(jsBudgetProblems(page('/routine/', 1024, [{ name: '/_astro/other.js', bytes: 1 }])).map((p) => p.detail)).toEqual([expect.stringContaining('no on-use chunk named builder-core')]);
    expect(atOnceArrival(page('/search/', 1024))).toBeUndefined();
  });
  it('keeps issue 21\'s limits: the builder 9 KB, the player 10, the log 8, content pages 2, 15 KB a chunk on use', () => {
    const { pages } = JS_BUDGETS;
    const aim = (budget: { arrival: number; target?: number }) => budget.target ?? budget.arrival;
    expect([aim(pages['/routine/']!), aim(pages['/routine/']!.atOnce!), aim(pages['/routine/play/']!), aim(pages['/progress/']!), aim(pages['/progress/']!.atOnce!)])
      .toEqual([9 * 1024, 9 * 1024, 10 * 1024, 8 * 1024, 8 * 1024]);
    expect(JS_BUDGETS.contentPage.arrival).toBe(2 * 1024);
    expect(JS_BUDGETS.onUseChunk).toBe(15 * 1024);
  });
});

describe('unreachablePages', () => {
  const a = (href: string) => `<a class="x" href="${href}">x</a>`;
  it('follows links from the home page, and names the pages no chain of links reaches', () => {
    const html = new Map([
      ['/', a('/a/') + a('/data/moves.json') + a('https://elsewhere.example/') + a('/#main')],
      ['/a/', a('/b/?q=1') + a('//cdn.example/x')],
      ['/b/', a('/a/')],
      ['/orphan/', a('/')],
    ]);
    expect(unreachablePages(html, ['/', '/a/', '/b/', '/orphan/'])).toEqual(['/orphan/']);
  });
});
