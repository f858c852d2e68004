/**
 * What keeps a rebuild honest about the build cache (Astro's `cacheDir`, kept between CI runs:
 * README, "Rebuilds and the build cache"). Astro restores a page from the previous build when the
 * page's key (src/site/views/page-keys.ts), the page module's import graph, the config's main
 * fields and the lock file are unchanged. Three things it does not see:
 *
 * - **the code that turns a body into HTML.** The body processor and its plugins
 *   (src/integration/body-processor.ts, content-*-plugin.ts, src/core/body/) and the MDX options
 *   are imported by astro.config.mjs, not by the pages, and Astro's content layer keeps the HTML of
 *   each `.md` body in its store (`data-store.json`) for as long as the file's text is unchanged. A
 *   fix to the safety plugin would not reach a restored page, nor a re-rendered one whose `.md` body
 *   was kept; the same holds for MDX bodies of a handbook outside the project (`SQMS_ROOT=../…`),
 *   whose compiled modules Astro does not hash;
 * - **the middleware**, the integrations and the Node version (with its ICU, which formats dates);
 * - **a build that did not finish.** Astro writes each rendered page into the cache at once, and the
 *   list of the pages' keys only at the end: after a failed or interrupted build, a page of the
 *   abandoned change sits in the cache under the key of the build before.
 *
 * So the cache is stamped with a digest of all the code (every file below src/, astro.config.mjs,
 * package.json and package-lock.json) and of the Node version, and marked unfinished while a build
 * runs. A cache made by other code, or left by a build that did not finish, loses what restores pages
 * (the list of keys, the copies of the pages, the content store) before Astro reads it: every page
 * is rendered again, as in a clean build. Code changes are rare next to content changes, which are
 * what rebuilds are for.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { EXPORT_CACHE } from './export-cache.ts';

/** The stamp, in the cache folder. */
export const STAMP_FILE = 'sqms-build-stamp.json';

/** What in the cache folder lets a build restore or reuse output: Astro's list of page keys, its copies of the pages, the content layer's store; the previous build's export files (export-cache.ts). */
export const RESTORING_FILES = ['incremental-build.json', 'dist', 'data-store.json', EXPORT_CACHE] as const;

/** The files whose text is the code of the site, below the project's folder. */
const CODE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json'];
const CODE_FOLDERS = ['src'];

interface Stamp {
  code: string;
  finished: boolean;
}

function filesBelow(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A digest of the site's code in `projectRoot` and of the Node that runs it. */
export function codeDigest(projectRoot: string, node: { version: string; icu?: string } = { version: process.version, icu: process.versions.icu }): string {
  const hash = createHash('sha256');
  hash.update(`node ${node.version} icu ${node.icu ?? '-'}\0`);
  const files = [...CODE_FILES.map((f) => join(projectRoot, f)), ...CODE_FOLDERS.flatMap((f) => filesBelow(join(projectRoot, f)))];
  for (const file of files) {
    if (!existsSync(file)) continue;
    hash.update(relative(projectRoot, file).split(sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function readStamp(cacheDir: string): Stamp | undefined {
  try {
    const stamp = JSON.parse(readFileSync(join(cacheDir, STAMP_FILE), 'utf8')) as Partial<Stamp>;
    return typeof stamp.code === 'string' && typeof stamp.finished === 'boolean' ? { code: stamp.code, finished: stamp.finished } : undefined;
  } catch {
    return undefined;
  }
}

function writeStamp(cacheDir: string, stamp: Stamp): void {
  writeFileSync(join(cacheDir, STAMP_FILE), JSON.stringify(stamp) + '\n');
}

/**
 * Called before Astro reads its cache: empties the cache of what restores pages when it was made
 * by other code or by a build that did not finish, then marks it as in use by an unfinished build.
 * Returns why it was emptied, or undefined when it is kept (or there was nothing to keep).
 */
export function openBuildCache(cacheDir: string, code: string): 'other code' | 'unfinished build' | undefined {
  if (!existsSync(cacheDir)) return undefined;
  const stamp = readStamp(cacheDir);
  const present = RESTORING_FILES.filter((f) => existsSync(join(cacheDir, f)));
  let reason: 'other code' | 'unfinished build' | undefined;
  if (present.length > 0 && (stamp === undefined || stamp.code !== code)) reason = 'other code';
  else if (present.length > 0 && !stamp!.finished) reason = 'unfinished build';
  if (reason) for (const f of present) rmSync(join(cacheDir, f), { recursive: true, force: true });
  writeStamp(cacheDir, { code, finished: false });
  return reason;
}

/** Called when the build has written every page: its cache may be restored from next time. */
export function closeBuildCache(cacheDir: string, code: string): void {
  if (existsSync(cacheDir)) writeStamp(cacheDir, { code, finished: true });
}
