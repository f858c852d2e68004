/**
 * Attainment normalisation and the weighted composite score, renormalised over KPIs with data.
 */
import { describe, expect, it } from 'vitest';
import { attainment, NORMALISATION } from '../../src/core/scoring/attainment.ts';
import { compositeScore } from '../../src/core/scoring/composite.ts';
import { kpi } from './build-handbook.ts';

const csat = kpi({ id: 'KPI-CSAT', direction: 'higher', target: 85, warning: 80, weight: 3 });
const complaints = kpi({ id: 'KPI-CPT', method: 'per-thousand', unit: 'per-1000', scale: { min: 0, max: 1000 }, direction: 'lower', target: 2.0, warning: 3.0, weight: 2 });
const nps = kpi({ id: 'KPI-NPS', method: 'nps', unit: 'points', scale: { min: -100, max: 100 }, direction: 'higher', target: 40, warning: 30, weight: 1 });
const csatMean = kpi({ id: 'KPI-CSATM', method: 'csat-mean', unit: 'score', scale: { min: 1, max: 5 }, direction: 'higher', target: 4.2, warning: 4.0 });
const band = kpi({ id: 'KPI-BAND', method: 'score', unit: 'score', scale: { min: 0, max: 200 }, direction: 'band', target: { min: 95, max: 105 }, warning: { min: 90, max: 110 } });

describe('attainment (0–100 %)', () => {
  it('is value / target when higher is better on a scale from 0, capped at 100 %', () => {
    expect(attainment(csat, 79.4)).toBeCloseTo(93.411765, 6); // 79.4 / 85
    expect(attainment(csat, 85)).toBe(100);
    expect(attainment(csat, 99)).toBe(100); // overshoot does not count
    expect(attainment(csat, 0)).toBe(0);
  });

  it('is target / value when lower is better, 100 % at or below the target', () => {
    expect(attainment(complaints, 2.2)).toBeCloseTo(90.909091, 6); // 2.0 / 2.2
    expect(attainment(complaints, 1.5)).toBe(100);
    expect(attainment(complaints, 0)).toBe(100);
  });

  it('uses the position between the scale minimum and the target for scales that go negative (NPS)', () => {
    // NPS −5 against 40 on −100…100: (−5 + 100) / (40 + 100) = 95 / 140
    expect(attainment(nps, -5)).toBeCloseTo(67.857143, 6);
    expect(attainment(nps, -100)).toBe(0);
  });

  it('starts at the scale minimum for 1–5 means', () => {
    // (3.8 − 1) / (4.2 − 1) = 2.8 / 3.2
    expect(attainment(csatMean, 3.8)).toBeCloseTo(87.5, 10);
  });

  it('is 100 % inside a band and falls off on either side', () => {
    expect(attainment(band, 100)).toBe(100);
    expect(attainment(band, 90)).toBeCloseTo(94.736842, 6); // below: 90 / 95
    expect(attainment(band, 110)).toBeCloseTo(95.454545, 6); // above: 105 / 110
  });

  it('states the rule', () => {
    expect(NORMALISATION).toMatch(/capped at 100 %/);
  });
});

describe('composite score', () => {
  // weights 3, 2, 1; attainments 100 % (CSAT 90), 80 % (CPT 2.5: 2 / 2.5), 50 % (NPS −30: 70 / 140)
  const all = [
    { kpi: csat, applicable: true, value: 90 },
    { kpi: complaints, applicable: true, value: 2.5 },
    { kpi: nps, applicable: true, value: -30 },
  ];

  it('is the weighted mean of attainment', () => {
    // (3·100 + 2·80 + 1·50) / 6 = 510 / 6 = 85
    const c = compositeScore('br-a', '2026-10', all);
    expect(c.score).toBeCloseTo(85, 10);
    expect(c.coveredWeight).toBe(100);
    expect(c.weights).toEqual({ total: 6, applicable: 6, covered: 6 });
    expect(c.parts.map((p) => p.attainment)).toEqual([100, 80, 50]);
    expect(c.normalisation).toBe(NORMALISATION);
  });

  it('renormalises over the KPIs with data and reports the weight covered', () => {
    // CPT has no data: (3·100 + 1·50) / 4 = 87.5; covered 4 of 6 = 66.67 %
    const c = compositeScore('br-a', '2026-10', [all[0]!, { kpi: complaints, applicable: true, value: null }, all[2]!]);
    expect(c.score).toBeCloseTo(87.5, 10);
    expect(c.coveredWeight).toBeCloseTo(66.666667, 5);
    expect(c.weights).toEqual({ total: 6, applicable: 6, covered: 4 });
    expect(c.kpisCovered).toBe(2);
    expect(c.parts[1]).toEqual({ kpi: 'KPI-CPT', weight: 2, value: null, attainment: null, included: false, excluded: 'no-data' });
  });

  it('leaves a not-applicable KPI out of both the score and the weight it should cover', () => {
    // CPT not applicable: score 87.5 as above, but all applicable weight (4) is covered
    const c = compositeScore('br-a', '2026-10', [all[0]!, { kpi: complaints, applicable: false, value: 2.5 }, all[2]!]);
    expect(c.score).toBeCloseTo(87.5, 10);
    expect(c.coveredWeight).toBe(100);
    expect(c.weights).toEqual({ total: 6, applicable: 4, covered: 4 });
    expect(c.parts[1]!.excluded).toBe('not-applicable');
  });

  it('has no score when no KPI has data', () => {
    const c = compositeScore('br-a', '2026-10', all.map((i) => ({ ...i, value: undefined })));
    expect(c.score).toBeNull();
    expect(c.coveredWeight).toBe(0);
  });
});
