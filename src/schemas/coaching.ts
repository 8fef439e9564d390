import { z } from 'astro/zod';

/**
 * How to do each rep of a strength move: a breathing cue, a tempo and how to choose a load. The
 * rest between sets is not here: it is the routine builder's own figure (REST_BETWEEN_SETS).
 */
const sentence = z.string().trim().min(3, 'must not be empty');
const seconds = (what: string, min: number, max: number) =>
  z.number({ error: `is required: ${what} in seconds` })
    .min(min, `must be at least ${min} s`)
    .max(max, `must be at most ${max} s`);

/** Seconds from the start pose to the end pose, the pause there, and the way back (figures animate by it). */
export const tempoSchema = z.strictObject({
  out: seconds('the move from start to end', 0.5, 10),
  hold: seconds('the pause at the end pose', 0, 120),
  back: seconds('the way back from end to start', 0.5, 10),
}, { error: (issue) => (issue.code === 'invalid_type' ? 'must be { out: <s>, hold: <s>, back: <s> }' : undefined) });
export type Tempo = z.infer<typeof tempoSchema>;

/** Optional on every move; required for exercises by requireCoaching. */
export const coachingFields = {
  breathing: sentence.optional(),
  tempo: tempoSchema.optional(),
  load: sentence.optional(),
};

interface Coached {
  breathing?: string;
  tempo?: Tempo;
  load?: string;
  dose: { type: string; seconds?: number };
}

const COACHING_HINTS = {
  breathing: 'a short breathing cue, e.g. "Breathe out as you pull, in as you return."',
  tempo: 'the tempo as { out: <s>, hold: <s>, back: <s> }',
  load: 'how to choose a load or band, or how to make a body-weight move easier or harder',
} as const;

export function requireCoaching(move: Coached, ctx: z.RefinementCtx): void {
  for (const field of Object.keys(COACHING_HINTS) as (keyof typeof COACHING_HINTS)[]) {
    // A move done for a time (a walk, say) has no reps, so no rep tempo: its dose is the pace.
    if (field === 'tempo' && move.dose.type === 'time') {
      if (move.tempo) ctx.addIssue({ code: 'custom', path: ['tempo'], message: 'a move done for a time has no rep tempo: remove it (the dose says how long)' });
      continue;
    }
    if (move[field] === undefined) {
      ctx.addIssue({ code: 'custom', path: [field], message: `is required for an exercise: ${COACHING_HINTS[field]}` });
    }
  }
  // One number for one fact: a held move pauses at its end pose for exactly the dose's hold.
  if (move.tempo && move.dose.type === 'hold' && move.tempo.hold !== move.dose.seconds) {
    ctx.addIssue({ code: 'custom', path: ['tempo', 'hold'], message: `must equal dose.seconds (${move.dose.seconds}) for a held move` });
  }
}
