/**
 * Approval evidence: the fingerprint of an SOP's signed content, "changed since approval"
 * detection, missing and pending approvals, reading and appending records.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag, applyStrict } from '../../../src/core/diagnostics/diagnostic.ts';
import { appendRecord } from '../../../src/core/approval/append.ts';
import { buildApprovalBook, type ApprovalBook } from '../../../src/core/approval/book.ts';
import { documentFingerprint, sopFingerprint } from '../../../src/core/approval/fingerprint.ts';
import { controlledDocument } from '../../../src/core/control/document.ts';
import { checkApprovals } from '../../../src/core/approval/rule.ts';
import type { Handbook } from '../../../src/core/model/handbook.ts';
import { buildPatched, validFiles, build } from '../../helpers/fixture.ts';

const SOP = 'content/sops/customer-service/SOP-CS-001.mdx';
const { handbook } = build(validFiles());
const cs001 = handbook.sops.get('SOP-CS-001')!;
const signed = sopFingerprint(cs001);

function bookOf(h: Handbook, records: { by: string; meaning?: string; fingerprint?: string; version?: string }[]): { book: ApprovalBook; bag: DiagnosticBag } {
  let text: string | undefined;
  for (const r of records) {
    text = appendRecord(text, 'SOP-CS-001', {
      version: r.version ?? '1.10',
      by: r.by,
      meaning: (r.meaning ?? 'approved') as 'approved',
      at: '2026-02-26T06:12:00Z',
      fingerprint: r.fingerprint ?? signed,
    });
  }
  const bag = new DiagnosticBag();
  const book = buildApprovalBook(text ? [{ path: 'data/approvals/SOP-CS-001.yaml', text }] : [], true, h, bag);
  return { book, bag };
}

function approvalFindings(h: Handbook, book: ApprovalBook, pending?: Set<string>) {
  const bag = new DiagnosticBag();
  const states = checkApprovals(h, book, bag, pending ? { pending } : {});
  return { states, found: bag.sorted().map((d) => [d.code, d.severity, d.message]) };
}

describe('fingerprint', () => {
  it('ignores formatting and the last-review date, and changes with any signed value', () => {
    const reformatted = buildPatched({
      replace: [
        { file: SOP, from: 'scope: all\n', to: "scope: 'all'   # everywhere\n" },
        { file: SOP, from: 'reviewIntervalMonths: 12', to: 'lastReviewed: 2026-11-20\nreviewIntervalMonths: 12' },
        { file: SOP, from: '## Scope', to: '## Scope   ' },
      ],
    }).handbook.sops.get('SOP-CS-001')!;
    expect(sopFingerprint(reformatted)).toBe(signed);
    const edited = buildPatched({ replace: [{ file: SOP, from: 'timeLimit: 48 h', to: 'timeLimit: 24 h' }] }).handbook.sops.get('SOP-CS-001')!;
    expect(sopFingerprint(edited)).not.toBe(signed);
    expect(signed).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('approval state', () => {
  it('is approved when every approver signed this content', () => {
    const { book, bag } = bookOf(handbook, [{ by: 'bo-chen', meaning: 'authored' }, { by: 'ann-lee' }]);
    expect(bag.items).toEqual([]);
    const { states, found } = approvalFindings(handbook, book);
    expect(found).toEqual([]);
    expect(states.get('SOP-CS-001')).toMatchObject({ status: 'approved', missing: [] });
    expect(states.get('SOP-CS-001')!.signatures.map((s) => [s.by, s.meaning, s.current])).toEqual([
      ['bo-chen', 'authored', true],
      ['ann-lee', 'approved', true],
    ]);
  });

  it('detects a document changed since approval', () => {
    const edited = buildPatched({ replace: [{ file: SOP, from: 'timeLimit: 48 h', to: 'timeLimit: 24 h' }] }).handbook;
    const { book } = bookOf(edited, [{ by: 'ann-lee' }]);
    const { states, found } = approvalFindings(edited, book);
    expect(states.get('SOP-CS-001')!.status).toBe('changed-since-approval');
    expect(found).toEqual([
      [
        'approval/changed-since-approval',
        'warning',
        'SOP-CS-001 has changed since version 1.10 was approved by Ann Lee (2026-02-26T06:12:00Z): its content no longer matches the fingerprint they signed.',
      ],
    ]);
  });

  it('fails the strict check: the warning becomes an error', () => {
    const edited = buildPatched({ replace: [{ file: SOP, from: 'timeLimit: 48 h', to: 'timeLimit: 24 h' }] }).handbook;
    const bag = new DiagnosticBag();
    checkApprovals(edited, bookOf(edited, [{ by: 'ann-lee' }]).book, bag);
    expect(applyStrict(bag.items, true).map((d) => d.severity)).toEqual(['error']);
  });

  it('reports an effective SOP without the signature of an approver', () => {
    const { book } = bookOf(handbook, [{ by: 'bo-chen', meaning: 'authored' }]);
    expect(approvalFindings(handbook, book).found).toEqual([['approval/missing', 'warning', 'SOP-CS-001 1.10 is effective, but there is no record of its approval.']]);
  });

  it('notes changes awaiting approval in a pull request instead', () => {
    const edited = buildPatched({ replace: [{ file: SOP, from: 'timeLimit: 48 h', to: 'timeLimit: 24 h' }] }).handbook;
    const { book } = bookOf(edited, [{ by: 'ann-lee' }]);
    expect(approvalFindings(edited, book, new Set(['SOP-CS-001'])).found).toEqual([
      ['approval/pending', 'info', 'SOP-CS-001 1.10 is changed by this pull request and needs the approval of Ann Lee.'],
    ]);
  });

  it('checks nothing when the handbook keeps no approval records', () => {
    const bag = new DiagnosticBag();
    checkApprovals(handbook, { enabled: false, byDocument: new Map() }, bag);
    expect(bag.items).toEqual([]);
  });
});

describe('approval files', () => {
  it('reports unknown people and a file named after another document', () => {
    const text = appendRecord(undefined, 'SOP-CS-001', { version: '1.10', by: 'ann-le', meaning: 'approved', at: '2026-02-26T06:12:00+08:00', fingerprint: signed });
    const bag = new DiagnosticBag();
    buildApprovalBook(
      [
        { path: 'data/approvals/SOP-CS-001.yaml', text },
        { path: 'data/approvals/SOP-CS-009.yaml', text },
      ],
      true,
      handbook,
      bag,
    );
    expect(bag.sorted().map((d) => [d.file, d.line, d.code, d.message])).toEqual([
      ['data/approvals/SOP-CS-001.yaml', 7, 'ref/unknown', 'Unknown person "ann-le" signed SOP-CS-001 1.10.'],
      ['data/approvals/SOP-CS-009.yaml', 4, 'id/filename-mismatch', 'The file is named "SOP-CS-009" but holds the approvals of "SOP-CS-001".'],
    ]);
  });

  it('rejects a signature without a time zone or with a malformed fingerprint', () => {
    const text = 'document: SOP-CS-001\nrecords:\n  - { version: "1.10", by: ann-lee, meaning: approved, at: 2026-02-26 06:12, fingerprint: abc }\n';
    const bag = new DiagnosticBag();
    buildApprovalBook([{ path: 'data/approvals/SOP-CS-001.yaml', text }], true, handbook, bag);
    expect(bag.sorted().map((d) => d.code)).toEqual(['schema/invalid-format', 'schema/invalid-format']);
  });
});

describe('approvals of the quality manual, policies, standards and KPIs', () => {
  const KPI = 'data/kpis/KPI-CSAT.yaml';
  const POLICY = 'content/policies/quality-policy.md';
  const control = 'version: "1.0"\neffective: 2026-01-01\napprovers: [bo-chen]\nreviewIntervalMonths: 12\nchangeLog:\n  - { version: "1.0", date: 2026-01-01, change: major, summary: First version. }\n';
  const controlled = (extra: { file: string; from: string; to: string }[] = []) =>
    buildPatched({
      replace: [
        { file: KPI, from: 'notApplicable: [br-kiosk]\n', to: `notApplicable: [br-kiosk]\n${control}` },
        { file: POLICY, from: 'order: 1\n', to: `order: 1\n${control}` },
        ...extra,
      ],
    }).handbook;
  const h = controlled();
  const kpiSigned = documentFingerprint(controlledDocument(h, 'KPI-CSAT')!);
  const policySigned = documentFingerprint(controlledDocument(h, 'policies/quality-policy')!);
  const book = (of: Handbook, files: { path: string; id: string; by: string; fingerprint: string }[]) => {
    const bag = new DiagnosticBag();
    const sources = files.map((f) => ({ path: f.path, text: appendRecord(undefined, f.id, { version: '1.0', by: f.by, meaning: 'approved', at: '2025-12-20T06:12:00Z', fingerprint: f.fingerprint }) }));
    return { book: buildApprovalBook(sources, true, of, bag), bag };
  };

  it('signs a KPI definition and a policy like an SOP: formatting and the last review do not count, a target does', () => {
    const reviewed = controlled([{ file: KPI, from: 'reviewIntervalMonths: 12', to: 'lastReviewed: 2026-11-20\nreviewIntervalMonths: 12   # yearly' }]);
    expect(documentFingerprint(controlledDocument(reviewed, 'KPI-CSAT')!)).toBe(kpiSigned);
    const raised = controlled([{ file: KPI, from: 'target: 85', to: 'target: 88' }]);
    expect(documentFingerprint(controlledDocument(raised, 'KPI-CSAT')!)).not.toBe(kpiSigned);
    const reworded = controlled([{ file: POLICY, from: 'within 30 minutes', to: 'within 20 minutes' }]);
    expect(documentFingerprint(controlledDocument(reworded, 'policies/quality-policy')!)).not.toBe(policySigned);
  });

  it('keeps a KPI\'s approval valid across the rename of `unit` to `unitOfMeasure`: the field is signed under its old name', () => {
    const oldName = controlled([{ file: KPI, from: 'unitOfMeasure: percent', to: 'unit: percent' }]);
    expect(controlledDocument(oldName, 'KPI-CSAT')!.entity).toMatchObject({ unitOfMeasure: 'percent' });
    expect(documentFingerprint(controlledDocument(oldName, 'KPI-CSAT')!)).toBe(kpiSigned);
    const otherUnit = controlled([{ file: KPI, from: 'unitOfMeasure: percent', to: 'unitOfMeasure: points' }]);
    expect(documentFingerprint(controlledDocument(otherUnit, 'KPI-CSAT')!)).not.toBe(kpiSigned);
  });

  it('finds a KPI target changed since approval, and a policy whose approval is missing, from records kept per document (a page\'s in a folder)', () => {
    const raised = controlled([{ file: KPI, from: 'target: 85', to: 'target: 88' }]);
    const { book: b, bag } = book(raised, [{ path: 'data/approvals/KPI-CSAT.yaml', id: 'KPI-CSAT', by: 'bo-chen', fingerprint: kpiSigned }]);
    expect(bag.items).toEqual([]);
    const { states, found } = approvalFindings(raised, b);
    expect(states.get('KPI-CSAT')).toMatchObject({ status: 'changed-since-approval', kind: 'kpi' });
    expect(found).toContainEqual([
      'approval/changed-since-approval',
      'warning',
      'KPI-CSAT has changed since version 1.0 was approved by Bo Chen (2025-12-20T06:12:00Z): its content no longer matches the fingerprint they signed.',
    ]);
    expect(found).toContainEqual(['approval/missing', 'warning', 'policies/quality-policy 1.0 is effective, but there is no record of its approval.']);
    const signedPolicy = book(h, [{ path: 'data/approvals/policies/quality-policy.yaml', id: 'policies/quality-policy', by: 'bo-chen', fingerprint: policySigned }]);
    expect(signedPolicy.bag.items).toEqual([]);
    expect(approvalFindings(h, signedPolicy.book).states.get('policies/quality-policy')).toMatchObject({ status: 'approved', kind: 'page' });
  });

  it('refuses records of a document that is not under control', () => {
    const { bag } = book(h, [{ path: 'data/approvals/KPI-NPS.yaml', id: 'KPI-NPS', by: 'bo-chen', fingerprint: kpiSigned }]);
    expect(bag.items.map((d) => [d.code, d.message])).toEqual([['ref/unknown', '"KPI-NPS" is not under document control (it has no version), so it has no approvals to record.']]);
  });
});
