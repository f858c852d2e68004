/**
 * Certification coverage as a KPI: KPI-CERT's measurements are computed from the coverage records
 * (certified ÷ staff of all roles of a branch in a quarter), checked against hand counts of the
 * sample's files, and read by the scorecard like typed ones.
 */
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/core/load.ts';
import { coverageKpiCounts } from '../../../src/core/derive/training-kpi.ts';
import { PROJECT_ROOT } from '../../helpers/fixture.ts';

const { handbook } = loadHandbook(PROJECT_ROOT, { today: '2026-12-06', bodies: false });
const cert = (unit: string, period: string) => handbook.index.measurementsByKpi.get('KPI-CERT')?.get(unit)?.get(period);

describe('KPI-CERT computed from the coverage records', () => {
  it('counts the certified agents and team leaders of each branch over its staff (hand counts of data/training/coverage/)', () => {
    // Shenzhen: agents 26/28 + leaders 4/4 in Q1; 22/27 + 3/4 in Q2; 21/28 + 3/4 in Q3 (resignations, new agents not yet certified).
    expect([cert('br-shenzhen', '2026-Q1')?.k, cert('br-shenzhen', '2026-Q1')?.n]).toEqual([30, 32]);
    expect([cert('br-shenzhen', '2026-Q2')?.k, cert('br-shenzhen', '2026-Q2')?.n]).toEqual([25, 31]);
    expect([cert('br-shenzhen', '2026-Q3')?.k, cert('br-shenzhen', '2026-Q3')?.n, cert('br-shenzhen', '2026-Q3')?.value]).toEqual([24, 32, 75]);
    // Pudong Q3: agents 31/34 + leaders 5/5 = 36/39.
    expect(cert('br-pudong', '2026-Q3')?.value).toBeCloseTo((36 / 39) * 100, 10);
    expect(cert('br-pudong', '2025-Q4')).toBeUndefined(); // no records before they start
  });

  it('gives one computed count per branch and quarter of the records, with the origin in the coverage file', () => {
    const counts = coverageKpiCounts(handbook);
    expect(counts).toHaveLength(18);
    expect(cert('br-suzhou', '2026-Q1')?.origin.file).toBe('data/training/coverage/2026-Q1.yaml');
    expect(handbook.measurements.filter((m) => m.kpi === 'KPI-CERT')).toHaveLength(18);
  });
});
