/**
 * The engine's explanations in words: every code has words in every language (a code added without
 * them fails here and in the type checker), the numbers are kept, and the words are those the pages
 * and exports have always shown.
 */
import { describe, expect, it } from 'vitest';
import { EXPLANATION_CODES, explain, type ExplanationCode, type ExplanationOf, type Interval } from '../../../src/core/scoring/index.ts';
import { ENGLISH_EXPLANATIONS, explainInEnglish } from '../../../src/core/scoring/explanation-words.ts';
import { explanations as zh } from '../../../src/site/words/zh/explanations.ts';
import { scorecardFor, scorecardPeriods } from '../../../src/site/stores/scorecards.ts';
import { chartFor } from '../../../src/core/scoring/index.ts';
import { sampleHandbook } from '../sample-handbook.ts';

const HAN = /[\u4e00-\u9fff]/;
const interval = (lower: number, upper: number): Interval => ({ lower, upper, level: 95, method: 'wilson' });

/** One example of every code (the type makes the list complete). */
const EXAMPLES: { [C in ExplanationCode]: ExplanationOf<C> } = {
  'status/not-applicable': { code: 'status/not-applicable' },
  'status/not-reported': { code: 'status/not-reported' },
  'status/reported-missing': { code: 'status/reported-missing' },
  'status/meets-target': { code: 'status/meets-target', value: 100, direction: 'band', target: { min: 95, max: 105 } },
  'status/within-warning': { code: 'status/within-warning', value: 1.76, direction: 'lower', target: 1.5, warning: 2.5, credible: { by: 'interval', interval: interval(1.6, 1.94) } },
  'status/beyond-warning': { code: 'status/beyond-warning', value: 79.4, direction: 'higher', warning: 80, credible: { by: 'persistence', periods: 3 } },
  'status/within-noise': { code: 'status/within-noise', value: 84.6, direction: 'higher', target: 85, interval: interval(81.1, 87.549) },
  'status/interval-reaches-warning': { code: 'status/interval-reaches-warning', value: 78, direction: 'higher', target: 85, warning: 80, interval: interval(76.2, 81) },
  'rollup/no-values': { code: 'rollup/no-values' },
  'rollup/nothing-to-pool': { code: 'rollup/nothing-to-pool', excluded: ['br-a'] },
  'rollup/pooled': { code: 'rollup/pooled', units: 1, n: 12, excluded: ['br-a', 'br-b'] },
  'rollup/weighted': { code: 'rollup/weighted', units: 2, n: 40 },
  'rollup/plain-mean': { code: 'rollup/plain-mean', units: 2 },
  'comparison/no-values': { code: 'comparison/no-values' },
  'comparison/too-few-units': { code: 'comparison/too-few-units', least: 3, lacksSampleSizes: true },
  'comparison/funnel': { code: 'comparison/funnel', centre: 84.123, tau: 1.234 },
  'comparison/leave-one-out': { code: 'comparison/leave-one-out', mean: 3.456, sd: 0.5, lacksSampleSizes: false },
  'chart/too-few-points': { code: 'chart/too-few-points', points: 1, least: 8 },
  'chart/no-moving-range': { code: 'chart/no-moving-range' },
  'chart/p-no-spread': { code: 'chart/p-no-spread', percent: 100 },
  'chart/u-no-spread': { code: 'chart/u-no-spread' },
  'chart/phase-too-few': { code: 'chart/phase-too-few', least: 8 },
  'chart/ramp-up': { code: 'chart/ramp-up' },
  'chart/no-values': { code: 'chart/no-values' },
  'chart/not-applicable': { code: 'chart/not-applicable' },
  'chart/none': { code: 'chart/none' },
  'attainment/normalisation': { code: 'attainment/normalisation' },
};

describe('explanation words', () => {
  it('has words for every code in English and Chinese', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...EXPLANATION_CODES].sort());
    for (const code of EXPLANATION_CODES) {
      const e = EXAMPLES[code];
      expect(explain(ENGLISH_EXPLANATIONS, e), code).toMatch(/^[A-Z0-9].*\.$/);
      expect(explain(zh, e), code).toMatch(HAN);
      expect(explain(zh, e), code).toMatch(/。$/);
    }
  });

  it('writes the numbers as numbers, in both languages', () => {
    const e = EXAMPLES['status/within-noise'];
    expect(explainInEnglish(e)).toBe('84.6 misses the target (≥ 85), but its 95 % interval 81.1 to 87.55 reaches it: within noise.');
    expect(explain(zh, e)).toBe('84.6 未达到目标（≥ 85），但其 95% 区间 81.1 至 87.55 仍触及目标：在噪声范围内。');
    const v = { code: 'status/beyond-warning', value: 87.4734, direction: 'higher', warning: 90, credible: null } as const;
    expect(explainInEnglish(v)).toBe('87.47 is beyond the warning threshold (≥ 90).');
    expect(explain(zh, v)).toBe('87.47 超出预警线（≥ 90）。');
  });

  it('says in each language what the engine appends: persistence, an interval beyond the line, units left out, no funnel plot', () => {
    expect(explainInEnglish(EXAMPLES['status/beyond-warning'])).toBe('79.4 is beyond the warning threshold (≥ 80). It has missed the target 3 periods in a row.');
    expect(explain(zh, EXAMPLES['status/beyond-warning'])).toBe('79.4 超出预警线（≥ 80）。已连续 3 期未达到目标。');
    expect(explainInEnglish(EXAMPLES['status/within-warning'])).toBe(
      '1.76 misses the target (≤ 1.5) but is within the warning threshold (≤ 2.5). Its 95 % interval 1.6 to 1.94 lies beyond it.',
    );
    expect(explain(zh, EXAMPLES['status/within-warning'])).toBe('1.76 未达到目标（≤ 1.5），但仍在预警线以内（≤ 2.5）。其 95% 区间 1.6 至 1.94 完全在该线之外。');
    expect(explainInEnglish(EXAMPLES['rollup/pooled'])).toBe('Pooled by sample size (Σ value·n ÷ Σ n) over 1 unit, n = 12. Left out for lack of a sample size: br-a, br-b.');
    expect(explain(zh, EXAMPLES['rollup/pooled'])).toBe('按样本量汇总（Σ 数值·n ÷ Σ n），共 1 个单位，n = 12。因缺少样本量未计入：br-a、br-b。');
    expect(explainInEnglish(EXAMPLES['comparison/too-few-units'])).toBe('Fewer than 3 units with a value: no expected range. Some values lack a sample size, so no funnel plot.');
    expect(explain(zh, EXAMPLES['comparison/too-few-units'])).toBe('有数值的单位少于 3 个：无预期范围。部分数值缺少样本量，因此不使用漏斗图。');
  });

  it('says whether a funnel plot was widened for over-dispersion', () => {
    const widened = EXAMPLES['comparison/funnel'];
    const plain = { ...widened, tau: 0 };
    expect(explainInEnglish(widened)).toMatch(/\(all units: 84\.12\).*widened for over-dispersion \(τ = 1\.23:/);
    expect(explainInEnglish(plain)).toMatch(/with no over-dispersion found/);
    expect(explain(zh, widened)).toMatch(/（全部单位：84\.12）.*，并按过度离散放宽（τ = 1\.23：/);
    expect(explain(zh, plain)).toMatch(/（单位较少时用 Student t）；未发现过度离散/);
  });

  it('has Chinese words for every explanation the sample organisation produces', () => {
    const h = sampleHandbook();
    const codes = new Set<string>();
    for (const p of scorecardPeriods(h)) {
      const sc = scorecardFor(h, p.key);
      const all = [
        ...sc.rows.flatMap((r) => {
          const chart = chartFor(h, r.kpi, r.unit, r.period);
          return [r.reason, ...(r.chart.reason ? [r.chart.reason] : []), ...(chart?.kind === 'none' ? [chart.reason] : [])];
        }),
        ...sc.rollups.flatMap((r) => [r.note, r.reason]),
        ...sc.comparisons.map((c) => c.note),
        ...sc.composites.map((c) => c.normalisation),
      ];
      for (const e of all) {
        codes.add(e.code);
        expect(explain(zh, e)).toMatch(HAN);
      }
    }
    // The sample shows most kinds of explanation.
    expect(codes.size).toBeGreaterThanOrEqual(15);
  });
});
