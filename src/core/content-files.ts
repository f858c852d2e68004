/**
 * Links to content files, as authors of a wiki or of a handbook written for GitHub or Hugo write
 * them: `../policies/complaints.md`, `./team/` (the folder's `index.md`, `_index.md` or
 * `README.md`), `onboarding` (a file without its extension), `/policies/quality-policy.md` (from
 * the content folder). Each leads to the page the handbook makes of that file. The check (link
 * rule) and the build (the body processor) resolve them here, so that they agree.
 *
 * A link that is not to a file (`/sops/SOP-CS-001/`, `../SOP-CS-002` written as a page address)
 * is left to the address resolution of the link rule.
 */
import { splitLinkTarget } from './text/markdown-links.ts';
import { posix } from 'node:path';
import type { Handbook } from './model/handbook.ts';
import { PATHS } from './site-paths.ts';
import { FOLDER_PAGE_FILES, pageIdOfFile } from './page-files.ts';
import { assetPath } from './assets.ts';
import { ASSET_EXTENSIONS } from './model/sources.ts';

/** Content file (`content/…`, as in `origin.file`) → the site path of its page, or of the file itself for an image or attachment. */
export type ContentFileIndex = ReadonlyMap<string, string>;

export function contentFileIndex(h: Pick<Handbook, 'sops' | 'pages' | 'translations'> & Partial<Pick<Handbook, 'assets'>>): Map<string, string> {
  const index = new Map<string, string>();
  // Images and attachments next to the content are published at /files/… (assets.ts).
  for (const file of h.assets?.keys() ?? []) if (file.startsWith('content/')) index.set(file, assetPath(file));
  for (const sop of h.sops.values()) index.set(sop.origin.file, PATHS.sop(sop.id));
  for (const page of h.pages.values()) index.set(page.origin.file, PATHS.page(page.id));
  // A translation's file leads to its document's page (the reader's interface picks the language).
  for (const [id, byLang] of h.translations.sops) for (const t of byLang.values()) index.set(t.origin.file, PATHS.sop(id));
  for (const [id, byLang] of h.translations.pages) for (const t of byLang.values()) index.set(t.origin.file, PATHS.page(id));
  return index;
}

/** What a link to a file leads to. */
export type FileLink =
  /** The page made of the file (or the published file, for an image or attachment), with the link's `?query#anchor` kept. */
  | { kind: 'page'; path: string; suffix: string }
  /** A Markdown file that is not a page of the handbook, or an image or attachment that is not there (`file` as resolved, below the root). */
  | { kind: 'missing'; file: string };

const MARKDOWN = /\.mdx?$/i;

/**
 * Where `target`, written in the body of `fromFile` (`content/…`), leads when it names a content
 * file or folder; undefined when it does not (then it is a site address). `rejected`: the ids of
 * pages whose frontmatter was refused (the check's `Handbook.rejected.pages`).
 */
export function linkToFile(target: string, fromFile: string, index: ContentFileIndex, rejected?: ReadonlySet<string>): FileLink | undefined {
  const split = splitLinkTarget(target);
  if (!split) return undefined;
  const { pathname, decoded, suffix } = split;
  const file = pathname.startsWith('/')
    ? posix.join('content', decoded)
    : posix.normalize(posix.join(posix.dirname(fromFile), decoded));
  // `/` is the site's home; `./` from a page at the top, or `../` from a folder, is the content folder's own page.
  const inContent = file.startsWith('content/') || file === 'content';
  if (!inContent || (pathname.startsWith('/') && file.replace(/\/+$/, '') === 'content')) return undefined;
  const page = (f: string): FileLink | undefined => {
    // A page rejected for its frontmatter is still known by its path: the check reports the frontmatter, not the links to it.
    const path = index.get(f) ?? (rejected?.has(pageIdOfFile(f)) && MARKDOWN.test(f) ? PATHS.page(pageIdOfFile(f)) : undefined);
    return path === undefined ? undefined : { kind: 'page', path, suffix };
  };
  if (MARKDOWN.test(file)) return page(file) ?? { kind: 'missing', file };
  // An image or attachment: the file next to the page; written from the site's root (`/brand/logo.svg`) it may also be in public/.
  if (ASSET_EXTENSIONS.test(file)) return page(file) ?? (pathname.startsWith('/') ? undefined : { kind: 'missing', file });
  const bare = file.replace(/\/+$/, '');
  for (const candidate of [`${bare}.md`, `${bare}.mdx`, ...FOLDER_PAGE_FILES.map((name) => `${bare}/${name}`)]) {
    const found = page(candidate);
    if (found) return found;
  }
  return undefined;
}
