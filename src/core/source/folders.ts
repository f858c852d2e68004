/**
 * Opening one folder of a tree that is walked with symbolic links followed only inside its root:
 * the folder's real path (a link resolved), refused when it leads out of the root or was walked
 * already (a link round a circle), and its entries in a stable order, without the hidden ones
 * (`.git`, `.DS_Store`) and `node_modules`. The handbook's reader (model/sources.ts) and the
 * importer (import/source-tree.ts) walk their trees with it, each reporting in its own words what
 * it could not open.
 */
import { readdirSync, realpathSync, type Dirent } from 'node:fs';
import { compareText } from '../order.ts';
import { insideRoot } from './read-file.ts';

export type OpenedFolder =
  | { ok: true; real: string; entries: Dirent[] }
  /** `unresolved`: its path leads nowhere (a dangling link, or no such folder); `unreadable`: it cannot be listed. */
  | { ok: false; why: 'unresolved' | 'unreadable'; error: unknown }
  /** `outside`: a link out of the root; `visited`: walked already, through another link. */
  | { ok: false; why: 'outside' | 'visited' };

/** Opens the folder at `absolute`, below the root whose real path is `realRoot`; `visited` holds the real paths walked so far. */
export function openFolder(absolute: string, realRoot: string, visited: Set<string>): OpenedFolder {
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error) {
    return { ok: false, why: 'unresolved', error };
  }
  if (!insideRoot(realRoot, real)) return { ok: false, why: 'outside' };
  if (visited.has(real)) return { ok: false, why: 'visited' };
  visited.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(real, { withFileTypes: true });
  } catch (error) {
    return { ok: false, why: 'unreadable', error };
  }
  return { ok: true, real, entries: entries.filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules').sort((a, b) => compareText(a.name, b.name)) };
}
