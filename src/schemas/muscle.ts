import { z } from 'astro/zod';
import { sourceRefsSchema, summarySchema } from './common';
import { FED_MUSCLES } from '../lib/free-exercise-db';

export const MUSCLE_REGIONS = ['neck', 'upper-back', 'shoulder', 'lower-back', 'trunk', 'arm', 'chest', 'hip', 'thigh'] as const;

/**
 * Where a muscle sits on the body map: which view, and the SVG path data of its shapes in the
 * figure's 200 x 400 coordinate space. The figure draws whatever muscles exist, so adding a
 * muscle never needs a change to the figure code.
 */
export const bodyMapSchema = z.strictObject({
  view: z.enum(['back', 'front']),
  paths: z.array(z.string().regex(/^[MmLlHhVvCcSsQqTtAaZz0-9.,\s-]+$/, 'must be SVG path data')).min(1, 'draw at least one shape'),
});

export const muscleSchema = z.strictObject({
  title: z.string({ error: 'is required' }).trim().min(2),
  summary: summarySchema,
  aliases: z.array(z.string().trim().min(2)).default([]),
  region: z.enum(MUSCLE_REGIONS),
  location: z.string().trim().min(10, 'say where the muscle is'),
  actions: z.array(z.string().trim().min(3)).min(1, 'say what the muscle does'),
  whenWeakOrTight: z.string().trim().min(10, 'say how weakness or tightness shows'),
  map: bodyMapSchema,
  /**
   * The muscle's word in free-exercise-db's 17-muscle vocabulary (/data/free-exercise-db.json),
   * where the word for its `region` would be too broad (the trapezius is "traps", not "middle back").
   */
  freeExerciseDbMuscle: z.enum(FED_MUSCLES).optional(),
  sources: sourceRefsSchema,
});

export type MuscleData = z.infer<typeof muscleSchema>;
