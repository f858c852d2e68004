/**
 * Frontmatter of a handbook page (quality manual, policy, glossary): any `.md` or `.mdx` under
 * `content/` outside `content/sops/`. Everything is optional so that an existing wiki's Markdown
 * can be dropped in; the title then comes from the first `# heading` or the file name. A page that
 * gives a `version` (the quality manual, a policy) is a controlled document like an SOP.
 */
import { z } from 'zod';
import { IsoDate, PersonId } from './common.ts';
import { plainText } from '../body/plain-text.ts';
import { canonicalLanguage } from './language.ts';
import { CONTROL_STATUSES, ControlFields } from './control.ts';

/** A language tag, canonical (`ZH-cn` → `zh-CN`); one that is not BCP 47 or names no known language is refused. */
const ContentLanguage = z.string().transform((tag, ctx) => {
  const canonical = canonicalLanguage(tag);
  if (canonical !== undefined) return canonical;
  ctx.issues.push({
    code: 'custom',
    input: tag,
    message: `"${tag}" is not a language tag.`,
    params: { code: 'schema/invalid-format', hint: 'Write the language as a BCP 47 tag: en, zh-CN, ja, pt-BR, zh-Hant (letters and hyphens, no underscore; the language\'s code, not its name).' },
  });
  return z.NEVER;
});

/**
 * Text that may be left empty: wiki and docs tools write `description: ""` (or `description:`
 * with nothing after it) for a field they have no value for; it counts as absent.
 */
const TextOrEmpty = z
  .string()
  .trim()
  .nullable()
  .transform((text) => (text ? text : undefined));

/** A title that may be left empty, as text (Markdown in it is read as its text: `**Policy**` → Policy). */
const TitleOrEmpty = TextOrEmpty.transform((text) => (text === undefined ? undefined : plainText(text)));

export const PageFrontmatter = z
  .looseObject({
    title: TitleOrEmpty.optional().describe('Page title, as text (Markdown in it is shown as its text: `**Policy**` → Policy). Defaults to the first `# heading`, then to the file name (an empty title, as wiki tools write `title: ""`, counts as none).'),
    description: TextOrEmpty.optional().describe('One sentence shown in lists and search results (an empty one counts as none).'),
    lang: ContentLanguage.optional().describe(
      'Language of the page: a BCP 47 tag (`en`, `zh-CN`, `ja`, `pt-BR`, `zh-Hant`). Defaults to the handbook\'s default language (`en`), or `zh-CN` for `name.zh-CN.md`. The interface is in English and Simplified Chinese; a page in another language is shown in both, marked with its language.',
    ),
    owner: PersonId.optional().describe('Person who keeps the page current.'),
    updated: IsoDate.optional().describe('Date of the last substantive update.'),
    order: z.number().int().optional().describe('Position in navigation; lower comes first.'),
    translationOf: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Makes this page the translation of another page: its id, the path below `content/` without extension, e.g. `policies/quality-policy`. Give it its own `lang`; readers of that language see it in place of the original.',
      ),
    status: z
      .enum(CONTROL_STATUSES)
      .optional()
      .describe('For a controlled page (one with a `version`): `draft`, `in-review`, `effective` (in force), `superseded` or `retired`. Default `effective`.'),
    ...ControlFields,
  })
  .describe('A handbook page. The quality manual and policies are controlled documents: give them a `version` and the other control fields; a page without a version (a glossary, a guide) is shown as uncontrolled, for information.');
export type PageFrontmatter = z.infer<typeof PageFrontmatter>;
