/**
 * Handbook pages (quality manual, policies, glossary): their order in lists, and whether the body
 * already opens with the title as a `# heading` (then the page does not repeat it).
 */
import type { PageEntity } from '../../core/model/handbook.ts';
import { compareText } from '../../core/order.ts';

/** By `order` (pages without one last), then title, then id. */
export function sortPages(pages: Iterable<PageEntity>): PageEntity[] {
  return [...pages].sort(
    (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || compareText(a.title, b.title) || compareText(a.id, b.id),
  );
}

/** True when the body's first `# heading` is the page title (the title was taken from it). */
export function bodyHasTitleHeading(body: string, title: string): boolean {
  const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(body)?.[1];
  return heading === title;
}
