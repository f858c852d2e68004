/**
 * Each fact of a scorecard is decided once, in the engine, and the page and the export files read
 * it: on the sample organisation, every line of every unit scorecard page and every cell of the
 * period grid says what the CSV row of the same unit and KPI says about "no action", the actions
 * and an overdue action (roll-ups included: a region's page said "No action" while its CSV row said
 * `no_action=false`), and every measurement in the measurements export has the status, target and
 * attainment the scorecard of its period shows (the export judged 2025 by the 2026 target).
 */
import { describe, expect, it } from 'vitest';
import { measurementExportRows, scorecardExportRows } from '../../../src/core/exports/scorecards.ts';
import { scorecardFor, scorecardPeriods } from '../../../src/site/stores/scorecards.ts';
import { exportModelOf } from '../../../src/site/stores/export-model.ts';
import { exportScorecards } from '../../../src/core/exports/export-scorecards.ts';
import { cellFor, unitScorecard, unitsWithScorecard } from '../../../src/site/views/scorecard-view.ts';
import { sampleHandbook } from '../../site/sample-handbook.ts';

const h = sampleHandbook();
const sc = scorecardFor(h, '2026-10');
const csv = new Map(scorecardExportRows(sc).map((r) => [`${r.unit} ${r.kpi}`, r]));

/** What the CSV row of (unit, KPI) says about closing the loop. */
const exported = (unit: string, kpi: string) => {
  const r = csv.get(`${unit} ${kpi}`)!;
  return { noAction: r.no_action, actions: r.actions.join(' '), overdue: r.overdue_action, acknowledged: r.acknowledged };
};

describe('the unit scorecard pages and the scorecard CSV say the same about actions', () => {
  const lines = unitsWithScorecard(sc).flatMap((u) => unitScorecard(h, sc, u.id, 'en')!.lines.map((line) => ({ unit: u.id, line })));

  it('on every line, roll-ups included', () => {
    expect(lines.length).toBeGreaterThan(100);
    const disagree = lines.filter(({ unit, line }) => {
      const page = { noAction: line.noAction, actions: line.actions.map((a) => a.id).join(' '), overdue: line.actions.some((a) => a.overdue), acknowledged: line.acknowledged };
      return JSON.stringify(page) !== JSON.stringify(exported(unit, line.kpi.id));
    });
    expect(disagree.map(({ unit, line }) => `${unit} ${line.kpi.id}`)).toEqual([]);
  });

  it('a region at risk with no action is a problem without action on both (region-south, KPI-MSS and KPI-FR-SLA)', () => {
    for (const kpi of ['KPI-MSS', 'KPI-FR-SLA']) {
      const line = unitScorecard(h, sc, 'region-south', 'en')!.lines.find((l) => l.kpi.id === kpi)!;
      expect(line).toMatchObject({ kind: 'rollup', status: 'at-risk', noAction: true });
      expect(csv.get(`region-south ${kpi}`)).toMatchObject({ level: 'roll-up', status: 'at-risk', no_action: true, actions: [] });
    }
  });

  it('a region\'s open actions and their overdue flag are in its CSV row (IA-2026-004 on KPI-ERR, overdue)', () => {
    expect(csv.get('region-east KPI-ERR')).toMatchObject({ level: 'roll-up', actions: ['IA-2026-004'], overdue_action: true, no_action: false });
  });
});

describe('the unit scorecard pages and the scorecard CSV say the same about trends', () => {
  it('change against the previous period and a year earlier, and the run of deterioration, roll-ups included', () => {
    const disagree: string[] = [];
    let rollupsWithTrend = 0;
    for (const u of unitsWithScorecard(sc)) {
      for (const line of unitScorecard(h, sc, u.id, 'en')!.lines) {
        const r = csv.get(`${u.id} ${line.kpi.id}`)!;
        const page = [line.vsPrevious?.from ?? null, line.vsPrevious?.effect ?? null, line.vsYearEarlier?.effect ?? null, line.vsPrevious || line.vsYearEarlier ? line.deteriorationRun : null];
        const exported = [r.change_vs_previous === null ? null : line.vsPrevious?.from ?? 'missing', r.change_vs_previous_effect, r.change_vs_year_earlier_effect, r.change_vs_previous === null && r.change_vs_year_earlier === null ? null : r.deterioration_run];
        if (JSON.stringify(page) !== JSON.stringify(exported)) disagree.push(`${u.id} ${line.kpi.id}`);
        if (line.kind === 'rollup' && r.change_vs_previous !== null) rollupsWithTrend++;
      }
    }
    expect(disagree).toEqual([]);
    expect(rollupsWithTrend).toBeGreaterThan(20);
  });
});

describe('the period grid flags what the CSV says', () => {
  it('"no action" and "overdue" on each cell, units and roll-ups alike', () => {
    const disagree: string[] = [];
    for (const r of csv.values()) {
      const cell = cellFor(sc, r.unit, r.kpi, 'en')!;
      const flags = new Set(cell.flags.map((f) => f.key));
      if (flags.has('no-action') !== r.no_action || flags.has('overdue') !== r.overdue_action) disagree.push(`${r.unit} ${r.kpi}`);
    }
    expect(disagree).toEqual([]);
    expect(cellFor(sc, 'region-south', 'KPI-MSS', 'en')!.flags.map((f) => f.key)).toContain('no-action');
  });
});

describe('the measurements export judges each value as the scorecard of its period does', () => {
  const rows = measurementExportRows(h, exportScorecards(exportModelOf(h)).objectivesOn);
  const shown = new Map<string, { status: string; attainment: number | null; target: unknown }>();
  for (const p of scorecardPeriods(h)) {
    const s = scorecardFor(h, p.key);
    const targets = new Map(s.kpis.map((k) => [k.id, typeof k.target === 'number' ? k.target : k.target.min]));
    for (const r of s.rows) shown.set(`${r.kpi} ${r.unit} ${r.period}`, { status: r.status, attainment: r.attainment === null ? null : Math.round(r.attainment * 1e4) / 1e4, target: targets.get(r.kpi) });
  }

  it('status, target and attainment of every measurement shown on a scorecard', () => {
    let compared = 0;
    const disagree: string[] = [];
    for (const m of rows) {
      const s = shown.get(`${m.kpi} ${m.unit} ${m.period}`);
      if (!s) continue;
      compared++;
      if (s.status !== m.status || s.attainment !== m.attainment_percent || s.target !== m.target) disagree.push(`${m.kpi} ${m.unit} ${m.period}`);
    }
    expect(compared).toBeGreaterThan(1000);
    expect(disagree).toEqual([]);
  });

  it('KPI-CSAT in 2025 against the 82 % target in force then (85 % from 2026)', () => {
    const suzhou = rows.find((m) => m.kpi === 'KPI-CSAT' && m.unit === 'br-suzhou' && m.period === '2025-10')!;
    expect(suzhou).toMatchObject({ target: 82, warning: 78 });
    expect(suzhou.attainment_percent).toBeCloseTo(89.2857, 4);
    expect(rows.find((m) => m.kpi === 'KPI-CSAT' && m.period === '2026-10')).toMatchObject({ target: 85 });
  });
});
