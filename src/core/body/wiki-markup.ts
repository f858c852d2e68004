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

interface Edit {
  /** Start and end offsets in the original text. */
  start: number;
  end: number;
  text: string;
}

export interface AdaptedMarkup {
  /** The text to compile. */
  text: string;
  /** The 1-based line and column in the original text of a 1-based place in `text`. */
  originalPoint(line: number, column: number): { line: number; column: number };
}

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
  if (edits.length === 0) return unchanged(source);
  edits.sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  for (const edit of edits) {
    text += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  text += source.slice(at);
  return { text, originalPoint: (line, column) => originalPoint(source, text, edits, line, column) };
}

function unchanged(text: string): AdaptedMarkup {
  return { text, originalPoint: (line, column) => ({ line, column }) };
}

/** Maps a place in the adapted text back through the edits (which keep line breaks). */
function originalPoint(source: string, text: string, edits: readonly Edit[], line: number, column: number): { line: number; column: number } {
  const offset = offsetOf(text, line, column);
  // Walk the edits in order, converting the adapted offset into an original one.
  let shift = 0;
  let original = offset;
  for (const edit of edits) {
    const adaptedStart = edit.start + shift;
    const adaptedEnd = adaptedStart + edit.text.length;
    if (offset < adaptedStart) break;
    if (offset < adaptedEnd) {
      original = edit.start + Math.min(offset - adaptedStart, edit.end - edit.start - 1);
      return pointOf(source, original);
    }
    shift += edit.text.length - (edit.end - edit.start);
    original = offset - shift;
  }
  return pointOf(source, original);
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

function pointOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
