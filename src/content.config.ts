/**
 * Astro renders the MDX bodies of SOPs and pages from the handbook's `content/` folder. Their
 * frontmatter is validated by the domain core (src/core), not here: the integration has already
 * stopped the build if any file is invalid, with file, line and column.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { resolve } from 'node:path';

const root = resolve(process.env['SQMS_ROOT'] ?? '.');

export const collections = {
  documents: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/content`, generateId: ({ entry }) => entry.replace(/\.mdx?$/i, '') }),
    schema: z.looseObject({}),
  }),
};
