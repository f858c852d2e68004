/**
 * The sample's data must be as noisy as real data, or its early warnings show off what would rarely
 * happen on real data. Sampling alone makes a survey result vary (binomial noise for a share, the
 * multinomial for NPS); real branches vary more, because each month's true level moves too. So the
 * between-period variation of every survey KPI, measured as Laney's σz (the moving range of the
 * values' z-scores, each z taken against the value's own sampling error), must be at least 1.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from '../src/core/load.ts';
import type { MeasurementEntity } from '../src/core/model/handbook.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { handbook: h } = loadHandbook(root, { today: '2026-11-22' });

/** A value with its counts: a share (k of n) or a net score (promoters and detractors of n). */
interface Point {
  value: number;
  n: number;
  /** Shares of the counts: `[k/n]` for a proportion, `[promoters/n, detractors/n]` for a net score. */
  shares: number[];
}

function sampled(m: MeasurementEntity): Point | undefined {
  const c = m.counts;
  if (m.value === null || !c || c.from !== 'counts') return undefined;
  if (c.shape === 'proportion') return { value: (100 * c.k) / c.n, n: c.n, shares: [c.k / c.n] };
  if (c.shape === 'net') return { value: (100 * (c.promoters - c.detractors)) / c.n, n: c.n, shares: [c.promoters / c.n, c.detractors / c.n] };
  return undefined;
}

/** The variance of one response's contribution, from the pooled shares: p(1−p) for a share, p₊ + p₋ − (p₊ − p₋)² for a net score (×100²). */
function unitVariance(shares: number[]): number {
  if (shares.length === 1) return 1e4 * shares[0]! * (1 - shares[0]!);
  const [plus, minus] = shares as [number, number];
  return 1e4 * (plus + minus - (plus - minus) ** 2);
}

/**
 * Laney's σz of one series: z-scores against the pooled value, each with the standard error of its
 * own n (from the pooled shares), then the mean moving range of the z-scores ÷ 1.128 (d2 for
 * ranges of two).
 */
function sigmaZ(series: Point[]): number {
  const total = series.reduce((s, x) => s + x.n, 0);
  const shares = series[0]!.shares.map((_, j) => series.reduce((s, x) => s + x.shares[j]! * x.n, 0) / total);
  const centre = series.reduce((s, x) => s + x.value * x.n, 0) / total;
  const v = unitVariance(shares);
  const z = series.map((x) => (x.value - centre) / Math.sqrt(v / x.n));
  const ranges = z.slice(1).map((d, i) => Math.abs(d - z[i]!));
  return ranges.reduce((s, r) => s + r, 0) / ranges.length / 1.128;
}

/** σz of every branch's series of a KPI (consecutive reported values, gaps skipped). */
function branchSigmas(kpi: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [unit, byPeriod] of h.index.measurementsByKpi.get(kpi) ?? []) {
    const series = [...byPeriod.values()]
      .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
      .map(sampled)
      .filter((x): x is Point => x !== undefined);
    if (series.length >= 12) out.set(unit, sigmaZ(series));
  }
  return out;
}

describe('the sample\'s noise', () => {
  const survey = [...h.kpis.values()].filter((k) => k.layer === 'satisfaction' && (k.method === 'nps' || k.method.startsWith('csat') || k.method.startsWith('ces')));

  it('has survey KPIs counted from responses', () => {
    expect(survey.map((k) => k.id).sort()).toEqual(['KPI-CSAT', 'KPI-NPS']);
  });

  for (const id of ['KPI-CSAT', 'KPI-NPS']) {
    it(`${id} varies at least as much as sampling alone makes it vary (σz ≥ 1 over the branches)`, () => {
      const sigmas = branchSigmas(id);
      expect(sigmas.size).toBe(6);
      // Pooled over the branches (root mean square): one branch's σz from 20 points is itself uncertain (±15 %).
      const pooled = Math.sqrt([...sigmas.values()].reduce((s, x) => s + x * x, 0) / sigmas.size);
      expect(pooled, [...sigmas].map(([u, s]) => `${u} ${s.toFixed(2)}`).join(', ')).toBeGreaterThanOrEqual(1);
      // And no branch is implausibly smooth: a binomial series of 20 points has σz below 0.6 less than 1 time in 100.
      for (const [unit, s] of sigmas) expect(s, unit).toBeGreaterThan(0.6);
    });
  }

  it('measures σz as Laney does: about 1 for pure binomial noise, larger with a random effect', () => {
    // Deterministic pseudo-random series (mulberry32), 2,000 points each.
    let a = 42;
    const uniform = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const normal = () => Math.sqrt(-2 * Math.log(Math.max(uniform(), 1e-12))) * Math.cos(2 * Math.PI * uniform());
    const binomialSeries = (effect: number): Point[] =>
      Array.from({ length: 2000 }, () => {
        const n = 400;
        const p = 1 / (1 + Math.exp(-(Math.log(0.87 / 0.13) + effect * normal())));
        let k = 0;
        for (let i = 0; i < n; i++) if (uniform() < p) k++;
        return { value: (100 * k) / n, n, shares: [k / n] };
      });
    expect(sigmaZ(binomialSeries(0))).toBeCloseTo(1, 1);
    expect(sigmaZ(binomialSeries(0.15))).toBeGreaterThan(1.2);
  });
});
