/**
 * The table of contents of an SOP page ("On this page"): the page's own sections in the order the
 * page shows them, with the headings of the document's text (its h2s) in their place. Boxes that
 * a page leaves out when they have nothing to say (retraining, risks, management review, field
 * evidence, approval) are listed only when the page shows them: the conditions are the same data
 * the boxes read (src/site/views/sop-page.ts), and a build test checks that every entry's anchor
 * exists on every SOP page.
 */
import type { SopPage } from './sop-page.ts';
import type { UiLocale } from '../words/locale.ts';
import { wordsFor } from '../words/words.ts';

export interface ContentsEntry {
  id: string;
  label: string;
  /** The language of the label when it is not the page's (headings of an untranslated text). */
  lang?: string | undefined;
  /** A heading of the document's text, shown indented under "Text". */
  inBody?: boolean;
}

export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/** `Notes on the steps` → `notes-on-the-steps`, `适用范围` → `适用范围` (as GitHub and Astro make heading ids). */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The h2 headings of rendered HTML (a version from Git history), given ids where they have none; returns the HTML with the ids. */
export function withHeadingIds(html: string): { html: string; headings: BodyHeading[] } {
  const headings: BodyHeading[] = [];
  const used = new Set<string>();
  const out = html.replace(/<h2(\s[^>]*)?>([\s\S]*?)<\/h2>/g, (whole, attrs: string | undefined, inner: string) => {
    const text = inner.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();
    const existing = attrs ? /\sid="([^"]*)"/.exec(attrs)?.[1] : undefined;
    let slug = existing ?? headingSlug(text);
    if (!existing) {
      let n = 1;
      const base = slug || 'section';
      slug = base;
      while (used.has(slug)) slug = `${base}-${n++}`;
    }
    used.add(slug);
    headings.push({ depth: 2, slug, text });
    return existing ? whole : `<h2${attrs ?? ''} id="${slug}">${inner}</h2>`;
  });
  return { html: out, headings };
}

export function sopContents(page: Pick<SopPage, 'approvalShown' | 'training' | 'risks' | 'managementReview' | 'evidence' | 'textLang'>, bodyHeadings: readonly BodyHeading[], locale: UiLocale): ContentsEntry[] {
  const t = wordsFor(locale);
  const l = t.document;
  const e = t.evidence;
  const entries: ContentsEntry[] = [
    { id: 'sop-glance', label: l.glance.title },
    { id: 'sop-swimlane', label: l.swimlane },
    { id: 'sop-procedure', label: l.procedure },
  ];
  for (const h of bodyHeadings) if (h.depth === 2 && h.slug) entries.push({ id: h.slug, label: h.text, lang: page.textLang, inBody: true });
  entries.push({ id: 'sop-standards', label: l.standards }, { id: 'sop-kpis', label: l.kpis }, { id: 'sop-related', label: l.related }, { id: 'sop-training', label: l.training });
  entries.push({ id: 'sop-audits', label: t.audits.box.heading });
  if (page.training.length > 0) entries.push({ id: 'sop-retraining', label: t.training.retrainingDue });
  if (page.risks.rows.length > 0) entries.push({ id: 'sop-risks', label: t.risks.sopBox });
  if (page.managementReview) entries.push({ id: 'sop-management-review', label: t.managementReviews.sopBox });
  if (page.evidence.complaints || page.evidence.inspections || page.evidence.visits) entries.push({ id: 'sop-evidence', label: e.title });
  if (page.approvalShown) entries.push({ id: 'sop-approval', label: t.documentControl.approval });
  entries.push({ id: 'sop-change-log', label: l.changeLog }, { id: 'doc-history', label: t.documentControl.history });
  return entries;
}
