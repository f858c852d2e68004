/**
 * Phases of a control chart: a declared change starts a new baseline, a ramp-up is left out of every
 * baseline, a phase too short for a baseline is drawn without limits and tested by no rule, and the
 * run rules start again in each phase. Phases come from improvement actions closed as effective,
 * major SOP versions (when the KPI asks) and data/phases.yaml; acknowledged signals and provisional
 * values are marked on the signals.
 */
import { describe, expect, it } from 'vitest';
import { controlChart, xmrChart, type ControlChart, type NoControlChart, type PhaseMark } from '../../../src/core/scoring/spc.ts';
import { seriesContext } from '../../../src/core/scoring/phases.ts';
import { buildScorecard, chartFor } from '../../../src/core/scoring/scorecard.ts';
import { buildTestHandbook, kpi, monthlySeries, periods, type MeasurementSpec } from './build-handbook.ts';
import { explainInEnglish } from '../../../src/core/scoring/explanation-words.ts';

const score = kpi({ id: 'KPI-S', method: 'score', unitOfMeasure: 'score', scale: { min: 0, max: 100 }, direction: 'lower', target: 45, warning: 55 });
// Phase 1 (2025): 51 49 … centre 50, MR̄ 2; phase 2 (2026): 41 39 … centre 40, MR̄ 2.
const BEFORE = Array.from({ length: 12 }, (_, i) => (i % 2 ? 49 : 51));
const AFTER = Array.from({ length: 12 }, (_, i) => (i % 2 ? 39 : 41));
const change: PhaseMark = { start: '2026-01-01', cause: { kind: 'declared', reason: 'New process' } };

describe('a declared change', () => {
  const series = monthlySeries([...BEFORE, ...AFTER]);

  it('keeps firing on the old limits without a phase', () => {
    const c = xmrChart(score, series) as ControlChart;
    expect(c.phases).toHaveLength(1);
    expect(c.signals.filter((s) => s.rule === 'we1')).toHaveLength(12); // every 2026 point below 44.68: "favourable"
    expect(c.signals.every((s) => !s.unfavourable)).toBe(true);
  });

  it('starts a new baseline: centre and limits of its own, no signals', () => {
    const c = xmrChart(score, series, { phases: [change] }) as ControlChart;
    expect(c.phases.map((p) => [p.from, p.to, p.cause.kind, p.baseline?.from, p.baseline?.to, p.centre])).toEqual([
      ['2025-01', '2025-12', 'start', '2025-01', '2025-12', 50],
      ['2026-01', '2026-12', 'declared', '2026-01', '2026-12', 40],
    ]);
    expect(c.currentPhase).toBe(1);
    expect([c.centre, c.lower, c.upper]).toEqual([40, 40 - 2.66 * 2, 40 + 2.66 * 2]);
    expect(c.points[11]).toMatchObject({ phase: 0, centre: 50, tested: true, inBaseline: true });
    expect(c.points[12]).toMatchObject({ phase: 1, centre: 40, tested: true, inBaseline: true, gapBefore: 0 });
    expect(c.signals).toEqual([]);
  });

  it('has no limits of its own while the new phase has fewer than 8 values: drawn, not tested', () => {
    const short = monthlySeries([...BEFORE, 30, 30, 30]);
    const c = xmrChart(score, short, { phases: [change] }) as ControlChart;
    expect(c.phases[1]).toMatchObject({ from: '2026-01', to: '2026-03', baseline: null, reason: { code: 'chart/phase-too-few', least: 8 } });
    expect(explainInEnglish(c.phases[1]!.reason!)).toMatch(/^Fewer than 8 points/);
    expect(c.currentPhase).toBe(0);
    expect(c.points.slice(12).map((p) => [p.tested, p.centre])).toEqual([
      [false, 50],
      [false, 50],
      [false, 50],
    ]);
    expect(c.signals).toEqual([]); // 30 is far beyond the old limits, but those limits no longer apply
  });

  it('starts the run rules again: eight on one side across the change is no run', () => {
    // Phase 1: the baseline, then 7 points above its centre (50); phase 2 from 2026-08: 51.5 49.5 …,
    // centre 50.5, its first point above it. Across the change that is 8 points above 50.
    const mixed = monthlySeries([...BEFORE, ...Array.from({ length: 7 }, () => 50.5), ...Array.from({ length: 12 }, (_, i) => (i % 2 ? 49.5 : 51.5))]);
    const we = { rules: 'western-electric' as const };
    const whole = xmrChart(score, mixed, we) as ControlChart;
    expect(whole.signals.filter((s) => s.rule === 'we4').map((s) => s.period)).toEqual(['2026-08']);
    const split = xmrChart(score, mixed, { ...we, phases: [{ start: '2026-08-01', cause: { kind: 'declared', reason: 'x' } }] }) as ControlChart;
    expect(split.phases.map((p) => p.centre)).toEqual([50, 50.5]);
    expect(split.signals.filter((s) => s.rule === 'we4')).toEqual([]);
  });
});

describe('a ramp-up', () => {
  it('is drawn but left out of the baseline, and tested by no rule', () => {
    // Three wild first months, then the stable process.
    const series = monthlySeries([80, 20, 75, ...BEFORE]);
    const rampUp: PhaseMark[] = [
      { start: '0000-01-01', cause: { kind: 'ramp-up', reason: 'Opened in January' }, rampUp: true },
      { start: '2025-04-01', cause: { kind: 'after-ramp-up' } },
    ];
    const c = xmrChart(score, series, { phases: rampUp }) as ControlChart;
    expect(c.phases.map((p) => [p.from, p.to, p.rampUp, p.baseline?.from ?? null])).toEqual([
      ['2025-01', '2025-03', true, null],
      ['2025-04', '2026-03', false, '2025-04'],
    ]);
    expect(c.centre).toBe(50);
    expect(c.points.slice(0, 3).every((p) => !p.tested && !p.inBaseline)).toBe(true);
    expect(c.signals).toEqual([]);
    // Without the ramp-up the wild months are the baseline: MR̄ 26.2, limits 50 ± 70.
    const plain = xmrChart(score, series) as ControlChart;
    expect(plain.movingRangeMean).toBeGreaterThan(10);
  });

  it('leaves no chart when only the ramp-up has values, and says why', () => {
    const c = xmrChart(score, monthlySeries([80, 20, 75, 50, 51, 49, 50, 52, 48, 50]), {
      phases: [{ start: '0000-01-01', cause: { kind: 'ramp-up', reason: 'x' }, rampUp: true }],
    });
    expect(c).toMatchObject({ kind: 'none', reason: { code: 'chart/too-few-points', points: 0, least: 8 } });
    expect(explainInEnglish((c as NoControlChart).reason)).toBe('Only 0 points with a value; a control chart needs at least 8 for its baseline.');
  });
});

describe('phases from the handbook', () => {
  const cpt = kpi({ id: 'KPI-CPT', method: 'per-thousand', unitOfMeasure: 'per-1000', scale: { min: 0, max: 1000 }, direction: 'lower', target: 2, warning: 3 });
  const months = periods('2025-01', 'monthly', 22).map((p) => p.key);
  const measurements: MeasurementSpec[] = months.flatMap((period, i) =>
    ['br-1', 'br-2'].map((unit) => ({ kpi: 'KPI-CPT', unit, period, value: i < 9 ? (i % 2 ? 3.3 : 3.5) : i % 2 ? 1.9 : 2.1, n: 10000 })),
  );
  const h = buildTestHandbook({
    today: '2026-11-22',
    units: [['org', 'organisation'], ['region', 'region', 'org'], ['br-1', 'branch', 'region'], ['br-2', 'branch', 'org']],
    kpis: [cpt],
    measurements,
    actions: [
      { id: 'IA-2025-001', stage: 'closed', kpis: ['KPI-CPT'], units: ['region'], closed: '2025-09-12', effective: true },
      { id: 'IA-2025-002', stage: 'closed', kpis: ['KPI-CPT'], units: ['br-2'], closed: '2025-09-12', effective: false },
      { id: 'IA-2025-003', stage: 'closed', kpis: ['KPI-CPT'], units: [], closed: '2025-09-12', effective: true },
    ],
  });

  it('starts a phase the period after an action on the KPI and the unit (or a unit above it) closed as effective', () => {
    expect(seriesContext(h, cpt, 'br-1').phases).toEqual([{ start: '2025-09-13', cause: { kind: 'action', action: 'IA-2025-001', closed: '2025-09-12' } }]);
    const c = chartFor(h, 'KPI-CPT', 'br-1') as ControlChart;
    expect(c.phases.map((p) => [p.from, p.cause.kind])).toEqual([
      ['2025-01', 'start'],
      ['2025-10', 'action'],
    ]);
    // the improvement is the new baseline: no "favourable" signals after it
    expect(c.signals.filter((s) => s.period >= '2025-10')).toEqual([]);
  });

  it('does not for an action found not effective, or one naming no unit', () => {
    expect(seriesContext(h, cpt, 'br-2').phases).toEqual([]);
    const c = chartFor(h, 'KPI-CPT', 'br-2') as ControlChart;
    expect(c.phases).toHaveLength(1);
    expect(c.signals.filter((s) => s.period >= '2026-01').length).toBeGreaterThan(0); // the old baseline keeps signalling
  });

  it('acknowledges the signals at a period with their cause', () => {
    const period = (chartFor(h, 'KPI-CPT', 'br-2') as ControlChart).signals.find((s) => s.period >= '2026-01')!.period;
    const acked = buildTestHandbook({
      today: '2026-11-22',
      units: [['org', 'organisation'], ['br-2', 'branch', 'org']],
      kpis: [cpt],
      measurements: measurements.filter((m) => m.unit === 'br-2'),
      acknowledgements: [{ kpi: 'KPI-CPT', unit: 'br-2', period, by: 'owner', on: '2026-12-05', cause: 'Audit found a counting error' }],
    });
    const c = chartFor(acked, 'KPI-CPT', 'br-2') as ControlChart;
    const here = c.signals.filter((s) => s.period === period);
    expect(here.length).toBeGreaterThan(0);
    expect(here.every((s) => s.acknowledgement?.cause === 'Audit found a counting error')).toBe(true);
    expect(c.signals.filter((s) => s.period !== period).every((s) => s.acknowledgement === undefined)).toBe(true);
  });
});

describe('acknowledged signals on the scorecard', () => {
  // A stable error rate, then one high month (a signal, yet on target: a problem only by its signal).
  const err = kpi({ id: 'KPI-ERR', method: 'percentage', direction: 'lower', target: 20, warning: 25 });
  const months = periods('2025-01', 'monthly', 14).map((p) => p.key);
  const measurements: MeasurementSpec[] = months.map((period, i) => ({ kpi: 'KPI-ERR', unit: 'br-1', period, value: i === 13 ? 16 : i % 2 ? 11.5 : 12.5, n: 1000 }));
  const base = { today: '2026-11-22', units: [['org', 'organisation'], ['br-1', 'branch', 'org']] as [string, 'organisation' | 'branch', string?][], kpis: [err], measurements };

  it('lists an unacknowledged signal as a problem without an action', () => {
    const sc = buildScorecard(buildTestHandbook(base), '2026-02');
    const row = sc.rows.find((r) => r.unit === 'br-1')!;
    expect(row).toMatchObject({ status: 'on-target', problem: ['signal'], noAction: true, acknowledged: false });
    expect(sc.problems[0]).toMatchObject({ reasons: ['signal'], noAction: true, acknowledged: false });
    expect(sc.summary.noAction).toBe(1);
  });

  it('does not once the signal is acknowledged', () => {
    const h = buildTestHandbook({ ...base, acknowledgements: [{ kpi: 'KPI-ERR', unit: 'br-1', period: '2026-02', by: 'owner', on: '2026-03-04', cause: 'A batch of returns booked twice' }] });
    const sc = buildScorecard(h, '2026-02');
    const row = sc.rows.find((r) => r.unit === 'br-1')!;
    expect(row).toMatchObject({ problem: ['signal'], noAction: false, acknowledged: true });
    expect(sc.problems[0]).toMatchObject({ noAction: false, acknowledged: true });
    expect(sc.summary.noAction).toBe(0);
  });

  it('marks a signal that needs a provisional value as provisional', () => {
    const h = buildTestHandbook({ ...base, measurements: measurements.map((m) => (m.period === '2026-02' ? { ...m, provisional: true } : m)) });
    const c = chartFor(h, 'KPI-ERR', 'br-1') as ControlChart;
    expect(c.points.at(-1)!.provisional).toBe(true);
    expect(c.signals.filter((s) => s.period === '2026-02').every((s) => s.provisional === true)).toBe(true);
  });
});

describe('u-chart for rates per 1,000', () => {
  it('pools ū by cases and widens to Laney u′ only when over-dispersed', () => {
    const cpt = kpi({ id: 'KPI-CPT', method: 'per-thousand', unitOfMeasure: 'per-1000', scale: { min: 0, max: 1000 }, direction: 'lower', target: 2, warning: 3 });
    // 2.0 and 2.2 per 1,000 of 5,000 cases: ū = 2.1 per 1,000; σ = √(0.0021/5000) = 0.000648 → 0.648 per 1,000
    const calm = controlChart(cpt, monthlySeries(Array.from({ length: 12 }, (_, i): [number, number] => [i % 2 ? 2.2 : 2.0, 5000]))) as ControlChart;
    expect(calm.kind).toBe('u');
    expect(calm.centre).toBeCloseTo(2.1, 10);
    expect(calm.points[0]!.sigma).toBeCloseTo(0.648074, 5);
    expect(calm.points[0]!.lower).toBeCloseTo(2.1 - 3 * 0.648074, 4);
    // 1.0 and 3.2 of 50,000: σ = 0.205 per 1,000, z = ±5.37 → σz ≈ 9.5
    const wild = controlChart(cpt, monthlySeries(Array.from({ length: 12 }, (_, i): [number, number] => [i % 2 ? 3.2 : 1.0, 50000]))) as ControlChart;
    expect(wild.kind).toBe('u-prime');
    expect(wild.choice.code).toBe('over-dispersed');
    expect(wild.dispersion).toBeCloseTo(2.2 / 0.204939 / 1.128, 2);
    expect(wild.signals).toEqual([]);
  });
});
