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

/** The segments of a site path (empty ones dropped), compared from the first to count those two paths share. */
const segmentsOf = (path: string) => path.split('/').filter(Boolean);

/** How many characters two words share at their start. */
function commonStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Longest segments are capped: deletion variants of a 2,000-character segment are not useful. */
const MAX_SEGMENT = 64;

/**
 * The pages that share one last segment, as a tree of their leading segments: each node holds every
 * page below it in code-point order, so the page sharing the most leading segments with a link (the
 * first one in code-point order among equals) is found by walking down the link's segments and
 * back up, skipping the few pages a suggestion may not be, whatever the number of pages. A wiki
 * with thousands of `overview` pages and tens of thousands of broken links compared each link with
 * every one of them before (minutes).
 */
class SegmentTree {
  private readonly root: TreeNode = { children: new Map(), pages: [], sorted: false };

  add(path: string): void {
    let node = this.root;
    node.pages.push(path);
    for (const segment of segmentsOf(path)) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { children: new Map(), pages: [], sorted: false }));
      child.pages.push(path);
      node = child;
    }
  }

  /** The page with the most leading segments in common with `path`, first in code-point order among those, that is not `excluded`. */
  best(path: string, excluded: (candidate: string) => boolean): { page: string; shared: number } | undefined {
    const nodes = [this.root];
    for (const segment of segmentsOf(path)) {
      const child = nodes[nodes.length - 1]!.children.get(segment);
      if (!child) break;
      nodes.push(child);
    }
    for (let depth = nodes.length - 1; depth >= 0; depth--) {
      const node = nodes[depth]!;
      if (!node.sorted) {
        node.pages.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        node.sorted = true;
      }
      // Only the linking page, its folders and the link itself are excluded: a few steps at most.
      const page = node.pages.find((c) => !excluded(c));
      if (page !== undefined) return { page, shared: depth };
    }
    return undefined;
  }
}

interface TreeNode {
  children: Map<string, TreeNode>;
  pages: string[];
  sorted: boolean;
}

export class LinkSuggestions {
  private readonly bySegment = new Map<string, SegmentTree>();
  /** The last segments with one character deleted (and as they are) → those segments. */
  private readonly byDeletion = new Map<string, Set<string>>();

  /** `paths`: the site's pages (those ending with `/`; files are not suggested). */
  constructor(paths: Iterable<string>) {
    for (const path of paths) {
      if (!path.endsWith('/') || path === '/') continue;
      const segment = lastSegment(path);
      if (segment === '' || segment.length > MAX_SEGMENT) continue;
      let tree = this.bySegment.get(segment);
      if (!tree) {
        this.bySegment.set(segment, (tree = new SegmentTree()));
        for (const variant of new Set(deletions(segment))) {
          const set = this.byDeletion.get(variant);
          if (set) set.add(segment);
          else this.byDeletion.set(variant, new Set([segment]));
        }
      }
      tree.add(path);
    }
  }

  /** The likely meant page for a link that leads to `path` from the page at `from`, if any. */
  suggest(path: string, from: string): string | undefined {
    const segment = lastSegment(path);
    if (segment === '' || segment.length > MAX_SEGMENT) return undefined;
    const excluded = (candidate: string) => candidate === from || from.startsWith(candidate) || candidate === path || candidate === `${path}/`;
    // Most leading segments in common, then the longest common start of the last segment (typos
    // come late in a word more often than early), then code-point order.
    const same = this.bySegment.get(segment)?.best(path, excluded);
    if (same) return same.page;
    let found: { page: string; shared: number; start: number } | undefined;
    const near = new Set<string>();
    for (const variant of deletions(segment)) for (const s of this.byDeletion.get(variant) ?? []) if (withinOneEdit(segment, s)) near.add(s);
    for (const s of near) {
      const b = this.bySegment.get(s)!.best(path, excluded);
      if (!b) continue;
      const start = commonStart(segment, s);
      if (!found || b.shared > found.shared || (b.shared === found.shared && (start > found.start || (start === found.start && b.page < found.page)))) found = { ...b, start };
    }
    return found?.page;
  }
}

/** Whether `a` becomes `b` by one insertion, deletion or substitution (or they are equal). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
