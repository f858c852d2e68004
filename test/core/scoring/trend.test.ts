/**
 * Trend: change against the previous period and the same period a year earlier, judged by the
 * KPI's direction, and the run of consecutive deteriorations.
 */
import { describe, expect, it } from 'vitest';
import { trendAt } from '../../../src/core/scoring/trend.ts';
import { changeEffect } from '../../../src/core/scoring/target.ts';
import { kpi, period } from './build-handbook.ts';

const higher = kpi({ id: 'KPI-H', direction: 'higher', target: 85, warning: 80 });
const lower = kpi({ id: 'KPI-L', method: 'per-thousand', unitOfMeasure: 'per-1000', scale: { min: 0, max: 1000 }, direction: 'lower', target: 2, warning: 3 });
const band = kpi({ id: 'KPI-B', method: 'score', unitOfMeasure: 'score', scale: { min: 0, max: 200 }, direction: 'band', target: { min: 95, max: 105 }, warning: { min: 90, max: 110 } });

const lookup = (values: Record<string, number | null>) => (key: string) => values[key];

describe('change vs previous period and vs a year earlier', () => {
  it('computes both differences and judges them for a higher-is-better KPI', () => {
    // 2025-10: 80, 2026-09: 85, 2026-10: 83
    // vs previous: 83 − 85 = −2 (worse); vs a year earlier: 83 − 80 = +3 (better)
    const t = trendAt(higher, lookup({ '2025-10': 80, '2026-09': 85, '2026-10': 83 }), period('2026-10'))!;
    expect(t.vsPrevious).toEqual({ from: '2026-09', fromValue: 85, difference: -2, effect: 'worsened', improvement: false });
    expect(t.vsYearEarlier).toEqual({ from: '2025-10', fromValue: 80, difference: 3, effect: 'improved', improvement: true });
  });

  it('reads a fall as an improvement when lower is better', () => {
    // 2.5 → 2.2: difference −0.3 (floating point: 2.2 − 2.5 = −0.2999…)
    const t = trendAt(lower, lookup({ '2026-09': 2.5, '2026-10': 2.2 }), period('2026-10'))!;
    expect(t.vsPrevious!.difference).toBeCloseTo(-0.3, 12);
    expect(t.vsPrevious!.effect).toBe('improved');
    expect(t.vsYearEarlier).toBeNull(); // 2025-10 not reported
  });

  it('judges a band KPI by the distance to the band', () => {
    expect(changeEffect(band, 104, 107)).toBe('worsened'); // 0 → 2 outside
    expect(changeEffect(band, 112, 108)).toBe('improved'); // 7 → 3 outside
    expect(changeEffect(band, 96, 104)).toBe('unchanged'); // both inside
    expect(changeEffect(band, 90, 110)).toBe('unchanged'); // 5 below → 5 above
  });

  it('marks equal values as unchanged, neither better nor worse', () => {
    const t = trendAt(higher, lookup({ '2026-09': 85, '2026-10': 85 }), period('2026-10'))!;
    expect(t.vsPrevious).toMatchObject({ difference: 0, effect: 'unchanged', improvement: false });
    expect(t.deteriorationRun).toBe(0);
  });

  it('compares with the immediately preceding period only: a missing or null one gives no change', () => {
    expect(trendAt(higher, lookup({ '2026-08': 90, '2026-10': 83 }), period('2026-10'))!.vsPrevious).toBeNull();
    expect(trendAt(higher, lookup({ '2026-09': null, '2026-10': 83 }), period('2026-10'))!.vsPrevious).toBeNull();
  });

  it('has no trend when the period itself has no value', () => {
    expect(trendAt(higher, lookup({ '2026-09': 85, '2026-10': null }), period('2026-10'))).toBeNull();
    expect(trendAt(higher, lookup({ '2026-09': 85 }), period('2026-10'))).toBeNull();
  });

  it('uses the same quarter a year earlier for a quarterly KPI', () => {
    const q = kpi({ id: 'KPI-Q', frequency: 'quarterly' });
    const t = trendAt(q, lookup({ '2025-Q3': 81.5, '2026-Q2': 80, '2026-Q3': 80.5 }), period('2026-Q3', 'quarterly'))!;
    expect(t.vsPrevious).toMatchObject({ from: '2026-Q2', difference: 0.5, effect: 'improved' });
    expect(t.vsYearEarlier).toMatchObject({ from: '2025-Q3', difference: -1, effect: 'worsened' });
  });
});

describe('consecutive deterioration', () => {
  // 2026-04..10: 90, 89, 88, 88.5, 87, 86, 85
  // changes: −1 −1 +0.5 −1.5 −1 −1 → the last three are falls: run 3, since 2026-07 (88.5)
  const values = { '2026-04': 90, '2026-05': 89, '2026-06': 88, '2026-07': 88.5, '2026-08': 87, '2026-09': 86, '2026-10': 85 };

  it('counts periods in a row getting worse, ending at the period', () => {
    const t = trendAt(higher, lookup(values), period('2026-10'))!;
    expect(t.deteriorationRun).toBe(3);
    expect(t.deteriorationSince).toBe('2026-07');
    expect(trendAt(higher, lookup(values), period('2026-07'))!.deteriorationRun).toBe(0); // 88 → 88.5 rose
    expect(trendAt(higher, lookup(values), period('2026-06'))!.deteriorationRun).toBe(2); // 90 → 89 → 88
  });

  it('counts rises as deterioration when lower is better', () => {
    // 1.8 → 2.1 → 2.4 → 2.2 → 2.6 → 2.9: the last two rises make a run of 2
    const t = trendAt(lower, lookup({ '2026-05': 1.8, '2026-06': 2.1, '2026-07': 2.4, '2026-08': 2.2, '2026-09': 2.6, '2026-10': 2.9 }), period('2026-10'))!;
    expect(t.deteriorationRun).toBe(2);
  });

  it('stops a run at an equal value, a missing period or a null value', () => {
    expect(trendAt(higher, lookup({ '2026-07': 90, '2026-08': 88, '2026-09': 88, '2026-10': 86 }), period('2026-10'))!.deteriorationRun).toBe(1);
    expect(trendAt(higher, lookup({ '2026-07': 90, '2026-08': 88, '2026-10': 86 }), period('2026-10'))!.deteriorationRun).toBe(0);
    expect(trendAt(higher, lookup({ '2026-06': 92, '2026-07': 90, '2026-08': null, '2026-09': 88, '2026-10': 86 }), period('2026-10'))!.deteriorationRun).toBe(1);
  });
});
