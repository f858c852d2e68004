import { describe, expect, it } from 'vitest';
import { dataQuality } from '../../../src/core/analysis/data-quality.ts';
import { latestScorecard, scorecardFor } from '../../../src/site/stores/scorecards.ts';
import { miniHandbook } from '../../site/mini-handbook.ts';
import { sampleHandbook } from '../../site/sample-handbook.ts';
import { explainInEnglish } from '../../../src/core/scoring/index.ts';

describe('data quality of the sample organisation', () => {
  const h = sampleHandbook();
  const dq = dataQuality(h, latestScorecard(h));

  it('finds every KPI defined, owned and current', () => {
    expect(dq.kpis).toHaveLength(14);
    expect(dq).toMatchObject({ rejected: [], withoutTarget: [], withoutMethod: [], withoutOwner: [], withoutRecentData: [] });
    expect(dq.kpis.find((q) => q.kpi.id === 'KPI-RET')).toMatchObject({ latestData: '2026-Q3', expected: '2026-Q3', recency: 'current' });
  });

  it('lists the gaps of the last 12 periods: values reported as missing and periods not reported', () => {
    const nps = dq.kpis.find((q) => q.kpi.id === 'KPI-NPS')!;
    expect(nps.missingValues).toContainEqual(expect.objectContaining({ unit: 'br-guangzhou', period: '2026-09', reported: true }));
    const fcr = dq.kpis.find((q) => q.kpi.id === 'KPI-FCR')!;
    expect(fcr.missingValues).toEqual(
      expect.arrayContaining([
        { unit: 'br-guangzhou', period: '2026-04', note: null, reported: false },
        { unit: 'br-guangzhou', period: '2026-05', note: null, reported: false },
      ]),
    );
  });

  it('explains why quarterly KPIs have no control chart yet', () => {
    const ret = dq.kpis.find((q) => q.kpi.id === 'KPI-RET')!;
    expect(explainInEnglish(ret.noChart[0]!.reason)).toMatch(/needs at least 8/);
  });

  it('reports missing and stale values on an earlier scorecard', () => {
    const may = dataQuality(h, scorecardFor(h, '2026-05'));
    const fcr = may.kpis.find((q) => q.kpi.id === 'KPI-FCR')!;
    expect(fcr.noData.map((x) => x.unit)).toContain('br-guangzhou');
    expect(fcr.stale).toContain('br-guangzhou');
  });
});

describe('recency', () => {
  it('calls data more than one period behind stale, and no data at all none', () => {
    const h = miniHandbook();
    const dq = dataQuality(h, latestScorecard(h));
    // KPI-Q: last values 2026-Q1 (br-b null), expected 2026-Q3.
    expect(dq.kpis.find((q) => q.kpi.id === 'KPI-Q')).toMatchObject({ latestData: '2026-Q1', expected: '2026-Q3', recency: 'stale' });
    expect(dq.withoutRecentData).toEqual(['KPI-Q']);
    expect(dq.kpis.find((q) => q.kpi.id === 'KPI-CSAT')).toMatchObject({ latestData: '2026-10', recency: 'current' });
  });
});
