import { describe, expect, it } from 'vitest';
import { chartFor, NORMALISATION } from '../../../src/core/scoring/index.ts';
import { engineText } from '../../../src/site/words/engine-text.ts';
import { scorecardFor, scorecardPeriods } from '../../../src/site/stores/scorecards.ts';
import { sampleHandbook } from '../sample-handbook.ts';

const HAN = /[\u4e00-\u9fff]/;

describe('engineText', () => {
  it('leaves English as the engine wrote it', () => {
    expect(engineText('79.4 is beyond the warning threshold (≥ 80).')).toBe('79.4 is beyond the warning threshold (≥ 80).');
    expect(engineText(null, 'zh-CN')).toBeNull();
  });

  it('translates the known shapes into Chinese, keeping every number', () => {
    expect(engineText('79.4 is beyond the warning threshold (≥ 80).', 'zh-CN')).toBe('79.4 超出预警线（≥ 80）。');
    expect(engineText('37 misses the target (≥ 40) but is within the warning threshold (≥ 30).', 'zh-CN')).toBe('37 未达到目标（≥ 40），但仍在预警线以内（≥ 30）。');
    expect(engineText('Pooled by sample size (Σ value·n ÷ Σ n) over 1 unit, n = 12. Left out for lack of a sample size: br-a, br-b.', 'zh-CN')).toBe(
      '按样本量汇总（Σ 数值·n ÷ Σ n），共 1 个单位，n = 12。因缺少样本量未计入：br-a、br-b。',
    );
    expect(engineText('Fewer than 3 units with a value: no expected range. Some values lack a sample size, so no funnel plot.', 'zh-CN')).toBe(
      '有数值的单位少于 3 个：无预期范围。部分数值缺少样本量，因此不使用漏斗图。',
    );
    expect(engineText('84.6 misses the target (≥ 85), but its 95 % interval 81.1 to 87.55 reaches it: within noise.', 'zh-CN')).toBe(
      '84.6 未达到目标（≥ 85），但其 95% 区间 81.1 至 87.55 仍触及目标：在噪声范围内。',
    );
    expect(engineText('1.76 misses the target (≤ 1.5) but is within the warning threshold (≤ 2.5). Its 95 % interval 1.6 to 1.94 lies beyond it.', 'zh-CN')).toBe(
      '1.76 未达到目标（≤ 1.5），但仍在预警线以内（≤ 2.5）。其 95% 区间 1.6 至 1.94 完全在该线之外。',
    );
    expect(engineText('79.4 is beyond the warning threshold (≥ 80). It has missed the target 3 periods in a row.', 'zh-CN')).toBe('79.4 超出预警线（≥ 80）。已连续 3 期未达到目标。');
    expect(engineText(NORMALISATION, 'zh-CN')).toMatch(/^达成率以各指标自身的阈值为锚点/);
  });

  it('returns text of an unknown shape unchanged', () => {
    expect(engineText('Something new the engine says.', 'zh-CN')).toBe('Something new the engine says.');
  });

  it('knows every explanation the sample organisation produces', () => {
    const h = sampleHandbook();
    const texts = new Set<string>();
    for (const p of scorecardPeriods(h)) {
      const sc = scorecardFor(h, p.key);
      for (const r of sc.rows) {
        texts.add(r.reason);
        if (r.chart.reason) texts.add(r.chart.reason);
        const chart = chartFor(h, r.kpi, r.unit, r.period);
        if (chart?.kind === 'none') texts.add(chart.reason);
      }
      for (const r of sc.rollups) texts.add(r.note).add(r.reason);
      for (const c of sc.comparisons) texts.add(c.note);
      for (const c of sc.composites) texts.add(c.normalisation);
    }
    const untranslated = [...texts].filter((t) => !HAN.test(engineText(t, 'zh-CN')));
    expect(untranslated).toEqual([]);
  });
});
