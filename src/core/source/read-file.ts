/**
 * Reading one file of the handbook, the one way every file the check reads is read (content, data,
 * approval records): only regular files inside the handbook root, within the size limit, strict
 * UTF-8 with no NUL byte, no line beyond the length limit. Anything else is a problem with a
 * diagnostic code and a place, never an exception.
 */
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep, isAbsolute } from 'node:path';
import type { DiagnosticCode } from '../diagnostics/codes.ts';
import { LIMITS } from './limits.ts';
import { decodeSourceText, longLine } from './text-decoding.ts';

/** Why a file was not read, as a diagnostic to report at `path`. */
export interface ReadProblem {
  code: DiagnosticCode;
  /** Path relative to the handbook root, with forward slashes. */
  path: string;
  line: number;
  column: number;
  message: string;
  hint: string;
}

export type FileRead = { ok: true; text: string } | { ok: false; problem: ReadProblem };

/** Whether `target` (a real path) lies inside `realRoot` (a real path). */
export function insideRoot(realRoot: string, target: string): boolean {
  const rel = relative(realRoot, target);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The real path of `root` (symbolic links resolved), or `root` itself when it cannot be resolved. */
export function realRootOf(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

/**
 * Why the symbolic link at `path` is not followed: it leads nowhere, or out of the handbook root.
 * Undefined when it is not a link, or one that ends inside the root.
 */
export function linkProblem(realRoot: string, path: string, absolute: string): ReadProblem | undefined {
  const at = { path, line: 1, column: 1 };
  try {
    if (!lstatSync(absolute).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  let target: string;
  try {
    target = realpathSync(absolute);
  } catch {
    return { ...at, code: 'file/unreadable', message: 'This is a symbolic link to a file that does not exist (a dangling link).', hint: 'Remove the link, or point it at a file of the handbook.' };
  }
  if (!insideRoot(realRoot, target)) {
    return { ...at, code: 'file/outside-root', message: 'This is a symbolic link to a file outside the handbook; it is not read, published or indexed.', hint: 'Copy the content into the handbook instead of linking to it, or remove the link.' };
  }
  return undefined;
}

/**
 * The text of a file's bytes, as the check reads it: within the size limit, strict UTF-8 with no
 * NUL byte, no line beyond the length limit.
 */
export function textOfBytes(path: string, bytes: Uint8Array, limits = LIMITS): FileRead {
  const fail = (code: DiagnosticCode, message: string, hint: string, line = 1, column = 1): FileRead => ({ ok: false, problem: { code, path, line, column, message, hint } });
  if (bytes.length > limits.fileBytes) {
    return fail('limit/file-size', `The file has ${bytes.length} bytes; files of the handbook may have at most ${limits.fileBytes}.`, 'Split it: one file per document, one measurement file per reporting period.');
  }
  const decoded = decodeSourceText(bytes);
  if (!decoded.ok) {
    return decoded.problem === 'nul-byte'
      ? fail('file/nul-byte', 'The file contains a NUL byte (a binary file, or text damaged by a tool).', 'Delete the invisible character at this place, or replace the file by the text it should be.', decoded.line, decoded.column)
      : fail('file/encoding', `The byte 0x${decoded.byte.toString(16).toUpperCase().padStart(2, '0')} here is not UTF-8 text (the file was probably saved in another encoding, such as GBK or Windows-1252).`, SAVE_HINT, decoded.line, decoded.column);
  }
  const long = longLine(decoded.text, limits.lineLength);
  if (long) {
    return fail('limit/line-length', `Line ${long.line} has ${long.length} characters; lines may have at most ${limits.lineLength}.`, 'Break the line: YAML lists and Markdown paragraphs may span several lines.', long.line, limits.lineLength + 1);
  }
  return { ok: true, text: decoded.text };
}

const SAVE_HINT = 'Save the file as UTF-8 text (in most editors: "Save with encoding" → UTF-8) and check its permissions.';

/**
 * Reads `path` (relative to `root`, forward slashes). `realRoot` is `realRootOf(root)`; symbolic
 * links are followed only when they end inside it.
 */
export function readSourceFile(root: string, realRoot: string, path: string, limits = LIMITS): FileRead {
  const absolute = join(root, ...path.split('/'));
  const fail = (code: DiagnosticCode, message: string, hint: string, line = 1, column = 1): FileRead => ({ ok: false, problem: { code, path, line, column, message, hint } });
  try {
    const link = lstatSync(absolute);
    const refused = link.isSymbolicLink() ? linkProblem(realRoot, path, absolute) : undefined;
    if (refused) return { ok: false, problem: refused };
    const stat = link.isSymbolicLink() ? statSync(absolute) : link;
    if (stat.isDirectory()) return fail('file/unreadable', 'This is a folder, but its name is that of a source file.', 'Rename the folder, or replace it by the file it should be.');
    if (!stat.isFile()) return fail('file/unreadable', 'This is not a regular file (a device, pipe or socket).', 'Replace it by a text file, or remove it.');
    if (stat.size > limits.fileBytes) {
      return fail('limit/file-size', `The file has ${stat.size} bytes; files of the handbook may have at most ${limits.fileBytes}.`, 'Split it: one file per document, one measurement file per reporting period.');
    }
    return textOfBytes(path, readFileSync(absolute), limits);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission to read it is denied'
        : code === 'ENOENT'
          ? 'it disappeared while the handbook was read'
          : code === 'ELOOP'
            ? 'it is a loop of symbolic links'
            : (error as Error).message;
    return fail('file/unreadable', `The file cannot be read: ${reason}.`, SAVE_HINT);
  }
}
