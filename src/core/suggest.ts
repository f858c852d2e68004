/**
 * "Did you mean" suggestions for unknown ids, fields and choices.
 */

/** Levenshtein distance, abandoning early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The closest candidate to `input`, if it is close enough to be a likely typo
 * (at most a third of the length, and at most 4 edits). Case differences count as half.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const max = Math.min(4, Math.max(1, Math.floor(input.length / 3)));
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  const lower = input.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === input) return candidate;
    const d = editDistance(lower, candidate.toLowerCase(), max);
    const score = d + (candidate.toLowerCase() === lower ? 0.5 : 0);
    if (d <= max && score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** A hint sentence: `Did you mean "X"?` or a fallback. */
export function didYouMean(input: string, candidates: Iterable<string>, fallback: string): string {
  const match = closest(input, candidates);
  return match ? `Did you mean "${match}"? ${fallback}` : fallback;
}
