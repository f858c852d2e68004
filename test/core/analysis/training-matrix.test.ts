/**
 * The training matrix (roles × SOPs, from each SOP's `training`) and the campaigns' progress, on
 * the sample: hand-checked against the SOPs' frontmatter and data/training/campaigns/.
 */
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/core/load.ts';
import { trainingMatrix } from '../../../src/core/analysis/training-matrix.ts';
import { campaignProgress, coverageByUnit } from '../../../src/core/analysis/training-campaigns.ts';
import { PROJECT_ROOT } from '../../helpers/fixture.ts';

const { handbook: h } = loadHandbook(PROJECT_ROOT, { today: '2026-12-06', bodies: false });
// The SOPs in force (the site passes the versions shown; their training is the file's for every sample SOP but SOP-CS-001, whose 3.1 and 4.0 train the same roles).
const inForce = [...h.sops.values()].filter((s) => s.status === 'effective' && s.effective! <= h.today);

describe('the training matrix', () => {
  const m = trainingMatrix(h, inForce);

  it('lists, per role, the SOPs in force that train it and at what level', () => {
    const agent = Object.fromEntries((m.byRole.get('service-agent') ?? []).map((x) => [x.sop.id, x.level]));
    expect(agent).toEqual({ 'SOP-CS-002': 'read', 'SOP-CS-003': 'assessed', 'SOP-CS-004': 'assessed', 'SOP-DL-001': 'assessed', 'SOP-FS-001': 'assessed' });
    expect(m.level.get('quality-manager')).toEqual(new Map([['SOP-QM-002', 'assessed']]));
  });

  it('leaves out SOPs that require no training (the retired SOP-CS-005 requires none)', () => {
    const ids = m.sops.map((s) => s.id);
    expect(ids).not.toContain('SOP-CS-005'); // retired, level none
    // Given every SOP, the matrix still lists only those that require training.
    const all = trainingMatrix(h, h.sops.values()).sops.map((s) => s.id);
    expect(all).not.toContain('SOP-CS-005');
    expect(all).toContain('SOP-CS-006'); // a draft that requires training: the caller passes only the versions in force
    expect(ids).toEqual([...ids].sort());
  });

  it('orders roles as data/roles.yaml does', () => {
    const order = [...h.roles.keys()];
    const ranks = m.roles.map((r) => order.indexOf(r.id));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks.every((r) => r >= 0)).toBe(true);
  });
});

describe('campaign progress and coverage', () => {
  it('gives each unit of SOP-CS-001 4.0 its share against the required 90 %', () => {
    const p = campaignProgress(h, h.campaigns.get('SOP-CS-001-4.0')!);
    expect(p.units.map((u) => [u.unit, Math.round(u.percent! * 10) / 10, u.complete])).toEqual([
      ['br-pudong', 82.5, false], // 33 / 40
      ['br-xuhui', 96.3, true], // 26 / 27
      ['br-hangzhou', 93.5, true], // 29 / 31
      ['br-suzhou', 93.8, true], // 15 / 16
      ['br-guangzhou', 77.1, false], // 27 / 35
      ['br-shenzhen', 36.4, false], // 12 / 33
    ]);
    expect([p.unitsComplete, p.exception, p.gate?.passed]).toEqual([3, false, false]);
  });

  it('sums the roles of a unit per quarter', () => {
    const shenzhen = coverageByUnit(h).get('br-shenzhen')!;
    expect(shenzhen.map((q) => [q.period, q.certified, q.staff, q.expiring])).toEqual([
      ['2026-Q1', 30, 32, 2],
      ['2026-Q2', 25, 31, 5],
      ['2026-Q3', 24, 32, 3],
    ]);
  });
});
