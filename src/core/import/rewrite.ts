/**
 * Rewriting one imported Markdown file: only what is safe, everything else left as written.
 *
 * - A link (inline, image, reference definition, HTML `href`/`src`) to a file of the source whose
 *   name the import changes, or that it finds only without regard to case (GitHub wikis) or by its
 *   Hugo address (`/docs/setup/`), is pointed at the file's new name, relative to the page.
 *   A site-absolute link into a subfolder import gets the subfolder (`/x.md` → `/wiki/x.md`).
 *   A Hugo `static/` file (`/images/logo.png`) is pointed at its copy next to the pages.
 * - GitHub-wiki links `[[Page Name]]` and `[[text|Page Name]]` become Markdown links to the
 *   page's file, when the wiki has that page.
 * - Hugo `{{< ref "x.md" >}}` and `{{< relref "x.md" >}}` become the file's relative path.
 *
 * Code is never touched. A link that leads to no file of the source is kept and listed.
 */
import { posix } from 'node:path';
import { findLinks, readProse, splitLinkTarget } from '../text/markdown-links.ts';
import { FOLDER_PAGE_FILES, pageIdOfFile } from '../page-files.ts';

/** What the rewriting knows of the whole import. */
export interface ImportIndex {
  /** Source path (below the Markdown root) → its path below the import folder, for every page and asset next to them. */
  targets: ReadonlyMap<string, string>;
  /** The same, keyed by the source path in lower case (a GitHub wiki's links ignore case). */
  targetsByLowerCase: ReadonlyMap<string, string>;
  /** Hugo `static/` path → its path below the import folder. */
  statics: ReadonlyMap<string, string>;
  /** Page id in the source (`policies/privacy`, `team` for team/index.md) → source path. */
  pagesById: ReadonlyMap<string, string>;
  /** GitHub-wiki page name, normalised (`page name`) → source path. */
  wikiPages: ReadonlyMap<string, string>;
  /** The subfolder of `content/` the import goes into (`` for content/ itself). */
  into: string;
  hugo: boolean;
}

export interface Rewrite {
  line: number;
  from: string;
  to: string;
}

export interface Unresolved {
  line: number;
  column: number;
  target: string;
  /** `missing`: no such file in the source; `outside`: a relative link that leaves the source; `wiki`: no wiki page of that name. */
  why: 'missing' | 'outside' | 'wiki';
}

export interface RewriteResult {
  text: string;
  rewrites: Rewrite[];
  unresolved: Unresolved[];
  /** Template syntax the handbook may not render, by name (`{{< figure >}}`, `{% include %}`), with counts. */
  syntax: Map<string, number>;
  /** The Hugo `static/` files the page names (copied; the others are left out). */
  statics: Set<string>;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const WIKI_LINK = /\[\[([^\]\n|]+?)(?:\|([^\]\n]+?))?\]\]/g;
const HUGO_REF = /\{\{([<%])\s*(rel)?ref\s+"?([^"\s>%]+)"?\s*[>%]\}\}/g;
const SHORTCODE = /\{\{([<%])\s*\/?\s*([\w./-]+)/g;
const SHORTCODE_SRC = /(\{\{[<%][^}\n]*?\bsrc\s*=\s*")(\/[^"\n]+)"/g;
const LIQUID = /(?<!\{)\{%-?\s*(\w+)/g;

/** The name a GitHub wiki gives a page, normalised for comparison: `Page-Name.md` and `page name` alike. */
export function wikiPageKey(name: string): string {
  return name.replace(/\.(md|markdown|mediawiki)$/i, '').replace(/[-\s_]+/g, ' ').trim().toLowerCase();
}

/** Rewrites the Markdown file `path` (below the Markdown root) of an import. */
export function rewriteMarkdown(path: string, text: string, index: ImportIndex): RewriteResult {
  const result: RewriteResult = { text, rewrites: [], unresolved: [], syntax: new Map(), statics: new Set() };
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offsetOf = (line: number, column: number) => lineStarts[line]! + column;
  const edits: { start: number; end: number; to: string }[] = [];
  const self = index.targets.get(path) ?? path;
  const relativeTo = (target: string) => encodeTarget(posix.relative(posix.dirname(self), target) || posix.basename(target));

  // Links as Markdown and HTML write them.
  for (const link of findLinks(text)) {
    const found = resolve(link.target, path, index);
    if (found === undefined) continue;
    if (found.kind === 'to' && found.static !== undefined) result.statics.add(found.static);
    if (found.kind === 'unresolved') {
      result.unresolved.push({ line: link.line + 1, column: link.column + 1, target: link.target, why: found.why });
      continue;
    }
    if (found.to === link.target) continue;
    const start = targetOffset(text, offsetOf(link.line, link.column), link.target);
    if (start < 0) continue;
    edits.push({ start, end: start + link.target.length, to: found.to });
    result.rewrites.push({ line: link.line + 1, from: link.target, to: found.to });
  }

  // Wiki links, Hugo references and template syntax, in prose only.
  readProse(text, {
    paragraph: (lines) => {
      for (const { line, text: src } of lines) {
        for (const m of src.matchAll(WIKI_LINK)) {
          const [whole, first, second] = m as unknown as [string, string, string | undefined];
          // GitHub: [[Page]] or [[text|Page]]; an image ([[logo.png]]) is left alone.
          const page = second ?? first;
          if (/\.(png|jpe?g|gif|svg|webp)$/i.test(page.trim())) continue;
          const [name, anchor] = page.split('#') as [string, string | undefined];
          const label = second === undefined ? name : first;
          const source = index.wikiPages.get(wikiPageKey(name));
          if (source === undefined) {
            result.unresolved.push({ line: line + 1, column: m.index + 1, target: whole, why: 'wiki' });
            continue;
          }
          const to = `[${label.trim()}](${relativeTo(index.targets.get(source)!)}${anchor ? `#${slug(anchor)}` : ''})`;
          const start = offsetOf(line, m.index);
          edits.push({ start, end: start + whole.length, to });
          result.rewrites.push({ line: line + 1, from: whole, to });
        }
        for (const m of src.matchAll(HUGO_REF)) {
          const [whole, , , ref] = m as unknown as [string, string, string | undefined, string];
          const [refPath, anchor] = ref.split('#') as [string, string | undefined];
          const source = hugoRef(refPath, path, index);
          if (source === undefined) {
            result.unresolved.push({ line: line + 1, column: m.index + 1, target: whole, why: 'missing' });
            continue;
          }
          const to = `${relativeTo(index.targets.get(source)!)}${anchor ? `#${anchor}` : ''}`;
          const start = offsetOf(line, m.index);
          edits.push({ start, end: start + whole.length, to });
          result.rewrites.push({ line: line + 1, from: whole, to });
        }
        // A Hugo static file named by a shortcode (`{{< figure src="/images/x.png" >}}`) follows its copy.
        for (const m of src.matchAll(SHORTCODE_SRC)) {
          const path = m[2]!;
          const copy = index.statics.get(path.slice(1));
          if (copy === undefined) continue;
          result.statics.add(path.slice(1));
          const to = relativeTo(copy);
          const start = offsetOf(line, m.index + m[1]!.length);
          edits.push({ start, end: start + path.length, to });
          result.rewrites.push({ line: line + 1, from: path, to });
        }
        for (const m of src.matchAll(SHORTCODE)) {
          if (/^(rel)?ref$/.test(m[2]!) || src.slice(m.index).match(/^\{\{[<%]\s*\//)) continue;
          count(result.syntax, `Hugo shortcode {{${m[1]} ${m[2]} ${m[1] === '<' ? '>' : '%'}}}`);
        }
        for (const m of src.matchAll(LIQUID)) count(result.syntax, `Liquid tag {% ${m[1]} %}`);
      }
    },
  });

  // A translation names its original by its id, its path below content/ without extension.
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?$/m.exec(text);
  if (frontmatter?.index === 0) {
    const field = /^(translationOf:[ \t]*["']?)([^"'\r\n#]+?)(["']?[ \t]*)$/m.exec(frontmatter[1]!);
    if (field) {
      const original = field[2]!.trim();
      const source = index.pagesById.get(original);
      const id = source === undefined ? undefined : pageIdOfFile(`content/${index.into === '' ? '' : `${index.into}/`}${index.targets.get(source)!}`);
      if (id !== undefined && id !== original) {
        const start = text.indexOf('\n') + 1 + field.index + field[1]!.length;
        edits.push({ start, end: start + field[2]!.length, to: id });
        result.rewrites.push({ line: text.slice(0, start).split('\n').length, from: `translationOf: ${original}`, to: `translationOf: ${id}` });
      }
    }
  }

  // Applied from the end, so that earlier offsets stay right; an edit overlapping another is dropped.
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const e of edits) {
    if (e.end > limit) continue;
    out = out.slice(0, e.start) + e.to + out.slice(e.end);
    limit = e.start;
  }
  result.text = out;
  return result;
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** A heading's anchor as GitHub makes it: lower case, spaces to hyphens, punctuation dropped. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/** Spaces and brackets in a rewritten address, escaped so that the Markdown link holds it. */
function encodeTarget(path: string): string {
  return path.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Where the target of the link starting at `start` begins: after `](`, `]:` or `href=`/`src=`. */
function targetOffset(text: string, start: number, target: string): number {
  const opener = /\]\(\s*<?|\]:[ \t]*<?|\b(?:href|src)\s*=\s*["']/g;
  opener.lastIndex = start;
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const at = m.index + m[0].length;
    if (text.startsWith(target, at)) return at;
  }
  return -1;
}

type Resolved = { kind: 'to'; to: string; static?: string } | { kind: 'unresolved'; why: Unresolved['why'] };

/**
 * What a link target written in `from` becomes: the same target (nothing to change), a new one,
 * unresolved, or undefined when it is not a link to a file of the source (external, an anchor).
 */
function resolve(target: string, from: string, index: ImportIndex): Resolved | undefined {
  if (target === '' || target.startsWith('#') || EXTERNAL.test(target)) return undefined;
  const split = splitLinkTarget(target);
  if (!split) return undefined;
  const { decoded, suffix } = split;
  const self = index.targets.get(from) ?? from;
  const relativeTo = (t: string) => encodeTarget(posix.relative(posix.dirname(self), t) || posix.basename(t));
  if (decoded.startsWith('/')) {
    const below = decoded.replace(/^\/+/, '');
    const fromStatic = index.hugo ? index.statics.get(below) : undefined;
    if (fromStatic !== undefined) return { kind: 'to', to: relativeTo(fromStatic) + suffix, static: below };
    const file = findFile(below, index) ?? (index.hugo ? findHugoAddress(below, index) : undefined);
    if (file === undefined) return { kind: 'unresolved', why: 'missing' };
    const moved = index.targets.get(file)!;
    // A Hugo address (`/docs/setup/`) is no handbook address: it becomes the file's relative path.
    if (!index.hugo && moved === file && sameFileName(below, file)) return { kind: 'to', to: index.into === '' ? target : `/${index.into}${target}` };
    return { kind: 'to', to: relativeTo(moved) + suffix };
  }
  const joined = posix.normalize(posix.join(posix.dirname(from), decoded)).replace(/^\.\/?$/, '');
  if (joined === '..' || joined.startsWith('../')) return { kind: 'unresolved', why: 'outside' };
  const file = findFile(joined, index);
  if (file === undefined) return { kind: 'unresolved', why: 'missing' };
  const moved = index.targets.get(file)!;
  // Unchanged when the file keeps its name and the link named it exactly (the folder, the file without extension…).
  if (moved === file && sameFileName(joined, file)) return { kind: 'to', to: target };
  return { kind: 'to', to: relativeTo(moved) + suffix };
}

/** Whether a link written as `written` (resolved) names `file` as the check would find it: exactly, without extension, or as its folder. */
function sameFileName(written: string, file: string): boolean {
  const bare = written.replace(/\/+$/, '');
  return file === bare || file === `${bare}.md` || file === `${bare}.mdx` || FOLDER_PAGE_FILES.some((p) => file === (bare === '' ? p : `${bare}/${p}`));
}

/** The source file a path names: itself, with `.md`/`.mdx`, its folder's page, or the same without regard to case. */
function findFile(path: string, index: ImportIndex): string | undefined {
  const bare = path.replace(/\/+$/, '');
  const candidates = [bare, `${bare}.md`, `${bare}.mdx`, `${bare}.markdown`, ...FOLDER_PAGE_FILES.map((p) => (bare === '' ? p : `${bare}/${p}`))];
  for (const c of candidates) if (index.targets.has(c)) return c;
  for (const c of candidates) {
    const found = index.targetsByLowerCase.get(c.toLowerCase());
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The file of a Hugo page address (`/docs/setup/` for content/docs/setup.md or content/docs/setup/_index.md). */
function findHugoAddress(path: string, index: ImportIndex): string | undefined {
  return findFile(path.replace(/\/index\.html$/, ''), index);
}

/** The file a Hugo `ref`/`relref` names: relative to the page, else from the content folder. */
function hugoRef(ref: string, from: string, index: ImportIndex): string | undefined {
  if (ref.startsWith('/')) return findFile(ref.slice(1), index);
  return findFile(posix.normalize(posix.join(posix.dirname(from), ref)), index) ?? findFile(ref, index);
}
