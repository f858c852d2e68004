/**
 * Certifications that lapse (derive/certification-lapse.ts) on the sample organisation, 2026-Q3
 * figures of 30 September 2026, against hand counts: coverage now = certified ÷ staff, and once the
 * certifications expiring within 90 days lapse = (certified − expiring) ÷ staff, against KPI-CERT's 90 %.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/core/load.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { handbook: h } = loadHandbook(root, { today: '2026-12-06' });
const lapse = (unit: string) => h.derived.certificationLapses.find((l) => l.unit === unit)!;

describe('certification coverage once the expiring certifications lapse', () => {
  it('reads the recertification intervals of the training settings', () => {
    expect(h.trainingSettings[0]!.recertification).toEqual({ months: { 'service-agent': 24, 'team-leader': 24 }, expiringWithinDays: 90 });
  });

  it('counts Pudong by hand: agents 31 of 34 (4 expiring) and team leaders 5 of 5 → 36 of 39 now, 32 of 39 by 29 December', () => {
    expect(lapse('br-pudong')).toMatchObject({ period: '2026-Q3', asOf: '2026-09-30', lapseBy: '2026-12-29', staff: 39, certified: 36, expiring: 4, kpi: 'KPI-CERT', target: 90, fallsBelow: true });
    expect(lapse('br-pudong').now).toBeCloseTo((100 * 36) / 39, 9);
    expect(lapse('br-pudong').after).toBeCloseTo((100 * 32) / 39, 9);
  });

  it('does not flag Suzhou (nothing expiring: 14 of 15 stays 93.3 %) nor Shenzhen (75 %, below the target already)', () => {
    expect(lapse('br-suzhou')).toMatchObject({ certified: 14, staff: 15, expiring: 0, fallsBelow: false });
    expect(lapse('br-shenzhen')).toMatchObject({ certified: 24, staff: 32, expiring: 3, fallsBelow: false });
    expect(h.derived.certificationLapses.filter((l) => l.fallsBelow).map((l) => l.unit)).toEqual(['br-pudong', 'br-xuhui', 'br-hangzhou', 'br-guangzhou']);
  });
});
