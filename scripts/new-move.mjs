#!/usr/bin/env node
// @ts-check
// Writes a new move page to edit: valid frontmatter the build accepts as it is, with every field
// in place and plain placeholders to replace. Refuses an id that is taken or not a slug.
//
//   npm run new:move -- exercise prone-y-raise      (warmup | exercise | stretch)
//   npm run new:move -- stretch neck-tilt --content <dir>   (another content folder)
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** Each kind's folder and the defaults that suit it (a stretch holds 15–20 s, 2–3 times). */
export const KINDS = Object.freeze({
  warmup: { folder: 'warmups', pattern: 'mobility', areas: '[upper-back]', dose: '{ type: reps, sets: 1, reps: 8 }' },
  exercise: { folder: 'exercises', pattern: 'row', areas: '[]', dose: '{ type: reps, sets: 1, reps: 12 }' },
  stretch: { folder: 'stretches', pattern: 'stretch', areas: '[upper-back]', dose: '{ type: hold, seconds: 20, repeats: 2 }' },
});

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "prone-y-raise" -> "Prone y raise": a first title to correct by hand. @param {string} id */
export const titleFromId = (id) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

/**
 * The page's text: frontmatter that passes the move schema, and the body every move needs.
 * @param {keyof typeof KINDS} kind
 * @param {string} id
 * @param {{ muscle: string }} options an existing muscle id, so the page builds before it is edited
 */
export function moveTemplate(kind, id, { muscle }) {
  const { pattern, areas, dose } = KINDS[kind];
  // Strength moves carry their coaching (breathing, tempo, load); every move carries its figure.
  const coaching = kind === 'exercise'
    ? `breathing: Replace this with when to breathe out and in.
tempo: { out: 2, hold: 1, back: 3 }       # seconds: to the end pose, pause there, back
load: Replace this with how to choose a load or band (the last two or three reps hard but clean).
`
    : '';
  return `---
title: ${titleFromId(id)}                 # the page's name
summary: Replace this with one sentence for cards, search results and the meta description.
aliases: []                              # other names people search for; unique across the site
muscles:
  primary: [${muscle}]                   # ids from content/muscles/, at least one
  secondary: []                          # optional; never also primary
equipment: [[]]                          # [[]] = none; [[band]]; [[cable], [band]] = cable OR band
level: beginner                          # beginner | intermediate | advanced
pattern: ${pattern}                      # row | posture | core | grip | mobility | stretch
areas: ${areas}                          # warm-ups and stretches: the body areas they reach
use: [session]                           # session and/or desk-break
dose: ${dose}
setup: Replace this with how to get into the starting position.
steps:
  - Replace this with the first step, one plain sentence.
  - Replace this with the second step.
  - Replace this with the third step.
cues:
  - Replace this cue.
  - Replace this cue too.
mistakes:
  - Replace this with a common mistake and what it costs.
feel: Replace this with what the reader should feel, and where.
safety:
  - Stop if you feel sharp pain, numbness or tingling.
checkFirst:                              # who should ask a doctor or physical therapist first
  - Replace this with who should check first, or say in one sentence that nothing needs checking.
easier: []                               # ids of easier moves; each must list this one as harder
harder: []                               # ids of harder moves; each must list this one as easier
sources: [source-article]                # ids from content/sources.json
${coaching}figure:                                  # the move drawn from pose data: replace with its own poses (README "Move figures")
  props: [floor]
  key: { point: hands, still: [trunk] }   # the point that travels, and what stays still
  views:
    - { camera: side }                   # side | front | back | top | three-quarter (azimuth, elevation)
  poses:
    start: { base: standing, shoulder: { flexion: 0 } }
    end: { base: standing, shoulder: { flexion: 90 } }
---

Replace this with a short introduction in your own words: what the move is and why it helps.

## Starting dose and how to progress

Replace this with the starting dose and one change at a time to make it harder.
`;
}

/**
 * Checks the request against the content folder and writes the page.
 * @param {{ kind: string, id: string, contentDir: string }} request
 * @returns {string} the path written
 */
export function writeMove({ kind, id, contentDir }) {
  if (!Object.hasOwn(KINDS, kind)) throw new Error(`the kind must be one of ${Object.keys(KINDS).join(', ')}, not "${kind}"`);
  if (!SLUG.test(id)) throw new Error(`the id must be a lower-case slug such as "prone-y-raise", not "${id}"`);
  const kinds = /** @type {(keyof typeof KINDS)[]} */ (Object.keys(KINDS));
  for (const other of kinds) {
    const taken = join(contentDir, KINDS[other].folder, `${id}.mdx`);
    if (existsSync(taken)) throw new Error(`${taken} already exists; move ids are unique across warm-ups, exercises and stretches`);
  }
  const muscles = readdirSync(join(contentDir, 'muscles')).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4)).sort();
  if (muscles.length === 0) throw new Error(`no muscles in ${join(contentDir, 'muscles')} to name as the primary muscle`);
  const muscle = muscles.includes('rhomboids') ? 'rhomboids' : /** @type {string} */ (muscles[0]);
  const file = join(contentDir, KINDS[/** @type {keyof typeof KINDS} */ (kind)].folder, `${id}.mdx`);
  writeFileSync(file, moveTemplate(/** @type {keyof typeof KINDS} */ (kind), id, { muscle }));
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { content: { type: 'string', default: 'content' } } });
  const [kind, id] = positionals;
  if (!kind || !id) {
    console.error('usage: npm run new:move -- <warmup|exercise|stretch> <id>   e.g. npm run new:move -- exercise prone-y-raise');
    process.exit(2);
  }
  try {
    const file = writeMove({ kind, id, contentDir: values.content ?? 'content' });
    console.log(`new:move: wrote ${file}. Replace every "Replace this", check the muscles, then npm run build.`);
  } catch (error) {
    console.error(`new:move: ${/** @type {Error} */ (error).message}`);
    process.exit(1);
  }
}
