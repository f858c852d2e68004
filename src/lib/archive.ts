/**
 * Superseded versions of SOPs for their archive pages: the version's fields as an SOP the page
 * components can show, and its body rendered from Markdown.
 */
import { markdownToHtml } from 'satteri';
import type { SopEntity } from '../core/model/handbook.ts';
import type { ArchivedVersion } from '../core/git/versions.ts';

/** The archived version as an SOP entity, or undefined when its fields no longer pass today's schema. */
export function archivedSop(current: SopEntity, archived: ArchivedVersion): SopEntity | undefined {
  const fields = archived.sop.frontmatter;
  if (!fields) return undefined;
  const at = () => ({ file: current.origin.file, line: 1, column: 1 });
  return {
    ...fields,
    kind: 'sop',
    origin: { file: current.origin.file, at, atKey: at },
    body: archived.sop.body,
    bodyLine: 1,
    review: { lastReview: undefined, due: undefined, daysLeft: undefined, state: 'not-scheduled' },
  };
}

/**
 * The body as HTML. Archived bodies are rendered as Markdown (with GFM tables) by Sätteri, the
 * engine Astro itself uses; MDX components in an old version are not run.
 */
export function renderArchivedBody(body: string): string {
  return markdownToHtml(body).html;
}
