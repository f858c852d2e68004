import { describe, expect, it } from 'vitest';
import { latestValues } from '../../../src/site/views/kpis.ts';
import { miniHandbook } from '../mini-handbook.ts';

const h = miniHandbook();

describe('latestValues', () => {
  it('takes the latest period any unit reported, one row per reporting unit in source order', () => {
    const latest = latestValues(h, 'KPI-CSAT');
    expect(latest.period).toBe('2026-10');
    expect(latest.rows.map((r) => [r.unit, r.measurement?.value])).toEqual([
      ['br-b', 82],
      ['br-a', undefined], // reported before, but nothing for 2026-10: shown as no data
    ]);
  });

  it('orders quarterly periods and keeps a null value with its note', () => {
    const latest = latestValues(h, 'KPI-Q');
    expect(latest.period).toBe('2026-Q1');
    expect(latest.rows.map((r) => [r.unit, r.measurement?.value, r.measurement?.note])).toEqual([
      ['br-b', null, 'Audit postponed'],
      ['br-a', 75, undefined],
    ]);
  });

  it('is empty for a KPI without values', () => {
    expect(latestValues(h, 'KPI-NONE')).toEqual({ period: undefined, rows: [] });
  });
});
