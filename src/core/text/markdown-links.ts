/**
 * The link targets written in a Markdown or MDX text: inline links and images
 * (`[text](/sops/SOP-CS-002/)`, `![alt](img.png)`), reference definitions (`[id]: /path`) and HTML
 * `<a href>` / `<img src>`, each with its line and column. Code is skipped as CommonMark reads it:
 * a fenced block ends only at a fence of the same character, at least as long, with nothing after
 * it (a line such as ```` ```js ```` opens a block, never closes one); a fence inside a list item
 * ends with the item (a line indented less than the fence); an indented code block (four spaces
 * beyond the list item the line is in, not continuing a paragraph) is skipped; inline code is
 * blanked. Link text may run over several lines of a paragraph. Footnote definitions
 * (`[^1]: Text`) are not links.
 */
import { lineIndexOf, lineStarts } from './line-index.ts';

export interface ContentLink {
  /** The target as written. */
  target: string;
  /** 0-based line within the text, 0-based column (in UTF-16 units) of the link's start. */
  line: number;
  column: number;
}

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^\s*(`{3,}|~{3,})\s*$/;
const MD_LINK = /!?\[(?:[^\]\\]|\\.)*\]\(\s*(?:<([^>\n]*)>|([^\s)]+))(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
/** A reference definition; a label starting with `^` is a footnote, not a link. */
const REF_DEF = /^(\s{0,3})\[(?!\^)[^\]\n]+\]:\s*<?([^\s>]+)>?/;
const HTML_LINK = /<(?:a|img)\b[^>]*?\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
/** A list item's marker and the spaces after it (its content starts after them). */
const LIST_ITEM = /^([-*+]|\d{1,9}[.)])( {1,4}(?! )| *$)/;

/** The column a line's text starts at, tabs expanded to multiples of four (as CommonMark counts). */
function indentColumns(raw: string): number {
  let column = 0;
  for (const c of raw) {
    if (c === ' ') column += 1;
    else if (c === '\t') column += 4 - (column % 4);
    else break;
  }
  return column;
}

interface Fence {
  char: string;
  length: number;
  indent: number;
}

/** Every link target in a Markdown/MDX text, outside code blocks and inline code. */
export function findLinks(text: string): ContentLink[] {
  const links: ContentLink[] = [];
  readProse(text, {
    paragraph: (lines) => scanParagraph(lines, links),
    reference: (target, line, column) => links.push({ target, line, column }),
  });
  return links.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A line of prose: its 0-based number and its text with inline code blanked (columns kept). */
export interface ProseLine {
  line: number;
  text: string;
}

/**
 * Reads a Markdown/MDX text as CommonMark does and hands over its prose outside code: each
 * paragraph's lines (inline code blanked) and each reference definition's target.
 */
export function readProse(text: string, visit: { paragraph(lines: readonly ProseLine[]): void; reference?(target: string, line: number, column: number): void }): void {
  const lines = text.split(/\r?\n/);
  let fence: Fence | undefined;
  /** The lines of the current paragraph (inline code blanked), with their numbers. */
  let paragraph: ProseLine[] = [];
  /** The content columns of the list items the current line may belong to, innermost last. */
  const items: number[] = [];
  const flush = () => {
    if (paragraph.length > 0) visit.paragraph(paragraph);
    paragraph = [];
  };
  lines.forEach((raw, line) => {
    const indent = /^\s*/.exec(raw)![0].length;
    if (fence) {
      // A fence inside a list item ends with the item: a non-blank line indented less than it.
      const leftContainer = fence.indent >= 2 && raw.trim() !== '' && indent < fence.indent;
      if (!leftContainer) {
        const close = FENCE_CLOSE.exec(raw);
        if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
        return;
      }
      fence = undefined;
    }
    if (raw.trim() !== '') {
      const columns = indentColumns(raw);
      // After a blank line, a line left of an item's content is outside that item.
      if (paragraph.length === 0) while (items.length > 0 && columns < items[items.length - 1]!) items.pop();
      const container = items[items.length - 1] ?? 0;
      // Indented code: four columns beyond its container's content, not continuing a paragraph.
      if (paragraph.length === 0 && columns >= container + 4) return;
      const item = LIST_ITEM.exec(raw.slice(raw.length - raw.trimStart().length));
      if (item) {
        while (items.length > 0 && columns < items[items.length - 1]!) items.pop();
        items.push(columns + item[1]!.length + Math.max(1, item[2]!.length));
      }
    }
    const open = FENCE_OPEN.exec(raw);
    // A backtick fence's info string cannot hold a backtick (then it is inline code).
    if (open && !(open[2]![0] === '`' && open[3]!.includes('`'))) {
      flush();
      fence = { char: open[2]![0]!, length: open[2]!.length, indent };
      return;
    }
    if (raw.trim() === '') return flush();
    // Blank out inline code, keeping columns.
    const src = raw.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
    const ref = REF_DEF.exec(src);
    if (ref) {
      visit.reference?.(ref[2]!, line, ref[1]!.length);
      return flush();
    }
    paragraph.push({ line, text: src });
  });
  flush();
}

/** The inline and HTML links of one paragraph, whose link text may wrap onto later lines. */
function scanParagraph(lines: readonly ProseLine[], links: ContentLink[]): void {
  const joined = lines.map((l) => l.text).join('\n');
  const starts = lineStarts(joined);
  const at = (index: number) => {
    const i = lineIndexOf(starts, index);
    return { line: lines[i]!.line, column: index - starts[i]! };
  };
  for (const m of joined.matchAll(MD_LINK)) links.push({ target: (m[1] ?? m[2])!, ...at(m.index) });
  for (const m of joined.matchAll(HTML_LINK)) links.push({ target: (m[1] ?? m[2])!, ...at(m.index) });
}

/** A link target split into its path, decoded (`%20` → space), and its `?query#anchor` as written; undefined when the path is empty or not valid percent-encoding. */
export function splitLinkTarget(target: string): { pathname: string; decoded: string; suffix: string } | undefined {
  const cut = target.search(/[?#]/);
  const pathname = cut < 0 ? target : target.slice(0, cut);
  if (pathname === '') return undefined;
  try {
    return { pathname, decoded: decodeURI(pathname), suffix: cut < 0 ? '' : target.slice(cut) };
  } catch {
    return undefined;
  }
}
