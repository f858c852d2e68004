/**
 * Finding and reading the handbook's source files. Kept apart from parsing so that tests can
 * build a handbook from in-memory files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SourceFile {
  /** Path relative to the handbook root, with forward slashes. */
  path: string;
  text: string;
}

const SOURCE_EXTENSIONS = /\.(ya?ml|csv|mdx?)$/i;

/**
 * Folders below `data/` that are records about the documents rather than parts of the model, read
 * by their own loaders: approval evidence (`src/core/approval/`).
 */
export const RECORD_FOLDERS = ['data/approvals/'] as const;

/** Whether a path (relative to the handbook root) is a source of the handbook model. */
export function isModelSource(path: string): boolean {
  return SOURCE_EXTENSIONS.test(path) && !RECORD_FOLDERS.some((folder) => path.startsWith(folder));
}

/** Reads every source file under `root/content` and `root/data` (except the record folders), sorted by path. */
export function readSources(root: string): { files: SourceFile[]; unreadable: { path: string; reason: string }[] } {
  const files: SourceFile[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  for (const top of ['content', 'data']) {
    let entries: string[];
    try {
      entries = readdirSync(join(root, top), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!SOURCE_EXTENSIONS.test(entry)) continue;
      if (entry.split(sep).some((part) => part.startsWith('.') || part === 'node_modules')) continue;
      const absolute = join(root, top, entry);
      const path = relative(root, absolute).split(sep).join('/');
      if (!isModelSource(path)) continue;
      try {
        const buffer = readFileSync(absolute);
        const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
        files.push({ path, text });
      } catch (error) {
        const reason = error instanceof TypeError ? 'it is not valid UTF-8 text' : (error as Error).message;
        // A directory that merely looks like a source file is skipped silently.
        if ((error as NodeJS.ErrnoException).code === 'EISDIR') continue;
        unreadable.push({ path, reason });
      }
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, unreadable };
}
