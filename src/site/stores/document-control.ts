/**
 * Document control for the site, loaded once per build like the handbook itself: the approval
 * records and each controlled document's approval state, the history of every document from one
 * `git log`, and the versions of every controlled document on the build date (in force, upcoming, superseded) from one
 * `git cat-file --batch`. Pages and lists only read it.
 */
import { DiagnosticBag, applyStrict, type Diagnostic } from '../../core/diagnostics/diagnostic.ts';
import { buildApprovalBook, readApprovalFiles, type ApprovalBook } from '../../core/approval/book.ts';
import { checkApprovals } from '../../core/approval/rule.ts';
import type { ApprovalState } from '../../core/approval/state.ts';
import type { ApprovedText } from '../../core/approval/approved-text.ts';
import { signedFingerprints } from '../../core/approval/approved-text.ts';
import { readApprovedTexts } from '../../core/approval/signed-texts.ts';
import { readArchive, type DocumentVersions } from '../../core/git/archive.ts';
import type { DocumentHistory, History } from '../../core/git/history.ts';
import { readHistory } from '../../core/git/log.ts';
import { versionsWithoutHistory, type SopVersions } from '../../core/git/versions.ts';
import type { SopEntity } from '../../core/model/handbook.ts';
import { controlledDocuments, type ControlledDocument } from '../../core/control/document.ts';
import { gateHolding, versionHeld } from '../../core/derive/training-gate.ts';
import { getLoadedHandbook } from './loaded-handbook.ts';
import { strictSetting } from '../../core/settings.ts';
import { onHandbookChange } from './reload.ts';

export interface DocumentControl {
  approvals: ApprovalBook;
  /** Approval state per SOP id. */
  states: Map<string, ApprovalState>;
  history: History;
  /** Per SOP id: the version in force on the build date, the upcoming one, the superseded ones. */
  versions: Map<string, DocumentVersions>;
  /** Per SOP id that has changed since approval: the text its approvers signed, when Git history holds it. */
  approvedTexts: Map<string, ApprovedText>;
  /** The same for the other controlled documents (the quality manual, policies, standards, KPIs), by id. */
  others: Map<string, SopVersions<unknown>>;
  /** Approval diagnostics, and a note when history is unavailable. */
  diagnostics: Diagnostic[];
}

// Shared by Astro's two module graphs, as the handbook is (see ./handbook.ts).
const KEY = Symbol.for('sqms.documentControl');
const store = globalThis as { [KEY]?: DocumentControl };
onHandbookChange('document-control', () => delete store[KEY]);

export function getDocumentControl(): DocumentControl {
  store[KEY] ??= loadDocumentControl();
  return store[KEY];
}

function loadDocumentControl(): DocumentControl {
  // The handbook as loaded from the files: the versions in force are decided here (see ./handbook.ts).
  const { handbook } = getLoadedHandbook();
  const bag = new DiagnosticBag();
  const { enabled, files, problems } = readApprovalFiles(handbook.root);
  const approvals = buildApprovalBook(files, enabled, handbook, bag, problems);
  const states = checkApprovals(handbook, approvals, bag);
  const history = readHistory(handbook.root);
  const sops = [...handbook.sops.values()];
  const otherDocuments = controlledDocuments(handbook).filter((d) => d.kind !== 'sop');
  // The retraining gate (derived once with the handbook): a major version of an assessed SOP waiting for its retraining is not in force.
  const gate = (s: SopEntity) => versionHeld(handbook.derived.retrainingGates, s.id);
  const withoutHistory = (reason: string) =>
    new Map(sops.map((s) => [s.id, { ...versionsWithoutHistory(working(s), handbook.today, reason, gate(s)), translations: new Map() }]));
  const othersWithoutHistory = (reason: string) => new Map(otherDocuments.map((d) => [d.id, versionsWithoutHistory<unknown>(working(d), handbook.today, reason)]));
  let versions: Map<string, DocumentVersions>;
  let approvedTexts = new Map<string, ApprovedText>();
  let others: Map<string, SopVersions<unknown>>;
  if (history.available && history.repository) {
    const changed = sops.flatMap((s) => {
      const state = states.get(s.id);
      return state?.status === 'changed-since-approval' ? [{ id: s.id, path: s.origin.file, fingerprints: signedFingerprints(state) }] : [];
    });
    const signed = readApprovedTexts(history.repository, history.documents, changed);
    if (signed.ok) approvedTexts = signed.texts;
    const requests = sops.map((s) => ({
      id: s.id,
      path: s.origin.file,
      working: working(s),
      gate: gate(s),
      translations: [...(handbook.translations.sops.get(s.id)?.values() ?? [])].map((t) => ({ lang: t.lang, path: t.origin.file, sourceVersion: t.sourceVersion })),
    }));
    const otherRequests = otherDocuments.map((d) => ({ kind: d.kind, id: d.id, path: d.origin.file, working: working(d) }));
    const read = readArchive(history.repository, history.documents, [...requests, ...otherRequests], handbook.today);
    if (read.ok) {
      versions = read.versions;
      others = read.others;
    } else {
      versions = withoutHistory(`earlier versions cannot be read from Git (${read.failure})`);
      others = othersWithoutHistory(`earlier versions cannot be read from Git (${read.failure})`);
      bag.report('history/unavailable', { file: 'content', line: 1, column: 1 }, `Earlier versions cannot be read from Git: ${read.failure}.`, 'Pages link to no earlier versions in this build, and SOPs whose file holds a version not in force yet say that the version in force cannot be shown.');
    }
  } else {
    versions = withoutHistory(history.available ? 'the repository cannot be read' : history.reason);
    others = othersWithoutHistory(history.available ? 'the repository cannot be read' : history.reason);
    if (!history.available) {
      bag.report('history/unavailable', { file: 'content', line: 1, column: 1 }, `Document history is not shown: ${history.reason}.`, 'Build from a full clone of the repository to show each document\'s history, its earlier versions and, for an SOP whose file holds a version not in force yet, the version in force.');
    }
  }
  // A version not in force yet that waits for its retraining says how far it has got (pages and lists show it).
  for (const [id, v] of versions) {
    const waiting = v.upcoming && gateHolding(handbook.derived.retrainingGates, id, v.upcoming.version);
    if (v.upcoming && waiting) v.upcoming = { ...v.upcoming, retraining: { done: waiting.unitsComplete, total: waiting.unitsInScope } };
  }
  return { approvals, states, history, versions, approvedTexts, others, diagnostics: applyStrict(bag.items, strictSetting()) };
}

function working(sop: SopEntity | ControlledDocument) {
  return { version: sop.version, status: sop.status, effective: sop.effective };
}

/** The versions of one controlled document other than an SOP (a KPI, a standard, a controlled page) on the build date. */
export function documentVersionsOf(id: string): SopVersions<unknown> | undefined {
  return getDocumentControl().others.get(id);
}

/** The versions of one SOP on the build date. */
export function versionsOf(id: string): DocumentVersions | undefined {
  return getDocumentControl().versions.get(id);
}

/** The history of one file, or why there is none. */
export function historyOf(file: string): { available: true; history: DocumentHistory | undefined } | { available: false; reason: string } {
  const { history } = getDocumentControl();
  return history.available ? { available: true, history: history.documents.get(file) } : { available: false, reason: history.reason };
}
