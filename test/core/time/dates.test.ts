import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, daysBetween, daysInMonth, fromDayNumber, isRealDate } from '../../../src/core/time/dates.ts';

describe('isRealDate', () => {
  it.each([
    ['2025-01-01', true],
    ['2025-12-31', true],
    ['2024-02-29', true], // divisible by 4
    ['2000-02-29', true], // divisible by 400
    ['2025-02-28', true],
    ['2025-04-30', true],
  ])('%s is a real date', (text, real) => expect(isRealDate(text)).toBe(real));

  it.each([
    ['2025-02-29', 'not a leap year'],
    ['1900-02-29', 'century not divisible by 400'],
    ['2025-02-30', 'February never has 30 days'],
    ['2025-04-31', 'April has 30 days'],
    ['2025-13-01', 'month 13'],
    ['2025-00-10', 'month 0'],
    ['2025-01-00', 'day 0'],
    ['2025-01-32', 'day 32'],
    ['2025-1-01', 'month not zero-padded'],
    ['25-01-01', 'two-digit year'],
    ['2025/01/01', 'slashes'],
    ['2025-01-01T00:00', 'with a time'],
    [' 2025-01-01', 'leading space'],
    ['', 'empty'],
  ])('%s is not (%s)', (text) => expect(isRealDate(text)).toBe(false));
});

describe('daysInMonth', () => {
  it('knows month lengths and leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});

describe('addMonths', () => {
  it('adds months, clamping to the last day of the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2025-01-15', 1)).toBe('2025-02-15');
  });

  it('crosses year ends in both directions', () => {
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-12-01', 1)).toBe('2026-01-01');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-06-10', 24)).toBe('2027-06-10');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('adds nothing for 0 months', () => {
    expect(addMonths('2025-05-17', 0)).toBe('2025-05-17');
  });
});

describe('day numbers and daysBetween', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(dayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it('counts whole days between dates, negative backwards', () => {
    expect(daysBetween('2025-01-01', '2025-01-01')).toBe(0);
    expect(daysBetween('2025-01-01', '2025-01-31')).toBe(30);
    expect(daysBetween('2025-01-31', '2025-01-01')).toBe(-30);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-11-22', '2026-09-01')).toBe(-82);
  });

  it('is not shifted by daylight saving time (UTC throughout)', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
  });
});
