import { describe, expect, it } from 'vitest';
import { FREQUENCIES, PERIOD_EXAMPLE, nextPeriod, parsePeriod, periodContaining, periodFrequency, previousPeriod, type Frequency } from '../../../src/core/time/period.ts';

const p = (key: string, f: Frequency) => {
  const period = parsePeriod(key, f);
  if (!period) throw new Error(`${key} is not a ${f} period`);
  return period;
};
const bounds = (key: string, f: Frequency) => {
  const { start, end } = p(key, f);
  return [start, end];
};

describe('parsePeriod', () => {
  it('parses each frequency with its first and last day', () => {
    expect(parsePeriod('2025-03', 'monthly')).toEqual({ key: '2025-03', frequency: 'monthly', start: '2025-03-01', end: '2025-03-31' });
    expect(bounds('2025-02', 'monthly')).toEqual(['2025-02-01', '2025-02-28']);
    expect(bounds('2024-02', 'monthly')).toEqual(['2024-02-01', '2024-02-29']);
    expect(bounds('2025-12', 'monthly')).toEqual(['2025-12-01', '2025-12-31']);
    expect(bounds('2025-Q1', 'quarterly')).toEqual(['2025-01-01', '2025-03-31']);
    expect(bounds('2025-Q2', 'quarterly')).toEqual(['2025-04-01', '2025-06-30']);
    expect(bounds('2025-Q3', 'quarterly')).toEqual(['2025-07-01', '2025-09-30']);
    expect(bounds('2025-Q4', 'quarterly')).toEqual(['2025-10-01', '2025-12-31']);
    expect(bounds('2025', 'annual')).toEqual(['2025-01-01', '2025-12-31']);
    expect(bounds('2025-W07', 'weekly')).toEqual(['2025-02-10', '2025-02-16']);
  });

  it('uses ISO weeks: week 1 holds the year\'s first Thursday', () => {
    expect(bounds('2025-W01', 'weekly')).toEqual(['2024-12-30', '2025-01-05']);
    expect(bounds('2021-W01', 'weekly')).toEqual(['2021-01-04', '2021-01-10']);
    expect(bounds('2026-W01', 'weekly')).toEqual(['2025-12-29', '2026-01-04']);
  });

  it('accepts week 53 only in years that have one', () => {
    expect(bounds('2020-W53', 'weekly')).toEqual(['2020-12-28', '2021-01-03']);
    expect(bounds('2026-W53', 'weekly')).toEqual(['2026-12-28', '2027-01-03']);
    expect(parsePeriod('2021-W53', 'weekly')).toBeUndefined();
    expect(parsePeriod('2025-W53', 'weekly')).toBeUndefined();
    expect(bounds('2021-W52', 'weekly')).toEqual(['2021-12-27', '2022-01-02']);
  });

  it.each([
    ['2025-13', 'monthly'],
    ['2025-00', 'monthly'],
    ['2025-3', 'monthly'],
    ['2025-Q1', 'monthly'],
    ['2025-Q5', 'quarterly'],
    ['2025-Q0', 'quarterly'],
    ['2025-03', 'quarterly'],
    ['2025-W00', 'weekly'],
    ['2025-W54', 'weekly'],
    ['2025-W7', 'weekly'],
    ['25', 'annual'],
    ['2025-01', 'annual'],
    [' 2025', 'annual'],
  ] as const)('rejects %s as %s', (key, f) => expect(parsePeriod(key, f)).toBeUndefined());

  it('has an example for every frequency that parses as that frequency', () => {
    for (const f of FREQUENCIES) expect(parsePeriod(PERIOD_EXAMPLE[f], f)?.frequency).toBe(f);
  });
});

describe('periodFrequency', () => {
  it('recognises how a period is written', () => {
    expect(periodFrequency('2025-03')).toBe('monthly');
    expect(periodFrequency('2025-Q3')).toBe('quarterly');
    expect(periodFrequency('2025-W07')).toBe('weekly');
    expect(periodFrequency('2025')).toBe('annual');
    expect(periodFrequency('2025-13')).toBeUndefined();
    expect(periodFrequency('2021-W53')).toBeUndefined();
    expect(periodFrequency('March 2025')).toBeUndefined();
  });
});

describe('next and previous period', () => {
  it('steps months, quarters and years across year ends', () => {
    expect(nextPeriod(p('2025-12', 'monthly')).key).toBe('2026-01');
    expect(previousPeriod(p('2026-01', 'monthly')).key).toBe('2025-12');
    expect(nextPeriod(p('2025-02', 'monthly')).key).toBe('2025-03');
    expect(nextPeriod(p('2025-Q4', 'quarterly')).key).toBe('2026-Q1');
    expect(previousPeriod(p('2026-Q1', 'quarterly')).key).toBe('2025-Q4');
    expect(nextPeriod(p('2025', 'annual')).key).toBe('2026');
    expect(previousPeriod(p('2025', 'annual')).key).toBe('2024');
  });

  it('steps ISO weeks across year ends, through week 53', () => {
    expect(nextPeriod(p('2020-W52', 'weekly')).key).toBe('2020-W53');
    expect(nextPeriod(p('2020-W53', 'weekly')).key).toBe('2021-W01');
    expect(previousPeriod(p('2021-W01', 'weekly')).key).toBe('2020-W53');
    expect(nextPeriod(p('2021-W52', 'weekly')).key).toBe('2022-W01');
    expect(previousPeriod(p('2022-W01', 'weekly')).key).toBe('2021-W52');
    expect(nextPeriod(p('2025-W07', 'weekly'))).toEqual({ key: '2025-W08', frequency: 'weekly', start: '2025-02-17', end: '2025-02-23' });
  });
});

describe('periodContaining', () => {
  it('finds the period of each frequency that contains a date', () => {
    expect(periodContaining('2025-03-15', 'monthly').key).toBe('2025-03');
    expect(periodContaining('2025-03-31', 'quarterly').key).toBe('2025-Q1');
    expect(periodContaining('2025-04-01', 'quarterly').key).toBe('2025-Q2');
    expect(periodContaining('2025-12-31', 'annual').key).toBe('2025');
    expect(periodContaining('2025-02-10', 'weekly').key).toBe('2025-W07');
    expect(periodContaining('2025-02-16', 'weekly').key).toBe('2025-W07');
  });

  it('puts days at a year end into the ISO week-year they belong to', () => {
    expect(periodContaining('2024-12-30', 'weekly').key).toBe('2025-W01');
    expect(periodContaining('2021-01-03', 'weekly').key).toBe('2020-W53');
    expect(periodContaining('2021-01-04', 'weekly').key).toBe('2021-W01');
    expect(periodContaining('2027-01-01', 'weekly').key).toBe('2026-W53');
    expect(periodContaining('2026-11-22', 'weekly').key).toBe('2026-W47');
  });

  it('always contains the date it was asked about', () => {
    for (let d = 0; d < 800; d += 3) {
      const date = new Date(Date.UTC(2020, 11, 1) + d * 86_400_000).toISOString().slice(0, 10);
      for (const f of FREQUENCIES) {
        const period = periodContaining(date, f);
        expect(period.start <= date && date <= period.end, `${date} in ${period.key}`).toBe(true);
        expect(parsePeriod(period.key, f)).toEqual(period);
      }
    }
  });
});
