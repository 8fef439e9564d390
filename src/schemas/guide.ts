import { z } from 'astro/zod';
import { slugSchema, summarySchema } from './common';

export const guideSchema = z.strictObject({
  title: z.string({ error: 'is required' }).trim().min(2),
  summary: summarySchema,
  /** Position in the guides list (lower first). */
  order: z.int().min(0).default(100),
  sources: z.array(slugSchema).default([]),
});

export type GuideData = z.infer<typeof guideSchema>;
