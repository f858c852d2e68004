/**
 * Closing the loop on a roll-up: a region whose pooled value is off target or at risk is a problem
 * of its own, with the open actions that address the KPI there (linked to the region or to a unit
 * above it), "no action" when there is none, and overdue flagged. Decided once in the engine, so
 * the unit scorecard page and the CSV row of the region read the same fact.
 */
import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../../../src/core/scoring/scorecard.ts';
import { daysToAction, loopState, problemReasons } from '../../../src/core/scoring/actions.ts';
import type { Signal } from '../../../src/core/scoring/western-electric.ts';
import { buildTestHandbook, kpi, type MeasurementSpec } from './build-handbook.ts';

const measurements: MeasurementSpec[] = [
  // KPI-A: both branches of region-a well below the warning threshold: region-a pools to 70 %, off target.
  { kpi: 'KPI-A', unit: 'br-1', period: '2026-10', value: 70, n: 1000 },
  { kpi: 'KPI-A', unit: 'br-2', period: '2026-10', value: 70, n: 1000 },
  { kpi: 'KPI-A', unit: 'br-3', period: '2026-10', value: 95, n: 1000 },
  // KPI-B: region-a off target too, but an (overdue) action is linked to the region.
  { kpi: 'KPI-B', unit: 'br-1', period: '2026-10', value: 70, n: 1000 },
  { kpi: 'KPI-B', unit: 'br-2', period: '2026-10', value: 70, n: 1000 },
  { kpi: 'KPI-B', unit: 'br-3', period: '2026-10', value: 95, n: 1000 },
];

const h = buildTestHandbook({
  today: '2026-11-22',
  units: [
    ['org', 'organisation'],
    ['region-a', 'region', 'org'],
    ['region-b', 'region', 'org'],
    ['br-1', 'branch', 'region-a'],
    ['br-2', 'branch', 'region-a'],
    ['br-3', 'branch', 'region-b'],
  ],
  kpis: [kpi({ id: 'KPI-A', method: 'percentage' }), kpi({ id: 'KPI-B', method: 'percentage' })],
  measurements,
  actions: [
    { id: 'IA-2026-001', kpis: ['KPI-A'], units: ['br-1'] }, // one branch: does not cover its region
    { id: 'IA-2026-002', kpis: ['KPI-B'], units: ['region-a'], due: '2026-10-31' }, // the region, overdue on 22 Nov
  ],
});
const sc = buildScorecard(h, '2026-10');
const rollup = (k: string, unit: string) => sc.rollups.find((r) => r.kpi === k && r.unit === unit)!;

describe('roll-ups close the loop like the rows below them', () => {
  it('a pooled value off target with no action at the region is a problem without action', () => {
    expect(rollup('KPI-A', 'region-a')).toMatchObject({ status: 'off-target', problem: ['off-target'], actions: [], noAction: true, acknowledged: false, overdueAction: false });
  });

  it('an action linked to the region (or above) addresses it, and its overdue flag is the roll-up\'s', () => {
    const r = rollup('KPI-B', 'region-a');
    expect(r.actions.map((a) => a.id)).toEqual(['IA-2026-002']);
    expect(r).toMatchObject({ problem: ['off-target'], noAction: false, overdueAction: true });
  });

  it('a roll-up on target is no problem, but still lists the actions on it', () => {
    // org: (70·2000 + 95·1000) / 3000 = 78.3 %: off target; region-b 95 %: on target.
    expect(rollup('KPI-A', 'region-b')).toMatchObject({ status: 'on-target', problem: [], noAction: false });
    expect(rollup('KPI-B', 'org')).toMatchObject({ problem: ['off-target'], actions: [], noAction: true });
  });

  it('the branch rows decide the same way (the action on br-1 does not cover br-2)', () => {
    const row = (k: string, u: string) => sc.rows.find((r) => r.kpi === k && r.unit === u)!;
    expect(row('KPI-A', 'br-1')).toMatchObject({ noAction: false, overdueAction: false });
    expect(row('KPI-A', 'br-2')).toMatchObject({ noAction: true, overdueAction: false });
    expect(row('KPI-B', 'br-2')).toMatchObject({ noAction: false, overdueAction: true });
  });
});

describe('the loop rules, once', () => {
  const signal = (acknowledged: boolean): Signal => ({
    rule: 'we1',
    period: '2026-10',
    points: [],
    side: 'below',
    unfavourable: true,
    spansGap: false,
    description: '',
    ...(acknowledged ? { acknowledgement: { on: '2026-11-01', by: 'x', cause: 'known' } } : {}),
  });
  const action = { id: 'IA', title: '', stage: 'do', source: '', owner: '', opened: '2026-11-05', due: '2026-12-31', overdue: false, via: [] };

  it('a problem is its status off target or at risk, and an unfavourable signal', () => {
    expect(problemReasons('off-target', [signal(false)])).toEqual(['off-target', 'signal']);
    expect(problemReasons('within-noise', [signal(false)])).toEqual(['signal']);
    expect(problemReasons('on-target')).toEqual([]);
  });

  it('acknowledged only when the problem is nothing but acknowledged signals', () => {
    expect(loopState(['signal'], [signal(true)], [])).toEqual({ noAction: false, acknowledged: true, overdueAction: false });
    expect(loopState(['off-target', 'signal'], [signal(true)], [])).toEqual({ noAction: true, acknowledged: false, overdueAction: false });
    expect(loopState([], [], [])).toEqual({ noAction: false, acknowledged: false, overdueAction: false });
    expect(loopState(['at-risk'], [], [{ ...action, overdue: true }])).toEqual({ noAction: false, acknowledged: false, overdueAction: true });
  });

  it('days to action: from the end of the first period to the earliest opening, 0 when it was open already, null without one', () => {
    expect(daysToAction('2026-10-31', [action])).toBe(5);
    expect(daysToAction('2026-11-30', [action])).toBe(0);
    expect(daysToAction(undefined, [action])).toBe(0);
    expect(daysToAction('2026-10-31', [])).toBeNull();
  });
});
