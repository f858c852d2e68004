/**
 * The approval state of a controlled document's current version (an SOP, the quality manual, a
 * policy, a standard, a KPI): who signed it, whether each signature still
 * matches the content, and which approvers have not signed.
 */
import type { SopEntity } from '../model/handbook.ts';
import { asControlled, type ControlledDocument, type ControlledKind } from '../control/document.ts';
import type { ApprovalEntry, ApprovalBook } from './book.ts';
import { documentFingerprint } from './fingerprint.ts';

export type ApprovalStatus =
  /** Every approver signed this content. */
  | 'approved'
  /** Someone signed this version, but the content has changed since. */
  | 'changed-since-approval'
  /** Some approvers signed this content; others have not yet. */
  | 'partly-approved'
  /** Nobody has signed this version. */
  | 'not-approved';

export interface Signature extends ApprovalEntry {
  /** The signature covers the content as it is now. */
  current: boolean;
}

export interface ApprovalState {
  /** The document's id (kept under its first name: SOPs were the first controlled documents). */
  sopId: string;
  kind: ControlledKind;
  version: string;
  /** Fingerprint of the content as it is now. */
  fingerprint: string;
  status: ApprovalStatus;
  /** Signatures of this version, oldest first. */
  signatures: Signature[];
  /** Approvers without a current `approved` signature. */
  missing: string[];
  /** Signatures of this version made on other content. */
  stale: Signature[];
}

/** The approval state of a controlled document (an SOP entity is described as one). */
export function approvalState(subject: SopEntity | ControlledDocument, book: ApprovalBook): ApprovalState {
  const sop = 'entity' in subject ? subject : asControlled(subject)!;
  const fingerprint = documentFingerprint(sop);
  const records = (book.byDocument.get(sop.id)?.records ?? []).filter((r) => r.version === sop.version);
  const signatures: Signature[] = records.map((r) => ({ ...r, current: r.fingerprint === fingerprint }));
  const approvedBy = new Set(signatures.filter((s) => s.current && s.meaning === 'approved').map((s) => s.by));
  const missing = sop.approvers.filter((id) => !approvedBy.has(id));
  const stale = signatures.filter((s) => !s.current);
  const status: ApprovalStatus =
    missing.length === 0 && sop.approvers.length > 0
      ? 'approved'
      : stale.some((s) => s.meaning === 'approved')
        ? 'changed-since-approval'
        : approvedBy.size > 0
          ? 'partly-approved'
          : 'not-approved';
  return { sopId: sop.id, kind: sop.kind, version: sop.version, fingerprint, status, signatures, missing, stale };
}
