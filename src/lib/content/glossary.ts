/**
 * Plain explanations of the few technical words the move pages use. A move page lists the ones
 * its own text contains; the glossary guide shows them all, each with an anchor to link to.
 */
export interface GlossaryEntry {
  id: string;
  term: string;
  /** How the word appears in running text (any form). */
  pattern: RegExp;
  definition: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'brace',
    term: 'Brace',
    pattern: /\bbrac(?:e|es|ed|ing)\b/i,
    definition: 'Firm up the muscles around your stomach and lower back, as you would before someone gently pushes you, while you keep breathing. It stops your lower back from sagging or twisting.',
  },
  {
    id: 'hinge',
    term: 'Hinge',
    pattern: /\bhing(?:e|es|ed|ing)\b/i,
    definition: 'Lean forward by pushing your hips back, with soft knees and a flat back, so the bend happens at your hips rather than in your spine.',
  },
  {
    id: 'lever',
    term: 'Lever',
    pattern: /\blevers?\b/i,
    definition: 'The length of a limb or of your body, measured from the joint that does the work. The further a weight sits from that joint, the longer the lever and the harder the move: straight arms are harder to lift than bent ones.',
  },
  {
    id: 'hip-extensors',
    term: 'Hip extensors',
    pattern: /\bhip extensors?\b/i,
    definition: 'The muscles that straighten your hips, mainly the glutes and the hamstrings: they bring you upright from a forward lean and hold your body straight in a plank or a row under a table.',
  },
  {
    id: 'inverted-row',
    term: 'Inverted row',
    pattern: /\binverted rows?\b/i,
    definition: 'A row done upside down: you hang face up under a fixed bar or a sturdy table edge and pull your chest up to it, with your own body weight as the load.',
  },
  {
    id: 'high-plank',
    term: 'High plank',
    pattern: /\bhigh plank\b/i,
    definition: 'The top of a push-up: hands under your shoulders, arms straight, and your body in one straight line from head to heels.',
  },
];

export const GLOSSARY_PATH = '/guides/glossary/';
export const glossaryAnchor = (id: string) => `term-${id}`;
export const glossaryHref = (id: string) => `${GLOSSARY_PATH}#${glossaryAnchor(id)}`;

/** The glossary words that appear anywhere in these texts, in glossary order. */
export function termsIn(texts: readonly string[]): GlossaryEntry[] {
  const all = texts.join('\n');
  return GLOSSARY.filter((entry) => entry.pattern.test(all));
}
