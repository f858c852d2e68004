/**
 * The previous build's export files, kept in the build cache (`SQMS_CACHE_DIR`, README "Rebuilds and
 * the build cache") with the key of what they were computed from (core/exports/export-key.ts). A
 * build whose key is the same takes the files from there instead of computing them again: a rebuild
 * after an SOP's steps or body changed, which no export reads.
 *
 * - The key stored is the one the export worker computed from the very model it wrote the files
 *   from, never the one asked for.
 * - Files are stored only once the build has succeeded (`keepExports`, after the search index is
 *   written), with their key into a new folder that then replaces the old one whole (a rename): an
 *   interrupted or failed build leaves either the previous files with their own key, or none.
 * - A forced clean build (`--force`) does not look here, but keeps its files for the next build.
 * - Files are copied both ways (`COPYFILE_FICLONE`: a copy-on-write clone where the file system has
 *   them, else a plain copy), never hard-linked, so that nothing written into the site later can
 *   change the cache's copy.
 * - A cache made by other code loses them with the rest (build-cache.ts, `RESTORING_FILES`).
 */
import { constants, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The folder in the cache: `exports/` (the files) and `key.json`. */
export const EXPORT_CACHE = 'sqms-export-files';
const KEY_FILE = 'key.json';

/** Whether the cache holds export files with a key (before computing this build's key). */
export function hasKeptExports(cacheDir: string): boolean {
  return existsSync(join(cacheDir, EXPORT_CACHE, KEY_FILE));
}

/** The key stored with the cached export files, if any (and the files are there). */
export async function storedExportKey(cacheDir: string): Promise<string | undefined> {
  try {
    const stored = JSON.parse(await readFile(join(cacheDir, EXPORT_CACHE, KEY_FILE), 'utf8')) as { key?: unknown };
    return typeof stored.key === 'string' && existsSync(join(cacheDir, EXPORT_CACHE, 'exports')) ? stored.key : undefined;
  } catch {
    return undefined;
  }
}

/** Copies every file of `from` into `to` (emptied first); returns files and bytes. */
async function copyFolder(from: string, to: string): Promise<{ files: number; bytes: number }> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    await copyFile(join(from, entry.name), join(to, entry.name), constants.COPYFILE_FICLONE);
    files++;
    bytes += (await stat(join(to, entry.name))).size;
  }
  return { files, bytes };
}

/** Copies the cached export files into `<siteDir>/exports/`. */
export function restoreExports(cacheDir: string, siteDir: string): Promise<{ files: number; bytes: number }> {
  return copyFolder(join(cacheDir, EXPORT_CACHE, 'exports'), join(siteDir, 'exports'));
}

/** Stores `<siteDir>/exports/` and `key` in the cache, replacing what was there (call it once the build has succeeded). */
export async function keepExports(cacheDir: string, key: string, siteDir: string): Promise<void> {
  const fresh = join(cacheDir, `${EXPORT_CACHE}.new`);
  const kept = join(cacheDir, EXPORT_CACHE);
  await rm(fresh, { recursive: true, force: true });
  await copyFolder(join(siteDir, 'exports'), join(fresh, 'exports'));
  await writeFile(join(fresh, KEY_FILE), JSON.stringify({ key }) + '\n');
  await rm(kept, { recursive: true, force: true });
  await rename(fresh, kept);
}
