/**
 * The sentences of a Markdown text, with where each starts: paragraphs are cut at sentence ends
 * (`.`, `;`, `!`, `?` before a space, and `。；！？`); a table row, a list item and a heading are
 * each a unit of their own; fenced code is left out. For rules that must tie a phrase to what the
 * same sentence names.
 */

export interface Sentence {
  text: string;
  /** Offset of its first character in the text. */
  offset: number;
}

const FENCE = /^\s*(```|~~~)/;
const OWN_LINE = /^\s*(\||#{1,6}\s|[-*+]\s|\d+[.)]\s)/;
const END = /(?<=[.;!?])\s+|(?<=[。；！？])/;

/** The sentences of `text`, in order. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let fenced = false;
  let block: { start: number; end: number } | undefined;
  const flush = () => {
    if (!block) return;
    let offset = block.start;
    for (const part of text.slice(block.start, block.end).split(END)) {
      const at = text.indexOf(part, offset);
      if (part.trim() !== '') out.push({ text: part, offset: at });
      offset = at + part.length;
    }
    block = undefined;
  };
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (FENCE.test(line)) {
      flush();
      fenced = !fenced;
    } else if (fenced || line.trim() === '') flush();
    else if (OWN_LINE.test(line)) {
      flush();
      block = { start, end };
    } else if (block) block.end = end;
    else block = { start, end };
    // A table row or heading is complete on its line.
    if (block && /^\s*(\||#)/.test(line)) flush();
    start = end + 1;
  }
  flush();
  return out;
}

/** 0-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) };
}
