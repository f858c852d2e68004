/**
 * Which page a Markdown file under `content/` makes, as a wiki or a docs site (GitHub, Hugo) reads
 * the same tree: `content/policies/quality-policy.md` is the page `policies/quality-policy`, and a
 * folder's own page (`content/team/index.md`, `_index.md`, `README.md`, or `.mdx`) is the page of
 * the folder, `team`, at `/pages/team/`. The folder page of the content root
 * (`content/index.md`, `_index.md`, `README.md`) is the handbook pages' landing text, shown at
 * `/pages/` above the tree of pages; its id is `index`.
 *
 * The loader (page ids), the link check and the build (links to files, `content-files.ts`) read
 * this one definition.
 */

/** The names of a folder's own page, in the order a link to the folder looks for them. */
export const FOLDER_PAGE_FILES: readonly string[] = ['index.md', 'index.mdx', '_index.md', '_index.mdx', 'README.md', 'README.mdx', 'readme.md', 'readme.mdx'];

/** The id of the landing page of `/pages/`, made of `content/index.md` (or `_index.md`, `README.md`). */
export const ROOT_PAGE_ID = 'index';

/** A folder page's file name without its extension. */
const FOLDER_PAGE_NAME = /^(?:index|_index|readme)$/i;

/** The id of the page `file` (`content/…`, with its `.md`/`.mdx` extension) makes. */
export function pageIdOfFile(file: string): string {
  const path = file.replace(/^content\//, '').replace(/\.mdx?$/i, '');
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  if (!FOLDER_PAGE_NAME.test(name)) return path;
  return slash < 0 ? ROOT_PAGE_ID : path.slice(0, slash);
}

/** Whether `file` (`content/…`) is the page of its folder (`index.md`, `_index.md`, `README.md`…). */
export function isFolderPageFile(file: string): boolean {
  const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.mdx?$/i, '');
  return FOLDER_PAGE_NAME.test(name);
}
