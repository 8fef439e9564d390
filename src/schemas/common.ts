import { z } from 'astro/zod';
import { LEVELS, type Level } from '../lib/content/vocabulary';

/** An entry id as the glob loader makes it: lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "band-row"');

/** One sentence for cards, the meta description and search results. */
export const summarySchema = z
  .string({ error: 'is required: one sentence for cards, search and the meta description' })
  .trim()
  .min(20, 'is too short: write one full sentence (20 characters or more)')
  .max(160, 'is too long: keep it to one sentence of at most 160 characters');

export { LEVELS, type Level };
export const levelSchema = z.enum(LEVELS);

/** Ids of entries in content/sources.json. */
export const sourceRefsSchema = z.array(slugSchema).min(1, 'cite at least one source');
