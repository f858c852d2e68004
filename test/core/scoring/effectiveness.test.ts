/**
 * Effectiveness recomputed from the data: an action's criterion (KPI, units, periods after the last
 * measure, rule) judged on the measurements, and a renewed credible miss within six months of an
 * effective closure found as a recurrence — a miss within noise is not one.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCriterion, recurrencesOf } from '../../../src/core/scoring/effectiveness.ts';
import { buildTestHandbook, kpi, type MeasurementSpec } from './build-handbook.ts';

const months = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
const values: Record<string, (number | null)[]> = {
  //          Mar  Apr  May  Jun  Jul  Aug  Sep  Oct
  'br-1': [80, 86, 87, 86, 86, 79, 78, 77], // on target Apr–Jul, then credibly off target (n = 2000)
  'br-2': [82, 85, 84.8, 90, 86, 84.6, 86, 86], // May 84.8 misses by a hair; Aug 84.6 within noise
  'br-3': [80, 86, null, 86, 86, 86, 86, 86], // May missing
};
const measurements: MeasurementSpec[] = Object.entries(values).flatMap(([unit, vs]) => vs.map((value, i) => ({ kpi: 'KPI-CSAT', unit, period: months[i]!, value, n: 2000 })));

const h = buildTestHandbook({
  today: '2026-11-22',
  units: [
    ['org', 'organisation'],
    ['region-a', 'region', 'org'],
    ['br-1', 'branch', 'region-a'],
    ['br-2', 'branch', 'region-a'],
    ['br-3', 'branch', 'org'],
  ],
  kpis: [kpi({ id: 'KPI-CSAT', units: 'all' })],
  measurements,
  actions: [
    // every period Apr–Jun at both branches of region-a: br-2 misses in May
    { id: 'IA-2026-001', stage: 'closed', closed: '2026-07-10', kpis: ['KPI-CSAT'], units: ['region-a'], evaluation: { method: 'm', result: 'r', effective: true, criterion: { kpi: 'KPI-CSAT', after: '2026-03-31', periods: 3, rule: 'every-period' } } },
    // pooled over Apr–Jun at br-2: (85 + 84.8 + 90) / 3 = 86.6 ≥ 85
    { id: 'IA-2026-002', stage: 'closed', closed: '2026-07-10', kpis: ['KPI-CSAT'], units: ['br-2'], evaluation: { method: 'm', result: 'r', effective: true, criterion: { kpi: 'KPI-CSAT', after: '2026-03-31', periods: 3, rule: 'pooled' } } },
    // after a date inside April: the first period that starts after it is May; br-3 has no May value
    { id: 'IA-2026-003', kpis: ['KPI-CSAT'], units: ['br-3'], evaluation: { method: 'm', criterion: { kpi: 'KPI-CSAT', after: '2026-04-15', periods: 2, rule: 'every-period' } } },
    // periods not over yet (October, on target, is judged; November and December are not over)
    { id: 'IA-2026-004', kpis: ['KPI-CSAT'], units: ['br-3'], evaluation: { method: 'm', criterion: { kpi: 'KPI-CSAT', after: '2026-09-30', periods: 3, rule: 'every-period' } } },
    // criterion units override the action's links
    { id: 'IA-2026-005', kpis: ['KPI-CSAT'], units: ['org'], evaluation: { method: 'm', criterion: { kpi: 'KPI-CSAT', units: ['br-1'], after: '2026-03-31', periods: 4, rule: 'every-period' } } },
  ],
});
const judge = (id: string) => evaluateCriterion(h, h.actions.get(id)!)!;

describe('evaluateCriterion', () => {
  it('judges every unit that reports the KPI below a named region, in each period', () => {
    const r = judge('IA-2026-001');
    expect(r).toMatchObject({ kpi: 'KPI-CSAT', units: ['br-1', 'br-2'], periods: ['2026-04', '2026-05', '2026-06'], outcome: 'unmet' });
    expect(r.values.filter((v) => v.status !== 'on-target')).toEqual([{ unit: 'br-2', period: '2026-05', value: 84.8, status: 'at-risk' }]);
    expect(r.description).toBe('KPI-CSAT on target (≥ 85) in each of the 3 periods after 2026-03-31 (2026-04 to 2026-06) at br-1, br-2');
  });

  it('pools the values over the periods when the rule is pooled', () => {
    const r = judge('IA-2026-002');
    expect(r.outcome).toBe('met');
    expect(r.pooled).toBeCloseTo(86.6, 10);
  });

  it('counts periods that start after the date, and says when a value is missing', () => {
    const r = judge('IA-2026-003');
    expect(r.periods).toEqual(['2026-05', '2026-06']);
    expect(r.outcome).toBe('unverified');
  });

  it('waits for periods that are not over', () => {
    expect(judge('IA-2026-004')).toMatchObject({ periods: ['2026-10', '2026-11', '2026-12'], outcome: 'pending' });
  });

  it('is unmet as soon as a judged value misses, even before every period is over', () => {
    const a = { ...h.actions.get('IA-2026-004')!, links: { kpis: ['KPI-CSAT'], units: ['br-1'], sops: [], standards: [] } };
    expect(evaluateCriterion(h, a)).toMatchObject({ outcome: 'unmet', values: [{ unit: 'br-1', period: '2026-10', value: 77, status: 'off-target' }] });
  });

  it('takes the criterion\'s own units over the action\'s links', () => {
    expect(judge('IA-2026-005')).toMatchObject({ units: ['br-1'], outcome: 'met' });
  });

  it('has nothing to judge without a criterion', () => {
    const plain = buildTestHandbook({ units: [['org', 'organisation']], kpis: [], actions: [{ id: 'IA-2026-009' }] });
    expect(evaluateCriterion(plain, plain.actions.get('IA-2026-009')!)).toBeNull();
  });
});

describe('recurrencesOf', () => {
  it('finds the first credible miss within six months of an effective closure', () => {
    // closed 2026-07-10: July counts (it ends after the closing); br-1 79 % of 2000 in August is
    // beyond the target with a Wilson interval 77.2 … 80.7: at risk; br-2's 84.6 is within noise
    expect(recurrencesOf(h, h.actions.get('IA-2026-001')!)).toEqual([
      { action: 'IA-2026-001', kpi: 'KPI-CSAT', unit: 'br-1', period: '2026-08', value: 79, status: 'at-risk', closed: '2026-07-10' },
    ]);
  });

  it('ignores a miss within noise, and actions that are open or closed as not effective', () => {
    expect(recurrencesOf(h, h.actions.get('IA-2026-002')!)).toEqual([]);
    expect(recurrencesOf(h, h.actions.get('IA-2026-004')!)).toEqual([]);
  });
});
