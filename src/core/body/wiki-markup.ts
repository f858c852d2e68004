/**
 * Markup that works in Markdown (and in every wiki) but is a syntax error in MDX, made to work in
 * `.mdx` bodies too: an HTML comment `<!-- … -->` becomes the MDX comment `{/* … *\/}`, a `<br>`
 * (`<hr>`, `<wbr>`) becomes `<br />`, and an autolink `<https://…>` (or `<name@example.com>`)
 * becomes a Markdown link. The check and the build (src/integration/body-processor.ts) both compile
 * the adapted text, so both accept the same bodies. Code blocks and inline code are left alone:
 * the places are found with Sätteri's Markdown parser. Lines are kept, so the compiler's places
 * map back to the author's text (`originalPoint`).
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import { applyEdits, unchanged, type AdaptedMarkup, type Edit } from './edits.ts';

export type { AdaptedMarkup } from './edits.ts';

const COMMENT = /<!--([\s\S]*?)-->/g;
const VOID_ELEMENT = /<(br|hr|wbr)\s*>/gi;

/** The MDX text with the wiki markup rewritten; the text itself when there is none. */
export function adaptWikiMarkup(source: string): AdaptedMarkup {
  if (!source.includes('<')) return unchanged(source);
  const edits: Edit[] = [];
  const tree = markdownToMdast(source, { features: { gfm: true } });
  const visit = (node: MdastNode) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      if (node.type === 'html') {
        const html = source.slice(start, end);
        for (const m of html.matchAll(COMMENT)) {
          edits.push({ start: start + m.index, end: start + m.index + m[0].length, text: `{/*${m[1]!.replace(/\*\//g, '* /')}*/}` });
        }
        for (const m of html.replace(COMMENT, (c) => ' '.repeat(c.length)).matchAll(VOID_ELEMENT)) {
          edits.push({ start: start + m.index, end: start + m.index + m[0].length, text: `<${m[1]!.toLowerCase()} />` });
        }
        return;
      }
      if (node.type === 'link' && source[start] === '<') {
        const shown = source.slice(start + 1, end - 1);
        const target = node.url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
        edits.push({ start, end, text: `[${shown.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&')}](${target})` });
        return;
      }
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(tree as MdastNode);
  return applyEdits(source, edits);
}
