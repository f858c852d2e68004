/**
 * Reads the earlier texts of SOP files with ONE `git cat-file --batch` (every commit of every SOP
 * file in one process) and keeps the superseded versions.
 */
import { decodeUtf8, readObjects } from './cat-file.ts';
import type { DocumentHistory } from './history.ts';
import type { Repository } from './repository.ts';
import { archivedVersions, type ArchivedVersion, type FileSnapshot } from './versions.ts';

export interface ArchiveRequest {
  id: string;
  /** Path relative to the handbook root, as today. */
  path: string;
  version: string;
}

/** Superseded versions per SOP id (SOPs without any are absent). */
export function readArchive(
  repository: Repository,
  documents: ReadonlyMap<string, DocumentHistory>,
  sops: readonly ArchiveRequest[],
): { ok: true; versions: Map<string, ArchivedVersion[]> } | { ok: false; failure: string } {
  const wanted: { sop: ArchiveRequest; commits: DocumentHistory['commits'] }[] = [];
  for (const sop of sops) {
    const history = documents.get(sop.path);
    const commits = history?.commits.filter((c) => c.status !== 'deleted') ?? [];
    if (commits.length >= 2) wanted.push({ sop, commits });
  }
  const names = wanted.flatMap((w) => w.commits.map((c) => `${c.hash}:${c.gitPath}`));
  const objects = readObjects(repository.top, names);
  if ('failure' in objects) return { ok: false, failure: objects.failure };
  const versions = new Map<string, ArchivedVersion[]>();
  let i = 0;
  for (const { sop, commits } of wanted) {
    const snapshots: FileSnapshot[] = [];
    for (const commit of commits) {
      const object = objects[i++]!;
      const text = object.found ? decodeUtf8(object.content) : undefined;
      if (text !== undefined) snapshots.push({ commit, text });
    }
    const archived = archivedVersions(snapshots, sop.version);
    if (archived.length > 0) versions.set(sop.id, archived);
  }
  return { ok: true, versions };
}
