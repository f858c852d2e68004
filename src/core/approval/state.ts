/**
 * The approval state of an SOP's current version: who signed it, whether each signature still
 * matches the content, and which approvers have not signed.
 */
import type { SopEntity } from '../model/handbook.ts';
import type { ApprovalEntry, ApprovalBook } from './book.ts';
import { sopFingerprint } from './fingerprint.ts';

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
  sopId: string;
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

export function approvalState(sop: SopEntity, book: ApprovalBook): ApprovalState {
  const fingerprint = sopFingerprint(sop);
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
  return { sopId: sop.id, version: sop.version, fingerprint, status, signatures, missing, stale };
}
