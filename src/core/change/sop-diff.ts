/**
 * What changed in one SOP between two versions of the handbook, split the way a reviewer reads
 * it: the substance (body, steps, time limits, scope, links, training) and the document-control
 * fields (version, status, dates, owner, approvers). A change in substance needs a new version;
 * a change to the control fields alone does not (a periodic review only sets `lastReviewed`).
 */
import type { SopEntity } from '../model/handbook.ts';
import { SopFrontmatter, type ChangeLogEntry, type Step } from '../schema/sop.ts';
import { canonicalBody, canonicalJson } from '../approval/canonical.ts';
import { changedFields, formatValue, type FieldChange } from './values.ts';
import { compareVersions, raisesMajor } from '../schema/version.ts';

/** Fields about the document rather than the procedure. Changing them alone needs no new version. */
export const CONTROL_FIELDS: readonly string[] = ['version', 'status', 'effective', 'lastReviewed', 'reviewIntervalMonths', 'owner', 'approvers', 'changeLog'];

/** Frontmatter fields that are the procedure's substance (besides `steps` and the body). */
export const SUBSTANCE_FIELDS: readonly string[] = Object.keys(SopFrontmatter.shape).filter((k) => !CONTROL_FIELDS.includes(k) && k !== 'steps' && k !== 'id');

const STEP_FIELDS = ['actor', 'action', 'timeLimit', 'standard', 'record', 'next', 'decision'] as const;

/** Step fields whose change alters how the work is done (who, how fast, which branch): a major change. */
const MAJOR_STEP_FIELDS: ReadonlySet<string> = new Set(['actor', 'timeLimit', 'standard', 'next', 'decision']);
/** SOP fields whose change is a change in substance calling for retraining. */
const MAJOR_FIELDS: ReadonlySet<string> = new Set(['scope', 'training']);

export type StepChange =
  | { kind: 'added'; step: Step }
  | { kind: 'removed'; step: Step }
  | { kind: 'changed'; id: string; fields: FieldChange[] };

export interface BodyChange {
  changed: boolean;
  /** Lines only in the new body / only in the old one (counted, not aligned). */
  added: number;
  removed: number;
}

export interface SopDiff {
  base: SopEntity;
  head: SopEntity;
  /** Substance fields other than the steps and body. */
  fields: FieldChange[];
  steps: StepChange[];
  body: BodyChange;
  /** Control fields, `changeLog` left out. */
  control: FieldChange[];
  /** True when the procedure itself changed. */
  substance: boolean;
  /** Changes that alter how the work is done, in words ("step S2 time limit 30 min → 20 min"). */
  majorSignals: string[];
  /** Change-log entries added for versions after the base version. */
  newEntries: ChangeLogEntry[];
  /** Versions whose earlier change-log entry was edited or removed. */
  rewrittenEntries: string[];
  /** The head's entry for its version, when the version was raised. */
  entry: ChangeLogEntry | undefined;
  /** The version was raised and the change is major (by its change-log entry, else by its MAJOR number). */
  major: boolean;
  /** Only `lastReviewed` changed: a periodic review without change. */
  reviewOnly: boolean;
  /** Any signed content changed (everything but `lastReviewed`): new signatures are needed. */
  needsApproval: boolean;
}

export function diffSop(base: SopEntity, head: SopEntity): SopDiff {
  const fields = changedFields(base as Record<string, unknown>, head as Record<string, unknown>, SUBSTANCE_FIELDS);
  const steps = diffSteps(base.steps, head.steps);
  const body = diffBody(base.body, head.body);
  const control = changedFields(base as Record<string, unknown>, head as Record<string, unknown>, CONTROL_FIELDS.filter((f) => f !== 'changeLog'));
  const substance = fields.length > 0 || steps.length > 0 || body.changed;

  const majorSignals: string[] = [];
  for (const f of fields) if (MAJOR_FIELDS.has(f.field)) majorSignals.push(`${f.field}: ${formatValue(f.before)} → ${formatValue(f.after)}`);
  for (const s of steps) {
    if (s.kind === 'added') majorSignals.push(`step ${s.step.id} added`);
    else if (s.kind === 'removed') majorSignals.push(`step ${s.step.id} removed`);
    else for (const f of s.fields) if (MAJOR_STEP_FIELDS.has(f.field)) majorSignals.push(`step ${s.id} ${stepFieldName(f.field)}: ${formatValue(f.before)} → ${formatValue(f.after)}`);
  }

  const baseEntries = new Map(base.changeLog.map((e) => [e.version, canonicalJson(e)]));
  const newEntries = head.changeLog.filter((e) => compareVersions(e.version, base.version) > 0);
  const rewrittenEntries = base.changeLog
    .filter((e) => {
      const now = head.changeLog.find((h) => h.version === e.version);
      return !now || canonicalJson(now) !== baseEntries.get(e.version);
    })
    .map((e) => e.version);
  const raised = compareVersions(head.version, base.version) > 0;
  const entry = raised ? head.changeLog.find((e) => e.version === head.version) : undefined;
  const major = raised && (entry ? entry.change === 'major' : raisesMajor(base.version, head.version));
  const reviewOnly = !substance && control.length === 1 && control[0]!.field === 'lastReviewed' && rewrittenEntries.length === 0 && newEntries.length === 0;
  const needsApproval = substance || control.some((c) => c.field !== 'lastReviewed') || newEntries.length > 0 || rewrittenEntries.length > 0;
  return { base, head, fields, steps, body, control, substance, majorSignals, newEntries, rewrittenEntries, entry, major, reviewOnly, needsApproval };
}

/** `time limit`, `actor`… as a reader says them. */
export function stepFieldName(field: string): string {
  return field === 'timeLimit' ? 'time limit' : field;
}

/** Steps matched by id: added, removed, and changed fields of the rest, in the new order. */
export function diffSteps(base: readonly Step[], head: readonly Step[]): StepChange[] {
  const before = new Map(base.map((s) => [s.id, s]));
  const after = new Set(head.map((s) => s.id));
  const out: StepChange[] = [];
  for (const step of head) {
    const old = before.get(step.id);
    if (!old) {
      out.push({ kind: 'added', step });
      continue;
    }
    const fields = changedFields(old as Record<string, unknown>, step as Record<string, unknown>, STEP_FIELDS);
    if (fields.length > 0) out.push({ kind: 'changed', id: step.id, fields });
  }
  for (const step of base) if (!after.has(step.id)) out.push({ kind: 'removed', step });
  return out;
}

/** Compares bodies canonically; counts lines only in one of them (as multisets). */
export function diffBody(base: string, head: string): BodyChange {
  const a = canonicalBody(base);
  const b = canonicalBody(head);
  if (a === b) return { changed: false, added: 0, removed: 0 };
  const counts = new Map<string, number>();
  for (const line of a.split('\n')) counts.set(line, (counts.get(line) ?? 0) + 1);
  let added = 0;
  for (const line of b.split('\n')) {
    const n = counts.get(line) ?? 0;
    if (n > 0) counts.set(line, n - 1);
    else added++;
  }
  let removed = 0;
  for (const n of counts.values()) removed += n;
  return { changed: true, added, removed };
}
