/**
 * Roll-up from branches to regions and the organisation: pooled by sample size, never a mean of
 * means; plain means only for methods without n, with a note.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, rollUp, rollupTargets } from '../../../src/core/scoring/rollup.ts';
import { seriesIndex } from '../../../src/core/scoring/series.ts';
import { buildTestHandbook, kpi } from './build-handbook.ts';
import { explainInEnglish } from '../../../src/core/scoring/explanation-words.ts';

describe('aggregate', () => {
  it('pools proportions by sample size: 90 % of 100 and 50 % of 900 is 54 %, not 70 %', () => {
    // (0.90·100 + 0.50·900) / 1000 = (90 + 450) / 1000 = 54 %
    const a = aggregate({ method: 'csat-top-two-box' }, [
      { unit: 'a', value: 90, n: 100 },
      { unit: 'b', value: 50, n: 900 },
    ]);
    expect(a.value).toBeCloseTo(54, 10);
    expect(a).toMatchObject({ n: 1000, aggregation: 'weighted-by-n', units: ['a', 'b'], excluded: [] });
    expect(explainInEnglish(a.note)).toBe('Pooled by sample size (Σ value·n ÷ Σ n) over 2 units, n = 1000.');
  });

  it('pools per-thousand rates by the number of cases', () => {
    // 2.0 per 1,000 of 10,000 orders (20 complaints) and 4.0 of 30,000 (120) → 140 / 40,000 = 3.5
    expect(aggregate({ method: 'per-thousand' }, [
      { unit: 'a', value: 2, n: 10000 },
      { unit: 'b', value: 4, n: 30000 },
    ]).value).toBeCloseTo(3.5, 10);
  });

  it('pools NPS by respondents', () => {
    // (50·100 + (−10)·300) / 400 = 2000 / 400 = 5
    expect(aggregate({ method: 'nps' }, [
      { unit: 'a', value: 50, n: 100 },
      { unit: 'b', value: -10, n: 300 },
    ]).value).toBeCloseTo(5, 10);
  });

  it('weights mean durations by n when every value has one, else takes a plain mean with a note', () => {
    // (10·100 + 20·300) / 400 = 17.5
    expect(aggregate({ method: 'mean-duration' }, [
      { unit: 'a', value: 10, n: 100 },
      { unit: 'b', value: 20, n: 300 },
    ])).toMatchObject({ value: 17.5, n: 400, aggregation: 'weighted-by-n' });
    // (10 + 20) / 2 = 15
    const plain = aggregate({ method: 'mean-duration' }, [
      { unit: 'a', value: 10, n: 100 },
      { unit: 'b', value: 20, n: null },
    ]);
    expect(plain).toMatchObject({ value: 15, n: null, aggregation: 'plain-mean' });
    expect(explainInEnglish(plain.note)).toBe('Plain mean of 2 unit values: not every value has a sample size, so units are weighted equally.');
  });

  it('takes a plain mean of assessed scores without n', () => {
    expect(aggregate({ method: 'score' }, [
      { unit: 'a', value: 80, n: null },
      { unit: 'b', value: 90, n: null },
      { unit: 'c', value: 88, n: null },
    ])).toMatchObject({ value: 86, aggregation: 'plain-mean' });
  });

  it('leaves out a proportion without n rather than guess its weight', () => {
    const a = aggregate({ method: 'fcr' }, [
      { unit: 'a', value: 80, n: 200 },
      { unit: 'b', value: 40, n: null },
    ]);
    expect(a).toMatchObject({ value: 80, n: 200, units: ['a'], excluded: ['b'] });
    expect(explainInEnglish(a.note)).toMatch(/Left out for lack of a sample size: b\./);
  });

  it('has no value without sources', () => {
    expect(aggregate({ method: 'nps' }, [])).toMatchObject({ value: null, aggregation: 'none' });
  });
});

describe('rollUp along the unit tree', () => {
  // org ─ region-a ─ br-1, br-2
  //     └ region-b ─ br-3
  //     └ dept-x (reports nothing)
  const csat = kpi({ id: 'KPI-CSAT' });
  const h = buildTestHandbook({
    units: [
      ['org', 'organisation'],
      ['region-a', 'region', 'org'],
      ['region-b', 'region', 'org'],
      ['dept-x', 'department', 'org'],
      ['br-1', 'branch', 'region-a'],
      ['br-2', 'branch', 'region-a'],
      ['br-3', 'branch', 'region-b'],
    ],
    kpis: [csat],
    measurements: [
      { kpi: 'KPI-CSAT', unit: 'br-1', period: '2026-10', value: 90, n: 100 },
      { kpi: 'KPI-CSAT', unit: 'br-2', period: '2026-10', value: 50, n: 900 },
      { kpi: 'KPI-CSAT', unit: 'br-3', period: '2026-10', value: 80, n: 3000 },
      { kpi: 'KPI-CSAT', unit: 'br-2', period: '2026-09', value: 60, n: 500 },
      { kpi: 'KPI-CSAT', unit: 'br-3', period: '2026-09', value: null, note: 'survey outage' },
    ],
  });
  const series = seriesIndex(h).get('KPI-CSAT')!;

  it('finds every unit above a reporting unit, nearest first', () => {
    expect(rollupTargets(h, ['br-1', 'br-2', 'br-3']).map((u) => u.id)).toEqual(['region-a', 'org', 'region-b']);
  });

  it('pools a region from its branches and the organisation from all of them', () => {
    // region-a: (90 + 450) / 1000 = 54 %
    expect(rollUp(h, csat, 'region-a', '2026-10', series)).toMatchObject({ value: 54, n: 1000, unitsCovered: 2, units: ['br-1', 'br-2'], unitsMissing: [] });
    // org: (90 + 450 + 2400) / 4000 = 2940 / 4000 = 73.5 % — not the mean of the regions (54 + 80) / 2 = 67 %
    // nor the mean of the branches (90 + 50 + 80) / 3 = 73.33 %
    const org = rollUp(h, csat, 'org', '2026-10', series);
    expect(org.value).toBeCloseTo(73.5, 10);
    expect(org).toMatchObject({ n: 4000, unitsCovered: 3, aggregation: 'weighted-by-n' });
    expect(rollUp(h, csat, 'dept-x', '2026-10', series)).toMatchObject({ value: null, unitsCovered: 0, aggregation: 'none' });
  });

  it('says which reporting units had no value (missing or null)', () => {
    // 2026-09: only br-2 (60 % of 500); br-1 not reported, br-3 null
    const r = rollUp(h, csat, 'org', '2026-09', series);
    expect(r).toMatchObject({ value: 60, n: 500, unitsCovered: 1, unitsMissing: ['br-1', 'br-3'] });
  });
});
