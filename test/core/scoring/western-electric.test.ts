/**
 * Western Electric rules 1–4 and the Nelson trend rule, each firing on a constructed series and not
 * firing on a near miss; side and favourable/unfavourable direction; runs across gaps.
 *
 * Every series starts with the same 12-point baseline 51 49 51 49 … 49 (2025-01 … 2025-12):
 *   centre = 50, MR̄ = 2, σ = 2 / 1.128 = 1.773050
 *   1σ line 51.773, 2σ line 53.546, control limits 50 ± 2.660·2 = 44.68 and 55.32.
 * The baseline alone fires nothing (all points within 1σ, alternating sides). Test points start at
 * 2026-01.
 */
import { describe, expect, it } from 'vitest';
import { xmrChart, type ControlChart } from '../../../src/core/scoring/spc.ts';
import type { Signal } from '../../../src/core/scoring/western-electric.ts';
import { kpi, monthlySeries } from './build-handbook.ts';

const higher = kpi({ id: 'KPI-H', method: 'score', unitOfMeasure: 'score', direction: 'higher', target: 50, warning: 45 });
const lower = kpi({ id: 'KPI-L', method: 'score', unitOfMeasure: 'score', direction: 'lower', target: 50, warning: 55 });
const BASELINE = Array.from({ length: 12 }, (_, i) => (i % 2 ? 49 : 51));

const run = (after: Parameters<typeof monthlySeries>[0], k = higher) => {
  const c = xmrChart(k, monthlySeries([...BASELINE, ...after]), { rules: 'western-electric-trend' }) as ControlChart;
  expect(c.centre).toBe(50);
  expect(c.movingRangeMean).toBe(2);
  return c.signals;
};
const brief = (signals: Signal[]) => signals.map((s) => `${s.rule}@${s.period}:${s.side}`);

describe('the baseline itself', () => {
  it('fires no signal', () => {
    expect(run([])).toEqual([]);
  });
});

describe('rule 1: one point beyond the control limits', () => {
  it('fires above 55.32 and below 44.68', () => {
    expect(run([55.4])).toEqual([
      {
        rule: 'we1',
        period: '2026-01',
        points: ['2026-01'],
        side: 'above',
        unfavourable: false, // higher is better: a jump up is good news, still a signal
        spansGap: false,
        description: 'One point beyond the control limits (3σ).',
      },
    ]);
    expect(brief(run([44.6]))).toEqual(['we1@2026-01:below']);
  });

  it('does not fire just inside the limit, nor exactly on it', () => {
    expect(run([55.3])).toEqual([]); // 55.3 < 55.32, and one point beyond 2σ is not rule 2
    expect(run([50 + 2.66 * 2])).toEqual([]); // exactly on the limit is not beyond it
  });
});

describe('rule 2: two of three successive points beyond 2σ on the same side', () => {
  it('fires at the second point beyond 53.546 within three', () => {
    // 54 (2.26σ), 50.5, 54 → two of three
    const s = run([54, 50.5, 54]);
    expect(brief(s)).toEqual(['we2@2026-03:above']);
    expect(s[0]!.points).toEqual(['2026-01', '2026-03']);
  });

  it('does not fire when the two are four points apart, or on opposite sides', () => {
    expect(run([54, 50.5, 50.5, 54])).toEqual([]);
    expect(run([54, 46])).toEqual([]);
  });

  it('does not fire when one of the points is only beyond 1σ', () => {
    expect(run([54, 50.5, 53.5])).toEqual([]); // 53.5 < 53.546
  });
});

describe('rule 3: four of five successive points beyond 1σ on the same side', () => {
  it('fires at the fourth point beyond 51.773 within five', () => {
    // 52 52 50.5 52 52 → four of five
    const s = run([52, 52, 50.5, 52, 52]);
    expect(brief(s)).toEqual(['we3@2026-05:above']);
    expect(s[0]!.points).toEqual(['2026-01', '2026-02', '2026-04', '2026-05']);
  });

  it('does not fire on three of five', () => {
    expect(run([52, 52, 50.5, 52, 50.5, 52])).toEqual([]);
  });

  it('fires below the centre as well: bad news when higher is better', () => {
    const s = run([48, 48, 48, 48]);
    expect(brief(s)).toEqual(['we3@2026-04:below']);
    expect(s[0]!.unfavourable).toBe(true);
  });
});

describe('rule 4: eight successive points on the same side of the centre', () => {
  it('fires at the eighth point, and again at each point that extends the run', () => {
    // 50.5 is above the centre but within 1σ; equal values make no trend
    expect(brief(run(Array(8).fill(50.5)))).toEqual(['we4@2026-08:above']);
    expect(brief(run(Array(9).fill(50.5)))).toEqual(['we4@2026-08:above', 'we4@2026-09:above']);
    expect(run(Array(8).fill(50.5))[0]!.points).toHaveLength(8);
  });

  it('does not fire on seven, or when a point sits exactly on the centre line', () => {
    expect(run([...Array(7).fill(50.5), 49.5])).toEqual([]);
    expect(run([50.5, 50.5, 50.5, 50.5, 50, 50.5, 50.5, 50.5, 50.5])).toEqual([]);
  });
});

describe('trend: six points steadily rising or falling', () => {
  it('fires on six rising points (five rises)', () => {
    // the baseline ends at 49, then 48.5 (a fall) starts a rise of six points, all within 1σ
    const s = run([48.5, 48.9, 49.3, 49.7, 50.1, 50.5]);
    expect(brief(s)).toEqual(['trend@2026-06:rising']);
    expect(s[0]!.points).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(s[0]!.unfavourable).toBe(false);
  });

  it('fires on six falling points, unfavourable when higher is better', () => {
    const s = run([51.5, 51.1, 50.7, 50.3, 49.9, 49.5]);
    expect(brief(s)).toEqual(['trend@2026-06:falling']);
    expect(s[0]!.unfavourable).toBe(true);
  });

  it('does not fire on five rising points, nor when two successive points are equal', () => {
    expect(run([48.5, 48.9, 49.3, 49.7, 50.1])).toEqual([]);
    expect(run([48.5, 48.9, 49.3, 49.3, 49.7, 50.1])).toEqual([]);
  });
});

describe('favourable and unfavourable signals', () => {
  it('reverses for lower-is-better KPIs: a jump up is bad news', () => {
    expect(run([55.4], lower)[0]).toMatchObject({ rule: 'we1', side: 'above', unfavourable: true });
    expect(run([44.6], lower)[0]).toMatchObject({ rule: 'we1', side: 'below', unfavourable: false });
    expect(run([48.5, 48.9, 49.3, 49.7, 50.1, 50.5], lower)[0]).toMatchObject({ rule: 'trend', side: 'rising', unfavourable: true });
  });

  it('for a band KPI, is unfavourable when the point lies farther from the band than the centre line', () => {
    const inBand = kpi({ id: 'KPI-B1', method: 'score', unitOfMeasure: 'score', direction: 'band', target: { min: 48, max: 52 }, warning: { min: 45, max: 55 } });
    // centre 50 is inside the band (distance 0); 55.4 is 3.4 outside → moving away
    expect(run([55.4], inBand)[0]).toMatchObject({ rule: 'we1', unfavourable: true });
    const bandAbove = kpi({ id: 'KPI-B2', method: 'score', unitOfMeasure: 'score', direction: 'band', target: { min: 56, max: 60 }, warning: { min: 54, max: 62 } });
    // centre 50 is 6 below the band; 55.4 is 0.6 below → moving towards it
    expect(run([55.4], bandAbove)[0]).toMatchObject({ rule: 'we1', unfavourable: false });
  });
});

describe('gaps', () => {
  it('runs across a missing month and a null value, and says the run spans a gap', () => {
    // 2026-01 missing, then four 50.5, a null (2026-06), four 50.5: eight available points above
    const c = xmrChart(higher, monthlySeries([...BASELINE, 'gap', 50.5, 50.5, 50.5, 50.5, null, 50.5, 50.5, 50.5, 50.5]), { rules: 'western-electric-trend' }) as ControlChart;
    expect(c.skipped).toEqual([
      { period: '2026-01', reason: 'not reported' },
      { period: '2026-06', reason: 'null value' },
    ]);
    expect(c.signals).toHaveLength(1);
    expect(c.signals[0]).toMatchObject({ rule: 'we4', period: '2026-10', spansGap: true });
    expect(c.signals[0]!.points).toEqual(['2026-02', '2026-03', '2026-04', '2026-05', '2026-07', '2026-08', '2026-09', '2026-10']);
  });
});
