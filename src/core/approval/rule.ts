/**
 * Approval rules, run when the handbook keeps approval records: an effective controlled document
 * (SOP, quality manual, policy, standard, KPI) must carry the
 * signatures of all its approvers on its current content. A document edited after approval is
 * "changed since approval". Both are warnings, so errors under --strict (CI).
 *
 * In a pull request (a check with --base), documents the pull request changes are not approved
 * yet by definition; they are noted as pending instead, and the approvals are recorded when it
 * merges.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';
import { controlledDocuments } from '../control/document.ts';
import type { ApprovalBook } from './book.ts';
import { approvalState, type ApprovalState } from './state.ts';

export interface ApprovalCheckOptions {
  /** Ids of controlled documents changed by the pull request under check. */
  pending?: ReadonlySet<string>;
}

/** The approval state of every controlled document, and diagnostics for effective ones whose approval is not in order. */
export function checkApprovals(h: Handbook, book: ApprovalBook, bag: DiagnosticBag, options: ApprovalCheckOptions = {}): Map<string, ApprovalState> {
  const states = new Map<string, ApprovalState>();
  if (!book.enabled) return states;
  for (const sop of controlledDocuments(h)) {
    const state = approvalState(sop, book);
    states.set(sop.id, state);
    if (sop.status !== 'effective') continue;
    // Worked out only for a finding: most documents are approved (a position may cost a parse).
    const at = () => sop.origin.at(['version']);
    const names = (ids: readonly string[]) => ids.map((id) => h.people.get(id)?.name ?? id).join(', ');
    if (options.pending?.has(sop.id)) {
      if (state.status !== 'approved') {
        bag.report(
          'approval/pending',
          at(),
          `${sop.id} ${sop.version} is changed by this pull request and needs the approval of ${names(state.missing)}.`,
          'Their approving reviews are recorded as signatures in data/approvals/ when the pull request merges.',
        );
      }
      continue;
    }
    if (state.status === 'approved') continue;
    if (state.status === 'changed-since-approval') {
      const signed = state.stale.filter((s) => s.meaning === 'approved');
      const who = signed.map((s) => `${h.people.get(s.by)?.name ?? s.by} (${s.at})`).join(', ');
      bag.report(
        'approval/changed-since-approval',
        at(),
        `${sop.id} has changed since version ${sop.version} was approved by ${who}: its content no longer matches the fingerprint they signed.`,
        `If the change is meant, raise the version and add a change-log entry so that it is approved again; otherwise undo it (git log -p -- ${sop.origin.file} shows what changed).`,
      );
      continue;
    }
    bag.report(
      'approval/missing',
      at(),
      state.status === 'partly-approved'
        ? `${sop.id} ${sop.version} is effective, but ${names(state.missing)} ${state.missing.length === 1 ? 'has' : 'have'} not approved it.`
        : `${sop.id} ${sop.version} is effective, but there is no record of its approval.`,
      `Approvals are recorded from pull-request reviews when the change merges (npm run approve -- ${sop.kind === 'sop' ? '--sop' : '--document'} ${sop.id} --by PERSON --meaning approved records one by hand).`,
    );
  }
  return states;
}
