import { describe, expect, it } from 'vitest';
import { measures, measuringKpis, notCounted } from '../../../src/core/model/standard-measures.ts';
import type { Kpi } from '../../../src/core/schema/kpi.ts';
import type { Standard } from '../../../src/core/schema/standard.ts';

type K = Pick<Kpi, 'id' | 'method' | 'limit' | 'standard'>;
const sla = (id: string, limit: string | undefined, standard?: string): K => ({ id, method: 'sla-compliance', ...(limit ? { limit } : {}), ...(standard ? { standard } : {}) });
const solution: Pick<Standard, 'id' | 'criterion'> = { id: 'STD-RESP-002', criterion: { timeLimit: '48 h', event: 'Solution proposed' } };
const satisfaction: Pick<Standard, 'id' | 'criterion'> = { id: 'STD-ASR-002', criterion: { kpi: 'KPI-CSAT', threshold: 85 } };

describe('which KPIs measure a standard', () => {
  it('a time-limit standard: an SLA-compliance KPI that names it, with the same limit written any way', () => {
    expect(measures(sla('KPI-SOL', '48 h', 'STD-RESP-002'), solution)).toBe(true);
    expect(measures(sla('KPI-SOL', '2 d', 'STD-RESP-002'), solution)).toBe(true); // 2 d is 48 h
    expect(measures(sla('KPI-SOL', '48 h'), solution)).toBe(false); // does not name it
    expect(notCounted(sla('KPI-SOL', '24 h', 'STD-RESP-002'), solution)).toEqual({ reason: 'other-limit', kpiLimit: '24 h', standardLimit: '48 h' });
    expect(notCounted(sla('KPI-SOL', undefined, 'STD-RESP-002'), solution)).toMatchObject({ reason: 'other-limit' });
    expect(notCounted({ id: 'KPI-CSAT', method: 'csat-top-two-box', standard: 'STD-RESP-002' }, solution)).toEqual({ reason: 'not-sla-compliance' });
  });

  it('a KPI-threshold standard: the KPI its criterion names, and no other', () => {
    expect(measures({ id: 'KPI-CSAT', method: 'csat-top-two-box' }, satisfaction)).toBe(true);
    expect(measures(sla('KPI-SOL', '48 h', 'STD-ASR-002'), satisfaction)).toBe(false);
    expect(notCounted(sla('KPI-SOL', '48 h', 'STD-ASR-002'), satisfaction)).toEqual({ reason: 'no-time-limit', criterionKpi: 'KPI-CSAT' });
  });

  it('lists the measuring KPIs of a handbook, sorted, leaving out unknown criterion KPIs', () => {
    const kpis = new Map<string, K>([
      ['KPI-SOL-B', sla('KPI-SOL-B', '48 h', 'STD-RESP-002')],
      ['KPI-SOL-A', sla('KPI-SOL-A', '48 h', 'STD-RESP-002')],
      ['KPI-SOL-24', sla('KPI-SOL-24', '24 h', 'STD-RESP-002')],
    ]);
    expect(measuringKpis(solution, kpis)).toEqual(['KPI-SOL-A', 'KPI-SOL-B']);
    expect(measuringKpis(satisfaction, kpis)).toEqual([]);
  });
});
