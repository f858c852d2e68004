/**
 * "Changed since approval" for pages and lists: a document in force whose text is no longer the
 * text its approvers signed, with that signed text when Git history holds it (so that the page can
 * show what changed). Decided from document control (./document-control.ts), once per build.
 */
import type { ApprovedText } from '../../core/approval/approved-text.ts';
import { getDocumentControl } from '../stores/document-control.ts';
import type { SopShown } from '../stores/in-force.ts';

export interface ChangedSinceApproval {
  documentId: string;
  /** The version its approvers signed (on other content). */
  version: string;
  /** The signed text from Git history; undefined when history does not hold it. */
  approved: ApprovedText | undefined;
}

/** Where the page of a document shows what changed since approval. */
export const SINCE_APPROVAL_ANCHOR = 'changed-since-approval';

/**
 * Whether the SOP as shown has changed since approval: only the file's own text can have (a
 * version in force taken from history is the text that was in force), and only an effective one
 * (drafts and versions in review are not approved yet).
 */
export function changedSinceApproval(shown: SopShown): ChangedSinceApproval | undefined {
  if (shown.source !== 'working' || shown.working.status !== 'effective') return undefined;
  const control = getDocumentControl();
  const state = control.states.get(shown.working.id);
  if (state?.status !== 'changed-since-approval') return undefined;
  return { documentId: shown.working.id, version: state.version, approved: control.approvedTexts.get(shown.working.id) };
}
