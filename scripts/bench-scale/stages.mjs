// @ts-check
// Where an `astro build` spent its time, read from its own log: each log line starts with the time
// of day (to the second), and each generated file is listed with the milliseconds it took, e.g.
// "12:41:13   ├─ /exercises/band-row/index.html (+44ms)". Pure text in, figures out, so the
// scale benchmark can say which stage grows with the number of moves.

/** The kinds of generated file, first match wins. */
const ROUTE_KINDS = [
  ['link previews (PNG)', /^\/og\//],
  ['figure files (SVG)', /^\/figures\//],
  ['move pages', /^\/(exercises|warm-ups|stretches)\/[^/]+\/index\.html$/],
  ['other pages and data', /./],
];

const clock = (/** @type {string} */ line) => {
  const m = /^(\d\d):(\d\d):(\d\d) /.exec(line);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
};

/**
 * @param {string} output the build's stdout and stderr
 * @param {number} totalSeconds the build's measured wall time
 * @returns {{ stage: string, seconds: number }[]} in build order; the stages add up to the total
 */
export function buildStages(output, totalSeconds) {
  const lines = output.split('\n');
  const times = lines.map(clock);
  const at = (/** @type {RegExp} */ pattern) => {
    const i = lines.findIndex((line) => pattern.test(line));
    return i < 0 ? undefined : times[i];
  };
  const first = times.find((t) => t !== undefined);
  const bundling = at(/\[build\] Building static entrypoints/);
  const rearranged = at(/\[build\] Rearranging server assets/);
  /** @type {Map<string, number>} */
  const routes = new Map(ROUTE_KINDS.map(([name]) => [/** @type {string} */ (name), 0]));
  let firstRoute;
  for (const [i, line] of lines.entries()) {
    const m = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/.exec(line);
    if (!m) continue;
    const seconds = Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
    const kind = /** @type {string} */ (ROUTE_KINDS.find(([, pattern]) => /** @type {RegExp} */ (pattern).test(m[1]))?.[0]);
    routes.set(kind, /** @type {number} */ (routes.get(kind)) + seconds);
    // The first file's own time is part of the routes, not of the preparation before it.
    firstRoute ??= times[i] === undefined ? undefined : times[i] - seconds;
  }
  if (first === undefined || bundling === undefined || rearranged === undefined || firstRoute === undefined) {
    throw new Error('the build log does not have the lines the stages are read from (timestamps, "Building static entrypoints", the list of generated files)');
  }
  const stages = [
    // The config, the content layer (frontmatter parsed and checked by Zod) and the types.
    { stage: 'content', seconds: bundling - first },
    { stage: 'bundling (Vite: MDX, pages, scripts, CSS)', seconds: rearranged - bundling },
    // getStaticPaths of every route: the figures are drawn here (the link previews list asks for them all).
    { stage: 'static paths and data', seconds: Math.max(0, firstRoute - rearranged) },
    ...[...routes].map(([stage, seconds]) => ({ stage, seconds })),
  ];
  const counted = stages.reduce((sum, s) => sum + s.seconds, 0);
  // Whatever the log cannot place (Node and Astro starting, the sitemap, rounding of the clock) closes the list.
  stages.push({ stage: 'the rest (start-up, sitemap, clock rounding)', seconds: Math.max(0, totalSeconds - counted) });
  return stages.map((s) => ({ stage: s.stage, seconds: Math.round(s.seconds * 10) / 10 }));
}
