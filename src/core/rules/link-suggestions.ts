/**
 * "Did you mean" for a broken content link, at a cost that does not grow with the handbook: an
 * import of a wiki can carry tens of thousands of broken links, and comparing each with every
 * page (edit distance to thousands of paths) made the check take minutes. A suggestion is made
 * only when it is likely right and cheap to find:
 *  - a page whose last path segment is the link's last segment (a document moved to another
 *    folder or another kind: `/pages/complaints/` → `/pages/policies/complaints/`), the one sharing
 *    the most leading segments with the link;
 *  - else a page whose last segment is one edit away from the link's (a typo: `SOP-CS-02` →
 *    `SOP-CS-002`), found through an index of single-deletion variants (SymSpell), again preferring
 *    the most leading segments in common.
 * Never the linking page itself or a folder above it (the old hints often were).
 */

/** The last segment of a site path, lower case, without a trailing slash or a Markdown extension. */
function lastSegment(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const segment = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return safeDecode(segment).replace(/\.mdx?$/i, '').toLowerCase();
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The variants of `word` with one character deleted (and `word` itself). */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** How many leading path segments two paths share. */
function sharedSegments(a: string, b: string): number {
  const x = a.split('/').filter(Boolean);
  const y = b.split('/').filter(Boolean);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** How many characters two words share at their start. */
function commonStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Longest segments are capped: deletion variants of a 2,000-character segment are not useful. */
const MAX_SEGMENT = 64;

export class LinkSuggestions {
  private readonly bySegment = new Map<string, string[]>();
  private readonly byDeletion = new Map<string, string[]>();

  /** `paths`: the site's pages (those ending with `/`; files are not suggested). */
  constructor(paths: Iterable<string>) {
    for (const path of paths) {
      if (!path.endsWith('/') || path === '/') continue;
      const segment = lastSegment(path);
      if (segment === '' || segment.length > MAX_SEGMENT) continue;
      push(this.bySegment, segment, path);
      for (const variant of new Set(deletions(segment))) push(this.byDeletion, variant, path);
    }
  }

  /** The likely meant page for a link that leads to `path` from the page at `from`, if any. */
  suggest(path: string, from: string): string | undefined {
    const segment = lastSegment(path);
    if (segment === '' || segment.length > MAX_SEGMENT) return undefined;
    const excluded = (candidate: string) => candidate === from || from.startsWith(candidate) || candidate === path || candidate === `${path}/`;
    const best = (candidates: Iterable<string>) => {
      let found: string | undefined;
      let score: [number, number] = [-1, -1];
      for (const c of candidates) {
        if (excluded(c)) continue;
        // Most leading segments in common, then the longest common start of the last segment
        // (typos come late in a word more often than early), then code-point order.
        const s: [number, number] = [sharedSegments(path, c), commonStart(segment, lastSegment(c))];
        const better = s[0] > score[0] || (s[0] === score[0] && (s[1] > score[1] || (s[1] === score[1] && found !== undefined && c < found)));
        if (better) {
          found = c;
          score = s;
        }
      }
      return found;
    };
    const same = best(this.bySegment.get(segment) ?? []);
    if (same) return same;
    const near = new Set<string>();
    for (const variant of deletions(segment)) for (const c of this.byDeletion.get(variant) ?? []) if (withinOneEdit(segment, lastSegment(c))) near.add(c);
    return best(near);
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether `a` becomes `b` by one insertion, deletion or substitution (or they are equal). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
