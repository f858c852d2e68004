/**
 * The site search index, written by Pagefind (the pinned `pagefind` devDependency, run through
 * its Node API) into `<outDir>/pagefind/` when the build is done.
 *
 * Only pages with `data-pagefind-body` are indexed: SOPs, standards, KPIs and handbook pages, not
 * the lists, scorecards or superseded versions (`/sops/…/v/…`, marked `data-pagefind-ignore`).
 * Retired SOPs and standards are indexed with the filter `lifecycle: archived`, which the search
 * page leaves out unless asked (see src/lib/search-query.ts).
 *
 * The whole site is indexed as one language, Chinese (`forceLanguage: 'zh'`): Pagefind keeps one
 * index per language and searches only the one of the page it runs on, so English and Chinese
 * documents must share one index for both to be found from /search/. The Chinese segmenter keeps
 * English words whole, and Pagefind matches the last word of a query as a prefix ("refund" finds
 * "refunds"); English stemming is what is given up.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export const SEARCH_LANGUAGE = 'zh';

export interface SearchIndexResult {
  /** Pages in the index (those with `data-pagefind-body`). */
  pages: number;
  /** HTML files Pagefind read. */
  scanned: number;
  files: number;
  bytes: number;
  outputPath: string;
}

async function folderSize(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/** Indexes the built site in `siteDir` and writes the index to `siteDir/pagefind/`. */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  try {
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    return { pages: indexedPages(entry), scanned: added.page_count, outputPath, ...(await folderSize(outputPath)) };
  } finally {
    await pagefind.close();
  }
}

/** The part of Pagefind's `pagefind-entry.json` read here. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { page_count: number }>;
}

export function indexedPages(entry: PagefindEntry): number {
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
