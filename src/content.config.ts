import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { exerciseSchema, moveSchema } from './schemas/move';
import { muscleSchema } from './schemas/muscle';
import { guideSchema } from './schemas/guide';
import { sourceSchema } from './schemas/source';
import { withPlainErrors } from './schemas/plain-errors';

// UPRIGHT_CONTENT_DIR points the build at another content tree (bad-content fixtures, the
// scale benchmark's synthetic moves); the site itself always builds from ./content.
const root = process.env.UPRIGHT_CONTENT_DIR ?? './content';
const mdx = (folder: string) => glob({ pattern: '**/*.mdx', base: `${root}/${folder}` });

export const collections = {
  muscles: defineCollection({ loader: mdx('muscles'), schema: withPlainErrors(muscleSchema) }),
  warmups: defineCollection({ loader: mdx('warmups'), schema: withPlainErrors(moveSchema) }),
  exercises: defineCollection({ loader: mdx('exercises'), schema: withPlainErrors(exerciseSchema) }),
  stretches: defineCollection({ loader: mdx('stretches'), schema: withPlainErrors(moveSchema) }),
  guides: defineCollection({ loader: mdx('guides'), schema: withPlainErrors(guideSchema) }),
  sources: defineCollection({ loader: file(`${root}/sources.json`), schema: withPlainErrors(sourceSchema) }),
};
