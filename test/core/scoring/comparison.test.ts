/**
 * Comparing units so that the comparison can flag: each unit against the other units (leave-one-
 * out), funnel limits widened for over-dispersion (DerSimonian–Laird τ² on winsorised z-scores,
 * Spiegelhalter 2005), leave-one-out prediction limits for values without n, flags only beyond
 * 99.8 %, ranks only where some unit differs. Simulations on seeded, realistic noise check that a
 * clear outlier is flagged and in-control units rarely are.
 */
import { describe, expect, it } from 'vitest';
import { compareUnits } from '../../../src/core/scoring/comparison.ts';
import { nullStandardError, overDispersionTau2, quantile } from '../../../src/core/scoring/funnel-limits.ts';
import { netScoreInterval, poissonRateInterval, valueInterval, wilsonInterval } from '../../../src/core/scoring/intervals.ts';
import { kpi } from './build-handbook.ts';
import { explainInEnglish } from '../../../src/core/scoring/explanation-words.ts';

const fcr = kpi({ id: 'KPI-FCR', method: 'fcr', direction: 'higher', target: 75, warning: 70, minSampleSize: 200 });
const art = kpi({ id: 'KPI-ART', method: 'mean-duration', unitOfMeasure: 'minutes', scale: { min: 0, max: 1440 }, direction: 'lower', target: 20, warning: 30 });
const nps = kpi({ id: 'KPI-NPS', method: 'nps', unitOfMeasure: 'points', scale: { min: -100, max: 100 }, direction: 'higher', target: 40, warning: 30 });

/** A seeded generator (mulberry32) and normal / binomial draws, so every run sees the same data. */
function rng(seed: number) {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  /** Binomial k of n, by the normal approximation (n·p large in every use here), kept within 0…n. */
  const binomial = (n: number, p: number) => Math.min(n, Math.max(0, Math.round(n * p + normal() * Math.sqrt(n * p * (1 - p)))));
  return { uniform, normal, binomial };
}

describe('funnel plot for a proportion, leave-one-out', () => {
  // A 70 % of 100, B 48 % of 400, C 43 % of 400, D 53.2 % of 500.
  // For A the others pool to (192 + 172 + 266) / 1300 = 48.4615 %; their z-scores around it are
  // B −0.1847, C −2.1857, D +2.1201 (s = 2.4988, 2.4988, 2.2350 points) → φ = (0.0341 + 4.7771
  // + 4.4949) / 3 = 3.1020; Σw = 0.52049, Σw² = 0.09137 → denominator 0.34494;
  // τ² = (3·3.1020 − 2) / 0.34494 = 21.1805; var θ₀ = 1 / Σ 1/(sⱼ² + τ²) = 8.9984.
  // A's own s at 48.4615 % with n = 100 is 4.9976: spread √(24.976 + 21.181 + 8.998) = 7.4267;
  // 99.8 % limits with t(3) = 10.215: 48.46 ± 75.31, clipped to 0 … 100. Four units cannot flag A.
  const c = compareUnits(fcr, '2026-10', [
    { unit: 'A', value: 70, n: 100 },
    { unit: 'B', value: 48, n: 400 },
    { unit: 'C', value: 43, n: 400 },
    { unit: 'D', value: 53.2, n: 500 },
    { unit: 'E', value: null, n: null },
  ]);
  const unit = (id: string) => c.units.find((u) => u.unit === id)!;

  it('compares each unit with the pooled value of the others, widened by τ', () => {
    expect(c.method).toBe('funnel');
    expect(c.centre).toBeCloseTo(50, 10); // all units: 700 / 1400
    expect(c.unitsWithData).toBe(4);
    expect(unit('A').expected!.inner.upper).toBeCloseTo(48.4615 + 3.182 * 7.4267, 2);
    expect(unit('A').expected!.outer).toEqual({ lower: 0, upper: 100 });
  });

  it('flags nobody it cannot tell apart, so ranks nobody', () => {
    expect(unit('A')).toMatchObject({ classification: 'within', beyond: null, favourable: null });
    expect(unit('E')).toMatchObject({ classification: 'no-data', rank: null, interval: null });
    expect(c.flagged).toBe(0);
    expect(c.units.every((u) => u.rank === null)).toBe(true);
  });

  it('flags a unit beyond 99.8 % of six and ranks by tier: the flagged worse unit last, the rest share a rank', () => {
    const six = compareUnits(fcr, '2026-10', [
      { unit: 'a', value: 76, n: 3000 },
      { unit: 'b', value: 75.4, n: 2500 },
      { unit: 'c', value: 76.5, n: 3500 },
      { unit: 'd', value: 75.8, n: 1500 },
      { unit: 'e', value: 76.2, n: 4000 },
      { unit: 'f', value: 68, n: 3000 },
    ]);
    expect(six.units[5]).toMatchObject({ classification: 'below', beyond: '99.8%', favourable: false });
    expect(six.flagged).toBe(1);
    expect(six.units.map((u) => u.rank)).toEqual([1, 1, 1, 1, 1, 6]);
  });

  it('gives each unit its Wilson interval and flags small samples', () => {
    // 70 of 100: centre (0.7 + 1.9208/100) / 1.038415 = 0.692602; half-width 0.088452 → 60.415 … 78.105 %
    expect(unit('A').interval!.lower).toBeCloseTo(60.415145, 5);
    expect(unit('A').interval!.upper).toBeCloseTo(78.105115, 5);
    expect(unit('A').smallSample).toBe(true);
    expect(unit('B').smallSample).toBe(false);
  });

  it('says its method and limits in a sentence', () => {
    expect(explainInEnglish(c.note)).toMatch(/^Funnel plot: each unit against the pooled value of the other units \(all units: 50\), 95 % and 99\.8 % limits for its sample size \(Student t for few units\), widened for over-dispersion \(τ = [\d.]+: DerSimonian–Laird on z-scores winsorised at 10 %, Spiegelhalter 2005\); a unit is flagged only beyond 99\.8 %\.$/);
  });
});

describe('over-dispersion', () => {
  it('winsorises z-scores at the 10th and 90th percentiles (type-7 quantiles)', () => {
    expect(quantile([1, 2, 3, 4, 5, 6], 0.1)).toBeCloseTo(1.5, 10);
    expect(quantile([1, 2, 3, 4, 5, 6], 0.9)).toBeCloseTo(5.5, 10);
  });

  it('finds none when units vary as sampling alone explains', () => {
    const s = [1, 1, 1, 1];
    expect(overDispersionTau2([0.5, -0.5, 0.2, -0.2], s, 0).tau2).toBe(0);
  });

  it('finds τ² = (kφ − (k − 1)) / (Σw − Σw²/Σw) when they vary more', () => {
    // z = ±3, ±3 with s = 1: winsorising equal extremes changes nothing, φ = 9; Σw = 4, Σw² = 4 → 3
    // τ² = (36 − 3) / 3 = 11
    expect(overDispersionTau2([3, -3, 3, -3], [1, 1, 1, 1], 0).tau2).toBeCloseTo(11, 10);
  });

  it('uses the sampling error of each method', () => {
    expect(nullStandardError('fcr', { min: 0, max: 100 }, 50, 100)).toBeCloseTo(5, 10);
    expect(nullStandardError('nps', { min: -100, max: 100 }, 40, 100)).toBeCloseTo(100 * Math.sqrt(0.84 / 100), 10);
    expect(nullStandardError('per-thousand', { min: 0, max: 1000 }, 2, 50_000)).toBeCloseTo(1000 * Math.sqrt(0.002 / 50_000), 10);
    expect(nullStandardError('mean-duration', { min: 0, max: 1440 }, 20, 100)).toBeNull();
  });
});

describe('leave-one-out for values without n', () => {
  // 10 10 10 10 10 20 minutes. For the sixth: the others have mean 10 and sd 0 → anything else is
  // beyond its limits. With the unit itself in the sd, z = (20 − 11.67)/4.08 = 2.04 could never pass 3.
  const c = compareUnits(art, '2026-10', ['a', 'b', 'c', 'd', 'e', 'f'].map((unit, i) => ({ unit, value: i === 5 ? 20 : i === 4 ? 11 : 10, n: null })));

  it('flags the unit that differs from the others', () => {
    expect(c.method).toBe('leave-one-out');
    expect(c.units[5]).toMatchObject({ classification: 'above', beyond: '99.8%', favourable: false }); // lower is better
  });

  it('uses Student t prediction limits: mean ± t(k − 2)·sd·√(1 + 1/(k − 1))', () => {
    // For a: others 10 10 10 11 20 → mean 12.2, sd √(76.8/4) = 4.3818; t(4, 99.8 %) = 7.173;
    // 12.2 ± 7.173·4.3818·√1.2 = 12.2 ± 34.431
    expect(c.units[0]!.expected!.outer.upper).toBeCloseTo(12.2 + 7.173 * Math.sqrt(76.8 / 4) * Math.sqrt(1.2), 6);
    expect(c.units[0]).toMatchObject({ classification: 'within' });
  });

  it('ranks by tier: the flagged worse unit last', () => {
    expect(c.units.map((u) => u.rank)).toEqual([1, 1, 1, 1, 1, 6]);
  });

  it('gives net scores a conservative interval and compares them on a funnel', () => {
    // NPS 40 of 100: 40 ± 1.96·100·√((1 − 0.16)/100) = 40 ± 17.963 → 22.04 … 57.96
    const n = compareUnits(nps, '2026-10', [
      { unit: 'a', value: 40, n: 100 },
      { unit: 'b', value: 35, n: 100 },
      { unit: 'c', value: 45, n: 100 },
    ]);
    expect(n.method).toBe('funnel');
    expect(n.units[0]!.interval!.lower).toBeCloseTo(22.036633, 5);
    expect(n.units[0]!.interval!.method).toBe('net-score-max-variance');
    expect(n.units.every((u) => u.rank === null)).toBe(true); // nobody differs: nobody is ranked
  });
});

describe('too few units', () => {
  it('gives no expected range and no rank with fewer than 3 units, but still shows n and interval', () => {
    const c = compareUnits(fcr, '2026-10', [
      { unit: 'a', value: 80, n: 300 },
      { unit: 'b', value: 70, n: 300 },
    ]);
    expect(c.method).toBe('none');
    expect(c.units.map((u) => [u.classification, u.rank])).toEqual([['unclassified', null], ['unclassified', null]]);
    expect(c.units[0]!.interval).not.toBeNull();
  });
});

describe('simulation: six units, binomial noise plus between-unit variation', () => {
  /**
   * Six units at n from 200 to 60,000, true rates drawn around 90 % with sd `between` points; the
   * outlier lies 10 of its own standard deviations (binomial and between-unit together) below.
   */
  function sixUnits(r: ReturnType<typeof rng>, between: number, outlier: number | null) {
    const ns = [200, 800, 3000, 12_000, 30_000, 60_000];
    return ns.map((n, i) => {
      let p = 0.9 + (r.normal() * between) / 100;
      if (i === outlier) p -= 10 * Math.sqrt(0.09 / n + (between / 100) ** 2);
      p = Math.min(0.999, Math.max(0.5, p));
      return { unit: `u${i}`, value: (100 * r.binomial(n, p)) / n, n };
    });
  }
  const otd = kpi({ id: 'KPI-OTD', method: 'percentage', direction: 'higher', target: 95, warning: 92 });

  it('rarely flags in-control units, even with over-dispersion at large n', () => {
    const r = rng(20261022);
    let flagged = 0;
    let units = 0;
    for (let run = 0; run < 2000; run++) {
      const c = compareUnits(otd, '2026-10', sixUnits(r, 0.8, null));
      flagged += c.flagged;
      units += 6;
    }
    // A plain binomial funnel flags most of the large-n units here; with τ and t about 2 % of units.
    expect(flagged / units).toBeLessThan(0.03);
  });

  it('flags a clear outlier in most sets, whatever its sample size', () => {
    const r = rng(7);
    let caught = 0;
    const runs = 1200;
    for (let run = 0; run < runs; run++) {
      const outlier = run % 6;
      const c = compareUnits(otd, '2026-10', sixUnits(r, 0.8, outlier));
      const u = c.units[outlier]!;
      if (u.classification === 'below' && u.favourable === false) caught++;
    }
    expect(caught / runs).toBeGreaterThan(0.9);
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

  it('takes a net score\'s interval from its counts: P + D − d² instead of the maximum 1 − d²', () => {
    // 50 promoters, 30 passives, 20 detractors of 100: NPS 30, variance 0.5 + 0.2 − 0.09 = 0.61
    const counted = valueInterval(nps, { value: 30, n: 100, counts: { shape: 'net', promoters: 50, passives: 30, detractors: 20, n: 100, from: 'counts' } })!;
    expect(counted.method).toBe('net-score');
    expect(counted.upper - 30).toBeCloseTo(1.959964 * 100 * Math.sqrt(0.61 / 100), 5);
    expect(valueInterval(nps, { value: 30, n: 100 })!.upper - 30).toBeCloseTo(1.959964 * 100 * Math.sqrt(0.91 / 100), 5);
  });

  it('takes a mean\'s interval from its sd when the counts give one, and none from a mean duration without', () => {
    const mss = kpi({ id: 'KPI-MSS', method: 'score', unitOfMeasure: 'score', direction: 'higher', target: 85, warning: 80 });
    const i = valueInterval(mss, { value: 82, n: 4, counts: { shape: 'mean', mean: 82, sd: 6, n: 4, from: 'counts' } })!;
    expect(i.method).toBe('mean-sd');
    expect(i.lower).toBeCloseTo(82 - 1.959964 * 3, 5); // sd 6 / √4
    expect(valueInterval(mss, { value: 82, n: 4 })).toBeNull();
    expect(valueInterval(art, { value: 25, n: 300 })).toBeNull();
  });

  it('gives a Poisson score interval for a rate per 1,000', () => {
    // 2 per 1,000 of 50,000 = 100 events: (100 + 1.9208 ± 1.96·√(100 + 0.9604)) / 50 → 1.6432 … 2.4337
    const i = poissonRateInterval(2, 50_000);
    expect(i.lower).toBeCloseTo((100 + 1.920729 - 1.959964 * Math.sqrt(100 + 0.960365)) / 50, 6);
    expect(i.upper).toBeCloseTo((100 + 1.920729 + 1.959964 * Math.sqrt(100 + 0.960365)) / 50, 6);
  });
});
