/**
 * Versions of SOPs taken from Git history (the version in force when the file holds a newer one,
 * and superseded versions): the version's fields as an SOP the page components can show, and its
 * body rendered from Markdown.
 */
import { markdownToHtml } from 'satteri';
import { MARKDOWN_FEATURES } from '../../core/body/compile.ts';
import { bodySafetyPlugin } from '../../core/body/safety-plugin.ts';
import { markupPlugins } from '../../core/body/markup-plugins.ts';
import { prepareBody } from '../../core/body/prepare.ts';
import { fillBodyWords } from '../words/body-words.ts';
import type { UiLocale } from '../words/locale.ts';
import type { SopEntity } from '../../core/model/handbook.ts';
import type { ArchivedVersion } from '../../core/git/versions.ts';

/**
 * The archived version as an SOP entity, or undefined when its fields no longer pass today's
 * schema. `review`: the document's review schedule when the version is the one in force (a
 * superseded version has none).
 */
export function archivedSop(current: SopEntity, archived: ArchivedVersion, review?: SopEntity['review']): SopEntity | undefined {
  const fields = archived.sop.frontmatter;
  if (!fields) return undefined;
  const at = () => ({ file: current.origin.file, line: 1, column: 1 });
  return {
    ...fields,
    kind: 'sop',
    origin: { file: current.origin.file, at, atKey: at },
    body: archived.sop.body,
    bodyLine: 1,
    review: review ?? { lastReview: undefined, due: undefined, daysLeft: undefined, state: 'not-scheduled' },
  };
}

/** Removes from old versions what a body may not contain today (they were never checked for it). */
const sanitize = bodySafetyPlugin({ format: 'markdown', sanitize: true });

/**
 * The body as HTML. Archived bodies are rendered as Markdown (with GFM tables) by Sätteri, the
 * engine Astro itself uses, with the build's features and safety plugin: MDX components and
 * expressions in an old version are not run, and scripts, event handlers and `javascript:` links
 * are removed (src/core/body/safety.ts). Other tools' markup is rendered as in today's bodies
 * (src/core/body/markup-plugins.ts), with the words it asks for in the reader's `locale`.
 */
export function renderArchivedBody(body: string, locale: UiLocale): string {
  return fillBodyWords(markdownToHtml(prepareBody(body, 'md').text, { features: MARKDOWN_FEATURES, hastPlugins: [sanitize, ...markupPlugins()] }).html, locale);
}
