/**
 * Attainment anchored on each KPI's own thresholds (100 at target, the warning score at the warning
 * threshold, 0 at the floor), scale-independent, and the weighted composite score renormalised over
 * KPIs with data, with the counts of KPIs off target and at risk beside it. A seeded simulation checks
 * that units rank by composite consistently with their statuses.
 */
import { describe, expect, it } from 'vitest';
import { attainment, effectiveFloor, NORMALISATION } from '../../../src/core/scoring/attainment.ts';
import { compositeScore } from '../../../src/core/scoring/composite.ts';
import { classifyValue } from '../../../src/core/scoring/status.ts';
import { kpi } from './build-handbook.ts';
import { explainInEnglish } from '../../../src/core/scoring/explanation-words.ts';

const csat = kpi({ id: 'KPI-CSAT', direction: 'higher', target: 85, warning: 80, floor: 70, weight: 3 });
const complaints = kpi({ id: 'KPI-CPT', method: 'per-thousand', unitOfMeasure: 'per-1000', scale: { min: 0, max: 1000 }, direction: 'lower', target: 2.0, warning: 3.0, floor: 5.0, weight: 2 });
const nps = kpi({ id: 'KPI-NPS', method: 'nps', unitOfMeasure: 'points', scale: { min: -100, max: 100 }, direction: 'higher', target: 40, warning: 30, floor: 10, weight: 1 });
const band = kpi({ id: 'KPI-BAND', method: 'score', unitOfMeasure: 'score', scale: { min: 0, max: 200 }, direction: 'band', target: { min: 95, max: 105 }, warning: { min: 90, max: 110 }, floor: { min: 80, max: 130 } });

describe('attainment anchored on the thresholds', () => {
  it('is 100 at the target and beyond, 50 at the warning threshold, 0 at the floor and beyond', () => {
    expect(attainment(csat, 85)).toBe(100);
    expect(attainment(csat, 99)).toBe(100); // overshoot does not count
    expect(attainment(csat, 80)).toBe(50);
    expect(attainment(csat, 70)).toBe(0);
    expect(attainment(csat, 40)).toBe(0);
  });

  it('is linear in between: CSAT 79.4 → 50 · 9.4/10 = 47; 82.5 → 75', () => {
    expect(attainment(csat, 79.4)).toBeCloseTo(47, 10);
    expect(attainment(csat, 82.5)).toBeCloseTo(75, 10);
  });

  it('works the other way when lower is better: 2.5 per 1,000 → 75, 4.0 → 25', () => {
    expect(attainment(complaints, 1.5)).toBe(100);
    expect(attainment(complaints, 2.5)).toBeCloseTo(75, 10);
    expect(attainment(complaints, 4.0)).toBeCloseTo(25, 10);
    expect(attainment(complaints, 9)).toBe(0);
  });

  it('does not depend on where the scale starts: NPS 30 of a target 40 scores as CSAT 80 of 85', () => {
    // value ÷ target gave NPS 30 → (30 + 100)/(40 + 100) = 92.9 %
    expect(attainment(nps, 30)).toBe(attainment(csat, 80));
    expect(attainment(nps, 20)).toBeCloseTo(25, 10);
  });

  it('scores each side of a band', () => {
    expect(attainment(band, 100)).toBe(100);
    expect(attainment(band, 90)).toBe(50);
    expect(attainment(band, 85)).toBeCloseTo(25, 10); // halfway from 90 to the lower floor 80
    expect(attainment(band, 120)).toBeCloseTo(25, 10); // halfway from 110 to the upper floor 130
  });

  it('takes a KPI\'s own warning score', () => {
    expect(attainment({ ...csat, warningScore: 70 }, 80)).toBe(70);
    expect(attainment({ ...csat, warningScore: 70 }, 75)).toBeCloseTo(35, 10);
  });

  it('puts the floor one warning step beyond the warning threshold when none is declared, within the scale', () => {
    expect(effectiveFloor({ ...csat, floor: undefined })).toBe(75);
    expect(effectiveFloor({ ...complaints, floor: undefined })).toBe(4);
    expect(effectiveFloor({ ...csat, target: 10, warning: 5, floor: undefined })).toBe(0);
  });

  it('states the rule', () => {
    expect(explainInEnglish(NORMALISATION)).toMatch(/100 at the target .* 0 at the KPI's floor/);
  });
});

describe('composite score', () => {
  // weights 3, 2, 1; attainments 100 (CSAT 90), 75 (CPT 2.5), 25 (NPS 20)
  const all = [
    { kpi: csat, applicable: true, value: 90, status: 'on-target' as const },
    { kpi: complaints, applicable: true, value: 2.5, status: 'at-risk' as const },
    { kpi: nps, applicable: true, value: 20, status: 'off-target' as const },
  ];

  it('is the weighted mean of attainment, with the KPIs off target and at risk beside it', () => {
    // (3·100 + 2·75 + 1·25) / 6 = 475 / 6 = 79.1667
    const c = compositeScore('br-a', '2026-10', all);
    expect(c.score).toBeCloseTo(79.166667, 5);
    expect(c.coveredWeight).toBe(100);
    expect(c.weights).toEqual({ total: 6, applicable: 6, covered: 6 });
    expect(c.parts.map((p) => p.attainment)).toEqual([100, 75, 25]);
    expect(c).toMatchObject({ offTarget: 1, atRisk: 1, withinNoise: 0 });
    expect(c.normalisation).toBe(NORMALISATION);
  });

  it('renormalises over the KPIs with data and reports the weight covered', () => {
    // CPT has no data: (3·100 + 1·25) / 4 = 81.25; covered 4 of 6 = 66.67 %
    const c = compositeScore('br-a', '2026-10', [all[0]!, { kpi: complaints, applicable: true, value: null }, all[2]!]);
    expect(c.score).toBeCloseTo(81.25, 10);
    expect(c.coveredWeight).toBeCloseTo(66.666667, 5);
    expect(c.weights).toEqual({ total: 6, applicable: 6, covered: 4 });
    expect(c.kpisCovered).toBe(2);
    expect(c.parts[1]).toEqual({ kpi: 'KPI-CPT', weight: 2, value: null, attainment: null, included: false, excluded: 'no-data' });
  });

  it('leaves a not-applicable KPI out of both the score and the weight it should cover', () => {
    const c = compositeScore('br-a', '2026-10', [all[0]!, { kpi: complaints, applicable: false, value: 2.5, status: 'at-risk' }, all[2]!]);
    expect(c.score).toBeCloseTo(81.25, 10);
    expect(c.coveredWeight).toBe(100);
    expect(c.weights).toEqual({ total: 6, applicable: 4, covered: 4 });
    expect(c.parts[1]!.excluded).toBe('not-applicable');
    expect(c.atRisk).toBe(0);
  });

  it('has no score when no KPI has data', () => {
    const c = compositeScore('br-a', '2026-10', all.map((i) => ({ ...i, value: undefined })));
    expect(c.score).toBeNull();
    expect(c.coveredWeight).toBe(0);
  });
});

describe('simulation: the composite ranks units consistently with their statuses', () => {
  it('scores a unit with more KPIs off target lower, in nearly every random set', () => {
    let a = 12345;
    const uniform = () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0), a / 4294967296);
    const kpis = [csat, complaints, nps];
    /** A value of the KPI, on target (0), at risk (1) or off target (2), drawn inside that zone. */
    const draw = (k: typeof csat, zone: 0 | 1 | 2) => {
      const t = k.target as number;
      const w = k.warning as number;
      const f = k.floor as number;
      const u = uniform();
      const v = zone === 0 ? t + (t - w) * u : zone === 1 ? t + (w - t) * (0.05 + 0.9 * u) : w + (f - w) * (0.05 + 0.9 * u);
      expect(classifyValue(k, v)).toBe(['on-target', 'at-risk', 'off-target'][zone]);
      return v;
    };
    let consistent = 0;
    const runs = 2000;
    for (let run = 0; run < runs; run++) {
      // unit X: one KPI off target, the others at risk or on target; unit Y: none off target
      const zonesX = kpis.map((_, i) => (i === run % 3 ? 2 : uniform() < 0.5 ? 1 : 0)) as (0 | 1 | 2)[];
      const zonesY = kpis.map(() => (uniform() < 0.5 ? 1 : 0)) as (0 | 1 | 2)[];
      const score = (zones: (0 | 1 | 2)[]) => compositeScore('u', '2026-10', kpis.map((k, i) => ({ kpi: { ...k, weight: 1 }, applicable: true, value: draw(k, zones[i]!) }))).score!;
      const x = score(zonesX);
      const y = score(zonesY);
      if (x < y) consistent++;
    }
    // Equal weights: an off-target KPI scores below 50, an at-risk one above; X falls below Y unless
    // Y has more KPIs at risk and each close to the warning threshold.
    expect(consistent / runs).toBeGreaterThan(0.9);
  });
});
