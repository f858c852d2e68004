/**
 * The notice above a controlled document's signatures, as its approval state says: approved (and
 * by whom), changed since approval, waiting for approvers, or not approved; for a version in
 * review, whom it waits for. The SOP page's approval box and the other documents' control panel
 * show the same notice.
 */
import type { ApprovalState } from '../../core/approval/state.ts';
import type { Handbook } from '../../core/model/handbook.ts';
import type { UiLocale } from '../words/locale.ts';
import { wordsFor } from '../words/words.ts';

export interface ApprovalNotice {
  text: string;
  /** The notice's classes: `notice notice-ok`, `notice-bad` or `notice-warn`. */
  cls: string;
}

/** The notice for a document's version (`status` and `version` of the file) with its approval state; none without one. */
export function approvalNotice(
  handbook: Handbook,
  document: { status: string; version: string },
  approval: ApprovalState | undefined,
  locale: UiLocale,
): ApprovalNotice | undefined {
  if (!approval) return undefined;
  const c = wordsFor(locale).documentControl;
  const names = (ids: readonly string[]) => ids.map((id) => handbook.people.get(id)?.name ?? id).join(locale === 'zh-CN' ? '、' : ', ');
  if (document.status === 'effective') {
    const signers = [...new Set(approval.signatures.filter((s) => s.current && s.meaning === 'approved').map((s) => s.by))];
    return approval.status === 'approved'
      ? { text: c.approved(document.version, names(signers)), cls: 'notice notice-ok' }
      : approval.status === 'changed-since-approval'
        ? { text: c.changedSinceApproval(document.version), cls: 'notice notice-bad' }
        : approval.status === 'partly-approved'
          ? { text: c.awaiting(document.version, names(approval.missing)), cls: 'notice notice-warn' }
          : { text: c.notApproved(document.version), cls: 'notice notice-warn' };
  }
  if (document.status === 'in-review' && approval.missing.length > 0) return { text: c.inReview(names(approval.missing)), cls: 'notice notice-warn' };
  return undefined;
}
