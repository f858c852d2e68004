/**
 * Document control for the command line: the handbook model, its approval records and, with a
 * base revision, the comparison with it and the change rules. Shared by `check` and `report`.
 */
import { DiagnosticBag, applyStrict, compareDiagnostics, type Diagnostic, type LinkSeverity } from '../core/diagnostics/diagnostic.ts';
import { loadHandbook } from '../core/load.ts';
import { buildHandbook } from '../core/load.ts';
import type { Handbook } from '../core/model/handbook.ts';
import type { DateWindow } from '../core/time/window.ts';
import { buildApprovalBook, readApprovalFiles, type ApprovalBook } from '../core/approval/book.ts';
import { checkApprovals } from '../core/approval/rule.ts';
import type { ApprovalState } from '../core/approval/state.ts';
import { compareHandbooks, documentsNeedingApproval, type HandbookChanges } from '../core/change/compare.ts';
import { checkChanges } from '../core/change/rules.ts';
import { findRepository } from '../core/git/repository.ts';
import { readSnapshot, type BaseRevision } from '../core/git/snapshot.ts';
import { changedPaths } from '../core/git/changed-files.ts';
import { APPROVALS_FOLDER } from '../core/approval/book.ts';
import { recordsAdded, type AddedRecord } from '../core/approval/provenance.ts';
import { attributeFindings, type Attribution } from '../core/change/attribution.ts';
import { changedFiles } from '../core/change/report.ts';
import { checkCodeowners, findCodeowners } from '../core/codeowners/check.ts';
import { plural } from '../core/text/plural.ts';

export interface ControlOptions {
  root: string;
  today?: string | undefined;
  strict: boolean;
  /** Broken links as errors (default) or warnings. */
  links?: LinkSeverity | undefined;
  /** Revision to compare with (for a pull request: its target branch). */
  base?: string | undefined;
  /** The plausible years (default: SQMS_DATE_WINDOW, else 1900 to 50 years after today). */
  dateWindow?: DateWindow | undefined;
}

export interface Comparison {
  base: BaseRevision;
  baseHandbook: Handbook;
  changes: HandbookChanges;
  /** Files the branch changes (paths relative to the handbook root). */
  touched: Set<string>;
  /** Approval records the change itself adds (the approval workflow adds none in a pull request: it records reviews after the merge). */
  approvalsAdded: AddedRecord[];
  /** Whose each finding is: the change's own, caused by it elsewhere, or standing (found on the base too). */
  attribution: Map<Diagnostic, Attribution>;
}

export type ControlRun =
  | {
      ok: true;
      handbook: Handbook;
      /** Every diagnostic (model, approvals, changes), strict applied, sorted. */
      diagnostics: Diagnostic[];
      approvals: ApprovalBook;
      states: Map<string, ApprovalState>;
      comparison: Comparison | undefined;
    }
  | { ok: false; message: string; hint: string };

export function runControl(options: ControlOptions): ControlRun {
  const { handbook, diagnostics } = loadHandbook(options.root, { strict: options.strict, ...(options.links ? { links: options.links } : {}), ...(options.today ? { today: options.today } : {}), ...(options.dateWindow ? { dateWindow: options.dateWindow } : {}) });
  const bag = new DiagnosticBag();
  const { enabled, files, problems } = readApprovalFiles(options.root);
  const approvals = buildApprovalBook(files, enabled, handbook, bag, problems);
  // CODEOWNERS is generated from a valid handbook: with errors, documents are missing from the model.
  const codeownersFile = diagnostics.some((d) => d.severity === 'error') ? undefined : findCodeowners(options.root);
  if (codeownersFile) checkCodeowners(handbook, codeownersFile, bag);

  let compared: Omit<Comparison, 'attribution'> | undefined;
  let baseFindings: Diagnostic[] = [];
  if (options.base !== undefined) {
    const lookup = findRepository(options.root);
    if (!lookup.found) return { ok: false, message: `--base needs a Git checkout, but ${lookup.reason}.`, hint: 'Run the command inside a clone of the handbook repository.' };
    const snapshot = readSnapshot(lookup.repository, options.base);
    if (!snapshot.ok) return snapshot;
    const { handbook: baseHandbook, diagnostics: baseModel } = buildHandbook(handbook.root, snapshot.files, { today: handbook.today, dateWindow: handbook.dateWindow, ...(options.links ? { links: options.links } : {}) });
    const changes = compareHandbooks(baseHandbook, handbook);
    checkChanges(changes, handbook, bag);
    // The same checks on the base, so that findings found there too are told apart from the change's own.
    const baseBag = new DiagnosticBag();
    const baseApprovalFiles = snapshot.extra.filter((f) => f.path.startsWith(`${APPROVALS_FOLDER}/`));
    const baseApprovals = buildApprovalBook(baseApprovalFiles, enabled, baseHandbook, baseBag);
    checkApprovals(baseHandbook, baseApprovals, baseBag);
    const touched = new Set([...(changedPaths(lookup.repository, snapshot.base.commit) ?? []), ...changedFiles(changes)]);
    compared = { base: snapshot.base, baseHandbook, changes, touched, approvalsAdded: recordsAdded(baseApprovals, approvals) };
    baseFindings = [...baseModel, ...baseBag.items];
  }
  const states = checkApprovals(handbook, approvals, bag, compared ? { pending: documentsNeedingApproval(compared.changes) } : {});
  const all = [...diagnostics, ...applyStrict(bag.items, options.strict)].sort(compareDiagnostics);
  const comparison = compared ? { ...compared, attribution: attributeFindings(all, baseFindings, compared.touched) } : undefined;
  return { ok: true, handbook, diagnostics: all, approvals, states, comparison };
}

/** "1 SOP changed (SOP-CS-001 3.1 → 4.0), 12 measurements added" */
export function comparisonSummary(comparison: Comparison): string {
  const { changes, base } = comparison;
  const parts: string[] = [];
  const sops = changes.sops.map((c) =>
    c.kind === 'changed' ? (c.diff.base.version === c.diff.head.version ? c.id : `${c.id} ${c.diff.base.version} → ${c.diff.head.version}`) : `${c.id} ${c.kind}`,
  );
  if (sops.length > 0) parts.push(`${plural(sops.length, 'SOP')} (${sops.join(', ')})`);
  const count = (n: number, what: string) => n > 0 && parts.push(`${n} ${what}`);
  const counted = (n: number, noun: string) => n > 0 && parts.push(plural(n, noun));
  counted(changes.pages.length, 'page');
  counted(changes.standards.length, 'standard');
  counted(changes.kpis.length, 'KPI');
  count(changes.measurements.added.length, 'measurements added');
  count(changes.measurements.corrected.length, 'corrected');
  count(changes.measurements.removed.length, 'removed');
  counted(changes.actions.length, 'action');
  const what = parts.length > 0 ? `changed: ${parts.join(', ')}` : 'no changes';
  return `Compared with ${base.name} (${base.commit.slice(0, 7)}${base.mergeBase ? ', where this branch started' : ''}): ${what}.`;
}
