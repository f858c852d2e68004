/**
 * Control charts as known at each period, cut from the series' full chart (series-charts.ts): the
 * result must equal the chart computed from the values known then, for every period, for XmR and
 * p-charts, with gaps, null values, values without n, short series and a custom SPC option; and a
 * series' chart must be computed once however many scorecards read it.
 */
import { describe, expect, it } from 'vitest';
import { buildScorecard, chartFor, periodsWithData } from '../../../src/core/scoring/scorecard.ts';
import { chartAt, chartComputations, chartUpTo } from '../../../src/core/scoring/series-charts.ts';
import { pointsUpTo, seriesIndex, type KpiSeries } from '../../../src/core/scoring/series.ts';
import { controlChart, signalsAt } from '../../../src/core/scoring/spc.ts';
import { buildTestHandbook, kpi, periods, type MeasurementSpec } from './build-handbook.ts';

const ALL_RULES = { chart: 'auto', rules: 'western-electric-trend', newPhaseOnMajorSopVersion: false } as const;

/** A deterministic wobble with a drift, so that signals of every rule appear after the baseline. */
function values(count: number, seed: number, drift: number): number[] {
  let x = seed;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    x = (x * 9301 + 49297) % 233280;
    out.push(Math.round((80 + (x / 233280) * 6 + (i > count / 2 ? drift * (i - count / 2) : 0)) * 10) / 10);
  }
  return out;
}

const months = periods('2023-11', 'monthly', 36).map((p) => p.key);
const quarters = periods('2023-Q4', 'quarterly', 12).map((p) => p.key);
const measurements: MeasurementSpec[] = [];
const add = (kpiId: string, unit: string, keys: string[], vals: (number | null | 'gap')[], n?: (i: number) => number | undefined) =>
  keys.forEach((period, i) => {
    const v = vals[i];
    if (v === 'gap' || v === undefined) return;
    const size = n?.(i);
    measurements.push({ kpi: kpiId, unit, period, value: v, ...(size !== undefined ? { n: size } : {}) });
  });

// XmR: a drifting score with gaps and null values, one falling, one flat (no moving range).
add('KPI-SCORE', 'br-1', months, values(36, 7, -0.6).map((v, i) => (i === 3 || i === 20 ? 'gap' : i === 9 || i === 25 ? null : v)));
add('KPI-SCORE', 'br-2', months, values(36, 11, 0.5));
add('KPI-SCORE', 'br-3', months, months.map(() => 80));
// p-chart: a proportion with n; one unit without n in its baseline (XmR fallback); one without n later.
add('KPI-RATE', 'br-1', months, values(36, 3, -0.4), (i) => 300 + i * 7);
add('KPI-RATE', 'br-2', months, values(36, 5, 0.3), (i) => (i < 4 ? undefined : 250));
add('KPI-RATE', 'br-3', months, values(36, 13, -0.2), (i) => (i > 20 && i % 3 === 0 ? undefined : 400));
// Short series: fewer than 8 points until late, then some.
add('KPI-SCORE', 'br-4', months.slice(26), values(10, 17, 0));
// Quarterly.
add('KPI-Q', 'br-1', quarters, values(12, 19, -1));
add('KPI-Q', 'br-2', quarters, values(12, 23, 1).map((v, i) => (i === 5 ? 'gap' : v)));

const h = buildTestHandbook({
  today: '2026-11-22',
  units: [
    ['org', 'organisation'],
    ['br-1', 'branch', 'org'],
    ['br-2', 'branch', 'org'],
    ['br-3', 'branch', 'org'],
    ['br-4', 'branch', 'org'],
  ],
  kpis: [
    kpi({ id: 'KPI-SCORE', method: 'score', unitOfMeasure: 'score', scale: { min: 0, max: 100 }, controlChart: ALL_RULES }),
    kpi({ id: 'KPI-RATE', method: 'percentage', target: 82, warning: 80, controlChart: ALL_RULES }),
    kpi({ id: 'KPI-Q', method: 'score', unitOfMeasure: 'score', frequency: 'quarterly', scale: { min: 0, max: 100 }, controlChart: ALL_RULES }),
  ],
  measurements,
  // Phases: a declared change (a new baseline from 2025-06), a ramp-up, and an effective action
  // closed late, whose phase is too short for a baseline of its own.
  phases: [
    { unit: 'br-1', kpis: ['KPI-SCORE'], from: '2025-06', reason: 'New scoring sheet' },
    { unit: 'br-1', kpis: ['KPI-Q'], rampUpUntil: '2024-Q2', reason: 'New branch' },
  ],
  actions: [{ id: 'IA-2026-001', stage: 'closed', kpis: ['KPI-RATE'], units: ['br-3'], closed: '2026-05-10', effective: true }],
});

const allSeries: KpiSeries[] = [...seriesIndex(h).values()].flatMap((byUnit) => [...byUnit.values()]);
/** Every period end a scorecard or chart could be cut at: each period of the series and a day before the first. */
const ends = (s: KpiSeries) => ['2023-01-01', ...s.points.map((p) => p.period.end), '2026-12-31'];

describe('charts as known at a period', () => {
  it('covers derived and computed cases', () => {
    // The fixture has signals after the baseline, and periods before it is complete.
    const signals = allSeries.flatMap((s) => (chartFor(h, s.kpi.id, s.unit)?.signals ?? []).map((x) => x.rule));
    expect(new Set(signals)).toEqual(new Set(['we1', 'we2', 'we3', 'we4', 'trend']));
    expect(allSeries.map((s) => chartFor(h, s.kpi.id, s.unit)!.kind)).toEqual(expect.arrayContaining(['xmr', 'p', 'none']));
    const phases = allSeries.map((s) => chartFor(h, s.kpi.id, s.unit)!).flatMap((c) => (c.kind === 'none' ? [] : c.phases.map((p) => p.cause.kind)));
    expect(new Set(phases)).toEqual(new Set(['start', 'declared', 'ramp-up', 'after-ramp-up', 'action']));
  });

  for (const s of allSeries) {
    it(`equal the chart of the values known then: ${s.kpi.id} at ${s.unit}`, () => {
      for (const end of ends(s)) {
        const direct = controlChart(s.kpi, pointsUpTo(s.points, end), s.context);
        expect(chartUpTo(s, end), end).toEqual(direct);
      }
      for (const p of s.points) {
        const direct = controlChart(s.kpi, pointsUpTo(s.points, p.period.end), s.context);
        const at = chartAt(s, p.period);
        expect(at.chart.kind, p.period.key).toBe(direct.kind);
        expect([...at.signals], p.period.key).toEqual(signalsAt(direct, p.period.key));
        expect(at.point, p.period.key).toEqual(direct.kind === 'none' ? undefined : direct.points.find((x) => x.period === p.period.key));
        if (direct.kind !== 'none' && at.chart.kind !== 'none') {
          expect([at.chart.centre, at.chart.lower, at.chart.upper, at.chart.sigma, at.chart.baseline, at.chart.notes], p.period.key).toEqual([
            direct.centre,
            direct.lower,
            direct.upper,
            direct.sigma,
            direct.baseline,
            direct.notes,
          ]);
        }
      }
    });
  }

  it('compute charts with other SPC options on their own', () => {
    const s = seriesIndex(h).get('KPI-RATE')!.get('br-1')!;
    const end = s.points[20]!.period.end;
    expect(chartUpTo(s, end, { chart: 'p' })).toEqual(controlChart(s.kpi, pointsUpTo(s.points, end), { ...s.context, chart: 'p' }));
    expect(chartUpTo(s, end, { baselinePoints: 8 })).toEqual(controlChart(s.kpi, pointsUpTo(s.points, end), { baselinePoints: 8 }));
  });
});

describe('the cost of charts over many scorecards', () => {
  it('computes each series chart once, plus the short ones before its baseline is complete', () => {
    const fresh = buildTestHandbook({ today: h.today, units: [['org', 'organisation'], ['br-1', 'branch', 'org'], ['br-2', 'branch', 'org'], ['br-3', 'branch', 'org'], ['br-4', 'branch', 'org']], kpis: [...h.kpis.values()], measurements });
    const before = chartComputations();
    const all = periodsWithData(fresh);
    for (const p of all) buildScorecard(fresh, p.key);
    const first = chartComputations() - before;
    const series = [...seriesIndex(fresh).values()].reduce((n, m) => n + m.size, 0);
    expect(first).toBeGreaterThanOrEqual(series);
    // A second pass over every scorecard recomputes only the charts before a baseline was complete.
    const again = chartComputations();
    for (const p of all) buildScorecard(fresh, p.key);
    expect(chartComputations() - again).toBe(first - series);
    // A 36-month series with a 12-point baseline: charts at its first 11 periods are its own; the
    // 25 after are cut from the full chart at no cost (without the cache: 36 charts).
    const s = seriesIndex(fresh).get('KPI-SCORE')!.get('br-2')!;
    expect(s.points).toHaveLength(36);
    const start = chartComputations();
    for (const p of s.points) chartAt(s, p.period);
    expect(chartComputations() - start).toBe(11);
    const late = chartComputations();
    for (const p of s.points.slice(11)) chartUpTo(s, p.period.end);
    expect(chartComputations()).toBe(late);
  });
});
