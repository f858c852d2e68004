import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const root = process.env.SQMS_ROOT ?? '.';
export const collections = {
  documents: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/content` }),
    schema: z.looseObject({}),
  }),
};
