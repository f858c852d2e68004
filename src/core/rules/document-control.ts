/**
 * The rules every controlled document follows, whatever its kind: approvers other than the owner
 * before it is effective, an effective date when released, a scheduled date noted, review dates
 * that make sense, and a change log that explains the version. SOPs report them under their
 * `sop/…` codes; the quality manual, policies, standards and KPIs under `control/…`.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { DiagnosticCode } from '../diagnostics/codes.ts';
import type { Handbook } from '../model/handbook.ts';
import { compareVersions } from '../schema/version.ts';
import type { Rule } from './rule.ts';
import { controlledDocuments, KIND_CONTROL, type ControlledDocument } from '../control/document.ts';

const RELEASED = new Set(['effective', 'superseded', 'retired']);

/** Whether the document writes its status (KPIs never do; pages may leave it out: effective). */
function statusWritten(doc: ControlledDocument): boolean {
  return doc.kind === 'sop' || doc.kind === 'standard' || ('status' in doc.entity && doc.entity.status !== undefined);
}

/** The control rules for one document. */
export function checkControlledDocument(doc: ControlledDocument, today: string, bag: DiagnosticBag): void {
  const o = doc.origin;
  const { noun, codePrefix } = KIND_CONTROL[doc.kind];
  const code = (name: string) => `${codePrefix}/${name}` as DiagnosticCode;
  const released = RELEASED.has(doc.status);
  const name = `${doc.id}`;

  if (doc.status === 'effective' && doc.approvers.length === 0) {
    bag.report(code('effective-without-approvers'), o.atKey(['approvers']), `${name} is effective but lists no approvers.`, 'Name at least one approver (ISO 9001 7.5.2 asks that documents are approved before use).');
  }
  if (doc.owner !== undefined && doc.approvers.includes(doc.owner)) {
    bag.report(code('approver-is-owner'), o.at(['approvers', doc.approvers.indexOf(doc.owner)]), `The owner ${doc.owner} is also an approver of ${name}.`, 'Ask someone other than the author to approve, so the review is independent.');
  }
  if (doc.kind !== 'sop' && doc.owner === undefined) {
    bag.report('schema/missing-field', o.atKey(['version']), `${name} is a controlled ${noun} (it has a version) but names no \`owner\`.`, 'Add `owner:` with the person who keeps it current (a person id from data/people.yaml).');
  }
  if (released && !doc.effective) {
    bag.report('schema/missing-field', o.atKey([statusWritten(doc) ? 'status' : 'version']), `${name} is ${doc.status} but has no \`effective\` date.`, 'Add `effective:` with the date this version came into force (YYYY-MM-DD).');
  }
  if (doc.kind !== 'sop' && doc.reviewIntervalMonths === undefined) {
    bag.report('schema/missing-field', o.atKey(['version']), `${name} is a controlled ${noun} (it has a version) but has no \`reviewIntervalMonths\`.`, 'Add `reviewIntervalMonths:` (12–36 is usual) so that its periodic review is scheduled.');
  }
  if (doc.status === 'effective' && doc.effective && doc.effective > today) {
    bag.report(
      code('effective-in-future'),
      o.at(['effective']),
      `${name} ${doc.version} is approved to take effect on ${doc.effective} (today is ${today}): until then the handbook shows the version in force before it, with a notice of this one.`,
      'Nothing to do if the date is right: the build on the effective date shows this version. A first version is marked "not in force yet" until then.',
    );
  }
  if (doc.lastReviewed && doc.effective && doc.lastReviewed < doc.effective) {
    bag.report(code('review-before-effective'), o.at(['lastReviewed']), `The last review (${doc.lastReviewed}) is before this version took effect (${doc.effective}).`, 'Approving a new version counts as a review: set `lastReviewed` to the effective date or later, or remove it.');
  }
  if (doc.lastReviewed && doc.lastReviewed > today) {
    bag.report(code('review-in-future'), o.at(['lastReviewed']), `The last review date ${doc.lastReviewed} is in the future (today is ${today}).`, 'Record a review once it has happened; until then keep the date of the previous one.');
  }

  const log = doc.changeLog;
  const entry = log.findIndex((e) => e.version === doc.version);
  if (entry < 0) {
    bag.report(code('version-not-in-change-log'), o.at(['version']), `Version ${doc.version} has no entry in the change log.`, `Add a \`changeLog\` entry with version "${doc.version}", its date, major or minor, and a summary of what changed.`);
  } else if (doc.effective && released && log[entry]!.date !== doc.effective) {
    bag.report(code('change-log-order'), o.at(['changeLog', entry, 'date']), `The change-log date of version ${doc.version} (${log[entry]!.date}) differs from the effective date (${doc.effective}).`, 'Use the same date in both places.');
  }
  for (let i = 1; i < log.length; i++) {
    const prev = log[i - 1]!;
    const cur = log[i]!;
    if (compareVersions(cur.version, prev.version) <= 0 || cur.date < prev.date) {
      bag.report(code('change-log-order'), o.at(['changeLog', i]), `Change-log entry ${cur.version} (${cur.date}) does not follow ${prev.version} (${prev.date}).`, 'List versions oldest first, each with a higher version number and a date no earlier than the one before.');
    }
  }
  const newest = log[log.length - 1];
  if (entry >= 0 && newest && compareVersions(newest.version, doc.version) > 0) {
    bag.report(code('change-log-order'), o.at(['version']), `The change log goes up to ${newest.version}, but the ${noun} says version ${doc.version}.`, `Set \`version: "${newest.version}"\`, or remove the later entry.`);
  }
}

export const documentControl: Rule = {
  name: 'document-control',
  run(h: Handbook, bag) {
    for (const doc of controlledDocuments(h)) checkControlledDocument(doc, h.today, bag);
  },
};
