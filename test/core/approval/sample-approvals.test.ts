/**
 * The sample organisation's approval records: every effective SOP carries the signatures of all its
 * approvers on its current content, except SOP-CS-004, edited after approval on purpose to show
 * "changed since approval"; the SOP in review has one of its two approvals.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/core/diagnostics/diagnostic.ts';
import { buildApprovalBook, readApprovalFiles } from '../../../src/core/approval/book.ts';
import { checkApprovals } from '../../../src/core/approval/rule.ts';
import { loadHandbook } from '../../../src/core/load.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { handbook } = loadHandbook(root, { today: '2026-11-22' });

describe('sample approval records', () => {
  it('are valid and sign the current content of every effective SOP but the one changed on purpose', () => {
    const bag = new DiagnosticBag();
    const { enabled, files } = readApprovalFiles(root);
    const book = buildApprovalBook(files, enabled, handbook, bag);
    expect(bag.items).toEqual([]);
    const states = checkApprovals(handbook, book, bag);
    expect(bag.items.map((d) => [d.code, d.file])).toEqual([['approval/changed-since-approval', 'content/sops/customer-service/SOP-CS-004.mdx']]);
    const effective = [...handbook.sops.values()].filter((s) => s.status === 'effective');
    expect(effective.length).toBeGreaterThanOrEqual(10);
    for (const sop of effective) {
      expect(states.get(sop.id)!.status, sop.id).toBe(sop.id === 'SOP-CS-004' ? 'changed-since-approval' : 'approved');
    }
    expect(states.get('SOP-QM-004')).toMatchObject({ status: 'partly-approved', missing: ['zhou-ming'] });
  });
});
