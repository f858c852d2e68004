import { describe, expect, it } from 'vitest';
import { chartFor } from '../../../src/core/scoring/index.ts';
import { currentScorecards, earlyWarnings, kpiSignals, signalRun } from '../../../src/core/analysis/early-warnings.ts';
import { latestScorecard, scorecardFor, scorecardSource } from '../../../src/site/stores/scorecards.ts';
import { runText } from '../../../src/site/views/early-warnings.ts';
import { sampleHandbook } from '../../site/sample-handbook.ts';
import { CSV_BOM } from '../../../src/core/exports/csv.ts';
import { EARLY_WARNING_COLUMNS, earlyWarningExportRows, earlyWarningsCsv } from '../../../src/core/exports/early-warnings.ts';
import { exportFiles } from '../../../src/core/exports/files.ts';
import { exportModelOf } from '../../../src/site/stores/export-model.ts';

const h = sampleHandbook();
const current = currentScorecards(scorecardSource(h));

describe('early warnings on the sample organisation', () => {
  const entries = earlyWarnings(h, current);

  it('reads the latest three monthly scorecards, newest first', () => {
    expect(current.map((s) => s.period.key)).toEqual(['2026-10', '2026-09', '2026-08']);
  });

  it('lists each signalling KPI and unit once, newest signal first', () => {
    const keys = entries.map((e) => `${e.kpi.id} ${e.unit.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const ends = entries.map((e) => e.periodEnd);
    expect([...ends].sort().reverse()).toEqual(ends);
    expect(entries.every((e) => e.signals.length > 0 && e.signals.every((s) => s.unfavourable))).toBe(true);
  });

  /** The first period of the run of consecutive signalling periods that ends at `period`, read from the chart. */
  const runStart = (kpi: string, period: string) => {
    const chart = chartFor(h, kpi, 'br-shenzhen', period)!;
    if (chart.kind === 'none') throw new Error('no chart');
    const flagged = new Set(chart.signals.filter((s) => s.unfavourable).map((s) => s.period));
    let i = chart.points.findIndex((p) => p.period === period);
    while (i > 0 && flagged.has(chart.points[i - 1]!.period)) i--;
    return chart.points[i]!.period;
  };

  it('catches the Shenzhen CSAT drift months before it went off target', () => {
    const csat = entries.find((e) => e.kpi.id === 'KPI-CSAT' && e.unit.id === 'br-shenzhen')!;
    const october = h.index.measurementsByKpi.get('KPI-CSAT')!.get('br-shenzhen')!.get('2026-10')!;
    expect(csat).toMatchObject({ period: '2026-10', statusNow: 'off-target', valueNow: october.value, noAction: false });
    const since = runStart('KPI-CSAT', '2026-10');
    const lead = (2026 - Number(since.slice(0, 4))) * 12 + 10 - Number(since.slice(5, 7)); // months from the run's start to 2026-10
    expect(lead).toBeGreaterThanOrEqual(3);
    expect(csat.run).toEqual({ since, firstOffTarget: '2026-10', leadPeriods: lead });
    expect(runText(csat.run, 'monthly')).toBe(`Signalled from ${since}, ${lead} months before it went off target in 2026-10.`);
    expect(runText(csat.run, 'monthly', 'zh-CN')).toBe(`自 ${since} 起出现信号，比 2026-10 未达标提前 ${lead} 个月。`);
    expect(csat.actions.map((a) => a.id)).toEqual(['IA-2026-003']);
    // IA-2026-003 was opened on 2026-11-10: the days from the end of the first signalled month.
    const end = new Date(Date.UTC(Number(since.slice(0, 4)), Number(since.slice(5, 7)), 0));
    expect(csat.daysToAction).toBe((Date.parse('2026-11-10') - end.getTime()) / 86_400_000);
    expect(csat.daysToAction).toBeGreaterThan(60);
    // The off-target, signalling rows come first among the newest.
    expect(entries[0]!.statusNow).toBe('off-target');
  });

  it('catches first-response compliance before it went off target', () => {
    const sla = entries.find((e) => e.kpi.id === 'KPI-FR-SLA' && e.unit.id === 'br-shenzhen')!;
    expect(sla.run).toMatchObject({ since: runStart('KPI-FR-SLA', '2026-10'), firstOffTarget: '2026-10' });
    expect(sla.run!.leadPeriods).toBeGreaterThanOrEqual(1);
  });

  it('shows acknowledged signals as such, not as signals without an action', () => {
    const ovc = entries.find((e) => e.kpi.id === 'KPI-OVC' && e.unit.id === 'br-guangzhou')!;
    expect(ovc).toMatchObject({ acknowledged: true, noAction: false, actions: [], daysToAction: null });
    expect(ovc.signals.every((s) => s.acknowledgement !== undefined)).toBe(true);
    // Every current warning has an action or an acknowledgement: the team has answered each one.
    expect(entries.filter((e) => e.noAction)).toEqual([]);
  });

  it('says a signal that has not gone off target so far', () => {
    const notOff = entries.find((e) => e.run?.firstOffTarget === null)!;
    expect(runText(notOff.run, 'monthly')).toMatch(/^Signalling since \d{4}-\d{2}; not off target so far\.$/);
  });

  it('flags signals without an improvement action, as the warnings of July 2026 did for Shenzhen', () => {
    const july = earlyWarnings(h, ['2026-07', '2026-06', '2026-05'].map((p) => scorecardFor(h, p)));
    const without = july.filter((e) => e.noAction);
    expect(without.map((e) => `${e.kpi.id} ${e.unit.id}`)).toEqual(expect.arrayContaining(['KPI-CSAT br-shenzhen', 'KPI-FR-SLA br-shenzhen']));
    for (const e of without) expect(e).toMatchObject({ actions: [], acknowledged: false });
  });
});

describe('signalRun', () => {
  it('is null for a period without a signal, or without a chart', () => {
    const kpi = h.kpis.get('KPI-CSAT')!;
    const chart = chartFor(h, 'KPI-CSAT', 'br-shenzhen', '2026-10')!;
    expect(signalRun(kpi, chart, '2025-03')).toBeNull();
    expect(signalRun(kpi, { kind: 'none', reason: { code: 'chart/none' }, availablePoints: 0, signals: [], skipped: [] }, '2026-10')).toBeNull();
    expect(runText(null, 'monthly')).toBe('—');
  });
});

describe('kpiSignals', () => {
  it('lists the signals of a KPI across units, newest first, within its last 12 periods', () => {
    const s = kpiSignals(h, latestScorecard(h), 'KPI-CSAT');
    expect(s.rows.length).toBeGreaterThan(0);
    expect(s.rows[0]!.period).toBe('2026-10');
    expect(s.from! >= '2025-11').toBe(true);
    const shenzhen = s.rows.filter((r) => r.unit === 'br-shenzhen' && r.unfavourable).map((r) => r.period);
    expect(shenzhen).toEqual(expect.arrayContaining(['2026-07', '2026-08', '2026-09', '2026-10']));
    const periods = s.rows.map((r) => r.period);
    expect([...periods].sort().reverse()).toEqual(periods);
  });

  it('caps the list and says how many were left out', () => {
    const s = kpiSignals(h, latestScorecard(h), 'KPI-CSAT', 12, 2);
    expect(s.rows).toHaveLength(2);
    expect(s.omitted).toBeGreaterThan(0);
  });
});

describe('the early warnings export', () => {
  const entries = earlyWarnings(h, current);
  const rows = earlyWarningExportRows(h, current);

  it('has a row per warning, with how early it came and the days from the first signal to an action', () => {
    expect(rows.map((r) => `${r.kpi} ${r.unit}`)).toEqual(entries.map((e) => `${e.kpi.id} ${e.unit.id}`));
    const csat = rows.find((r) => r.kpi === 'KPI-CSAT' && r.unit === 'br-shenzhen')!;
    const entry = entries.find((e) => e.kpi.id === 'KPI-CSAT' && e.unit.id === 'br-shenzhen')!;
    expect(csat).toMatchObject({
      period: entry.period,
      signalling_since: entry.run!.since,
      first_off_target: '2026-10',
      lead_periods: entry.run!.leadPeriods,
      status_now: 'off-target',
      actions: 'IA-2026-003',
      days_to_action: entry.daysToAction,
      acknowledged: false,
      no_action: false,
    });
  });

  it('names the acknowledgement and the phase where they belong', () => {
    const ovc = rows.find((r) => r.kpi === 'KPI-OVC' && r.unit === 'br-guangzhou')!;
    expect(ovc).toMatchObject({ acknowledged: true, no_action: false, days_to_action: null });
    expect(ovc.acknowledgement).toMatch(/parts/);
    for (const r of rows) expect(r.phase === null).toBe(r.phase_cause === null);
  });

  it('writes an Excel-friendly CSV with the same columns', () => {
    const csv = earlyWarningsCsv(h, current);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(EARLY_WARNING_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(csv.slice(1).split('\r\n').filter(Boolean)).toHaveLength(rows.length + 1);
    expect(exportFiles(exportModelOf(h)).map((f) => f.name)).toContain('early-warnings.csv');
  });
});
