import { describe, expect, it } from 'vitest';
import { DURATION_PATTERN, durationMinutes, formatMinutes } from '../../../src/core/time/duration.ts';

describe('durationMinutes', () => {
  it.each([
    ['30 min', 30],
    ['30min', 30],
    ['48 h', 2880],
    ['1.5 h', 90],
    ['3 d', 4320],
    ['0 min', 0],
    ['  72 h  ', 4320],
  ])('%s is %d minutes', (text, minutes) => expect(durationMinutes(text)).toBe(minutes));

  it.each(['30', '30 mins', '30 minutes', 'h', '-5 min', '30 m', '1,5 h', '2 w', ''])('%j is not a time limit', (text) => {
    expect(durationMinutes(text)).toBeUndefined();
  });

  it('matches exactly what the schema pattern accepts', () => {
    expect(DURATION_PATTERN.test('45 min')).toBe(true);
    expect(DURATION_PATTERN.test('45 mins')).toBe(false);
  });
});

describe('formatMinutes', () => {
  it.each([
    [30, '30 min'],
    [45, '45 min'],
    [90, '90 min'],
    [60, '1 h'],
    [1440, '24 h'],
    [2880, '48 h'],
    [4320, '3 d'],
    [10080, '7 d'],
    [0, '0 min'],
  ])('%d minutes reads "%s"', (minutes, text) => expect(formatMinutes(minutes)).toBe(text));

  it('round-trips through durationMinutes', () => {
    for (const m of [5, 30, 60, 90, 120, 1440, 2880, 4320]) expect(durationMinutes(formatMinutes(m))).toBe(m);
  });
});
