import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolve } from 'node:path';

const root = resolve(process.env['SQMS_ROOT'] ?? '.');

// Frontmatter is taken as it is: the baseline measures rendering, not validation.
export const collections = {
  sops: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/content/sops` }) }),
};
