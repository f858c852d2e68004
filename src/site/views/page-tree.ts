/**
 * The handbook pages as a tree that follows the folders of `content/` (a wiki of thousands of pages
 * is never one flat list): each folder a section named by its own page (`team/index.md`,
 * `README.md`…) or else by the folder's name, holding its pages and folders in navigation order
 * (`order`, then title), with the number of pages below it. Top-level folders are open, deeper
 * ones closed. Links are relative to `/pages/` (the only page that shows the tree), which keeps
 * the page small and right below any base path and in both interface languages.
 */
import type { Handbook, PageEntity } from '../../core/model/handbook.ts';
import { pageInLocale } from '../../core/model/localize.ts';
import { compareText } from '../../core/order.ts';
import { ROOT_PAGE_ID, isFolderPageFile } from '../../core/page-files.ts';
import { PATHS } from '../../core/site-paths.ts';
import type { UiLocale } from '../words/locale.ts';

/** A page as the tree lists it, in the reader's language where a translation exists. */
export interface PageTreeLeaf {
  kind: 'page';
  id: string;
  /** Relative to `/pages/`: `policies/quality-policy/`. */
  href: string;
  title: string;
  description: string | undefined;
  /** The language of the title and description when it is not the interface's (a page not translated yet, a page in Japanese). */
  lang: string | undefined;
}

export interface PageTreeFolder {
  kind: 'folder';
  /** The folder's path below `content/` (`guides/forms`); also the anchor of its section (`folder-guides/forms`). */
  path: string;
  /** The title of the folder's own page, else the folder's name. */
  title: string;
  lang: string | undefined;
  /** The folder's own page (`guides/index.md`), shown as the section's first link. */
  page: PageTreeLeaf | undefined;
  /** Pages and folders inside, in navigation order. */
  entries: (PageTreeLeaf | PageTreeFolder)[];
  /** Pages in the folder and all folders below it, its own page included. */
  count: number;
  /** Shown open: the folders at the top. */
  open: boolean;
  /** 1 for a folder directly under `content/`. */
  depth: number;
}

/** The anchor of a folder's section on `/pages/`. */
export const folderAnchor = (path: string): string => `folder-${path}`;

interface Draft {
  path: string;
  page: PageEntity | undefined;
  pages: PageEntity[];
  folders: Map<string, Draft>;
}

/** The folder a page sits in (`''` for `content/` itself); a folder's own page sits in that folder. */
export function pageFolder(page: Pick<PageEntity, 'id' | 'origin'>): string {
  if (page.id === ROOT_PAGE_ID && isFolderPageFile(page.origin.file)) return '';
  if (isFolderPageFile(page.origin.file)) return page.id;
  const slash = page.id.lastIndexOf('/');
  return slash < 0 ? '' : page.id.slice(0, slash);
}

/** The root of the tree (`content/`): its pages and top-level folders; the landing page is not listed in it. */
export function pageTree(h: Pick<Handbook, 'pages' | 'translations'>, locale: UiLocale): PageTreeFolder {
  const root: Draft = { path: '', page: undefined, pages: [], folders: new Map() };
  const draftAt = (path: string): Draft => {
    let d = root;
    if (path === '') return d;
    let sofar = '';
    for (const segment of path.split('/')) {
      sofar = sofar === '' ? segment : `${sofar}/${segment}`;
      let next = d.folders.get(segment);
      if (!next) d.folders.set(segment, (next = { path: sofar, page: undefined, pages: [], folders: new Map() }));
      d = next;
    }
    return d;
  };
  for (const page of h.pages.values()) {
    const folder = pageFolder(page);
    if (page.id === ROOT_PAGE_ID && folder === '') continue; // the landing page is /pages/ itself
    const draft = draftAt(folder);
    if (isFolderPageFile(page.origin.file) && folder === page.id) draft.page = page;
    else draft.pages.push(page);
  }
  const leaf = (page: PageEntity): PageTreeLeaf => {
    const view = pageInLocale(h, page, locale);
    return {
      kind: 'page',
      id: page.id,
      href: PATHS.page(page.id).slice(PATHS.pages().length),
      title: view.title,
      // A translation without a description of its own shows the original's (in the original's language: then no description here, to keep one language per line).
      description: view.translation && view.translation.description === undefined ? undefined : view.description,
      lang: view.lang === locale ? undefined : view.lang,
    };
  };
  const finish = (d: Draft, depth: number): PageTreeFolder => {
    const page = d.page ? leaf(d.page) : undefined;
    const items: { order: number; entry: PageTreeLeaf | PageTreeFolder }[] = [
      ...d.pages.map((p) => ({ order: p.order ?? Infinity, entry: leaf(p) as PageTreeLeaf | PageTreeFolder })),
      ...[...d.folders.values()].map((f) => ({ order: f.page?.order ?? Infinity, entry: finish(f, depth + 1) as PageTreeLeaf | PageTreeFolder })),
    ];
    items.sort((a, b) => a.order - b.order || byTitle.compare(a.entry.title, b.entry.title) || compareText(key(a.entry), key(b.entry)));
    const entries = items.map((i) => i.entry);
    const count = (page ? 1 : 0) + entries.reduce((n, e) => n + (e.kind === 'page' ? 1 : e.count), 0);
    const name = d.path.slice(d.path.lastIndexOf('/') + 1);
    return { kind: 'folder', path: d.path, title: page?.title ?? name, lang: page?.lang, page, entries, count, open: depth <= 1, depth };
  };
  return finish(root, 0);
}

const key = (e: PageTreeLeaf | PageTreeFolder): string => (e.kind === 'page' ? e.id : e.path);

/** Titles as a reader looks for them: case aside, numbers by value (`Part 2` before `Part 10`); ties by id. */
const byTitle = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** A folder above a page: its path below `content/`, title (and its language when not the interface's), and its own page if it has one. */
export interface PageFolderCrumb {
  path: string;
  title: string;
  lang: string | undefined;
  pageId: string | undefined;
}

/** The folders above a page, outermost first, each named by its own page (in the reader's language where translated) or else by its name. */
export function pageFolders(h: Pick<Handbook, 'pages' | 'translations'>, page: Pick<PageEntity, 'id' | 'origin'>, locale: UiLocale): PageFolderCrumb[] {
  const folder = page.id === ROOT_PAGE_ID ? '' : isFolderPageFile(page.origin.file) ? parentOf(page.id) : pageFolder(page);
  if (folder === '') return [];
  const out: PageFolderCrumb[] = [];
  let sofar = '';
  for (const segment of folder.split('/')) {
    sofar = sofar === '' ? segment : `${sofar}/${segment}`;
    const own = h.pages.get(sofar);
    if (own !== undefined && isFolderPageFile(own.origin.file)) {
      const view = pageInLocale(h, own, locale);
      out.push({ path: sofar, title: view.title, lang: view.lang === locale ? undefined : view.lang, pageId: own.id });
    } else out.push({ path: sofar, title: segment, lang: undefined, pageId: undefined });
  }
  return out;
}

function parentOf(id: string): string {
  const slash = id.lastIndexOf('/');
  return slash < 0 ? '' : id.slice(0, slash);
}

/** The folders in a tree, at every depth (the root not counted). */
export function folderCount(folder: PageTreeFolder): number {
  return folder.entries.reduce((n, e) => n + (e.kind === 'folder' ? 1 + folderCount(e) : 0), 0);
}

/**
 * The pages at the top of the tree, which the home page lists instead of every page of a wiki: those
 * directly in `content/`, and for each folder in it its own page, or, when it has none, the pages
 * directly in it (`policies/quality-policy` in a `policies/` folder without an index.md).
 */
export function topLevelPages(pages: Iterable<PageEntity>): PageEntity[] {
  const all = [...pages];
  const withOwnPage = new Set(all.filter((p) => isFolderPageFile(p.origin.file) && !p.id.includes('/')).map((p) => p.id));
  return all.filter((p) => {
    const folder = pageFolder(p);
    if (folder === '') return true;
    if (folder.includes('/')) return false;
    return withOwnPage.has(folder) ? isFolderPageFile(p.origin.file) && p.id === folder : true;
  });
}
