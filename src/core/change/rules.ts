/**
 * Change rules: what a change must do, checked against the base revision.
 *
 * - An SOP changed in substance needs a higher version (and, by the SOP rules, a change-log entry
 *   for it). Drafts and SOPs in review may change freely: their version is not released yet.
 * - A change that alters how the work is done (steps added or removed, who acts, time limits,
 *   branches, scope, training) is major: staff in `training.roles` are retrained.
 * - Earlier change-log entries are history: they are not edited or removed.
 * - Controlled documents are retired, not deleted.
 * - A past measurement may be corrected (reported as a correction); removing one loses a record.
 */
import type { DiagnosticBag, SourcePosition } from '../diagnostics/diagnostic.ts';
import type { Handbook, SopEntity } from '../model/handbook.ts';
import type { HandbookChanges } from './compare.ts';
import { describeStepChange } from './describe.ts';
import type { SopDiff } from './sop-diff.ts';
import { formatValue } from './values.ts';
import { compareVersions, nextVersions, raisesMajor } from './version.ts';
import { describeMeasurement } from '../model/measurement-counts.ts';
import { checkStaleTimeLimits } from './stale-time-limits.ts';

/** Statuses of a released version: its text may change only with a new version. */
const RELEASED = new Set<SopEntity['status']>(['effective', 'superseded', 'retired']);

export function checkChanges(changes: HandbookChanges, head: Handbook, bag: DiagnosticBag): void {
  for (const change of changes.sops) {
    if (change.kind === 'changed') {
      checkSop(change.diff, head, bag);
      checkStaleTimeLimits(change.diff, head, bag);
    }
    else if (change.kind === 'removed') deleted(bag, change.base.origin.file, `SOP ${change.id}`, change.base.status);
  }
  for (const c of changes.standards) if (c.kind === 'removed') deleted(bag, c.base!.origin.file, `standard ${c.id}`, 'effective');
  for (const c of changes.kpis) if (c.kind === 'removed') deleted(bag, c.base!.origin.file, `KPI ${c.id}`, undefined);

  for (const { kpi, unit, period, before, after } of changes.measurements.corrected) {
    bag.report(
      'change/measurement-corrected',
      after.origin.at(['value']),
      `Correction: ${kpi} for ${unit} in ${period} changes from ${measured(before)} to ${measured(after)}.`,
      'Corrections are allowed: say why in the pull request (or in `note`). The earlier value stays in the Git history.',
    );
  }
  for (const m of changes.measurements.removed) {
    bag.report(
      'change/measurement-removed',
      { file: m.origin.file, line: 1, column: 1 },
      `The value of ${m.kpi} for ${m.unit} in ${m.period} (${measured(m)}, in ${m.origin.file}) is removed.`,
      'Measurements are records and are kept: restore it, or correct it in place; if there is no valid value, write `value: null` with a `note` that says why.',
    );
  }
}

const measured = describeMeasurement;

function deleted(bag: DiagnosticBag, file: string, what: string, status: string | undefined): void {
  if (status === 'draft' || status === 'in-review') return; // never released: may simply be dropped
  bag.report(
    'change/document-deleted',
    { file, line: 1, column: 1 },
    `The ${what} is deleted. A controlled document is retired, not deleted, so that its permanent address, history and references stay valid.`,
    'Restore the file and set `status: retired` (or `superseded` when another document replaces it).',
  );
}

function checkSop(diff: SopDiff, head: Handbook, bag: DiagnosticBag): void {
  const { base, head: sop } = diff;
  const at = (path: (string | number)[]): SourcePosition => sop.origin.at(path);
  const order = compareVersions(sop.version, base.version);
  const summary = substanceSummary(diff);

  if (order < 0) {
    bag.report(
      'change/version-lowered',
      at(['version']),
      `${sop.id} goes from version ${base.version} back to ${sop.version}.`,
      `Versions only go up. To undo a change, write the earlier text as a new version (${nextVersions(base.version).minor} or ${nextVersions(base.version).major}).`,
    );
  } else if (order === 0 && diff.substance && RELEASED.has(base.status)) {
    const next = nextVersions(base.version);
    bag.report(
      'change/version-not-raised',
      at(['version']),
      `${sop.id} changed in substance (${summary}), but its version is still ${sop.version}.`,
      `Raise the version and add a change-log entry for it: "${next.major}" with change: major for a change in substance (steps, time limits, responsibilities, scope; staff are retrained), or "${next.minor}" with change: minor for wording and corrections. A periodic review that changes nothing only sets lastReviewed.`,
    );
  }

  if (order > 0) {
    const entry = diff.entry;
    const majorNumber = raisesMajor(base.version, sop.version);
    const entryIndex = sop.changeLog.findIndex((e) => e.version === sop.version);
    const entryAt = entryIndex >= 0 ? at(['changeLog', entryIndex, 'change']) : at(['version']);
    if (entry && entry.change === 'major' && !majorNumber) {
      bag.report(
        'change/version-kind-mismatch',
        entryAt,
        `The change-log entry of ${sop.id} ${sop.version} says major, but ${base.version} → ${sop.version} raises only the MINOR number.`,
        `Use version "${nextVersions(base.version).major}" for a major change, or change: minor.`,
      );
    } else if (entry && entry.change === 'minor' && majorNumber) {
      bag.report(
        'change/version-kind-mismatch',
        entryAt,
        `${sop.id} goes from ${base.version} to ${sop.version}, a new MAJOR version, but its change-log entry says minor.`,
        `Write change: major (staff in training.roles are retrained), or use version "${nextVersions(base.version).minor}" for a correction.`,
      );
    }
    if (!diff.major && diff.majorSignals.length > 0) {
      bag.report(
        'change/major-as-minor',
        entryAt,
        `${sop.id} ${base.version} → ${sop.version} is recorded as a minor change, but ${diff.majorSignals.join('; ')}: that changes how the work is done.`,
        `Make it version "${nextVersions(base.version).major}" with change: major, so that staff in training.roles are retrained; minor changes are for wording and corrections.`,
      );
    }
    if (diff.major) {
      const roles = sop.training.roles.map((id) => formatValue(head.roles.get(id)?.name ?? id));
      bag.report(
        'change/retraining',
        entryAt,
        roles.length > 0
          ? `${sop.id} ${sop.version} is a major change: retrain ${roles.join(', ')} before it takes effect.`
          : `${sop.id} ${sop.version} is a major change, but its training section names no roles to retrain.`,
        roles.length > 0 ? 'The trainer plans the retraining (SOP-DC-001); record completion in the training records.' : 'Add the roles that work to this SOP under training.roles.',
      );
    }
  }

  for (const version of diff.rewrittenEntries) {
    const index = sop.changeLog.findIndex((e) => e.version === version);
    bag.report(
      'change/change-log-rewritten',
      index >= 0 ? at(['changeLog', index]) : at(['changeLog']),
      index >= 0 ? `The change-log entry of ${sop.id} ${version} was edited; it records a released version.` : `The change-log entry of ${sop.id} ${version} was removed.`,
      'Earlier entries are history: restore them as they were, and describe the new change in a new entry.',
    );
  }
}

/** "step S2 time limit: 30 min → 20 min; body: +3 −1 lines" */
export function substanceSummary(diff: SopDiff, limit = 4): string {
  const parts = [
    ...diff.steps.map(describeStepChange),
    ...diff.fields.map((f) => `${f.field} changed`),
    ...(diff.body.changed ? [`text: +${diff.body.added} −${diff.body.removed} lines`] : []),
  ];
  return parts.length > limit ? `${parts.slice(0, limit).join('; ')}; and ${parts.length - limit} more` : parts.join('; ');
}
