/**
 * The approval records of a handbook, read from `data/approvals/**.yaml` (one file per controlled
 * document, named after its id) and checked: the schema,
 * the file name, and that the document and the people exist. Kept apart from the handbook model,
 * which does not need them; the check, the pages and the CLI read both.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosticBag, SourcePosition } from '../diagnostics/diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';
import { listFiles, unknownFileProblem, type SourceFile } from '../model/sources.ts';
import { linkProblem, readSourceFile, realRootOf, type ReadProblem } from '../source/read-file.ts';
import { validate } from '../model/schema-issues.ts';
import { parseYamlSource } from '../source/yaml-source.ts';
import { closest } from '../suggest.ts';
import { controlledDocument } from '../control/document.ts';
import { describeWindow, outsideWindow } from '../time/window.ts';
import { ApprovalFile, type ApprovalRecord } from '../schema/approval.ts';

export const APPROVALS_FOLDER = 'data/approvals';

export interface ApprovalEntry extends ApprovalRecord {
  /** Where the record is written. */
  position: SourcePosition;
}

export interface DocumentApprovals {
  document: string;
  file: string;
  records: ApprovalEntry[];
}

export interface ApprovalBook {
  /** False when the handbook keeps no approval records (no `data/approvals/` folder): nothing is checked. */
  enabled: boolean;
  byDocument: Map<string, DocumentApprovals>;
}

/** The path of a document's approval file, relative to the handbook root. */
export function approvalFilePath(documentId: string): string {
  return `${APPROVALS_FOLDER}/${documentId}.yaml`;
}

/**
 * Reads the approval files under `root` (an adapter: the only file-system access here), through
 * the reader every handbook file goes through: a record that is a folder, a dangling link, a link
 * out of the handbook or not UTF-8 is a problem to report, not an exception or replacement characters.
 */
export function readApprovalFiles(root: string): { enabled: boolean; files: SourceFile[]; problems: ReadProblem[] } {
  const realRoot = realRootOf(root);
  const folder = join(root, APPROVALS_FOLDER);
  let enabled: boolean;
  try {
    enabled = statSync(folder).isDirectory();
  } catch {
    enabled = false;
  }
  if (!enabled) return { enabled: false, files: [], problems: [] };
  const problems: ReadProblem[] = [];
  const files: SourceFile[] = [];
  for (const path of listFiles(root, realRoot, APPROVALS_FOLDER, problems)) {
    if (!/\.ya?ml$/i.test(path)) {
      problems.push(linkProblem(realRoot, path, join(root, path)) ?? { ...unknownFileProblem(path), message: 'This file is not an approval record, so it is ignored: data/approvals/ holds one YAML file per controlled document, named after it (SOP-CS-001.yaml, KPI-CSAT.yaml, policies/quality-policy.yaml).' });
      continue;
    }
    const read = readSourceFile(root, realRoot, path);
    if (read.ok) files.push({ path, text: read.text });
    else problems.push(read.problem);
  }
  return { enabled: true, files, problems };
}

/** Builds the book from files, reporting problems (and the files' read `problems`) into `bag`. */
export function buildApprovalBook(files: readonly SourceFile[], enabled: boolean, handbook: Handbook, bag: DiagnosticBag, problems: readonly ReadProblem[] = []): ApprovalBook {
  const book: ApprovalBook = { enabled, byDocument: new Map() };
  for (const p of problems) bag.report(p.code, { file: p.path, line: p.line, column: p.column }, p.message, p.hint);
  for (const file of files) {
    const source = parseYamlSource(file.path, file.text, bag);
    if (source.value === undefined) continue;
    const data = validate(ApprovalFile, source.value, source, bag);
    if (!data) continue;
    // Named after the document: a page's id may hold folders (`policies/quality-policy.yaml`).
    const base = file.path.slice(APPROVALS_FOLDER.length + 1).replace(/\.ya?ml$/i, '');
    if (base !== data.document) {
      bag.report(
        'id/filename-mismatch',
        source.locate(['document']),
        `The file is named "${base}" but holds the approvals of "${data.document}".`,
        `Rename the file to ${data.document}.yaml; each document's approvals live in a file named after it.`,
      );
      continue;
    }
    const rejected = handbook.rejected.sops.has(data.document) || handbook.rejected.standards.has(data.document) || handbook.rejected.kpis.has(data.document);
    if (!controlledDocument(handbook, data.document) && !rejected) {
      const ids = [...handbook.sops.keys(), ...handbook.pages.keys(), ...handbook.standards.keys(), ...handbook.kpis.keys()];
      const guess = closest(data.document, ids);
      const exists = handbook.pages.has(data.document) || handbook.standards.has(data.document) || handbook.kpis.has(data.document);
      bag.report(
        'ref/unknown',
        source.locate(['document']),
        exists ? `"${data.document}" is not under document control (it has no version), so it has no approvals to record.` : `There is no controlled document "${data.document}" for these approval records.`,
        exists ? 'Give the document a `version` and the other control fields, or remove this file.' : guess ? `Did you mean "${guess}"?` : 'Keep approval records only for controlled documents of the handbook (SOPs, and pages, standards and KPIs with a version).',
      );
    }
    const outside = data.records.findIndex((record) => outsideWindow(record.at, handbook.dateWindow));
    if (outside >= 0) {
      bag.report(
        'date/out-of-window',
        source.locate(['records', outside, 'at']),
        `${data.records[outside]!.at} lies outside the years this handbook accepts (${describeWindow(handbook.dateWindow)}).`,
        'Check the year of the signature; records written by `npm run approve` carry the time they were given.',
      );
      continue;
    }
    const records = data.records.map((record, i) => {
      if (!handbook.people.has(record.by) && !handbook.rejected.people.has(record.by)) {
        const guess = closest(record.by, handbook.people.keys());
        bag.report('ref/unknown', source.locate(['records', i, 'by']), `Unknown person "${record.by}" signed ${data.document} ${record.version}.`, guess ? `Did you mean "${guess}"? People are listed in data/people.yaml.` : 'Add the person to data/people.yaml.');
      }
      return { ...record, position: source.locate(['records', i]) };
    });
    book.byDocument.set(data.document, { document: data.document, file: file.path, records });
  }
  return book;
}
