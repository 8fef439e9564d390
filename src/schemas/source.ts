import { z } from 'astro/zod';

/** A source the article names; moves, muscles and guides cite them by id. */
export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3),
  publisher: z.string().min(2),
  year: z.int().min(1900).max(2100).optional(),
  url: z.url().optional(),
  /** Why a reader gets no address: required when `url` is missing, so no source is silently unlinked. */
  noUrlReason: z.string().trim().min(10, 'say in a few words why there is no address').optional(),
  /** The licence a reader may reuse it under, e.g. "CC BY 4.0". */
  license: z.string().min(2).optional(),
  /** The id of the source we know it through, when we could not see it ourselves. */
  knownFrom: z.string().regex(/^[a-z0-9-]+$/).optional(),
  note: z.string().min(3),
  /**
   * The pages it backs: "collection/id" or "collection/*" (muscles, warmups, exercises, stretches,
   * guides). A page may cite it only if one of these matches (tests/unit/content/anatomy.test.ts).
   */
  supports: z.array(z.string().regex(/^(muscles|warmups|exercises|stretches|guides)\/(\*|[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'must be "collection/id" or "collection/*"')).default([]),
}).superRefine((source, ctx) => {
  if (!source.url && !source.noUrlReason) {
    ctx.addIssue({ code: 'custom', path: ['url'], message: 'is required: give the address a reader can open, or say in noUrlReason why there is none' });
  }
});

export type SourceData = z.infer<typeof sourceSchema>;
