import { describe, expect, it } from 'vitest';
import type { Kpi } from '../../../src/core/schema/kpi.ts';
import type { SopStatus } from '../../../src/core/schema/sop.ts';
import type { Standard } from '../../../src/core/schema/standard.ts';
import { isInUse, traceability } from '../../../src/core/analysis/traceability.ts';
import { sampleHandbook } from '../../site/sample-handbook.ts';

type Std = Pick<Standard, 'id' | 'title' | 'status' | 'criterion'>;
const std = (id: string, criterion: Standard['criterion'], status: Standard['status'] = 'effective'): [string, Std] => [id, { id, title: id, status, criterion }];
const sop = (id: string, implements_: string[], measuredBy: string[], status: SopStatus = 'effective') =>
  [id, { id, title: id, status, implements: implements_, measuredBy }] as const;
const kpi = (id: string, fields: Partial<Pick<Kpi, 'method' | 'limit' | 'standard'>> = {}): [string, Pick<Kpi, 'id' | 'method' | 'limit' | 'standard'>] => [
  id,
  { id, method: 'percentage', ...fields },
];

const input = {
  standards: new Map([
    std('STD-A', { kpi: 'KPI-X', threshold: 1 }), // measured by its criterion's KPI, no SOP
    std('STD-B', { timeLimit: '30 min', event: 'Reply' }), // counted by KPI-SLA; its SOPs' KPIs are only related
    std('STD-C', { timeLimit: '1 h', event: 'Call' }), // SOPs with KPIs, none counting it: not measured
    std('STD-D', { timeLimit: '1 h', event: 'Visit' }), // nothing at all
    std('STD-E', { timeLimit: '1 h', event: 'Old' }, 'retired'), // retired: never a gap
    std('STD-F', { timeLimit: '1 h', event: 'Gone' }), // only a retired SOP implements it
    std('STD-G', { timeLimit: '48 h', event: 'Solution' }), // a KPI names it but counts 24 h: not measured
  ]),
  sops: new Map([
    sop('SOP-1', ['STD-B', 'STD-C'], ['KPI-Y', 'KPI-UNKNOWN']),
    sop('SOP-2', ['STD-B'], ['KPI-Y', 'KPI-X', 'KPI-SLA'], 'draft'),
    sop('SOP-3', [], ['KPI-X']),
    sop('SOP-4', ['STD-F'], ['KPI-X'], 'retired'),
    sop('SOP-5', ['STD-NOPE'], []),
  ]),
  kpis: new Map([
    kpi('KPI-X'),
    kpi('KPI-Y'),
    kpi('KPI-SLA', { method: 'sla-compliance', limit: '30 min', standard: 'STD-B' }),
    kpi('KPI-SOL', { method: 'sla-compliance', limit: '24 h', standard: 'STD-G' }),
  ]),
};

describe('traceability', () => {
  const t = traceability(input);
  const row = (id: string) => t.rows.find((r) => r.standard.id === id)!;

  it('lists implementing SOPs in use, by id', () => {
    expect(row('STD-B').sops.map((s) => s.id)).toEqual(['SOP-1', 'SOP-2']);
    expect(row('STD-F').sops).toEqual([]);
    expect(isInUse('draft')).toBe(true);
    expect(isInUse('superseded')).toBe(false);
  });

  it('counts as measuring only the criterion\'s KPI and the KPIs that count the time limit', () => {
    expect(row('STD-A').kpis).toEqual([{ id: 'KPI-X', how: 'criterion' }]);
    expect(row('STD-B').kpis).toEqual([{ id: 'KPI-SLA', how: 'counts-time-limit' }]);
    expect(row('STD-C').kpis).toEqual([]);
    expect(row('STD-G').kpis).toEqual([]); // 24 h is not the standard's 48 h
  });

  it('shows the other KPIs of the implementing SOPs as related, ignoring unknown ids', () => {
    expect(row('STD-B').related).toEqual([
      { id: 'KPI-X', viaSops: ['SOP-2'] },
      { id: 'KPI-Y', viaSops: ['SOP-1', 'SOP-2'] },
    ]);
    expect(row('STD-C').related).toEqual([{ id: 'KPI-Y', viaSops: ['SOP-1'] }]);
  });

  it('flags standards without SOP, and effective standards no KPI counts, except retired ones', () => {
    expect(t.rows.map((r) => [r.standard.id, r.gaps])).toEqual([
      ['STD-A', ['no-sop']],
      ['STD-B', []],
      ['STD-C', ['not-measured']],
      ['STD-D', ['no-sop', 'not-measured']],
      ['STD-E', []],
      ['STD-F', ['no-sop', 'not-measured']],
      ['STD-G', ['no-sop', 'not-measured']],
    ]);
  });

  it('flags SOPs in use that implement no known standard', () => {
    expect(t.sopsWithoutStandard.map((s) => s.id)).toEqual(['SOP-3', 'SOP-5']);
    expect(t.counts).toEqual({ standards: 7, noSop: 4, notMeasured: 4, sopsWithoutStandard: 2 });
  });

  it('reports on the sample the time-limit promises nothing counts, and measures the ones whose data exist', () => {
    const h = sampleHandbook();
    const s = traceability(h);
    expect(s.rows).toHaveLength(h.standards.size);
    for (const r of s.rows) for (const sp of r.sops) expect(sp.implements).toContain(r.standard.id);
    const timeLimited = s.rows.filter((r) => r.standard.status === 'effective' && 'timeLimit' in r.standard.criterion);
    const measured = timeLimited.filter((r) => r.kpis.length > 0).map((r) => r.standard.id);
    // The first response (30 min), the solution (48 h) and the reply to a suggestion (72 h) are counted
    // from CRM timestamps: each KPI names its standard (`standard:`) and counts the same limit.
    expect(measured).toEqual(['STD-RESP-001', 'STD-RESP-002', 'STD-RESP-003']);
    for (const id of measured) {
      const limit = (h.standards.get(id)!.criterion as { timeLimit: string }).timeLimit;
      const kpis = s.rows.find((r) => r.standard.id === id)!.kpis.map((k) => h.kpis.get(k.id)!);
      expect(kpis.some((k) => k.standard === id && k.limit === limit), id).toBe(true);
    }
    // The others are honest gaps: no data counts them, whatever KPIs their SOPs name.
    const gaps = timeLimited.filter((r) => r.gaps.includes('not-measured'));
    expect(gaps.length).toBe(timeLimited.length - measured.length);
    expect(gaps.length).toBeGreaterThan(0);
    expect(s.counts.notMeasured).toBe(gaps.length);
    // Every standard whose criterion is a KPI threshold is measured by that KPI.
    for (const r of s.rows.filter((x) => 'kpi' in x.standard.criterion)) expect(r.kpis.map((k) => k.how)).toEqual(['criterion']);
  });
});
