/**
 * Change rules: what a change must do, checked against the base revision.
 *
 * - A controlled document (SOP, quality manual, policy, standard, KPI) changed in substance needs a
 *   higher version (and, by the control rules, a change-log entry for it). Drafts and documents in
 *   review may change freely: their version is not released yet. One rule for every kind:
 *   `../control/version-rule.ts`.
 * - A change that alters how the work is done (steps added or removed, who acts, time limits,
 *   branches, scope, training) is major: staff in `training.roles` are retrained.
 * - Earlier change-log entries are history: they are not edited or removed.
 * - Controlled documents are retired, not deleted.
 * - A past measurement may be corrected (reported as a correction); removing one loses a record.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';
import type { HandbookChanges } from './compare.ts';
import { describeStepChange } from './describe.ts';
import type { SopDiff } from './sop-diff.ts';
import { formatValue } from './values.ts';
import { compareVersions } from '../schema/version.ts';
import { asControlled, type ControlledEntity } from '../control/document.ts';
import { diffDocument, documentSubstanceSummary } from './document-diff.ts';
import { checkVersionChange } from '../control/version-rule.ts';
import { describeMeasurement } from '../model/measurement-counts.ts';
import { checkStaleTimeLimits } from './stale-time-limits.ts';

export function checkChanges(changes: HandbookChanges, head: Handbook, bag: DiagnosticBag): void {
  for (const change of changes.sops) {
    if (change.kind === 'changed') {
      checkSop(change.diff, head, bag);
      checkStaleTimeLimits(change.diff, head, bag);
    }
    else if (change.kind === 'removed') deleted(bag, change.base.origin.file, `SOP ${change.id}`, change.base.status);
  }
  for (const c of changes.standards) {
    if (c.kind === 'removed') deleted(bag, c.base!.origin.file, `standard ${c.id}`, 'effective');
    else if (c.kind === 'changed') checkDocument('standard', c.base!, c.head!, bag);
  }
  for (const c of changes.kpis) {
    if (c.kind === 'removed') deleted(bag, c.base!.origin.file, `KPI ${c.id}`, undefined);
    else if (c.kind === 'changed') {
      checkDocument('kpi', c.base!, c.head!, bag);
      checkObjectiveDecided(c.base!, c.head!, head, bag);
    }
  }
  for (const c of changes.pages) {
    if (c.kind === 'removed' && c.base!.version !== undefined) deleted(bag, c.base!.origin.file, `page ${c.id}`, c.base!.status ?? 'effective');
    else if (c.kind === 'changed') checkDocument('page', c.base!, c.head!, bag);
  }

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

const OBJECTIVE_FIELDS = ['target', 'warning', 'floor'] as const;

/**
 * A quality objective (a KPI's target, warning threshold or floor) is set by top management
 * (ISO 9001 6.2, 9.3.3): a change of one is named, with the KPI's new version, by a decision of a
 * management review (`data/management-reviews/`).
 */
function checkObjectiveDecided(base: Handbook['kpis'] extends Map<string, infer K> ? K : never, kpi: Handbook['kpis'] extends Map<string, infer K> ? K : never, head: Handbook, bag: DiagnosticBag): void {
  const changed = OBJECTIVE_FIELDS.filter((f) => base[f] !== kpi[f]);
  // A KPI outside document control has no version for a review to name.
  if (changed.length === 0 || kpi.version === undefined) return;
  const decided = [...head.managementReviews.values()].some((r) => r.decisions.some((d) => d.objectives.some((o) => o.kpi === kpi.id && o.version === kpi.version)));
  if (decided) return;
  const field = changed[0]!;
  bag.report(
    'change/objective-without-review',
    kpi.origin.at([field]),
    `${kpi.id}'s ${changed.map((f) => `${f} changes from ${base[f] ?? 'none'} to ${kpi[f] ?? 'none'}`).join(', ')}, and no management review decision sets ${kpi.id} ${kpi.version} as an objective.`,
    `Quality objectives are set by top management: add \`objectives: [{ kpi: ${kpi.id}, version: "${kpi.version}" }]\` to the decision of the management review that agreed it (data/management-reviews/).`,
  );
}

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
  checkVersionChange(
    {
      kind: 'sop',
      id: sop.id,
      base,
      head: sop,
      substance: diff.substance,
      summary: substanceSummary(diff),
      majorSignals: diff.majorSignals,
      major: diff.major,
      entry: diff.entry,
      rewrittenEntries: diff.rewrittenEntries,
    },
    bag,
  );
  if (compareVersions(sop.version, base.version) > 0 && diff.major) {
    const entryIndex = sop.changeLog.findIndex((e) => e.version === sop.version);
    const entryAt = entryIndex >= 0 ? sop.origin.at(['changeLog', entryIndex, 'change']) : sop.origin.at(['version']);
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

/** The version rule for a changed standard, KPI or controlled page (the same rule as SOPs'). */
function checkDocument(kind: 'page' | 'standard' | 'kpi', base: ControlledEntity, head: ControlledEntity, bag: DiagnosticBag): void {
  const b = asControlled(base);
  const h = asControlled(head);
  // A document brought under control (no version at the base) starts its history here; one taken out of control is not checked.
  if (!b || !h) return;
  const diff = diffDocument(b, h);
  checkVersionChange(
    {
      kind,
      id: h.id,
      base: b,
      head: h,
      substance: diff.substance,
      summary: documentSubstanceSummary(diff),
      majorSignals: diff.majorSignals,
      major: diff.major,
      entry: diff.entry,
      rewrittenEntries: diff.rewrittenEntries,
    },
    bag,
  );
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
