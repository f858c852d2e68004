/**
 * Where an approval record comes from. The approval workflow (.github/workflows/record-approvals.yml)
 * writes signatures on main after a pull request merges, from its approving reviews, each with the
 * review's (or, for the author, the pull request's) address as `source`. So a record that a pull
 * request itself adds was not written by the workflow: someone wrote it by hand (or ran
 * `npm run approve` in the branch), and it is no evidence that the person reviewed anything. The
 * pull-request report lists such records for the reviewers to question.
 */
import type { ApprovalBook, ApprovalEntry } from './book.ts';
import { compareText } from '../order.ts';

export interface AddedRecord {
  document: string;
  file: string;
  record: ApprovalEntry;
}

const key = (document: string, r: ApprovalEntry) => [document, r.version, r.by, r.meaning, r.at, r.fingerprint].join('\u0000');

/** Records in `head` that `base` does not hold, in file and record order. */
export function recordsAdded(base: ApprovalBook, head: ApprovalBook): AddedRecord[] {
  const before = new Set<string>();
  for (const doc of base.byDocument.values()) for (const r of doc.records) before.add(key(doc.document, r));
  const out: AddedRecord[] = [];
  for (const doc of [...head.byDocument.values()].sort((a, b) => compareText(a.file, b.file))) {
    for (const r of doc.records) if (!before.has(key(doc.document, r))) out.push({ document: doc.document, file: doc.file, record: r });
  }
  return out;
}
