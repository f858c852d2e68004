/**
 * The plan of an import: which file goes where below `content/<into>/`, with what text, what was
 * rewritten, what could not be, and what is left out. Computed whole before anything is written,
 * so that a dry run shows exactly what an import does, and an import that would overwrite a file
 * of the handbook writes nothing.
 */
import { posix } from 'node:path';
import type { LeftOut, SourceTree } from './source-tree.ts';
import { uniquePaths } from './names.ts';
import { pageIdOfFile } from '../page-files.ts';
import { rewriteMarkdown, wikiPageKey, type ImportIndex, type Rewrite, type Unresolved } from './rewrite.ts';

export interface PlannedFile {
  /** Path below `content/`, forward slashes. */
  target: string;
  /** Path in the source, forward slashes (Hugo: `content/…`, `static/…`). */
  source: string;
  /** The text to write (a Markdown page), the bytes (a page that is not UTF-8), or the file to copy (an asset). */
  text?: string;
  bytes?: Uint8Array;
  copyFrom?: string;
  /** A Hugo `static/` file, copied next to the pages. */
  fromStatic?: boolean;
}

export interface ImportPlan {
  into: string;
  shape: SourceTree['shape'];
  files: PlannedFile[];
  /** Files whose name changed: source → target. */
  renamed: { source: string; target: string }[];
  /** Links rewritten, by file (target path). */
  rewrites: { file: string; rewrites: Rewrite[] }[];
  /** Links the import could not resolve, by file (target path). */
  unresolved: { file: string; unresolved: Unresolved[] }[];
  /** Pages that are not UTF-8 text: copied unchanged, links not rewritten (the check points at the byte). */
  notText: string[];
  /** Template syntax the handbook may not render, with counts over the whole import. */
  syntax: Map<string, number>;
  leftOut: LeftOut[];
  /** Pages that would make one page of the handbook (`team.md` and `team/index.md`): the check refuses the second (`page/duplicate-address`). */
  duplicates: string[][];
  /** Targets that exist already in the handbook: the import writes nothing while there are any. */
  conflicts: string[];
}

export interface PlanOptions {
  /** The subfolder of `content/` to import into (`` for content/ itself). */
  into: string;
  /** Whether `content/<path>` exists already (compared as the disk does). */
  exists(contentPath: string): boolean;
}

export function planImport(tree: SourceTree, options: PlanOptions): ImportPlan {
  const into = options.into.replace(/^\/+|\/+$/g, '');
  const prefix = (p: string) => (into === '' ? p : `${into}/${p}`);
  const sourceOf = (p: string, from: 'content' | 'static') => (from === 'static' ? `static/${p}` : tree.markdownRoot === '' ? p : `${tree.markdownRoot}/${p}`);
  // Pages and the assets next to them keep their places; Hugo's static files go where they are served from.
  const entries = [
    ...tree.markdown.map((m) => ({ path: m.path, markdown: true, from: 'content' as const })),
    ...tree.assets.map((a) => ({ path: a.path, markdown: false, from: a.from })),
  ];
  const ordered = [...entries.filter((e) => e.from === 'content'), ...entries.filter((e) => e.from === 'static')];
  const targets = uniquePaths(ordered);
  const contentTargets = new Map<string, string>();
  const statics = new Map<string, string>();
  ordered.forEach((e, i) => (e.from === 'static' ? statics : contentTargets).set(e.path, targets[i]!));
  const byLower = new Map<string, string>();
  for (const path of contentTargets.keys()) if (!byLower.has(path.toLowerCase())) byLower.set(path.toLowerCase(), path);
  const wikiPages = new Map<string, string>();
  for (const m of tree.markdown) {
    const key = wikiPageKey(posix.basename(m.path));
    if (!wikiPages.has(key)) wikiPages.set(key, m.path);
  }
  const pagesById = new Map<string, string>();
  for (const m of tree.markdown) if (/\.mdx?$/i.test(m.path)) pagesById.set(pageIdOfFile(`content/${m.path}`), m.path);
  const index: ImportIndex = { targets: contentTargets, targetsByLowerCase: byLower, statics, wikiPages, pagesById, into, hugo: tree.shape === 'hugo' };

  const plan: ImportPlan = { into, shape: tree.shape, files: [], renamed: [], rewrites: [], unresolved: [], notText: [], syntax: new Map(), leftOut: [...tree.leftOut], duplicates: [], conflicts: [] };
  const usedStatics = new Set<string>();
  for (const m of tree.markdown) {
    const target = prefix(contentTargets.get(m.path)!);
    const source = sourceOf(m.path, 'content');
    if (m.text === undefined) {
      plan.files.push({ target, source, bytes: m.bytes });
      plan.notText.push(target);
      continue;
    }
    const result = rewriteMarkdown(m.path, m.text, index);
    plan.files.push({ target, source, text: result.text });
    if (result.rewrites.length > 0) plan.rewrites.push({ file: target, rewrites: result.rewrites });
    if (result.unresolved.length > 0) plan.unresolved.push({ file: target, unresolved: result.unresolved });
    for (const [name, n] of result.syntax) plan.syntax.set(name, (plan.syntax.get(name) ?? 0) + n);
    for (const used of result.statics) usedStatics.add(used);
  }
  for (const a of tree.assets) {
    // A Hugo static file is copied only when a page names it (robots.txt, favicons… stay out).
    if (a.from === 'static' && !usedStatics.has(a.path)) {
      plan.leftOut.push({ path: `static/${a.path}`, reason: 'static-unused' });
      continue;
    }
    const target = prefix((a.from === 'static' ? statics : contentTargets).get(a.path)!);
    plan.files.push({ target, source: sourceOf(a.path, a.from), copyFrom: a.absolute, ...(a.from === 'static' ? { fromStatic: true } : {}) });
  }
  const byPage = new Map<string, string[]>();
  for (const f of plan.files) {
    if (f.copyFrom !== undefined || !/\.mdx?$/.test(f.target) || /\.[a-z]{2,3}(-[A-Za-z0-9]+)*\.mdx?$/.test(f.target)) continue;
    const id = pageIdOfFile(`content/${f.target}`);
    byPage.set(id, [...(byPage.get(id) ?? []), f.target]);
  }
  for (const files of byPage.values()) if (files.length > 1) plan.duplicates.push([...files].sort());
  for (const f of plan.files) {
    if (!f.fromStatic && stripRoot(f.source, tree) !== stripInto(f.target, into)) plan.renamed.push({ source: f.source, target: f.target });
    if (options.exists(f.target)) plan.conflicts.push(f.target);
  }
  return plan;
}

function stripRoot(source: string, tree: SourceTree): string {
  return tree.markdownRoot === '' ? source : source.slice(tree.markdownRoot.length + 1);
}

function stripInto(target: string, into: string): string {
  return into === '' ? target : target.slice(into.length + 1);
}
