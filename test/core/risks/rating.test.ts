import { describe, expect, it } from 'vitest';
import { cellLevel, RISK_LEVELS, riskLevel, riskScore } from '../../../src/core/risks/rating.ts';

describe('the 5 × 5 risk matrix', () => {
  it('scores a rating as likelihood × severity', () => {
    expect(riskScore({ likelihood: 3, severity: 4 })).toBe(12);
    expect(riskScore({ likelihood: 1, severity: 1 })).toBe(1);
    expect(riskScore({ likelihood: 5, severity: 5 })).toBe(25);
  });

  it('bands the scores low 1–4, medium 5–9, high 10–25', () => {
    const bands: Record<string, number[]> = { low: [], medium: [], high: [] };
    for (let l = 1; l <= 5; l++) for (let s = 1; s <= 5; s++) bands[cellLevel(l, s)]!.push(l * s);
    expect(Math.max(...bands.low!)).toBe(4);
    expect(Math.min(...bands.medium!)).toBe(5);
    expect(Math.max(...bands.medium!)).toBe(9);
    expect(Math.min(...bands.high!)).toBe(10);
    // The cells of each band: 8 low, 7 medium, 10 high, symmetric in likelihood and severity.
    expect([bands.low!.length, bands.medium!.length, bands.high!.length]).toEqual([8, 7, 10]);
    for (let l = 1; l <= 5; l++) for (let s = 1; s <= 5; s++) expect(cellLevel(l, s)).toBe(cellLevel(s, l));
  });

  it('names the levels in order of seriousness', () => {
    expect(RISK_LEVELS).toEqual(['low', 'medium', 'high']);
    expect(riskLevel({ likelihood: 2, severity: 2 })).toBe('low');
    expect(riskLevel({ likelihood: 3, severity: 3 })).toBe('medium');
    expect(riskLevel({ likelihood: 2, severity: 5 })).toBe('high');
  });
});
