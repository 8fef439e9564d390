import { z } from 'astro/zod';

/** A source the article names; moves, muscles and guides cite them by id. */
export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3),
  publisher: z.string().min(2),
  year: z.int().min(1900).max(2100).optional(),
  url: z.url().optional(),
  note: z.string().min(3),
});

export type SourceData = z.infer<typeof sourceSchema>;
