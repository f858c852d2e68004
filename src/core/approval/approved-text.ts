/**
 * The text its approvers signed, found again in the Git history of a document that has "changed
 * since approval": the newest earlier text of the file whose fingerprint is one they signed. With
 * it, readers and the owner see what changed since approval (the steps, time limits and text
 * before and after), not only that something did.
 */
import type { FileSnapshot } from '../git/versions.ts';
import type { DocumentCommit } from '../git/history.ts';
import { parseSopText } from '../model/sop-text.ts';
import type { SopFrontmatter } from '../schema/sop.ts';
import { sopFingerprint } from './fingerprint.ts';
import type { ApprovalState } from './state.ts';

export interface ApprovedText {
  /** The commit whose text of the file is the one signed (the newest such commit). */
  commit: DocumentCommit;
  /** The fingerprint it has: one of the signed ones. */
  fingerprint: string;
  fields: SopFrontmatter;
  body: string;
}

/** The fingerprints of the `approved` signatures of the current version made on other content than today's. */
export function signedFingerprints(state: ApprovalState): Set<string> {
  return new Set(state.stale.filter((s) => s.meaning === 'approved').map((s) => s.fingerprint));
}

/**
 * The newest of `snapshots` (the file's texts, newest first) whose fingerprint is in
 * `fingerprints`; undefined when none is (the signed text was never committed, or its fields no
 * longer pass today's schema, so that its fingerprint cannot be recomputed).
 */
export function approvedTextIn(snapshots: readonly FileSnapshot[], fingerprints: ReadonlySet<string>): ApprovedText | undefined {
  if (fingerprints.size === 0) return undefined;
  for (const snapshot of snapshots) {
    const text = parseSopText(snapshot.text);
    if (!text?.frontmatter) continue;
    const fingerprint = sopFingerprint({ ...text.frontmatter, body: text.body });
    if (fingerprints.has(fingerprint)) return { commit: snapshot.commit, fingerprint, fields: text.frontmatter, body: text.body };
  }
  return undefined;
}
