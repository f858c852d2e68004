/**
 * XmR (individuals) chart: baseline choice, centre, mean moving range, limits, sigma zones, and how
 * missing periods and null values are skipped.
 */
import { describe, expect, it } from 'vitest';
import { controlChart, xmrChart, type ControlChart, type NoControlChart } from '../../../src/core/scoring/spc.ts';
import { kpi, monthlySeries } from './build-handbook.ts';
import { explainInEnglish } from '../../../src/core/scoring/explanation-words.ts';

const score = kpi({ id: 'KPI-S', method: 'score', unitOfMeasure: 'score', direction: 'higher', target: 85, warning: 80 });
const chart = (values: Parameters<typeof monthlySeries>[0]) => xmrChart(score, monthlySeries(values)) as ControlChart;

describe('XmR limits for a small series', () => {
  // 10 12 11 13 12 14 11 13 (8 points, all in the baseline)
  // centre = 96 / 8 = 12
  // moving ranges 2 1 2 1 2 3 2 → MR̄ = 13 / 7 = 1.857142857
  // limits = 12 ± 2.660 × 1.857142857 = 12 ± 4.94 → 7.06 and 16.94
  // σ = MR̄ / 1.128 = 1.646403
  const c = chart([10, 12, 11, 13, 12, 14, 11, 13]);

  it('computes centre, MR̄, limits and sigma', () => {
    expect(c.kind).toBe('xmr');
    expect(c.centre).toBe(12);
    expect(c.movingRangeMean).toBeCloseTo(13 / 7, 12);
    expect(c.upper).toBeCloseTo(16.94, 10);
    expect(c.lower).toBeCloseTo(7.06, 10);
    expect(c.sigma).toBeCloseTo(1.646403, 6);
  });

  it('states the baseline: all 8 points when there are fewer than 12', () => {
    expect(c.baseline).toEqual({ from: '2025-01', to: '2025-08', points: 8, rule: 'All 8 points with a value (fewer than 12).' });
    expect(c.points.every((p) => p.inBaseline)).toBe(true);
  });

  it('gives each point its distance from the centre in sigmas', () => {
    // 2025-06: (14 − 12) / 1.646403 = 1.2148
    expect(c.points[5]!.zone).toBeCloseTo(1.2148, 4);
  });

  it('finds no signal in this stable series', () => {
    expect(c.signals).toEqual([]);
  });
});

describe('XmR baseline', () => {
  it('draws no chart with fewer than 8 points, and says why', () => {
    expect(xmrChart(score, monthlySeries([10, 12, 11, 13, 12, 14, 11]))).toEqual({
      kind: 'none',
      reason: { code: 'chart/too-few-points', points: 7, least: 8 },
      availablePoints: 7,
      signals: [],
      skipped: [],
    });
  });

  it('uses the first 12 points when there are more, so later points do not move the limits', () => {
    // baseline 51 49 51 49 … (12 points): centre 50, MR̄ 2; later points 60 70 80 are not in it
    const c = chart([...Array.from({ length: 12 }, (_, i) => (i % 2 ? 49 : 51)), 60, 70, 80]);
    expect(c.baseline).toEqual({ from: '2025-01', to: '2025-12', points: 12, rule: 'The first 12 points with a value.' });
    expect(c.centre).toBe(50);
    expect(c.movingRangeMean).toBe(2);
    expect(c.points.filter((p) => p.inBaseline)).toHaveLength(12);
  });

  it('counts only points with a value: a null value and a missing month are not in the baseline', () => {
    // 8 values around a null (2025-03) and a missing month (2025-06): baseline 2025-01 … 2025-10
    const c = chart([10, 12, null, 11, 13, 'gap', 12, 14, 11, 13]);
    expect(c.baseline).toMatchObject({ from: '2025-01', to: '2025-10', points: 8 });
    expect(c.centre).toBe(12); // the same 8 values as above
    expect(c.movingRangeMean).toBeCloseTo(13 / 7, 12); // moving ranges go across the gaps
    expect(c.skipped).toEqual([
      { period: '2025-03', reason: 'null value' },
      { period: '2025-06', reason: 'not reported' },
    ]);
    expect(c.points.map((p) => p.gapBefore)).toEqual([0, 0, 1, 0, 1, 0, 0, 0]);
  });

  it('accepts a custom baseline length', () => {
    const c = xmrChart(score, monthlySeries([10, 12, 11, 13, 12, 14, 11, 13, 30, 30]), { baselinePoints: 8 }) as ControlChart;
    expect(c.baseline.points).toBe(8);
    expect(c.centre).toBe(12);
  });

  it('draws no chart when the baseline has no variation', () => {
    const c = xmrChart(score, monthlySeries([...Array.from({ length: 12 }, () => 5), 6])); // 12 × 5, then 6
    expect(c).toMatchObject({ kind: 'none', reason: { code: 'chart/no-moving-range' } });
    expect(explainInEnglish((c as NoControlChart).reason)).toBe('The baseline values are all equal (no moving range), so no limits can be drawn.');
  });

  it('uses XmR for non-proportion methods even with n (NPS)', () => {
    const nps = kpi({ id: 'KPI-NPS', method: 'nps', unitOfMeasure: 'points', scale: { min: -100, max: 100 }, target: 40, warning: 30 });
    const c = controlChart(nps, monthlySeries([[40, 300], [42, 310], [-5, 280], [41, 300], [39, 290], [43, 300], [40, 305], [38, 300]]));
    expect(c.kind).toBe('xmr');
  });
});
