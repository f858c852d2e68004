/**
 * Assembling a scorecard on a small handbook: period choice, rows per unit × KPI (including not
 * applicable, missing, null and stale), roll-ups, composites, comparisons, problems, and plain
 * serialisable output.
 */
import { describe, expect, it } from 'vitest';
import { buildScorecard, chartFor, periodsWithData } from '../../../src/core/scoring/scorecard.ts';
import { buildTestHandbook, kpi, type MeasurementSpec } from './build-handbook.ts';

const months = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
const csatValues: Record<string, number[]> = {
  // br-1 falls seven times in a row from 88 in 2026-03: 87 86.5 85.5 84.5 83 81.5 79
  'br-1': [88, 87, 88, 87, 88, 87, 86.5, 85.5, 84.5, 83, 81.5, 79],
  'br-2': [86, 87, 86, 87, 86, 87, 86, 87, 86, 87, 86, 0], // 2026-10 replaced by null below
};
const measurements: MeasurementSpec[] = [];
for (const [unit, values] of Object.entries(csatValues)) {
  values.forEach((value, i) => measurements.push({ kpi: 'KPI-CSAT', unit, period: months[i]!, value: months[i] === '2026-10' && unit === 'br-2' ? null : value, n: 400 }));
}
measurements.push(
  { kpi: 'KPI-ART', unit: 'br-1', period: '2026-08', value: 18 }, // then nothing: stale by 2026-10
  { kpi: 'KPI-ART', unit: 'br-2', period: '2026-10', value: 25 },
  { kpi: 'KPI-RET', unit: 'br-1', period: '2026-Q3', value: 82, n: 1000 },
  { kpi: 'KPI-RET', unit: 'br-2', period: '2026-Q3', value: 78, n: 3000 },
  { kpi: 'KPI-RET', unit: 'br-3', period: '2026-Q3', value: 81, n: 2000 },
);

const h = buildTestHandbook({
  today: '2026-11-22',
  units: [
    ['org', 'organisation'],
    ['region-a', 'region', 'org'],
    ['region-b', 'region', 'org'],
    ['dept-x', 'department', 'org'],
    ['br-1', 'branch', 'region-a'],
    ['br-2', 'branch', 'region-a'],
    ['br-3', 'branch', 'region-b'],
  ],
  kpis: [
    kpi({ id: 'KPI-CSAT', units: ['region-a', 'region-b'], notApplicable: ['br-3'], weight: 3, minSampleSize: 50 }),
    kpi({ id: 'KPI-ART', method: 'mean-duration', unitOfMeasure: 'minutes', scale: { min: 0, max: 1440 }, direction: 'lower', target: 20, warning: 30, units: ['region-a'], weight: 1 }),
    kpi({ id: 'KPI-RET', method: 'percentage', frequency: 'quarterly', target: 80, warning: 75, units: ['region-a', 'region-b'], weight: 1 }),
  ],
  measurements,
  actions: [{ id: 'IA-2026-001', kpis: ['KPI-CSAT'], units: ['br-1'] }],
});

const sc = buildScorecard(h);
const row = (kpiId: string, unit: string) => sc.rows.find((r) => r.kpi === kpiId && r.unit === unit)!;

describe('periods', () => {
  it('lists every period with data, by last day, the finer frequency first on a tie', () => {
    expect(periodsWithData(h).map((p) => p.key)).toEqual([...months.slice(0, 11), '2026-Q3', '2026-10']);
  });

  it('defaults to the latest completed period with data and shows each KPI in its own frequency', () => {
    expect(sc.period).toEqual({ key: '2026-10', frequency: 'monthly', start: '2026-10-01', end: '2026-10-31' });
    expect(sc.kpis.map((k) => [k.id, k.period])).toEqual([['KPI-CSAT', '2026-10'], ['KPI-ART', '2026-10'], ['KPI-RET', '2026-Q3']]);
  });

  it('builds the scorecard of a quarter with the last month of it for monthly KPIs', () => {
    const q = buildScorecard(h, '2026-Q3');
    expect(q.kpis.map((k) => k.period)).toEqual(['2026-09', '2026-09', '2026-Q3']);
  });

  it('never shows a period that is not over: November 2026 shows October for monthly KPIs', () => {
    expect(buildScorecard(h, '2026-11').kpis[0]!.period).toBe('2026-10');
  });

  it('rejects a key that is not a period', () => {
    expect(() => buildScorecard(h, '2026-13')).toThrow(RangeError);
  });
});

describe('rows', () => {
  it('has a row per reporting unit and KPI: branches, not regions or departments', () => {
    expect(sc.rows.map((r) => `${r.kpi} ${r.unit}`)).toEqual([
      'KPI-CSAT br-1',
      'KPI-CSAT br-2',
      'KPI-CSAT br-3',
      'KPI-ART br-1',
      'KPI-ART br-2',
      'KPI-ART br-3',
      'KPI-RET br-1',
      'KPI-RET br-2',
      'KPI-RET br-3',
    ]);
  });

  it('shows not-applicable for a unit in notApplicable and for one outside the KPI\'s units', () => {
    expect(row('KPI-CSAT', 'br-3')).toMatchObject({ status: 'not-applicable', value: null, actions: [], problem: [] });
    expect(row('KPI-ART', 'br-3')).toMatchObject({ status: 'not-applicable' });
  });

  it('shows an explicit null as no-data, with the latest value beside it', () => {
    expect(row('KPI-CSAT', 'br-2')).toMatchObject({ status: 'no-data', value: null, latest: { period: '2026-09', value: 86 }, flags: { stale: false } });
  });

  it('shows a missing value as no-data and flags it stale when the last value is too old', () => {
    expect(row('KPI-ART', 'br-1')).toMatchObject({ status: 'no-data', latest: { period: '2026-08', value: 18 }, flags: { stale: true }, trend: null });
  });

  it('gives value, n, status, trend, chart and signals for a row with data', () => {
    const r = row('KPI-CSAT', 'br-1');
    expect(r).toMatchObject({ period: '2026-10', value: 79, n: 400, status: 'off-target', flags: { stale: false, smallSample: false } });
    // 81.5 → 79: −2.5; a year earlier (2025-10) not reported; seven falls since 2026-03 (88)
    expect(r.trend).toMatchObject({
      vsPrevious: { from: '2026-09', difference: -2.5, effect: 'worsened' },
      vsYearEarlier: null,
      deteriorationRun: 7,
      deteriorationSince: '2026-03',
    });
    expect(r.chart).toMatchObject({ kind: 'p', baseline: { from: '2025-11', to: '2026-10', points: 12 } });
    // six points each lower than the one before (2026-05 … 2026-10) → the trend rule fires
    expect(r.signals.map((s) => s.rule)).toContain('trend');
    // target 85, warning 80, no floor declared → floor 75: 79 scores 50 · (79 − 75) / (80 − 75) = 40
    expect(r.attainment).toBeCloseTo(40, 10);
  });

  it('lists the open action for a problem, and flags noAction where there is none', () => {
    expect(row('KPI-CSAT', 'br-1')).toMatchObject({ problem: ['off-target', 'signal'], noAction: false });
    expect(row('KPI-CSAT', 'br-1').actions.map((a) => a.id)).toEqual(['IA-2026-001']);
    expect(row('KPI-ART', 'br-2')).toMatchObject({ status: 'at-risk', problem: ['at-risk'], noAction: true });
    expect(row('KPI-RET', 'br-2')).toMatchObject({ status: 'at-risk', noAction: true });
    expect(sc.problems.map((p) => `${p.kpi} ${p.unit} ${p.noAction ? 'no action' : p.actions.map((a) => a.id).join(',')}`)).toEqual([
      'KPI-CSAT br-1 IA-2026-001',
      'KPI-ART br-2 no action',
      'KPI-RET br-2 no action',
    ]);
  });
});

describe('roll-ups, composites and comparisons', () => {
  it('rolls up to the regions and the organisation by sample size', () => {
    // RET 2026-Q3: region-a (82·1000 + 78·3000) / 4000 = 79; org (82000 + 234000 + 162000) / 6000 = 79.667
    const ret = sc.rollups.filter((r) => r.kpi === 'KPI-RET');
    expect(ret.map((r) => [r.unit, r.unitsCovered, r.n])).toEqual([['region-a', 2, 4000], ['org', 3, 6000], ['region-b', 1, 2000]]);
    // 79 % of 4000: Wilson 95 % interval 77.71 … 80.23 reaches the target of 80 → within noise
    expect(ret[0]).toMatchObject({ value: 79, status: 'within-noise' });
    expect(ret[0]!.interval!.upper).toBeCloseTo(80.2341, 3);
    expect(ret[1]!.value).toBeCloseTo(79.666667, 5);
    // CSAT 2026-10: br-2 is null, so region-a = br-1 alone, and br-2 is named as missing
    expect(sc.rollups.find((r) => r.kpi === 'KPI-CSAT' && r.unit === 'region-a')).toMatchObject({ value: 79, n: 400, unitsMissing: ['br-2'] });
  });

  it('scores every unit with data, renormalising over the KPIs it has', () => {
    const br2 = sc.composites.find((c) => c.unit === 'br-2')!;
    // CSAT null (weight 3) → left out; ART 25, halfway from the target 20 to the warning 30:
    // 100 − 50 · 5/10 = 75; RET 78, target 80, warning 75: 100 − 50 · 2/5 = 80
    // score = (1·75 + 1·80) / 2 = 77.5; covered 2 of 5
    expect(br2.score).toBeCloseTo(77.5, 10);
    expect(br2).toMatchObject({ offTarget: 0, atRisk: 2 });
    expect(br2.coveredWeight).toBeCloseTo(40, 10);
    const br3 = sc.composites.find((c) => c.unit === 'br-3')!;
    // only RET applies (CSAT not applicable, ART outside its units): 81 ≥ 80 → 100 %, all applicable weight covered
    expect(br3).toMatchObject({ score: 100, coveredWeight: 100, weights: { total: 5, applicable: 1, covered: 1 } });
    expect(sc.composites.map((c) => c.unit)).toEqual(['org', 'region-a', 'region-b', 'br-1', 'br-2', 'br-3']);
  });

  it('compares units per KPI, leaving out those it does not apply to', () => {
    const ret = sc.comparisons.find((c) => c.kpi === 'KPI-RET')!;
    expect(ret).toMatchObject({ method: 'funnel', period: '2026-Q3', unitsWithData: 3 });
    expect(sc.comparisons.find((c) => c.kpi === 'KPI-CSAT')!.units.map((u) => u.unit)).toEqual(['br-1', 'br-2']);
  });

  it('summarises the rows', () => {
    expect(sc.summary).toEqual({
      rows: 9,
      byStatus: { 'not-applicable': 2, 'no-data': 2, 'on-target': 2, 'within-noise': 0, 'at-risk': 2, 'off-target': 1 },
      stale: 1,
      smallSample: 0,
      unfavourableSignals: 1,
      problems: 3,
      noAction: 2,
      overdueActions: 0,
    });
  });
});

describe('output', () => {
  it('is plain data: it survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(sc))).toEqual(sc);
    const json = JSON.stringify(sc);
    expect(json).not.toMatch(/"origin"|undefined/);
  });

  it('offers the full chart of one series for drawing', () => {
    const c = chartFor(h, 'KPI-CSAT', 'br-1');
    expect(c?.kind).toBe('p');
    expect(chartFor(h, 'KPI-CSAT', 'br-3')).toBeUndefined();
  });
});
