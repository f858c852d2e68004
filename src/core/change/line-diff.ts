/**
 * A line-by-line difference of two texts (the longest common subsequence of their lines), for
 * showing readers what changes in an SOP's text between two versions. Bodies are a few hundred
 * lines at most; past `MAX_CELLS` line pairs the texts are shown as one block removed and one
 * added rather than spending quadratic time.
 */

export type LineChange = { kind: 'same' | 'added' | 'removed'; text: string };

/** A run of changes with the unchanged lines around them; `skipped` unchanged lines come before it. */
export interface DiffHunk {
  skipped: number;
  lines: LineChange[];
}

const MAX_CELLS = 4_000_000;

function lines(text: string): string[] {
  const out = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  while (out.length > 0 && out[0] === '') out.shift();
  return out;
}

/** Every line of both texts in order, each marked unchanged, added (only in `after`) or removed (only in `before`). */
export function diffLines(before: string, after: string): LineChange[] {
  const a = lines(before);
  const b = lines(after);
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((text) => ({ kind: 'removed' as const, text })), ...b.map((text) => ({ kind: 'added' as const, text }))];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) out.push({ kind: 'removed', text: a[i++]! });
    else out.push({ kind: 'added', text: b[j++]! });
  }
  while (i < a.length) out.push({ kind: 'removed', text: a[i++]! });
  while (j < b.length) out.push({ kind: 'added', text: b[j++]! });
  return out;
}

/** The changes with `context` unchanged lines around each; empty when nothing changed. */
export function diffHunks(changes: readonly LineChange[], context = 2): DiffHunk[] {
  const keep = new Array<boolean>(changes.length).fill(false);
  changes.forEach((c, i) => {
    if (c.kind === 'same') return;
    for (let k = Math.max(0, i - context); k <= Math.min(changes.length - 1, i + context); k++) keep[k] = true;
  });
  const hunks: DiffHunk[] = [];
  let skipped = 0;
  let current: DiffHunk | undefined;
  changes.forEach((c, i) => {
    if (!keep[i]) {
      skipped++;
      current = undefined;
      return;
    }
    if (!current) {
      current = { skipped, lines: [] };
      hunks.push(current);
      skipped = 0;
    }
    current.lines.push(c);
  });
  return hunks;
}
