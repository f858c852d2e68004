/**
 * Reading an asset: an image or attachment next to the content (`content/team/org-chart.png`,
 * `content/forms/leave.docx`) or a file in the handbook's `public/`. The build publishes it as it
 * is, so only what the check must judge is read: its size, and the text of an SVG (which a reader
 * can open on its own, where a script in it would run). A symbolic link out of the handbook is
 * refused as for every other file.
 */
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from './limits.ts';
import { linkProblem, type ReadProblem } from './read-file.ts';

export type AssetRead = { ok: true; bytes: number; text: string | undefined } | { ok: false; problem: ReadProblem };

/** Whether the check reads the asset's text: SVG, which is markup. */
export const isSvg = (path: string): boolean => /\.svg$/i.test(path);

export function readAssetFile(root: string, realRoot: string, path: string, limits = LIMITS): AssetRead {
  const absolute = join(root, ...path.split('/'));
  const fail = (message: string, hint: string): AssetRead => ({ ok: false, problem: { code: 'file/unreadable', path, line: 1, column: 1, message, hint } });
  try {
    const link = lstatSync(absolute);
    const refused = link.isSymbolicLink() ? linkProblem(realRoot, path, absolute) : undefined;
    if (refused) return { ok: false, problem: refused };
    const stat = link.isSymbolicLink() ? statSync(absolute) : link;
    if (!stat.isFile()) return fail('This is not a regular file (a device, pipe or socket).', 'Replace it by the file it should be, or remove it.');
    // The text of an SVG within the limit (a larger one is reported for its size, unread).
    const text = isSvg(path) && stat.size <= limits.assetBytes ? new TextDecoder('utf-8').decode(readFileSync(absolute)) : undefined;
    return { ok: true, bytes: stat.size, text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`The file cannot be read: ${code === 'EACCES' || code === 'EPERM' ? 'permission to read it is denied' : (error as Error).message}.`, "Check the file's permissions, or remove it.");
  }
}
