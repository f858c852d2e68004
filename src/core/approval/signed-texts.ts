/**
 * Reads, with ONE `git cat-file --batch`, the earlier texts of the documents that have changed
 * since approval, and finds in each the text its approvers signed (core/approval/approved-text.ts).
 */
import { approvedTextIn, type ApprovedText } from './approved-text.ts';
import { decodeUtf8, readObjects } from '../git/cat-file.ts';
import type { DocumentHistory } from '../git/history.ts';
import type { Repository } from '../git/repository.ts';
import type { FileSnapshot } from '../git/versions.ts';

export interface ApprovedTextRequest {
  id: string;
  /** Path relative to the handbook root, as today. */
  path: string;
  /** The fingerprints its approvers signed. */
  fingerprints: ReadonlySet<string>;
}

/** Per document id, the signed text found in history (documents whose signed text is not in history are absent). */
export function readApprovedTexts(
  repository: Repository,
  documents: ReadonlyMap<string, DocumentHistory>,
  requests: readonly ApprovedTextRequest[],
): { ok: true; texts: Map<string, ApprovedText> } | { ok: false; failure: string } {
  const wanted = requests.map((r) => ({ request: r, commits: documents.get(r.path)?.commits.filter((c) => c.status !== 'deleted') ?? [] }));
  const objects = readObjects(repository.top, wanted.flatMap((w) => w.commits.map((c) => `${c.hash}:${c.gitPath}`)));
  if ('failure' in objects) return { ok: false, failure: objects.failure };
  const texts = new Map<string, ApprovedText>();
  let i = 0;
  for (const { request, commits } of wanted) {
    const snapshots: FileSnapshot[] = [];
    for (const commit of commits) {
      const object = objects[i++]!;
      const text = object.found ? decodeUtf8(object.content) : undefined;
      if (text !== undefined) snapshots.push({ commit, text });
    }
    const found = approvedTextIn(snapshots, request.fingerprints);
    if (found) texts.set(request.id, found);
  }
  return { ok: true, texts };
}
