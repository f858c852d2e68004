/**
 * Words for the document-control parts of an SOP page (approval signatures, history, superseded
 * versions), in the SOP's own language like the rest of the page.
 */
import type { SignatureMeaning } from '../../../core/schema/approval.ts';
import type { SopStatus } from '../../../core/schema/sop.ts';

/** How far the retraining on a version waiting for it has got: units complete of those in scope. */
export interface Retraining {
  done: number;
  total: number;
}

export interface ControlLabels {
  approval: string;
  signaturesCaption: (version: string) => string;
  name: string;
  meaning: string;
  meanings: Record<SignatureMeaning, string>;
  dateTime: string;
  content: string;
  matches: string;
  differs: string;
  fingerprint: string;
  /** Link text to where a signature was given (a pull-request review). */
  evidence: string;
  approved: (version: string, names: string) => string;
  changedSinceApproval: (version: string) => string;
  /** The badge next to the status of a document changed since approval (on its page and in lists). */
  changedBadge: string;
  /** Heading of the section showing what changed since approval. */
  sinceApprovalTitle: (version: string) => string;
  /** Where the approved text compared with comes from. */
  sinceApprovalSource: (commit: string, date: string) => string;
  /** The approved text is not in the Git history of the build. */
  sinceApprovalMissing: string;
  /** Column headings of the comparison with the approved text. */
  approvedColumn: string;
  nowColumn: string;
  seeWhatChangedSinceApproval: string;
  awaiting: (version: string, missing: string) => string;
  notApproved: (version: string) => string;
  inReview: (missing: string) => string;
  noRecords: string;
  history: string;
  lastChange: string;
  authors: string;
  allChanges: (n: number) => string;
  date: string;
  author: string;
  message: string;
  commit: string;
  historyUnavailable: (reason: string) => string;
  notCommitted: string;
  current: string;
  supersededVersion: (version: string) => string;
  retraining: (version: string) => string;
  supersededNotice: string;
  supersededDetail: (args: { id: string; version: string; from?: string | undefined; until?: string | undefined; by?: string | undefined }) => string;
  currentVersion: string;
  takenFrom: (commit: string, date: string) => string;
  earlierFormat: string;
  supersededOn: string;
  /** Above the version in force, when the file holds a newer one: `Version 3.2 takes effect on 15 Jan 2027`; the link follows. */
  upcomingNotice: (p: { version: string; status: SopStatus; effective: string | undefined; retraining?: Retraining | undefined }) => string;
  seeWhatChanges: string;
  /** The page of the upcoming version. */
  upcomingTitle: (version: string) => string;
  upcomingPageNotice: (p: { version: string; status: SopStatus; effective: string | undefined; inForce: string; retraining?: Retraining | undefined }) => string;
  goToInForce: (version: string) => string;
  whatChanges: (from: string, to: string) => string;
  noChange: string;
  stepsChanged: string;
  fieldsChanged: string;
  bodyChanged: string;
  stepAdded: (id: string) => string;
  stepRemoved: (id: string) => string;
  stepChanged: (id: string) => string;
  before: string;
  after: string;
  field: string;
  fieldNames: Record<string, string>;
  lineAdded: string;
  lineRemoved: string;
  upcomingProcedure: (version: string) => string;
  /** A first version not in force yet. */
  notInForceYet: (p: { version: string; status: SopStatus; effective: string | undefined }) => string;
  /** History unavailable and the file's version not in force. */
  inForceUnknown: (p: { version: string; reason: string }) => string;
  upcomingBadge: (version: string, effective: string | undefined, retraining?: Retraining) => string;
  scheduledChanges: string;
  scheduledIntro: string;
  scheduledCaption: string;
  noScheduledChanges: string;
  document: string;
  inForceColumn: string;
  nextVersion: string;
  takesEffect: string;
  notDated: string;
  sopTitle: string;
  /** A version approved for a later date. */
  approvedStatus: string;
}

export const documentControl: ControlLabels = {
  approval: 'Approval',
  signaturesCaption: (v) => `Signatures for version ${v}`,
  name: 'Name',
  meaning: 'Meaning',
  meanings: { authored: 'Authored', reviewed: 'Reviewed', approved: 'Approved' },
  dateTime: 'Date and time',
  content: 'Content signed',
  matches: 'This text',
  differs: 'Earlier text',
  fingerprint: 'Fingerprint',
  evidence: 'review',
  approved: (v, names) => `Approved: version ${v} is the text ${names} signed.`,
  changedSinceApproval: (v) => `Changed since approval: this text differs from the text its approvers signed for version ${v}. Ask the owner before relying on the changed parts.`,
  changedBadge: 'Changed since approval',
  sinceApprovalTitle: (v) => `What changed since version ${v} was approved`,
  sinceApprovalSource: (commit, date) => `The approved text is the file as in commit ${commit} of ${date}; the changes below are not approved.`,
  sinceApprovalMissing: 'The text its approvers signed is not in the Git history of this build, so the changes cannot be shown here. Ask the owner; git log -p on the file shows its changes.',
  approvedColumn: 'Approved',
  nowColumn: 'Now',
  seeWhatChangedSinceApproval: 'See what changed',
  awaiting: (v, missing) => `Approval incomplete: ${missing} has not signed version ${v}.`,
  notApproved: (v) => `No approval is recorded for version ${v}.`,
  inReview: (missing) => `In review: awaiting the approval of ${missing}.`,
  noRecords: 'No signatures recorded for this version.',
  history: 'History',
  lastChange: 'Last change',
  authors: 'Written by',
  allChanges: (n) => `All ${n} change${n === 1 ? '' : 's'} in Git`,
  date: 'Date',
  author: 'Author',
  message: 'What changed',
  commit: 'Commit',
  historyUnavailable: (reason) => `History unavailable: ${reason}.`,
  notCommitted: 'Not committed yet: this file has no history in Git.',
  current: 'current',
  supersededVersion: (v) => `Superseded version ${v}`,
  retraining: (v) => `Version ${v} is a major change: staff in these roles must be retrained before working to it.`,
  supersededNotice: 'Superseded — do not use.',
  supersededDetail: ({ id, version, from, until, by }) =>
    `This is version ${version} of ${id}${from ? `, in force from ${from}` : ''}.${until ? ` Superseded on ${until}${by ? ` by version ${by}` : ''}.` : ''} It is kept for the record only.`,
  currentVersion: 'Go to the current version',
  takenFrom: (commit, date) => `Text as in commit ${commit} of ${date}.`,
  earlierFormat: 'This version was written in an earlier format; its fields are shown as written.',
  supersededOn: 'Superseded on',
  upcomingNotice: ({ version, status, effective, retraining }) =>
    status === 'effective' && retraining
      ? `Version ${version} approved, effective ${effective}, waiting for retraining: ${retraining.done} of ${retraining.total} units complete. Until then this version is in force.`
      : status === 'effective'
      ? `Version ${version} takes effect on ${effective}. Until then this version is in force.`
      : status === 'in-review'
        ? `Version ${version} is in review${effective ? `, planned to take effect on ${effective}` : ''}. Until it is approved and takes effect, this version is in force.`
        : `A draft of version ${version} is being prepared. This version stays in force.`,
  seeWhatChanges: 'See what changes',
  upcomingTitle: (v) => `Upcoming version ${v}`,
  upcomingPageNotice: ({ version, status, effective, inForce, retraining }) =>
    `Not in force yet: do not work to this text. ${
      status === 'effective' && retraining
        ? `Version ${version} approved, effective ${effective}, waiting for retraining: ${retraining.done} of ${retraining.total} units complete.`
        : status === 'effective' ? `Version ${version} takes effect on ${effective}.` : status === 'in-review' ? `Version ${version} is in review${effective ? `, planned for ${effective}` : ''}.` : `Version ${version} is a draft.`
    } Until then, version ${inForce} is in force.`,
  goToInForce: (v) => `Go to version ${v}, in force`,
  whatChanges: (from, to) => `What changes from version ${from} to ${to}`,
  noChange: 'No change to the steps, time limits or text.',
  stepsChanged: 'Steps and time limits',
  fieldsChanged: 'Scope, links and training',
  bodyChanged: 'Text',
  stepAdded: (id) => `Step ${id} added`,
  stepRemoved: (id) => `Step ${id} removed`,
  stepChanged: (id) => `Step ${id} changed`,
  before: 'Before',
  after: 'After',
  field: 'Field',
  fieldNames: { actor: 'Who', action: 'Action', timeLimit: 'Time limit', standard: 'Standard', record: 'Record', next: 'Next step', decision: 'Decision', title: 'Title', summary: 'Summary', scope: 'Scope', implements: 'Standards implemented', measuredBy: 'Measured by', related: 'Related SOPs', training: 'Training', area: 'Process area', lang: 'Language' },
  lineAdded: 'added',
  lineRemoved: 'removed',
  upcomingProcedure: (v) => `The procedure in version ${v}`,
  notInForceYet: ({ version, status, effective }) =>
    status === 'effective'
      ? `Not in force yet: version ${version} takes effect on ${effective}. Do not work to this procedure before then.`
      : status === 'in-review'
        ? `Not in force yet: version ${version} is in review${effective ? `, planned for ${effective}` : ''}. Do not work to this procedure.`
        : `Not in force: version ${version} is a draft. Do not work to this procedure.`,
  inForceUnknown: ({ version, reason }) =>
    `The version in force cannot be shown from this build (${reason}). The text below is version ${version}, which is not in force yet: do not work to it; ask the owner for the version in force.`,
  upcomingBadge: (v, effective, retraining) =>
    retraining
      ? `${v}${effective ? ` from ${effective}` : ''}, waiting for retraining (${retraining.done} of ${retraining.total} units)`
      : effective ? `${v} from ${effective}` : `${v} in preparation`,
  scheduledChanges: 'Scheduled changes',
  scheduledIntro: 'New versions approved or in review, with the date they take effect. Until then the version in force stays on the document\'s page, and a new KPI target or standard is not applied.',
  noScheduledChanges: 'No new version is scheduled.',
  scheduledCaption: 'New versions of controlled documents and the date each takes effect',
  document: 'Document',
  inForceColumn: 'In force',
  nextVersion: 'Next version',
  takesEffect: 'Takes effect',
  notDated: 'not dated yet',
  sopTitle: 'Title',
  approvedStatus: 'Approved',
};
