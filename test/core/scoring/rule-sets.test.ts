/**
 * The false-alarm load of the rule sets (rule-sets.ts): the in-control average run length measured
 * again by simulation (seeded; normal points with known limits), within 10 % of the recorded figure,
 * and the two figures from the literature (rule 1: 370; rules 1–4: 91.75, Champ & Woodall 1987).
 */
import { describe, expect, it } from 'vitest';
import { Random } from '../../../scripts/synth/random.ts';
import { DEFAULT_RULE_SET, RULE_SETS, type RuleSetName } from '../../../src/core/scoring/rule-sets.ts';
import { detectSignals, type RulePoint } from '../../../src/core/scoring/western-electric.ts';
import { normal } from './simulate.ts';

const kpi = { direction: 'higher', target: 1, warning: 0 } as const;

function averageRunLength(name: RuleSetName, runs: number, length: number): number {
  const r = new Random(11);
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const points: RulePoint[] = Array.from({ length }, (_, j) => ({ period: String(j).padStart(5, '0'), value: normal(r), centre: 0, sigma: 1, lower: -3, upper: 3, gapBefore: 0 }));
    const first = detectSignals(kpi, points, RULE_SETS[name].rules)[0];
    total += first ? Number(first.period) + 1 : length;
  }
  return total / runs;
}

describe('the false-alarm load of the rule sets', () => {
  it('matches the literature for rule 1 and rules 1–4', () => {
    expect(RULE_SETS.limits.arl0).toBe(370);
    expect(RULE_SETS['western-electric'].arl0).toBe(91.75);
  });

  for (const name of ['limits', DEFAULT_RULE_SET, 'western-electric'] as const) {
    it(`${name}: about one false alarm every ${RULE_SETS[name].arl0} points, measured again`, () => {
      const measured = averageRunLength(name, 1000, 2500);
      expect(Math.abs(measured / RULE_SETS[name].arl0 - 1)).toBeLessThan(0.1);
    });
  }

  it('orders the sets from fewest to most false alarms as their rules grow', () => {
    const arl = (n: RuleSetName) => RULE_SETS[n].arl0;
    expect(arl('limits')).toBeGreaterThan(arl('we1-2'));
    expect(arl('we1-2')).toBeGreaterThan(arl('we1-2-trend'));
    expect(arl('we1-2-trend')).toBeGreaterThan(arl('we1-3'));
    expect(arl('we1-3')).toBeGreaterThan(arl('western-electric'));
    expect(arl('western-electric')).toBeGreaterThan(arl('western-electric-trend'));
  });
});
