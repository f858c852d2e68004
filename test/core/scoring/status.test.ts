/**
 * Status of one value against its KPI: the fixed rule order, every edge (exactly on target,
 * exactly on warning), each direction, negative NPS, missing and null values, not applicable,
 * staleness and small samples.
 */
import { describe, expect, it } from 'vitest';
import { classifyValue, evaluateStatus, isSmallSample, isStale } from '../../../src/core/scoring/status.ts';
import { latestCompletedPeriod } from '../../../src/core/scoring/reporting-period.ts';
import { kpi, period } from './build-handbook.ts';
import { explainInEnglish } from '../../../src/core/scoring/explanation-words.ts';

const csat = kpi({ id: 'KPI-CSAT', direction: 'higher', target: 85, warning: 80, minSampleSize: 50 });
const complaints = kpi({ id: 'KPI-CPT', method: 'per-thousand', unitOfMeasure: 'per-1000', scale: { min: 0, max: 1000 }, direction: 'lower', target: 2.0, warning: 3.0 });
const band = kpi({ id: 'KPI-BAND', method: 'score', unitOfMeasure: 'score', scale: { min: 0, max: 200 }, direction: 'band', target: { min: 95, max: 105 }, warning: { min: 90, max: 110 } });
const nps = kpi({ id: 'KPI-NPS', method: 'nps', unitOfMeasure: 'points', scale: { min: -100, max: 100 }, direction: 'higher', target: 40, warning: 30 });
const npsNearZero = kpi({ id: 'KPI-NPS0', method: 'nps', unitOfMeasure: 'points', scale: { min: -100, max: 100 }, direction: 'higher', target: 0, warning: -10 });

const status = (k: typeof csat, value: number | null, n?: number) => evaluateStatus({ kpi: k, applicable: true, measurement: { value, n } }).status;

describe('status: higher is better (target 85, warning 80)', () => {
  it('is on target at or above the target; exactly 85 is on target', () => {
    expect(status(csat, 85)).toBe('on-target');
    expect(status(csat, 100)).toBe('on-target');
  });
  it('is at risk below the target down to and including the warning threshold', () => {
    expect(status(csat, 84.9)).toBe('at-risk');
    expect(status(csat, 80)).toBe('at-risk'); // exactly on warning = at risk
  });
  it('is off target below the warning threshold', () => {
    expect(status(csat, 79.9)).toBe('off-target');
    expect(status(csat, 0)).toBe('off-target');
  });
  it('tolerates floating-point noise from computed values (84.99999999999999 is 85)', () => {
    expect(status(csat, 84.99999999999999)).toBe('on-target');
    expect(status(csat, 0.1 + 0.2 + 79.7)).toBe('at-risk'); // 80.00000000000001 → still at or above 80
  });
});

describe('status: lower is better (target 2.0, warning 3.0)', () => {
  it('is on target at or below the target', () => {
    expect(status(complaints, 2.0)).toBe('on-target');
    expect(status(complaints, 0)).toBe('on-target');
  });
  it('is at risk above the target up to and including the warning', () => {
    expect(status(complaints, 2.01)).toBe('at-risk');
    expect(status(complaints, 3.0)).toBe('at-risk');
  });
  it('is off target above the warning', () => {
    expect(status(complaints, 3.01)).toBe('off-target');
  });
});

describe('status: band (target 95–105, warning 90–110)', () => {
  it('is on target inside the band, ends included', () => {
    expect(status(band, 95)).toBe('on-target');
    expect(status(band, 100)).toBe('on-target');
    expect(status(band, 105)).toBe('on-target');
  });
  it('is at risk between the target band and the warning band, on both sides', () => {
    expect(status(band, 94.9)).toBe('at-risk');
    expect(status(band, 90)).toBe('at-risk');
    expect(status(band, 105.1)).toBe('at-risk');
    expect(status(band, 110)).toBe('at-risk');
  });
  it('is off target outside the warning band, on both sides', () => {
    expect(status(band, 89.9)).toBe('off-target');
    expect(status(band, 110.1)).toBe('off-target');
  });
});

describe('status: NPS below zero', () => {
  it('treats a negative NPS as a number: −5 against target 40 / warning 30 is off target', () => {
    expect(status(nps, -5)).toBe('off-target');
    expect(status(nps, 30)).toBe('at-risk');
    expect(status(nps, 40)).toBe('on-target');
  });
  it('handles thresholds below zero: target 0, warning −10', () => {
    expect(status(npsNearZero, 0)).toBe('on-target');
    expect(status(npsNearZero, -5)).toBe('at-risk');
    expect(status(npsNearZero, -10)).toBe('at-risk');
    expect(status(npsNearZero, -10.5)).toBe('off-target');
    expect(status(npsNearZero, -100)).toBe('off-target');
  });
});

describe('status: no data and not applicable', () => {
  it('is no-data when nothing was reported, never on target or zero', () => {
    const r = evaluateStatus({ kpi: csat, applicable: true, measurement: undefined });
    expect(r.status).toBe('no-data');
    expect(explainInEnglish(r.reason)).toBe('Nothing was reported for this period.');
  });
  it('is no-data for an explicit null value', () => {
    const r = evaluateStatus({ kpi: complaints, applicable: true, measurement: { value: null } });
    expect(r.status).toBe('no-data'); // with lower-is-better, null read as 0 would be "on target"
    expect(explainInEnglish(r.reason)).toBe('The value was reported as missing (null).');
    expect(r.flags.smallSample).toBe(false);
  });
  it('is not-applicable before anything else, even with a value or with no data', () => {
    expect(evaluateStatus({ kpi: csat, applicable: false, measurement: { value: 90, n: 10 } })).toEqual({
      status: 'not-applicable',
      flags: { stale: false, smallSample: false },
      reason: { code: 'status/not-applicable' },
    });
    expect(evaluateStatus({ kpi: csat, applicable: false, measurement: undefined }).status).toBe('not-applicable');
  });
  it('explains the status in words', () => {
    expect(explainInEnglish(evaluateStatus({ kpi: csat, applicable: true, measurement: { value: 79.4 } }).reason)).toBe('79.4 is beyond the warning threshold (≥ 80).');
    expect(explainInEnglish(evaluateStatus({ kpi: complaints, applicable: true, measurement: { value: 2.5 } }).reason)).toBe(
      '2.5 misses the target (≤ 2) but is within the warning threshold (≤ 3).',
    );
    expect(explainInEnglish(evaluateStatus({ kpi: band, applicable: true, measurement: { value: 100 } }).reason)).toBe('100 meets the target (95–105).');
  });
  it('classifies a bare value without the other rules', () => {
    expect(classifyValue(csat, 80)).toBe('at-risk');
  });
});

describe('stale flag', () => {
  it('finds the latest completed period as of today (today\'s own period is not over)', () => {
    expect(latestCompletedPeriod('monthly', '2026-11-22').key).toBe('2026-10');
    expect(latestCompletedPeriod('monthly', '2026-11-01').key).toBe('2026-10');
    expect(latestCompletedPeriod('quarterly', '2026-11-22').key).toBe('2026-Q3');
    expect(latestCompletedPeriod('annual', '2026-11-22').key).toBe('2025');
    expect(latestCompletedPeriod('weekly', '2026-11-22').key).toBe('2026-W46'); // 2026-11-22 is the Sunday of W47
  });
  it('allows one period of grace: latest 2026-09 against 2026-10 is not stale, 2026-08 is', () => {
    const ref = period('2026-10');
    expect(isStale(period('2026-10'), ref)).toBe(false);
    expect(isStale(period('2026-09'), ref)).toBe(false);
    expect(isStale(period('2026-08'), ref)).toBe(true);
    expect(isStale(period('2025-10'), ref)).toBe(true);
  });
  it('counts in the KPI\'s own frequency: quarterly 2026-Q2 against 2026-Q3 is fine, 2026-Q1 is stale', () => {
    const ref = period('2026-Q3', 'quarterly');
    expect(isStale(period('2026-Q2', 'quarterly'), ref)).toBe(false);
    expect(isStale(period('2026-Q1', 'quarterly'), ref)).toBe(true);
    expect(isStale(period('2025-Q4', 'quarterly'), period('2026-Q2', 'quarterly'))).toBe(true); // across a year
  });
  it('is set alongside no-data, and false when there never was a value', () => {
    const r = evaluateStatus({ kpi: csat, applicable: true, measurement: undefined, latest: period('2026-07'), reference: period('2026-10') });
    expect(r).toMatchObject({ status: 'no-data', flags: { stale: true, smallSample: false } });
    expect(evaluateStatus({ kpi: csat, applicable: true, measurement: undefined, reference: period('2026-10') }).flags.stale).toBe(false);
  });
});

describe('small-sample flag', () => {
  it('flags n below minSampleSize (50), not n equal to it', () => {
    expect(evaluateStatus({ kpi: csat, applicable: true, measurement: { value: 90, n: 49 } })).toMatchObject({ status: 'on-target', flags: { smallSample: true } });
    expect(evaluateStatus({ kpi: csat, applicable: true, measurement: { value: 90, n: 50 } }).flags.smallSample).toBe(false);
  });
  it('does not flag when n or the minimum is unknown', () => {
    expect(isSmallSample(csat, undefined)).toBe(false);
    expect(isSmallSample(csat, null)).toBe(false);
    expect(isSmallSample(complaints, 3)).toBe(false); // no minSampleSize
  });
});
