/**
 * Approval evidence: the fingerprint of an SOP's signed content, "changed since approval"
 * detection, missing and pending approvals, reading and appending records.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag, applyStrict } from '../../src/core/diagnostics/diagnostic.ts';
import { appendRecord } from '../../src/core/approval/append.ts';
import { buildApprovalBook, type ApprovalBook } from '../../src/core/approval/book.ts';
import { sopFingerprint } from '../../src/core/approval/fingerprint.ts';
import { checkApprovals } from '../../src/core/approval/rule.ts';
import type { Handbook } from '../../src/core/model/handbook.ts';
import { buildPatched, validFiles, build } from '../helpers/fixture.ts';

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
