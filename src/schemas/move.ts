import { z } from 'astro/zod';
import { levelSchema, slugSchema, sourceRefsSchema, summarySchema } from './common';
import { equipmentAlternativesSchema } from './equipment';
import { AREAS, MOVE_KINDS, PATTERNS, USES, type Area, type MoveKind, type Pattern } from '../lib/content/vocabulary';
import { coachingFields, requireCoaching } from './coaching';
import { figurePropProblems, figureSchema } from './figure';

export { MOVE_KINDS, PATTERNS, AREAS, USES, type Area, type MoveKind, type Pattern };

export const patternSchema = z.enum(PATTERNS);
export const areaSchema = z.enum(AREAS);

/** How many steps a move lists; the README's frontmatter example states the same pair. */
export const STEP_COUNT = { min: 3, max: 8 } as const;

const perSide = z.boolean().default(false);
/**
 * A starting dose. Impossible numbers (no reps, a zero-second hold, an hour-long set) fail the
 * build with the field named.
 */
export const doseSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('reps'),
      sets: z.int().min(1, 'needs at least 1 set').max(5, 'more than 5 sets is not a starting dose'),
      reps: z.int().min(1, 'needs at least 1 rep').max(30, 'more than 30 reps is not a starting dose'),
      perSide,
    }),
    z.strictObject({
      type: z.literal('hold'),
      seconds: z.int().min(3, 'a hold lasts at least 3 seconds').max(120, 'a hold of more than 120 seconds is not a starting dose'),
      repeats: z.int().min(1, 'needs at least 1 repeat').max(10, 'more than 10 repeats is not a starting dose'),
      perSide,
    }),
    z.strictObject({
      type: z.literal('time'),
      seconds: z.int().min(5, 'lasts at least 5 seconds').max(600, 'more than 10 minutes is not a starting dose'),
      perSide,
    }),
  ],
  { error: 'must have type "reps" (sets, reps), "hold" (seconds, repeats) or "time" (seconds)' },
);
export type Dose = z.infer<typeof doseSchema>;

const sentence = z.string().trim().min(3, 'must not be empty');

export const moveSchema = z.strictObject({
  title: z.string({ error: 'is required' }).trim().min(2),
  summary: summarySchema,
  aliases: z.array(z.string().trim().min(2)).default([]),
  muscles: z.strictObject({
    primary: z.array(slugSchema, { error: 'is required: list at least one primary muscle id' }).min(1, 'list at least one primary muscle id'),
    secondary: z.array(slugSchema).default([]),
  }, { error: 'is required: give muscles.primary (and optionally muscles.secondary)' }),
  equipment: equipmentAlternativesSchema,
  level: levelSchema,
  pattern: patternSchema,
  areas: z.array(areaSchema).default([]),
  use: z.array(z.enum(USES)).min(1).default(['session']),
  dose: doseSchema,
  setup: sentence.optional(),
  steps: z.array(sentence).min(STEP_COUNT.min, `list at least ${STEP_COUNT.min} steps`).max(STEP_COUNT.max, `list at most ${STEP_COUNT.max} steps`),
  cues: z.array(sentence).min(2, 'list at least 2 cues').max(4, 'list at most 4 cues'),
  mistakes: z.array(sentence).min(1, 'list at least 1 common mistake').max(4, 'list at most 4 mistakes'),
  feel: sentence.optional(),
  safety: z.array(sentence).min(1, 'say what to watch for and when to stop'),
  /**
   * Who should ask a doctor or physical therapist before doing the move (shown as "Check first" on
   * its page and in the player's get-ready). A move with nothing to check says so in a sentence.
   */
  checkFirst: z.array(sentence, { error: 'is required: list who should ask a doctor or physical therapist first, or say in one sentence that nothing needs checking' })
    .min(1, 'list at least one line (or one sentence saying nothing needs checking)').max(5, 'list at most 5 lines'),
  easier: z.array(slugSchema).default([]),
  harder: z.array(slugSchema).default([]),
  sources: sourceRefsSchema,
  ...coachingFields,
  figure: figureSchema,
})
  .superRefine((move, ctx) => {
    const overlap = move.muscles.secondary.filter((id) => move.muscles.primary.includes(id));
    for (const id of overlap) {
      ctx.addIssue({
        code: 'custom',
        path: ['muscles', 'secondary'],
        message: `"${id}" is already a primary muscle; list it once`,
      });
    }
    const needsAreas = move.pattern === 'mobility' || move.pattern === 'stretch';
    if (needsAreas && move.areas.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['areas'], message: 'warm-ups and stretches must name the body areas they reach' });
    }
    for (const message of figurePropProblems(move.figure.props, move.equipment)) ctx.addIssue({ code: 'custom', path: ['figure', 'props'], message });
  });

export type MoveData = z.infer<typeof moveSchema>;

/** Strength moves (the exercises collection) must carry their coaching: breathing, tempo and load. */
export const exerciseSchema = moveSchema.superRefine(requireCoaching);
