/**
 * p-chart for proportions with sample sizes: p̄ pooled over the baseline, limits per point varying
 * with n, the lower limit floored at 0 and the upper capped at 100 %, zones from each point's σ.
 */
import { describe, expect, it } from 'vitest';
import { controlChart, pChart, type ControlChart, type NoControlChart } from '../../../src/core/scoring/spc.ts';
import { kpi, monthlySeries } from './build-handbook.ts';
import { explainInEnglish } from '../../../src/core/scoring/explanation-words.ts';

const csat = kpi({ id: 'KPI-CSAT', method: 'csat-top-two-box', direction: 'higher', target: 85, warning: 80 });
const errors = kpi({ id: 'KPI-ERR', method: 'percentage', direction: 'lower', target: 12, warning: 14 });

// Baseline: six pairs of 13 % of 100 (13 cases) and 11.75 % of 400 (47 cases).
// p̄ = 6·(13 + 47) / 6·(100 + 400) = 360 / 3000 = 0.12 — not the mean of the percentages (12.375 %).
const baseline: [number, number][] = Array.from({ length: 12 }, (_, i) => (i % 2 ? [11.75, 400] : [13, 100]));

describe('p-chart limits', () => {
  const c = pChart(errors, monthlySeries([...baseline, [5, 25]])) as ControlChart;

  it('pools p̄ by sample size over the baseline', () => {
    expect(c.kind).toBe('p');
    expect(c.centre).toBeCloseTo(12, 10);
    expect(c.baseline).toMatchObject({ from: '2025-01', to: '2025-12', points: 12 });
  });

  it('varies the limits with n', () => {
    // n = 100: σ = √(0.12·0.88/100) = 0.0324962 → 12 ± 3σ = 2.2512 % … 21.7488 %
    expect(c.points[0]!.sigma).toBeCloseTo(3.24962, 5);
    expect(c.points[0]!.lower).toBeCloseTo(2.251154, 6);
    expect(c.points[0]!.upper).toBeCloseTo(21.748846, 6);
    // n = 400: σ = 0.0162481 → 7.1256 % … 16.8744 %
    expect(c.points[1]!.lower).toBeCloseTo(7.125577, 6);
    expect(c.points[1]!.upper).toBeCloseTo(16.874423, 6);
  });

  it('floors the lower limit at 0', () => {
    // n = 25: σ = 0.0649923 → 12 − 19.4977 = −7.4977 → 0; upper 31.4977
    const p = c.points[12]!;
    expect(p.lower).toBe(0);
    expect(p.upper).toBeCloseTo(31.497692, 6);
  });

  it('caps the upper limit at 100 %', () => {
    // p̄ = 0.96, n = 10: σ = √(0.96·0.04/10) = 0.0619677 → 96 + 18.59 = 114.59 → 100; lower 77.4097
    const high = pChart(csat, monthlySeries(Array.from({ length: 8 }, (): [number, number] => [96, 10]))) as ControlChart;
    expect(high.points[0]!.upper).toBe(100);
    expect(high.points[0]!.lower).toBeCloseTo(77.409680, 6);
  });

  it('draws each point\'s zones from its own σ', () => {
    // 16 % of 400: z = (0.16 − 0.12)/0.0162481 = 2.4618 (beyond 2σ); 16 % of 100: z = 1.2309 (beyond 1σ only)
    const z = pChart(errors, monthlySeries([...baseline, [16, 400], [16, 100]])) as ControlChart;
    expect(z.points[12]!.zone).toBeCloseTo(2.4618, 4);
    expect(z.points[13]!.zone).toBeCloseTo(1.2309, 4);
  });

  it('fires we2 on two of three points beyond 2σ of their own n, not when n is small', () => {
    // 16 %@400 (2.46σ), 11 %@100, 16 %@400 (2.46σ) → we2 at the third point, above: bad for an error rate
    const fires = pChart(errors, monthlySeries([...baseline, [16, 400], [11, 100], [16, 400]])) as ControlChart;
    expect(fires.signals).toEqual([
      expect.objectContaining({ rule: 'we2', period: '2026-03', points: ['2026-01', '2026-03'], side: 'above', unfavourable: true }),
    ]);
    // the same 16 % from only 100 cases is 1.23σ: no we2
    const nearMiss = pChart(errors, monthlySeries([...baseline, [16, 400], [11, 100], [16, 100]])) as ControlChart;
    expect(nearMiss.signals.filter((s) => s.rule === 'we2')).toEqual([]);
  });
});

describe('choosing the chart for a proportion', () => {
  it('uses a p-chart when the baseline carries n', () => {
    expect(controlChart(errors, monthlySeries(baseline)).kind).toBe('p');
  });

  it('falls back to XmR, with a note, when values have no n', () => {
    const c = controlChart(csat, monthlySeries([86, 87, 85, 88, 86, 87, 85, 86])) as ControlChart;
    expect(c.kind).toBe('xmr');
    expect(c.notes).toEqual(['A proportion without sample sizes in its baseline: an XmR chart is used instead of a p-chart.']);
  });

  it('skips a later point without n on a p-chart, noting it', () => {
    const series = monthlySeries([...baseline, 12]);
    const c = controlChart(errors, series) as ControlChart;
    expect(c.kind).toBe('p');
    expect(c.points).toHaveLength(12);
    expect(c.skipped).toEqual([{ period: '2026-01', reason: 'no sample size' }]);
  });

  it('draws no p-chart when the baseline proportion is 0 %', () => {
    const c = pChart(errors, monthlySeries(Array.from({ length: 8 }, (): [number, number] => [0, 500])));
    expect(c).toMatchObject({ kind: 'none', reason: { code: 'chart/p-no-spread', percent: 0 } });
    expect(explainInEnglish((c as NoControlChart).reason)).toBe('The baseline proportion is 0%: a p-chart has no spread at 0% or 100%.');
  });
});

describe('over-dispersion (Laney σz)', () => {
  // z-scores of the baseline: 13 %@100 → +0.30773, 11.75 %@400 → −0.15386; |Δz| = 0.46159 each
  // σz = 0.46159 / 1.128 = 0.40921 (less spread than binomial sampling)
  const plain = pChart(errors, monthlySeries(baseline), {}, true) as ControlChart;

  it('reports σz of the baseline', () => {
    expect(plain.dispersion).toBeCloseTo(0.40921, 5);
    expect(plain.choice).toMatchObject({ kind: 'p', code: 'declared' });
  });

  it('is never narrower than the plain p-chart: σz < 1 keeps the binomial limits', () => {
    const auto = controlChart(errors, monthlySeries(baseline)) as ControlChart;
    expect(auto.kind).toBe('p');
    expect(auto.choice).toEqual({ kind: 'p', code: 'within-sampling', sigmaZ: expect.closeTo(0.40921, 5) });
    expect(auto.points.map((p) => p.sigma)).toEqual(plain.points.map((p) => p.sigma));
  });

  // 10 %, 14 %, … of 10,000: σ = √(0.12·0.88/10000) = 0.325 points; z = ±6.15, |Δz| = 12.3 → σz ≈ 10.9
  const wideSeries = monthlySeries(Array.from({ length: 12 }, (_, i): [number, number] => [i % 2 ? 14 : 10, 10000]));

  it('becomes a Laney p′ chart when the data vary more than sampling explains, σ widened by σz', () => {
    const wide = controlChart(errors, wideSeries) as ControlChart;
    expect(wide.kind).toBe('p-prime');
    expect(wide.choice.code).toBe('over-dispersed');
    expect(wide.dispersion).toBeCloseTo(10.91, 1);
    // σ = 0.32496 points × 10.91 = 3.545 points: limits 12 ± 10.64
    expect(wide.points[0]!.sigma).toBeCloseTo(0.324962 * wide.dispersion!, 4);
    expect(wide.points[0]!.upper).toBeCloseTo(12 + 3 * 0.324962 * wide.dispersion!, 3);
    expect(wide.signals).toEqual([]);
  });

  it('keeps the plain limits when the KPI asks for a p-chart, and says so', () => {
    const asked = controlChart({ ...errors, controlChart: { chart: 'p', newPhaseOnMajorSopVersion: false } }, wideSeries) as ControlChart;
    expect(asked.kind).toBe('p');
    expect(asked.choice).toMatchObject({ kind: 'p', code: 'declared' });
    expect(asked.signals.filter((s) => s.rule === 'we1')).toHaveLength(12); // every point beyond ±0.97
  });

  it('uses XmR when the KPI asks for it', () => {
    const asked = controlChart({ ...errors, controlChart: { chart: 'xmr', newPhaseOnMajorSopVersion: false } }, wideSeries) as ControlChart;
    expect(asked.choice).toEqual({ kind: 'xmr', code: 'declared', sigmaZ: null });
  });
});
