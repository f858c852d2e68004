/**
 * What changed in one controlled document other than an SOP (the quality manual, a policy, a
 * standard, a KPI) between two revisions, split as for SOPs: its substance (a KPI's target or
 * definition, a standard's requirement or time limit, a page's text) and its document-control
 * fields. A change in substance needs a new version; a change to the control fields alone does
 * not. SOPs have their own, finer diff (steps and time limits: `sop-diff.ts`).
 */
import { canonicalJson } from '../approval/canonical.ts';
import { diffBody, type BodyChange } from './sop-diff.ts';
import { changedFields, formatValue, type FieldChange } from './values.ts';
import { compareVersions, raisesMajor } from '../schema/version.ts';
import type { ChangeLogEntry, DataChangeLogEntry } from '../schema/control.ts';
import { KIND_CONTROL, substanceFields, type ControlledDocument } from '../control/document.ts';

export interface DocumentDiff {
  base: ControlledDocument;
  head: ControlledDocument;
  /** Substance fields changed. */
  fields: FieldChange[];
  body: BodyChange;
  /** Control fields changed, `changeLog` left out. */
  control: FieldChange[];
  substance: boolean;
  /** Changes that alter how the work is done or judged, in words (`target: 85 → 88`). */
  majorSignals: string[];
  newEntries: (ChangeLogEntry | DataChangeLogEntry)[];
  rewrittenEntries: string[];
  entry: ChangeLogEntry | DataChangeLogEntry | undefined;
  major: boolean;
  /** Any signed content changed (everything but `lastReviewed`): new signatures are needed. */
  needsApproval: boolean;
}

export function diffDocument(base: ControlledDocument, head: ControlledDocument): DocumentDiff {
  const kind = KIND_CONTROL[head.kind];
  const b = base.entity as Record<string, unknown>;
  const h = head.entity as Record<string, unknown>;
  const fields = changedFields(b, h, substanceFields(head.kind));
  const body = diffBody(base.body ?? '', head.body ?? '');
  const controlNames = [...kind.controlFields].filter((f) => f !== 'changeLog' && kind.fields.includes(f));
  const control = changedFields(b, h, controlNames);
  const substance = fields.length > 0 || body.changed;
  const majorSignals = kind.majorFields ? fields.filter((f) => kind.majorFields!.has(f.field)).map((f) => `${f.field}: ${formatValue(f.before)} → ${formatValue(f.after)}`) : [];
  const baseEntries = new Map(base.changeLog.map((e) => [e.version, canonicalJson(e)]));
  const newEntries = head.changeLog.filter((e) => compareVersions(e.version, base.version) > 0);
  const rewrittenEntries = base.changeLog
    .filter((e) => {
      const now = head.changeLog.find((x) => x.version === e.version);
      return !now || canonicalJson(now) !== baseEntries.get(e.version);
    })
    .map((e) => e.version);
  const raised = compareVersions(head.version, base.version) > 0;
  const entry = raised ? head.changeLog.find((e) => e.version === head.version) : undefined;
  const major = raised && (entry ? entry.change === 'major' : raisesMajor(base.version, head.version));
  const needsApproval = substance || control.some((c) => c.field !== 'lastReviewed' && c.field !== 'order') || newEntries.length > 0 || rewrittenEntries.length > 0;
  return { base, head, fields, body, control, substance, majorSignals, newEntries, rewrittenEntries, entry, major, needsApproval };
}

/** "target: 85 → 88; text: +3 −1 lines" */
export function documentSubstanceSummary(diff: DocumentDiff, limit = 4): string {
  const parts = [...diff.fields.map((f) => `${f.field}: ${formatValue(f.before)} → ${formatValue(f.after)}`), ...(diff.body.changed ? [`text: +${diff.body.added} −${diff.body.removed} lines`] : [])];
  return parts.length > limit ? `${parts.slice(0, limit).join('; ')}; and ${parts.length - limit} more` : parts.join('; ');
}
