/**
 * A body's text rewritten before it is compiled (wiki markup for MDX: wiki-markup.ts; template
 * syntax: templates.ts), with the way back from a place in the rewritten text to the author's:
 * the compiler's places (errors, the places of findings) are reported where the author wrote them.
 */

/** A replacement of the original text between two offsets. */
export interface Edit {
  /** Start and end offsets in the original text (equal for an insertion). */
  start: number;
  end: number;
  text: string;
  /** A place inside the new text maps to the start of what it replaces (not to the same distance into it). */
  atStart?: boolean;
}

export interface AdaptedMarkup {
  /** The text to compile. */
  text: string;
  /** The 1-based line and column in the original text of a 1-based place in `text`. */
  originalPoint(line: number, column: number): { line: number; column: number };
}

export function unchanged(text: string): AdaptedMarkup {
  return { text, originalPoint: (line, column) => ({ line, column }) };
}

/**
 * The text with the edits made (they must not overlap; insertions at one place keep their
 * order), and the way back.
 */
export function applyEdits(source: string, edits: readonly Edit[]): AdaptedMarkup {
  if (edits.length === 0) return unchanged(source);
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i).map((x) => x.e);
  let text = '';
  let at = 0;
  for (const edit of sorted) {
    text += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  text += source.slice(at);
  return { text, originalPoint: (line, column) => originalPoint(source, text, sorted, line, column) };
}

/** One rewriting after another: places are mapped back through both. */
export function compose(first: AdaptedMarkup, second: AdaptedMarkup): AdaptedMarkup {
  if (second.text === first.text) return first;
  return {
    text: second.text,
    originalPoint: (line, column) => {
      const p = second.originalPoint(line, column);
      return first.originalPoint(p.line, p.column);
    },
  };
}

/** Maps a place in the adapted text back through the edits. */
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
      original = edit.atStart ? edit.start : edit.start + Math.max(0, Math.min(offset - adaptedStart, edit.end - edit.start - 1));
      return pointOf(source, original);
    }
    shift += edit.text.length - (edit.end - edit.start);
    original = offset - shift;
  }
  return pointOf(source, original);
}

/** The offset of a 1-based line and column. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** The 1-based line and column of an offset. */
export function pointOf(text: string, offset: number): { line: number; column: number } {
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
