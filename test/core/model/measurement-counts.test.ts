import { describe, expect, it } from 'vitest';
import { decimals, describeMeasurement, readCounts as readWith, type CountsKpi } from '../../../src/core/model/measurement-counts.ts';
import type { Measurement } from '../../../src/core/schema/measurement.ts';

const row = (fields: Partial<Measurement>): Measurement => ({ kpi: 'KPI-X', unit: 'br-a', period: '2026-10', ...fields });
/** The counts of a measurement as a file gives it (its value as written). */
const readCounts = (k: CountsKpi, m: Measurement) => readWith(k, m, m.value);
const kpi = (method: CountsKpi['method'], sample?: CountsKpi['sample']): CountsKpi => ({ id: 'KPI-X', method, ...(sample ? { sample } : {}) });

describe('readCounts', () => {
  it('derives a proportion from k of n, exactly', () => {
    const r = readCounts(kpi('fcr'), row({ k: 2871, n: 3712 }));
    expect(r.problems).toEqual([]);
    expect(r.value).toBeCloseTo((2871 / 3712) * 100, 12);
    expect(r.counts).toEqual({ shape: 'proportion', k: 2871, n: 3712, from: 'counts' });
  });

  it('derives a rate per 1,000 from k events in n cases', () => {
    const r = readCounts(kpi('per-thousand'), row({ k: 118, n: 61840 }));
    expect(r.value).toBeCloseTo(1.90815, 4);
    expect(r.counts).toEqual({ shape: 'rate', k: 118, n: 61840, per: 1000, from: 'counts' });
  });

  it('accepts a value written next to its counts when it is their value rounded as written, and rejects it otherwise', () => {
    // 410 of 469 is 87.42 %: 87.4 and 87 are roundings of it, 87.5 and 87.43 are not.
    for (const value of [87.4, 87, 87.42]) expect(readCounts(kpi('fcr'), row({ value, k: 410, n: 469 })).problems, String(value)).toEqual([]);
    for (const value of [87.5, 87.43, 88]) {
      expect(readCounts(kpi('fcr'), row({ value, k: 410, n: 469 })).problems.map((p) => [p.code, p.field]), String(value)).toEqual([['measurement/counts-mismatch', 'value']]);
    }
  });

  it('reads NPS from promoters, passives and detractors, n being their sum', () => {
    const r = readCounts(kpi('nps'), row({ promoters: 168, passives: 121, detractors: 47 }));
    expect(r.n).toBe(336);
    expect(r.value).toBeCloseTo(((168 - 47) / 336) * 100, 12);
    expect(r.counts).toMatchObject({ shape: 'net', promoters: 168, passives: 121, detractors: 47, n: 336 });
  });

  it('reads NPS from the answers to the 0–10 question', () => {
    // 0–6: 1+0+0+1+2+3+5 = 12 detractors; 7–8: 10+20 = 30 passives; 9–10: 25+33 = 58 promoters.
    const r = readCounts(kpi('nps'), row({ responses: [1, 0, 0, 1, 2, 3, 5, 10, 20, 25, 33] }));
    expect(r.problems).toEqual([]);
    expect(r.counts).toMatchObject({ promoters: 58, passives: 30, detractors: 12, n: 100 });
    expect(r.value).toBeCloseTo(46, 12);
  });

  it('reads a top-two-box share and a mean with its standard deviation from the responses per scale point', () => {
    const responses = [6, 9, 41, 175, 246];
    const share = readCounts(kpi('csat-top-two-box'), row({ responses }));
    expect(share.counts).toMatchObject({ shape: 'proportion', k: 421, n: 477, responses });
    const mean = readCounts(kpi('csat-mean'), row({ responses: [0, 0, 2, 0, 2] }));
    // Scores 3, 3, 5, 5: mean 4, sample sd √(4/3).
    expect(mean.value).toBe(4);
    expect(mean.counts).toMatchObject({ shape: 'mean', mean: 4, n: 4 });
    expect((mean.counts as { sd: number }).sd).toBeCloseTo(Math.sqrt(4 / 3), 12);
  });

  it('reads a customer-effort net score from the 1–7 responses (agree 5–7, disagree 1–3)', () => {
    const r = readCounts(kpi('ces-net'), row({ responses: [1, 2, 7, 10, 20, 30, 30] }));
    expect(r.counts).toMatchObject({ promoters: 80, passives: 10, detractors: 10, n: 100 });
    expect(r.value).toBeCloseTo(70, 12);
  });

  it('keeps a duration\'s mean as the value, with median, 90th percentile and n', () => {
    const r = readCounts(kpi('mean-duration'), row({ value: 17.6, median: 11.5, p90: 38.2, n: 5120 }));
    expect(r.value).toBe(17.6);
    expect(r.counts).toEqual({ shape: 'duration', mean: 17.6, median: 11.5, p90: 38.2, n: 5120, from: 'counts' });
    expect(r.withoutCounts).toBe(false);
    expect(readCounts(kpi('mean-duration'), row({ value: 17.6 })).withoutCounts).toBe(true);
    expect(readCounts(kpi('mean-duration', 'none'), row({ value: 17.6 })).withoutCounts).toBe(false);
  });

  it('reconstructs k from a rounded rate and n, marked as coming from the value, and says counts are missing', () => {
    const r = readCounts(kpi('percentage'), row({ value: 87.4, n: 412 }));
    expect(r.counts).toEqual({ shape: 'proportion', k: 360, n: 412, from: 'value' });
    expect(r.withoutCounts).toBe(true);
    expect(readCounts(kpi('percentage', 'none'), row({ value: 87.4 })).withoutCounts).toBe(false);
    // NPS cannot be split into promoters and detractors again: no counts.
    expect(readCounts(kpi('nps'), row({ value: 40, n: 300 })).counts).toBeUndefined();
  });

  it('reports impossible and inconsistent counts, each at its field', () => {
    const codes = (method: CountsKpi['method'], m: Partial<Measurement>) => readCounts(kpi(method), row(m)).problems.map((p) => `${p.code} ${p.field}`);
    expect(codes('fcr', { k: 13, n: 12 })).toEqual(['measurement/count-exceeds-sample k']);
    expect(codes('fcr', { k: 13 })).toEqual(['measurement/missing-sample-size k']);
    expect(codes('fcr', { k: 0, n: 0 })).toEqual(['measurement/missing-sample-size n']);
    expect(codes('nps', { promoters: 5, passives: 3, detractors: 2, n: 11 })).toEqual(['measurement/counts-mismatch n']);
    expect(codes('nps', { promoters: 5, detractors: 2 })).toEqual(['schema/missing-field promoters']);
    expect(codes('nps', { k: 5, n: 10 })).toEqual(['measurement/wrong-counts k']);
    expect(codes('csat-top-two-box', { promoters: 5, passives: 3, detractors: 2 })).toEqual([
      'measurement/wrong-counts promoters',
      'measurement/wrong-counts passives',
      'measurement/wrong-counts detractors',
    ]);
    expect(codes('csat-top-two-box', { responses: [1, 2, 3] })).toEqual(['measurement/wrong-counts responses']);
    expect(codes('csat-top-two-box', { responses: [1, 2, 3, 4, 5], k: 8 })).toEqual(['measurement/counts-mismatch k']);
    expect(codes('fcr', { responses: [1, 2, 3, 4, 5] })).toEqual(['measurement/wrong-counts responses']);
    expect(codes('csat-mean', { responses: [0, 0, 2, 0, 2], sd: 0.5 })).toEqual(['measurement/counts-mismatch sd']);
    expect(codes('mean-duration', { value: 20, median: 30, p90: 25, n: 9 })).toEqual(['measurement/counts-mismatch p90']);
    expect(codes('mean-duration', { median: 30, p90: 45, n: 9 })).toEqual(['measurement/missing-value median']);
    expect(codes('fcr', { value: null, k: 3, n: 10 })).toEqual(['measurement/counts-mismatch value']);
  });
});

describe('decimals', () => {
  it('counts the decimals of a number as written', () => {
    expect([87.4, 42, 0.05, 1.25e-3, 1e21].map(decimals)).toEqual([1, 0, 2, 5, 0]);
  });
});

describe('describeMeasurement', () => {
  it('shows the value with the counts it comes from', () => {
    expect(describeMeasurement({ value: (77 / 95) * 100, n: 95, counts: { shape: 'proportion', k: 77, n: 95, from: 'counts' } })).toBe('81.05 (77 of 95)');
    expect(describeMeasurement({ value: -5, n: 80, counts: { shape: 'net', promoters: 20, passives: 36, detractors: 24, n: 80, from: 'counts' } })).toBe('-5 (20 promoters, 24 detractors of 80)');
    expect(describeMeasurement({ value: 18.2, n: 64 })).toBe('18.2 (n 64)');
    expect(describeMeasurement({ value: null })).toBe('no data');
  });
});
