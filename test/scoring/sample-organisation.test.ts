/**
 * The scoring engine on the bundled sample organisation (6 branches, 11 KPIs, 22 months): the
 * Shenzhen drift is caught by a run rule months before the value goes off target; real breaches,
 * missing data, stale values, linked actions and problems without an action all show up.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/core/model/load.ts';
import { buildScorecard, chartFor, periodsWithData, type Scorecard } from '../../src/core/scoring/scorecard.ts';
import { seriesIndex } from '../../src/core/scoring/series.ts';
import { classifyValue } from '../../src/core/scoring/status.ts';
import type { ControlChart } from '../../src/core/scoring/spc.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { handbook: h } = loadHandbook(root, { today: '2026-11-22' });

const periods = periodsWithData(h);
const scorecards = new Map<string, Scorecard>(periods.map((p) => [p.key, buildScorecard(h, p.key)]));
const latest = buildScorecard(h);
const row = (sc: Scorecard, kpi: string, unit: string) => sc.rows.find((r) => r.kpi === kpi && r.unit === unit)!;

/** First period of a (KPI, unit) series with the given status. */
function firstWithStatus(kpi: string, unit: string, status: string, from = '0000'): string | undefined {
  const k = h.kpis.get(kpi)!;
  return seriesIndex(h).get(kpi)!.get(unit)!.points.find((p) => p.period.key >= from && p.value !== null && classifyValue(k, p.value) === status)?.period.key;
}

describe('early warning: the Shenzhen drift', () => {
  it('charts Shenzhen CSAT on a p-chart with a 2025 baseline', () => {
    const c = chartFor(h, 'KPI-CSAT', 'br-shenzhen') as ControlChart;
    // baseline 2025-01 … 2025-12: Σ(value/100·n) = 4704.648 of Σn = 5340 → p̄ = 88.102 %
    expect(c.kind).toBe('p');
    expect(c.baseline).toMatchObject({ from: '2025-01', to: '2025-12', points: 12 });
    expect(c.centre).toBeCloseTo(88.10202, 4);
    // 2026-07: 83.3 % of 424, σ = √(0.881·0.119/424) = 1.5723 points → lower limit 83.385 %: just below it
    const jul = c.points.find((p) => p.period === '2026-07')!;
    expect(jul.lower).toBeCloseTo(83.385, 3);
  });

  it('fires the trend rule on CSAT in 2026-06, four months before it goes off target in 2026-10', () => {
    const c = chartFor(h, 'KPI-CSAT', 'br-shenzhen') as ControlChart;
    const bad = c.signals.filter((s) => s.unfavourable);
    const first = bad[0]!;
    // 88.4 87.9 87.1 86.3 85.4 84.5 (2026-01 … 2026-06): six points, each lower
    expect(first).toMatchObject({ rule: 'trend', period: '2026-06', side: 'falling', points: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'] });
    expect(bad.find((s) => s.rule === 'we1')!.period).toBe('2026-07'); // 83.3 < 83.385
    expect(firstWithStatus('KPI-CSAT', 'br-shenzhen', 'off-target')).toBe('2026-10'); // 79.4 < 80
    expect(firstWithStatus('KPI-CSAT', 'br-shenzhen', 'at-risk')).toBe('2026-06'); // 84.5 < 85
    expect(first.period < firstWithStatus('KPI-CSAT', 'br-shenzhen', 'off-target')!).toBe(true);
  });

  it('fires the trend rule on first-response compliance in 2026-05, five months before it goes off target', () => {
    const c = chartFor(h, 'KPI-FR-SLA', 'br-shenzhen') as ControlChart;
    // p̄ = 1221.981 / 1269 = 96.295 %
    expect(c.centre).toBeCloseTo(96.29480, 4);
    const bad = c.signals.filter((s) => s.unfavourable);
    // 96.7 96.6 96.1 95.5 94.8 94.0 (2025-12 … 2026-05)
    expect(bad[0]).toMatchObject({ rule: 'trend', period: '2026-05', side: 'falling' });
    // 2026-09: 90.5 % of 126, lower limit 96.295 − 3·1.6828 = 91.247 %
    expect(bad.find((s) => s.rule === 'we1')!.period).toBe('2026-09');
    expect(firstWithStatus('KPI-FR-SLA', 'br-shenzhen', 'off-target')).toBe('2026-10'); // 89.2 < 90
  });

  it('shows the signal on the scorecard of its own period, computed from the data up to then', () => {
    // 84.5 % misses 85 for the first time, but its interval reaches 85: within noise. The trend
    // signal still makes it a problem, months before the value goes off target.
    const jun = row(scorecards.get('2026-06')!, 'KPI-CSAT', 'br-shenzhen');
    expect(jun).toMatchObject({ status: 'within-noise', problem: ['signal'] });
    expect(jun.interval!.upper).toBeGreaterThan(85);
    expect(jun.signals.map((s) => s.rule)).toEqual(['trend']);
    const may = row(scorecards.get('2026-05')!, 'KPI-FR-SLA', 'br-shenzhen');
    expect(may.signals.map((s) => s.rule)).toEqual(['trend']);
    expect(may.trend!.deteriorationRun).toBe(5);
  });

  it('links the Shenzhen problems to the action opened on the SPC signal', () => {
    for (const kpi of ['KPI-CSAT', 'KPI-FR-SLA']) {
      const r = row(latest, kpi, 'br-shenzhen');
      expect(r.status).toBe('off-target');
      expect(r.actions.map((a) => a.id)).toEqual(['IA-2026-003']);
      expect(r.noAction).toBe(false);
      expect(r.trend!.deteriorationRun).toBeGreaterThanOrEqual(9);
    }
  });
});

describe('the latest scorecard', () => {
  it('is for October 2026, with quarterly KPIs at 2026-Q3', () => {
    expect(latest.period.key).toBe('2026-10');
    expect(latest.kpis.find((k) => k.id === 'KPI-RET')!.period).toBe('2026-Q3');
    expect(latest.rows).toHaveLength(66); // 6 branches × 11 KPIs
  });

  it('has real breaches: Shenzhen CSAT and first-response compliance are off target', () => {
    expect(latest.rows.filter((r) => r.status === 'off-target').map((r) => `${r.kpi} ${r.unit}`)).toEqual(['KPI-CSAT br-shenzhen', 'KPI-FR-SLA br-shenzhen']);
    expect(latest.summary.byStatus['at-risk']).toBeGreaterThan(0);
  });

  it('has problems without an action, and actions that are overdue', () => {
    // FCR in Hangzhou has missed 75 % for three months: a credible miss that nobody acts on.
    expect(row(latest, 'KPI-FCR', 'br-hangzhou')).toMatchObject({ status: 'at-risk', noAction: true });
    expect(latest.summary.noAction).toBeGreaterThan(0);
    const err = row(latest, 'KPI-ERR', 'br-hangzhou');
    expect(err.actions).toEqual([expect.objectContaining({ id: 'IA-2026-004', overdue: true, via: ['region-east'] })]);
  });

  it('rolls CSAT up to the South region by sample size', () => {
    // (84.6·480 + 79.4·436) / 916 = 75226.4 / 916 = 82.125 %
    const south = latest.rollups.find((r) => r.kpi === 'KPI-CSAT' && r.unit === 'region-south')!;
    expect(south.value).toBeCloseTo(82.12489, 4);
    // Wilson 95 % interval 79.51 … 84.47 lies below the target but reaches the warning threshold 80
    expect(south).toMatchObject({ n: 916, unitsCovered: 2, status: 'at-risk' });
    expect(south.interval!.upper).toBeLessThan(85);
  });

  it('places Shenzhen outside the 95 % CSAT range of the other branches, but flags nobody among six', () => {
    const cmp = latest.comparisons.find((c) => c.kpi === 'KPI-CSAT')!;
    expect(cmp.method).toBe('funnel');
    expect(cmp.tau).toBeGreaterThan(1); // the branches vary more than their samples explain
    expect(cmp.units.find((u) => u.unit === 'br-shenzhen')).toMatchObject({ classification: 'within', beyond: '95%', rank: null });
    expect(cmp.flagged).toBe(0);
  });

  it('separates the branches by composite score: Shenzhen, with the most KPIs off target, lowest by far', () => {
    const branches = latest.composites.filter((c) => h.units.get(c.unit)!.type === 'branch');
    const worst = branches.reduce((a, b) => (b.score! < a.score! ? b : a));
    const best = branches.reduce((a, b) => (b.score! > a.score! ? b : a));
    expect(worst).toMatchObject({ unit: 'br-shenzhen', offTarget: 2 });
    expect(Math.max(...branches.map((c) => c.offTarget))).toBe(worst.offTarget);
    expect(best.score! - worst.score!).toBeGreaterThan(15);
  });

  it('keeps amber for credible misses: most single misses inside sampling noise are within noise', () => {
    const cells = latest.rows.filter((r) => r.status !== 'not-applicable');
    expect(latest.summary.byStatus['within-noise']).toBeGreaterThan(0);
    expect(latest.summary.byStatus['at-risk'] / cells.length).toBeLessThan(0.2);
  });

  it('is plain serialisable data', () => {
    expect(JSON.parse(JSON.stringify(latest))).toEqual(latest);
  });
});

describe('history', () => {
  it('has off-target values in other units and periods too', () => {
    const breaches = [...scorecards.values()].flatMap((sc) => sc.rows.filter((r) => r.status === 'off-target' && r.unit !== 'br-shenzhen'));
    expect(breaches.length).toBeGreaterThan(0);
  });

  it('shows a null value as no-data, never as zero', () => {
    // Xuhui CSAT 2026-02: survey vendor outage
    expect(row(scorecards.get('2026-02')!, 'KPI-CSAT', 'br-xuhui')).toMatchObject({ status: 'no-data', value: null, attainment: null, latest: { period: '2026-01' } });
    expect(row(scorecards.get('2026-09')!, 'KPI-NPS', 'br-guangzhou')).toMatchObject({ status: 'no-data', value: null });
  });

  it('shows a missing month as no-data, and flags it stale after two missing months', () => {
    expect(row(scorecards.get('2025-11')!, 'KPI-CSAT', 'br-hangzhou')).toMatchObject({ status: 'no-data', flags: { stale: false } });
    // Guangzhou FCR: 2026-04 and 2026-05 not reported; last value 2026-03
    expect(row(scorecards.get('2026-04')!, 'KPI-FCR', 'br-guangzhou')).toMatchObject({ status: 'no-data', flags: { stale: false } });
    expect(row(scorecards.get('2026-05')!, 'KPI-FCR', 'br-guangzhou')).toMatchObject({ status: 'no-data', flags: { stale: true }, latest: { period: '2026-03' } });
  });

  it('flags small samples (Suzhou\'s first CSAT month: 46 responses of the 50 required)', () => {
    expect(row(scorecards.get('2025-07')!, 'KPI-CSAT', 'br-suzhou')).toMatchObject({ n: 46, flags: { smallSample: true } });
  });

  it('has no control chart for quarterly KPIs with 7 quarters of data, and says why', () => {
    expect(row(latest, 'KPI-RET', 'br-pudong').chart).toMatchObject({
      kind: 'none',
      reason: 'Only 7 points with a value; a control chart needs at least 8 for its baseline.',
    });
  });
});
