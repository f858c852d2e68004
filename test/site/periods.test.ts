import { describe, expect, it } from 'vitest';
import { periodLabel, periodsByYear } from '../../src/lib/periods.ts';
import { parsePeriod } from '../../src/core/time/period.ts';

describe('periodLabel', () => {
  it('names months, quarters, weeks and years', () => {
    expect(periodLabel('2026-10')).toBe('October 2026');
    expect(periodLabel('2026-Q3')).toBe('Q3 2026');
    expect(periodLabel('2026-W07')).toBe('Week 7, 2026');
    expect(periodLabel('2026')).toBe('2026');
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
