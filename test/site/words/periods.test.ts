import { describe, expect, it } from 'vitest';
import { PERIOD_NOUN, periodLabel, periodNoun, periodsByYear } from '../../../src/site/words/periods.ts';
import { parsePeriod } from '../../../src/core/time/period.ts';

describe('periodLabel', () => {
  it('names months, quarters, weeks and years', () => {
    expect(periodLabel('2026-10')).toBe('October 2026');
    expect(periodLabel('2026-Q3')).toBe('Q3 2026');
    expect(periodLabel('2026-W07')).toBe('Week 7, 2026');
    expect(periodLabel('2026')).toBe('2026');
  });

  it('names them in Chinese', () => {
    expect(periodLabel('2026-10', 'zh-CN')).toBe('2026年10月');
    expect(periodLabel('2026-01', 'zh-CN')).toBe('2026年1月');
    expect(periodLabel('2026-Q3', 'zh-CN')).toBe('2026年第三季度');
    expect(periodLabel('2025-Q1', 'zh-CN')).toBe('2025年第一季度');
    expect(periodLabel('2026-W07', 'zh-CN')).toBe('2026年第7周');
    expect(periodLabel('2026', 'zh-CN')).toBe('2026年');
    expect(periodLabel('latest', 'zh-CN')).toBe('latest');
  });
});

describe('periodNoun', () => {
  it('names one period of a frequency in each language', () => {
    expect(periodNoun('monthly')).toBe('month');
    expect(PERIOD_NOUN.quarterly).toBe('quarter');
    expect(periodNoun('quarterly', 'zh-CN')).toBe('季度');
  });
});

describe('periodsByYear', () => {
  it('groups by the year a period ends in, newest year first', () => {
    const periods = ['2025-12', '2025-Q4', '2026-01'].map((k) => parsePeriod(k, k.includes('Q') ? 'quarterly' : 'monthly')!);
    expect(periodsByYear(periods).map((g) => [g.year, g.periods.map((p) => p.key)])).toEqual([
      ['2026', ['2026-01']],
      ['2025', ['2025-12', '2025-Q4']],
    ]);
  });
});
