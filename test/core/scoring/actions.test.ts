/**
 * Linking problems to improvement actions: open actions on the KPI that cover the unit (the unit
 * itself or a unit above it; an action naming no unit covers none), `noAction` when there is none,
 * overdue flagged, and since when a problem has lasted and how soon an action followed.
 */
import { describe, expect, it } from 'vitest';
import { openActionsFor, problemAt } from '../../../src/core/scoring/actions.ts';
import type { Signal } from '../../../src/core/scoring/western-electric.ts';
import { buildTestHandbook, kpi } from './build-handbook.ts';

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
  kpis: [kpi({ id: 'KPI-X' }), kpi({ id: 'KPI-Y' }), kpi({ id: 'KPI-Z' })],
  actions: [
    { id: 'IA-2026-001', kpis: ['KPI-X'], units: ['br-1'] }, // open, this branch
    { id: 'IA-2026-002', kpis: ['KPI-X'], units: ['br-1'], stage: 'closed' }, // closed: never listed
    { id: 'IA-2026-003', kpis: ['KPI-X'], units: [] }, // no unit: covers no unit's problem
    { id: 'IA-2026-004', kpis: ['KPI-X'], units: ['region-a'] }, // the region covers br-1 and br-2
    { id: 'IA-2026-005', kpis: ['KPI-Y'], units: ['br-1'] }, // another KPI
    { id: 'IA-2026-006', kpis: ['KPI-Y'], units: ['br-2'], due: '2026-10-31' }, // overdue
    { id: 'IA-2026-007', kpis: [], units: ['br-3'] }, // no KPI: not about a KPI problem
  ],
});

const ids = (kpiId: string, unit: string) => openActionsFor(h, kpiId, unit).map((a) => a.id);

const signal = (unfavourable: boolean): Signal => ({
  rule: 'trend',
  period: '2026-10',
  points: [],
  side: unfavourable ? 'falling' : 'rising',
  unfavourable,
  spansGap: false,
  description: '',
});

describe('openActionsFor', () => {
  it('lists open actions on the KPI for the unit and for a unit above it, never one that names no unit', () => {
    expect(ids('KPI-X', 'br-1')).toEqual(['IA-2026-001', 'IA-2026-004']);
    expect(ids('KPI-X', 'br-2')).toEqual(['IA-2026-004']);
    expect(ids('KPI-X', 'br-3')).toEqual([]);
  });

  it('does not list a neighbour\'s action, nor one for another KPI', () => {
    expect(ids('KPI-Y', 'br-1')).toEqual(['IA-2026-005']);
    expect(ids('KPI-Z', 'br-3')).toEqual([]);
  });

  it('says which linked unit made an action match', () => {
    const [own, region] = openActionsFor(h, 'KPI-X', 'br-1');
    expect(own!.via).toEqual(['br-1']);
    expect(region!.via).toEqual(['region-a']);
  });

  it('flags overdue actions', () => {
    expect(openActionsFor(h, 'KPI-Y', 'br-2')).toEqual([
      { id: 'IA-2026-006', title: 'Action IA-2026-006', stage: 'do', source: 'kpi-breach', owner: 'owner', opened: '2026-01-01', due: '2026-10-31', overdue: true, via: ['br-2'] },
    ]);
  });
});

describe('problemAt', () => {
  const at = (kpiId: string, unit: string, status: 'on-target' | 'at-risk' | 'off-target', signals: Signal[] = []) =>
    problemAt(h, { kpi: kpiId, unit, period: '2026-10', status, signals });

  it('links an off-target value to its actions', () => {
    expect(at('KPI-X', 'br-2', 'off-target')).toMatchObject({ reasons: ['off-target'], noAction: false, overdueAction: false, signals: [], since: '2026-10' });
  });

  it('counts the days from the end of the first problem period to the earliest action', () => {
    const p = problemAt(h, { kpi: 'KPI-X', unit: 'br-2', period: '2026-10', status: 'at-risk', signals: [], since: { key: '2025-11', end: '2025-11-30' } });
    // IA-2026-004 was opened on 2026-01-01: 32 days after 2025-11-30
    expect(p).toMatchObject({ since: '2025-11', daysToAction: 32 });
    expect(problemAt(h, { kpi: 'KPI-Z', unit: 'br-3', period: '2026-10', status: 'at-risk', signals: [], since: { key: '2025-11', end: '2025-11-30' } })).toMatchObject({ daysToAction: null, noAction: true });
    // an action opened before the problem began: 0 days
    expect(problemAt(h, { kpi: 'KPI-X', unit: 'br-2', period: '2026-10', status: 'at-risk', signals: [], since: { key: '2026-06', end: '2026-06-30' } })!.daysToAction).toBe(0);
  });

  it('flags noAction when no open action addresses the problem', () => {
    expect(at('KPI-Z', 'br-3', 'at-risk')).toMatchObject({ reasons: ['at-risk'], actions: [], noAction: true });
  });

  it('treats an unfavourable signal on an on-target value as a problem', () => {
    expect(at('KPI-Z', 'br-1', 'on-target', [signal(true)])).toMatchObject({ reasons: ['signal'], signals: ['trend'], noAction: true });
  });

  it('ignores favourable signals and on-target values', () => {
    expect(at('KPI-Z', 'br-1', 'on-target', [signal(false)])).toBeNull();
    expect(at('KPI-Z', 'br-1', 'on-target')).toBeNull();
  });

  it('flags a problem whose action is overdue', () => {
    expect(at('KPI-Y', 'br-2', 'off-target', [signal(true)])).toMatchObject({ reasons: ['off-target', 'signal'], overdueAction: true, noAction: false });
  });
});

describe('actions as of a past scorecard', () => {
  it('links the actions open at the review of that period, with overdue judged then', async () => {
    const { loadHandbook } = await import('../../../src/core/load.ts');
    const { buildScorecard } = await import('../../../src/core/scoring/index.ts');
    const { fileURLToPath } = await import('node:url');
    const { handbook } = loadHandbook(fileURLToPath(new URL('../../..', import.meta.url)), { today: '2026-11-22' });
    const ids = (period: string) => new Set(buildScorecard(handbook, period).rows.flatMap((r) => r.actions.map((a) => a.id)));
    const past = ids('2025-03');
    const latest = ids('2026-10');
    // IA-2026-003 was opened in November 2026: it belongs to the latest scorecard only.
    expect(latest.has('IA-2026-003')).toBe(true);
    expect(past.has('IA-2026-003')).toBe(false);
    // Every action on the 2025-03 scorecard was open at its review (by 2025-04-30).
    for (const id of past) {
      const a = handbook.actions.get(id)!;
      expect(a.opened <= '2025-04-30' && (a.closed === undefined || a.closed > '2025-04-30')).toBe(true);
    }
    expect(past.size).toBeGreaterThan(0);
  });
});
