/**
 * Astro renders the MDX bodies of SOPs and pages from the handbook's `content/` folder. The
 * frontmatter is validated first by the domain core (src/core), which stops the build with file,
 * line and column; the schemas are given here too so that Astro's editor tooling
 * (`experimental.contentIntellisense`) offers completion and hover help in SOP frontmatter.
 */
import { defineCollection } from 'astro:content';
import { bodiesLoader } from './integration/body-loader.ts';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { SopFrontmatter } from './core/schema/sop.ts';
import { SopTranslationFrontmatter } from './core/schema/translation.ts';
import { PageFrontmatter } from './core/schema/page.ts';
import { handbookRootSetting } from './core/settings.ts';

/**
 * Astro reads frontmatter with YAML timestamps turned into Date objects; the handbook keeps dates
 * as the `YYYY-MM-DD` text that was written (and the core has already checked it).
 */
function datesAsWritten(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesAsWritten);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsWritten(v)]));
  return value;
}

const root = resolve(handbookRootSetting());
/**
 * The files the collections read are the ones the check reads (src/core/model/sources.ts): `.md`
 * and `.mdx` in lower case (a name in capitals is refused by the check), no hidden files and no
 * `node_modules`. The check runs first and stops the build on any error, so a symbolic link out of
 * the handbook, a file that is not UTF-8 or a frontmatter that expands to billions of values never
 * reaches these loaders. They are Astro's glob loader, with `.mdx` bodies that use no MDX syntax
 * rendered when the content is synced instead of compiled into modules (src/integration/body-loader.ts).
 */
const IGNORED = '!**/node_modules/**';
const withoutExtension = (entry: string) => entry.replace(/\.mdx?$/i, '');

export const collections = {
  sops: defineCollection({
    loader: bodiesLoader({ pattern: ['**/*.{md,mdx}', IGNORED], base: `${root}/content/sops`, generateId: ({ entry }) => `sops/${withoutExtension(entry)}` }),
    // An SOP, or its translation (`SOP-CS-001.zh-CN.mdx`, recognised by `sourceVersion`).
    schema: z.preprocess(datesAsWritten, z.union([SopFrontmatter, SopTranslationFrontmatter])),
  }),
  pages: defineCollection({
    loader: bodiesLoader({ pattern: ['**/*.{md,mdx}', '!sops/**', IGNORED], base: `${root}/content`, generateId: ({ entry }) => withoutExtension(entry) }),
    schema: z.preprocess(datesAsWritten, PageFrontmatter),
  }),
};
