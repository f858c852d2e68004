/**
 * The audit programme computed from the sample organisation's audits and findings (derive/audits.ts):
 * auditor independence, what the 2026 programme covers, repeats, and "last audited" per SOP.
 * The sample's programme is complete and its auditors independent, so the check is silent on it;
 * these tests show the computations would notice otherwise.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/core/load.ts';
import {
  auditSops,
  conflictsOf,
  earlierFinding,
  isHighRisk,
  isOverdue,
  lastAuditOf,
  openFindingsOf,
  programmeCoverage,
} from '../../../src/core/derive/audits.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { handbook: h, diagnostics } = loadHandbook(root, { today: '2026-12-06' });
const audit = (id: string) => h.audits.get(id)!;
const finding = (id: string) => h.findings.get(id)!;

describe('the audit programme of the sample organisation', () => {
  it('loads every audit and finding with no audit or finding diagnostic', () => {
    expect(h.audits.size).toBe(17);
    expect(h.findings.size).toBe(11);
    expect(diagnostics.filter((d) => d.code.startsWith('audit/') || d.code.startsWith('finding/') || (d.code === 'ref/unknown' && /audits|findings/.test(d.file)))).toEqual([]);
  });

  it('lists the SOPs of an audit from its scope, or else from its process areas', () => {
    expect(auditSops(h, audit('AU-2026-012'))).toEqual(['SOP-CS-001', 'SOP-CS-002', 'SOP-CS-003', 'SOP-CS-004', 'SOP-OP-001']);
    // The external audit names areas only: every SOP of every area.
    expect(auditSops(h, audit('AU-2026-003'))).toHaveLength(h.sops.size);
  });

  it('finds who may not audit what: owners and approvers of SOPs, area owners, members and managers of units', () => {
    const southQ4 = audit('AU-2026-012');
    expect(conflictsOf(h, southQ4, 'liu-yang')).toEqual([]);
    expect(conflictsOf(h, southQ4, 'li-wei')).toEqual([
      { reason: 'sop-owner', id: 'SOP-CS-001' },
      { reason: 'sop-approver', id: 'SOP-CS-002' },
      { reason: 'sop-approver', id: 'SOP-CS-003' },
      { reason: 'sop-owner', id: 'SOP-CS-004' },
      { reason: 'area-owner', id: 'customer-service' },
    ]);
    // The regional manager works in the region audited; the Shenzhen branch manager manages a unit below it… and works there.
    expect(conflictsOf(h, southQ4, 'sarah-wu')).toEqual([{ reason: 'sop-approver', id: 'SOP-OP-001' }, { reason: 'unit-member', id: 'region-south' }]);
    expect(conflictsOf(h, southQ4, 'tang-yu')).toEqual([{ reason: 'unit-member', id: 'region-south' }]);
    // The general manager works in the organisation, above every unit.
    expect(conflictsOf(h, southQ4, 'zhou-ming')).toContainEqual({ reason: 'unit-member', id: 'region-south' });
    // The East regional manager works in the region above Pudong; were she on the quality team, she would still manage it.
    const pudong = { ...audit('AU-2026-002'), scope: { areas: [], sops: [], units: ['br-pudong'] } };
    expect(conflictsOf(h, pudong, 'huang-min')).toEqual([{ reason: 'unit-member', id: 'br-pudong' }]);
    const moved = { ...h, people: new Map(h.people).set('huang-min', { ...h.people.get('huang-min')!, unit: 'dept-quality' }) };
    expect(conflictsOf(moved, pudong, 'huang-min')).toEqual([{ reason: 'unit-manager', id: 'br-pudong' }]);
  });

  it('covers every process area and unit in 2026, and each high-risk SOP at least twice', () => {
    const cover = programmeCoverage(h, '2026');
    expect(cover.audits.map((a) => a.id)).toEqual(['AU-2026-001', 'AU-2026-002', 'AU-2026-005', 'AU-2026-006', 'AU-2026-009', 'AU-2026-010', 'AU-2026-012', 'AU-2026-013', 'AU-2026-014', 'AU-2026-015']);
    expect(cover.areasNotCovered).toEqual([]);
    expect(cover.unitsNotCovered).toEqual([]);
    expect(cover.highRiskUnder).toEqual([]);
    expect(cover.auditsBySop.get('SOP-CS-001')).toEqual(['AU-2026-001', 'AU-2026-005', 'AU-2026-010', 'AU-2026-012']);
  });

  it('reports what a programme without the Q4 audits would leave out', () => {
    const without = new Map([...h.audits].filter(([id]) => !['AU-2026-013', 'AU-2026-014', 'AU-2026-015'].includes(id)));
    const cover = programmeCoverage({ ...h, audits: without }, '2026');
    expect(cover.areasNotCovered).toEqual([]);
    expect(cover.highRiskUnder).toEqual([
      { sop: 'SOP-DL-001', audits: ['AU-2026-002'] },
      { sop: 'SOP-DL-002', audits: ['AU-2026-002'] },
      { sop: 'SOP-FS-001', audits: ['AU-2026-006'] },
      { sop: 'SOP-QM-001', audits: ['AU-2026-009'] },
      { sop: 'SOP-QM-002', audits: ['AU-2026-009'] },
    ]);
    // A 2027 programme with no audits yet covers nothing.
    expect(programmeCoverage(h, '2027').unitsNotCovered).toHaveLength(h.units.size);
  });

  it('marks SOPs on which staff are assessed as high-risk, if they are in force', () => {
    expect(isHighRisk(h.sops.get('SOP-CS-001')!)).toBe(true);
    expect(isHighRisk(h.sops.get('SOP-CS-002')!)).toBe(false); // read only
    expect(isHighRisk(h.sops.get('SOP-CS-006')!)).toBe(false); // assessed, but a draft
  });

  it('finds the May observation in Shenzhen that the October major finding repeats', () => {
    expect(earlierFinding(h, finding('AF-2026-009'))?.id).toBe('AF-2026-003');
    expect(finding('AF-2026-009').repeatOf).toBe('AF-2026-003');
    // Same unit, different SOP: the staffing finding repeats nothing; the Guangzhou finding neither.
    expect(earlierFinding(h, finding('AF-2026-010'))).toBeUndefined();
    expect(earlierFinding(h, finding('AF-2026-006'))).toBeUndefined();
  });

  it('says when an SOP was last audited and which of its findings are open', () => {
    expect(lastAuditOf(h, 'SOP-CS-001')?.id).toBe('AU-2026-012');
    expect(lastAuditOf(h, 'SOP-DL-001')?.id).toBe('AU-2026-003'); // the April external audit covers every SOP
    expect(openFindingsOf(h, 'SOP-CS-001').map((f) => f.id)).toEqual(['AF-2026-003', 'AF-2026-006', 'AF-2026-009']);
  });

  it('calls a planned audit overdue once its month has ended', () => {
    const planned = audit('AU-2026-013');
    expect(isOverdue(planned, '2026-12-31')).toBe(false);
    expect(isOverdue(planned, '2027-01-01')).toBe(true);
    expect(isOverdue(audit('AU-2026-012'), '2027-01-01')).toBe(false);
  });
});
