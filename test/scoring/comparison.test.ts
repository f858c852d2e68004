/**
 * Comparing units with context: a funnel plot for proportions (95 % and 99.8 % limits for each n
 * around the overall rate), Wilson intervals, mean ± 2 sd for other KPIs, ranks only beside that.
 */
import { describe, expect, it } from 'vitest';
import { compareUnits } from '../../src/core/scoring/comparison.ts';
import { netScoreInterval, wilsonInterval } from '../../src/core/scoring/intervals.ts';
import { kpi } from './build-handbook.ts';

const fcr = kpi({ id: 'KPI-FCR', method: 'fcr', direction: 'higher', target: 75, warning: 70, minSampleSize: 200 });
const art = kpi({ id: 'KPI-ART', method: 'mean-duration', unit: 'minutes', scale: { min: 0, max: 1440 }, direction: 'lower', target: 20, warning: 30 });
const nps = kpi({ id: 'KPI-NPS', method: 'nps', unit: 'points', scale: { min: -100, max: 100 }, direction: 'higher', target: 40, warning: 30 });

describe('funnel plot for a proportion', () => {
  // A 70 % of 100 (70), B 48 % of 400 (192), C 43 % of 400 (172), D 53.2 % of 500 (266)
  // overall p₀ = 700 / 1400 = 50 %
  // n = 100: σ = √(0.25/100) = 5 points → 95 %: 40.20 … 59.80; 99.8 %: 34.55 … 65.45
  // n = 400: σ = 2.5 points → 95 %: 45.10 … 54.90; 99.8 %: 42.27 … 57.73
  // n = 500: σ = 2.236 points → 95 %: 45.62 … 54.38; 99.8 %: 43.09 … 56.91
  const c = compareUnits(fcr, '2026-10', [
    { unit: 'A', value: 70, n: 100 },
    { unit: 'B', value: 48, n: 400 },
    { unit: 'C', value: 43, n: 400 },
    { unit: 'D', value: 53.2, n: 500 },
    { unit: 'E', value: null, n: null },
  ]);
  const unit = (id: string) => c.units.find((u) => u.unit === id)!;

  it('centres on the pooled rate', () => {
    expect(c.method).toBe('funnel');
    expect(c.centre).toBeCloseTo(50, 10);
    expect(c.unitsWithData).toBe(4);
  });

  it('draws limits for each unit\'s n', () => {
    expect(unit('A').expected!.inner.lower).toBeCloseTo(40.200180, 5);
    expect(unit('A').expected!.inner.upper).toBeCloseTo(59.799820, 5);
    expect(unit('A').expected!.outer.upper).toBeCloseTo(65.451162, 5);
    expect(unit('B').expected!.inner.lower).toBeCloseTo(45.100090, 5);
    expect(unit('B').expected!.outer.lower).toBeCloseTo(42.274419, 5);
  });

  it('classifies within / above / below and says which limit was crossed', () => {
    expect(unit('A')).toMatchObject({ classification: 'above', beyond: '99.8%', favourable: true }); // 70 > 65.45
    expect(unit('B')).toMatchObject({ classification: 'within', beyond: null, favourable: null });
    expect(unit('C')).toMatchObject({ classification: 'below', beyond: '95%', favourable: false }); // 42.27 < 43 < 45.10
    expect(unit('D')).toMatchObject({ classification: 'within' }); // 53.2 < 54.38
    expect(unit('E')).toMatchObject({ classification: 'no-data', rank: null, interval: null });
  });

  it('gives each unit its Wilson interval', () => {
    // 70 of 100: centre (0.7 + 1.9208/100) / 1.038415 = 0.692602; half-width 0.088452 → 60.415 … 78.105 %
    expect(unit('A').interval!.lower).toBeCloseTo(60.415145, 5);
    expect(unit('A').interval!.upper).toBeCloseTo(78.105115, 5);
    expect(unit('A').interval).toMatchObject({ level: 95, method: 'wilson' });
  });

  it('ranks only units with a value, best first, beside the classification', () => {
    expect(c.units.map((u) => [u.unit, u.rank])).toEqual([['A', 1], ['B', 3], ['C', 4], ['D', 2], ['E', null]]);
  });

  it('flags small samples (n below 200)', () => {
    expect(unit('A').smallSample).toBe(true);
    expect(unit('B').smallSample).toBe(false);
  });
});

describe('mean ± 2 sd for other KPIs', () => {
  // 10 10 10 10 10 20 minutes: mean 11.667, sd = √(83.333 / 5) = 4.0825
  // ± 2 sd: 3.502 … 19.832; ± 3 sd: … 23.914
  const c = compareUnits(art, '2026-10', ['a', 'b', 'c', 'd', 'e', 'f'].map((unit, i) => ({ unit, value: i === 5 ? 20 : 10, n: null })));

  it('classifies against the mean ± 2 sd across units', () => {
    expect(c.method).toBe('mean-2sd');
    expect(c.centre).toBeCloseTo(11.666667, 5);
    expect(c.sd).toBeCloseTo(4.082483, 5);
    expect(c.units[5]).toMatchObject({ classification: 'above', beyond: '2sd', favourable: false }); // lower is better
    expect(c.units[0]).toMatchObject({ classification: 'within', interval: null });
  });

  it('shares ranks between equal values', () => {
    expect(c.units.map((u) => u.rank)).toEqual([1, 1, 1, 1, 1, 6]);
  });

  it('gives net scores a conservative interval', () => {
    // NPS 40 of 100: 40 ± 1.96·100·√((1 − 0.16)/100) = 40 ± 17.963 → 22.04 … 57.96
    const n = compareUnits(nps, '2026-10', [
      { unit: 'a', value: 40, n: 100 },
      { unit: 'b', value: 35, n: 100 },
      { unit: 'c', value: 45, n: 100 },
    ]);
    expect(n.units[0]!.interval!.lower).toBeCloseTo(22.036633, 5);
    expect(n.units[0]!.interval!.upper).toBeCloseTo(57.963367, 5);
    expect(n.units[0]!.interval!.method).toBe('net-score-max-variance');
  });
});

describe('too few units', () => {
  it('gives no expected range with fewer than 3 units, but still shows n, interval and rank', () => {
    const c = compareUnits(fcr, '2026-10', [
      { unit: 'a', value: 80, n: 300 },
      { unit: 'b', value: 70, n: 300 },
    ]);
    expect(c.method).toBe('none');
    expect(c.units.map((u) => [u.classification, u.rank])).toEqual([['unclassified', 1], ['unclassified', 2]]);
    expect(c.units[0]!.interval).not.toBeNull();
  });
});

describe('intervals', () => {
  it('keeps Wilson intervals inside 0–100 % at the extremes', () => {
    const zero = wilsonInterval(0, 20);
    expect(zero.lower).toBe(0);
    expect(zero.upper).toBeCloseTo(16.112516, 5); // 1.96² / (20 + 1.96²) = 3.8415 / 23.8415
    expect(wilsonInterval(100, 20).upper).toBe(100);
  });

  it('keeps net-score intervals inside −100…100', () => {
    expect(netScoreInterval(-95, 10).lower).toBe(-100);
  });
});
