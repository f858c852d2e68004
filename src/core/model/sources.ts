/**
 * Finding and reading the handbook's source files. Kept apart from parsing so that tests can
 * build a handbook from in-memory files.
 *
 * Every file below `content/` and `data/` is looked at, through one reader (src/core/source/
 * read-file.ts): what the handbook reads is read as strict UTF-8 text within the limits; symbolic
 * links are followed only inside the handbook root; a file the handbook does not read is named in
 * a warning, so that nothing is silently ignored. The build reads content only after this check
 * has passed, so it publishes exactly what was checked.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { linkProblem, readSourceFile, realRootOf, type ReadProblem } from '../source/read-file.ts';
import { openFolder } from '../source/folders.ts';
import { recordFolders } from './kinds/registry.ts';
import { readAssetFile } from '../source/read-asset.ts';
import { compareText } from '../order.ts';

export interface SourceFile {
  /** Path relative to the handbook root, with forward slashes. */
  path: string;
  /** The text; for an asset (an image or attachment), the text of an SVG and nothing for the others. */
  text: string;
  /** An asset's size in bytes (`content/team/org-chart.png`, `public/…`): assets are published as they are, not read. */
  bytes?: number;
}

export type { ReadProblem };

const SOURCE_EXTENSIONS = /\.(ya?ml|csv|mdx?)$/i;

/**
 * Folders below `data/` that are records about the documents rather than parts of the model, read
 * by their own loaders: approval evidence (`src/core/approval/`). The kinds say which (`record-file`).
 */
export const RECORD_FOLDERS: readonly string[] = recordFolders();

/** Whether a path (relative to the handbook root) is a source of the handbook model. */
export function isModelSource(path: string): boolean {
  return SOURCE_EXTENSIONS.test(path) && !RECORD_FOLDERS.some((folder) => path.startsWith(folder));
}

/** What a top folder holds, said in the warning about a file it does not. */
export const EXPECTED_FILES = {
  content:
    'content/ holds SOPs (content/sops/<area>/SOP-XX-NNN.mdx, translations SOP-XX-NNN.zh-CN.mdx), handbook pages (.md or .mdx), and the images and attachments they link to (.png, .jpg, .gif, .webp, .avif, .svg, .pdf, .docx, .xlsx, .pptx, .csv, .txt); other files belong in public/',
  data: 'data/ holds units.yaml, roles.yaml, people.yaml, process-areas.yaml, one .yaml file per item in standards/, kpis/ and actions/, measurements in measurements/ (.yaml or .csv), and approval records in approvals/ (.yaml)',
} as const;

/**
 * The images and attachments a page may link to, published next to it (src/core/assets.ts): any
 * case (`Photo.JPG`), since the build copies them by name.
 */
export const ASSET_EXTENSIONS = /\.(?:png|jpe?g|gif|webp|avif|svg|pdf|docx|xlsx|pptx|csv|txt)$/i;

/**
 * How the handbook treats a file found at `path`: `read` (a source), `asset` (an image or
 * attachment under `content/`, or any file in `public/`: published as it is), `name-case` (a
 * content file whose extension is not in lower case: the build's content collections would miss
 * it), or `unknown` (a file of a type the folder does not hold).
 */
export function classifySourcePath(path: string): 'read' | 'asset' | 'name-case' | 'unknown' {
  if (path.startsWith('content/')) {
    if (/\.mdx?$/.test(path)) return 'read';
    if (ASSET_EXTENSIONS.test(path)) return 'asset';
    return /\.mdx?$/i.test(path) ? 'name-case' : 'unknown';
  }
  if (path.startsWith('public/')) return 'asset';
  if (path.startsWith('data/')) return /\.(ya?ml|csv)$/i.test(path) ? 'read' : 'unknown';
  return 'unknown';
}

/** A problem for a file of a type its folder does not hold. */
export function unknownFileProblem(path: string): ReadProblem {
  const top = path.startsWith('content/') ? 'content' : 'data';
  return {
    code: 'file/unknown-type',
    path,
    line: 1,
    column: 1,
    message: `This file is not a kind the handbook reads, so it is ignored: ${EXPECTED_FILES[top]}.`,
    hint: 'Move or rename the file, or remove it if it does not belong to the handbook.',
  };
}

/**
 * Reads every source file under `root/content` and `root/data` (except the record folders), and
 * the assets under `content/` and `public/` (their size, and an SVG's text), sorted by path.
 */
export function readSources(root: string): { files: SourceFile[]; problems: ReadProblem[] } {
  const files: SourceFile[] = [];
  const problems: ReadProblem[] = [];
  const realRoot = realRootOf(root);
  for (const top of ['content', 'data', 'public']) {
    for (const entry of listFiles(root, realRoot, top, problems, RECORD_FOLDERS.map((f) => f.slice(0, -1)))) {
      const kind = classifySourcePath(entry);
      if (kind === 'asset') {
        const read = readAssetFile(root, realRoot, entry);
        if (read.ok) files.push({ path: entry, text: read.text ?? '', bytes: read.bytes });
        else problems.push(read.problem);
      } else if (kind === 'unknown') problems.push(linkProblem(realRoot, entry, join(root, ...entry.split('/'))) ?? unknownFileProblem(entry));
      else if (kind === 'name-case') {
        const fixed = entry.replace(/\.(mdx?)$/i, (_, ext: string) => `.${ext.toLowerCase()}`);
        problems.push({
          code: 'file/name-case',
          path: entry,
          line: 1,
          column: 1,
          message: `The file's extension is not in lower case; the build reads only .md and .mdx files, so this one would not be published.`,
          hint: `Rename it to ${fixed.slice(fixed.lastIndexOf('/') + 1)} (with \`git mv\`, so that the change of case is recorded).`,
        });
      } else {
        const read = readSourceFile(root, realRoot, entry);
        if (read.ok) files.push({ path: entry, text: read.text });
        else problems.push(read.problem);
      }
    }
  }
  files.sort((a, b) => compareText(a.path, b.path));
  return { files, problems };
}

/**
 * The paths (relative to `root`, sorted) of every file below the folder `top`, leaving out hidden
 * entries (`.git`, `.DS_Store`), `node_modules` and the folders `skip`. Folders and links are
 * followed only inside the handbook root; a link that leaves it or leads nowhere is a problem
 * (files are returned as they are found, for `readSourceFile` to judge).
 */
export function listFiles(root: string, realRoot: string, top: string, problems: ReadProblem[], skip: readonly string[] = []): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  const walk = (dir: string, reportMissing: boolean) => {
    const folder = openFolder(join(root, ...dir.split('/')), realRoot, visited);
    if (!folder.ok) {
      if (folder.why === 'outside') {
        problems.push({ code: 'file/outside-root', path: dir, line: 1, column: 1, message: 'This folder is a symbolic link to a folder outside the handbook; nothing in it is read, published or indexed.', hint: 'Copy the content into the handbook instead of linking to it, or remove the link.' });
      } else if (folder.why === 'unreadable' || (folder.why === 'unresolved' && (reportMissing || (folder.error as NodeJS.ErrnoException).code !== 'ENOENT'))) {
        problems.push(folderProblem(dir, folder.error));
      }
      return;
    }
    const real = folder.real;
    for (const e of folder.entries) {
      const path = `${dir}/${e.name}`;
      if (skip.includes(path)) continue;
      let isDirectory = e.isDirectory();
      if (e.isSymbolicLink()) {
        try {
          isDirectory = statSync(join(real, e.name)).isDirectory();
        } catch {
          isDirectory = false; // a dangling link: the reader reports it
        }
      }
      // A folder named like a source file is given to the reader, which reports it.
      if (isDirectory && !SOURCE_EXTENSIONS.test(e.name)) walk(path, true);
      else out.push(path);
    }
  };
  walk(top, false);
  return out;
}

function folderProblem(path: string, error: unknown): ReadProblem {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission to read it is denied' : code === 'ENOENT' ? 'it is a symbolic link to a folder that does not exist' : (error as Error).message;
  return { code: 'file/unreadable', path, line: 1, column: 1, message: `The folder cannot be read: ${reason}.`, hint: 'Check the folder\'s permissions, or remove the link.' };
}
