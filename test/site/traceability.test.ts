import { describe, expect, it } from 'vitest';
import type { SopStatus } from '../../src/core/schema/sop.ts';
import type { Standard } from '../../src/core/schema/standard.ts';
import { isInUse, traceability } from '../../src/lib/traceability.ts';
import { sampleHandbook } from './sample-handbook.ts';

type Std = Pick<Standard, 'id' | 'title' | 'status' | 'criterion'>;
const std = (id: string, criterion: Standard['criterion'], status: Standard['status'] = 'effective'): [string, Std] => [id, { id, title: id, status, criterion }];
const sop = (id: string, implements_: string[], measuredBy: string[], status: SopStatus = 'effective') =>
  [id, { id, title: id, status, implements: implements_, measuredBy }] as const;

const input = {
  standards: new Map([
    std('STD-A', { kpi: 'KPI-X', threshold: 1 }), // measured by criterion, no SOP
    std('STD-B', { timeLimit: '30 min', event: 'Reply' }), // SOP with a KPI
    std('STD-C', { timeLimit: '1 h', event: 'Call' }), // SOP without KPI: no-kpi
    std('STD-D', { timeLimit: '1 h', event: 'Visit' }), // nothing at all
    std('STD-E', { timeLimit: '1 h', event: 'Old' }, 'retired'), // retired: never a gap
    std('STD-F', { timeLimit: '1 h', event: 'Gone' }), // only a retired SOP implements it
  ]),
  sops: new Map([
    sop('SOP-1', ['STD-B', 'STD-C'], ['KPI-Y', 'KPI-UNKNOWN']),
    sop('SOP-2', ['STD-B'], ['KPI-Y', 'KPI-X'], 'draft'),
    sop('SOP-3', [], ['KPI-X']),
    sop('SOP-4', ['STD-F'], ['KPI-X'], 'retired'),
    sop('SOP-5', ['STD-NOPE'], []),
  ]),
  kpis: new Map([
    ['KPI-X', {}],
    ['KPI-Y', {}],
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

  it('collects KPIs from the criterion and from implementing SOPs, ignoring unknown ids', () => {
    expect(row('STD-A').kpis).toEqual([{ id: 'KPI-X', criterion: true, viaSops: [] }]);
    expect(row('STD-B').kpis).toEqual([
      { id: 'KPI-X', criterion: false, viaSops: ['SOP-2'] },
      { id: 'KPI-Y', criterion: false, viaSops: ['SOP-1', 'SOP-2'] },
    ]);
    expect(row('STD-C').kpis.map((k) => k.id)).toEqual(['KPI-Y']);
  });

  it('flags standards without SOP or KPI, except retired ones', () => {
    expect(t.rows.map((r) => [r.standard.id, r.gaps])).toEqual([
      ['STD-A', ['no-sop']],
      ['STD-B', []],
      ['STD-C', []],
      ['STD-D', ['no-sop', 'no-kpi']],
      ['STD-E', []],
      ['STD-F', ['no-sop', 'no-kpi']],
    ]);
  });

  it('flags SOPs in use that implement no known standard', () => {
    expect(t.sopsWithoutStandard.map((s) => s.id)).toEqual(['SOP-3', 'SOP-5']);
    expect(t.counts).toEqual({ standards: 6, noSop: 3, noKpi: 2, sopsWithoutStandard: 2 });
  });

  it('works on the sample handbook', () => {
    const h = sampleHandbook();
    const s = traceability(h);
    expect(s.rows).toHaveLength(h.standards.size);
    for (const r of s.rows) for (const sp of r.sops) expect(sp.implements).toContain(r.standard.id);
  });
});
