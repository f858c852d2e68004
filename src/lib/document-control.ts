/**
 * Document control for the site, loaded once per build like the handbook itself: the approval
 * records and each SOP's approval state, the history of every document from one `git log`, and
 * the superseded versions of SOPs from one `git cat-file --batch`. Pages only read it.
 */
import { DiagnosticBag, applyStrict, type Diagnostic } from '../core/diagnostics/diagnostic.ts';
import { buildApprovalBook, readApprovalFiles, type ApprovalBook } from '../core/approval/book.ts';
import { checkApprovals } from '../core/approval/rule.ts';
import type { ApprovalState } from '../core/approval/state.ts';
import { readArchive } from '../core/git/archive.ts';
import type { DocumentHistory, History } from '../core/git/history.ts';
import { readHistory } from '../core/git/log.ts';
import type { ArchivedVersion } from '../core/git/versions.ts';
import { getHandbook } from './handbook.ts';

export interface DocumentControl {
  approvals: ApprovalBook;
  /** Approval state per SOP id. */
  states: Map<string, ApprovalState>;
  history: History;
  /** Superseded versions per SOP id, newest first. */
  archive: Map<string, ArchivedVersion[]>;
  /** Approval diagnostics, and a note when history is unavailable. */
  diagnostics: Diagnostic[];
}

// Shared by Astro's two module graphs, as the handbook is (see ./handbook.ts).
const KEY = Symbol.for('sqms.documentControl');
const store = globalThis as { [KEY]?: DocumentControl };

export function getDocumentControl(): DocumentControl {
  store[KEY] ??= loadDocumentControl();
  return store[KEY];
}

function loadDocumentControl(): DocumentControl {
  const { handbook } = getHandbook();
  const bag = new DiagnosticBag();
  const { enabled, files, problems } = readApprovalFiles(handbook.root);
  const approvals = buildApprovalBook(files, enabled, handbook, bag, problems);
  const states = checkApprovals(handbook, approvals, bag);
  const history = readHistory(handbook.root);
  let archive = new Map<string, ArchivedVersion[]>();
  if (history.available && history.repository) {
    const sops = [...handbook.sops.values()].map((s) => ({ id: s.id, path: s.origin.file, version: s.version }));
    const read = readArchive(history.repository, history.documents, sops);
    if (read.ok) archive = read.versions;
    else bag.report('history/unavailable', { file: 'content', line: 1, column: 1 }, `Superseded versions cannot be read from Git: ${read.failure}.`, 'Pages link to no earlier versions in this build.');
  } else if (!history.available) {
    bag.report('history/unavailable', { file: 'content', line: 1, column: 1 }, `Document history is not shown: ${history.reason}.`, 'Build from a full clone of the repository to show each document\'s history and earlier versions.');
  }
  return { approvals, states, history, archive, diagnostics: applyStrict(bag.items, process.env['SQMS_STRICT'] === '1') };
}

/** The history of one file, or why there is none. */
export function historyOf(file: string): { available: true; history: DocumentHistory | undefined } | { available: false; reason: string } {
  const { history } = getDocumentControl();
  return history.available ? { available: true, history: history.documents.get(file) } : { available: false, reason: history.reason };
}
