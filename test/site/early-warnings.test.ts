import { describe, expect, it } from 'vitest';
import { chartFor } from '../../src/core/scoring/index.ts';
import { currentScorecards, earlyWarnings, kpiSignals, runText, signalRun } from '../../src/lib/early-warnings.ts';
import { latestScorecard } from '../../src/lib/scorecards.ts';
import { sampleHandbook } from './sample-handbook.ts';

const h = sampleHandbook();

describe('early warnings on the sample organisation', () => {
  const entries = earlyWarnings(h);

  it('reads the latest three monthly scorecards, newest first', () => {
    expect(currentScorecards(h).map((s) => s.period.key)).toEqual(['2026-10', '2026-09', '2026-08']);
  });

  it('lists each signalling KPI and unit once, newest signal first', () => {
    const keys = entries.map((e) => `${e.kpi.id} ${e.unit.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const ends = entries.map((e) => e.periodEnd);
    expect([...ends].sort().reverse()).toEqual(ends);
    expect(entries.every((e) => e.signals.length > 0 && e.signals.every((s) => s.unfavourable))).toBe(true);
  });

  it('catches the Shenzhen CSAT drift four months before it went off target', () => {
    const csat = entries.find((e) => e.kpi.id === 'KPI-CSAT' && e.unit.id === 'br-shenzhen')!;
    expect(csat).toMatchObject({ period: '2026-10', statusNow: 'off-target', valueNow: 79.4, noAction: false });
    expect(csat.run).toEqual({ since: '2026-06', firstOffTarget: '2026-10', leadPeriods: 4 });
    expect(runText(csat.run, 'monthly')).toBe('Signalled from 2026-06, 4 months before it went off target in 2026-10.');
    expect(runText(csat.run, 'monthly', 'zh-CN')).toBe('自 2026-06 起出现信号，比 2026-10 未达标提前 4 个月。');
    expect(csat.actions.map((a) => a.id)).toEqual(['IA-2026-003']);
    // The off-target, signalling rows come first among the newest.
    expect(entries[0]!.statusNow).toBe('off-target');
  });

  it('catches first-response compliance five months early', () => {
    const sla = entries.find((e) => e.kpi.id === 'KPI-FR-SLA' && e.unit.id === 'br-shenzhen')!;
    expect(sla.run).toEqual({ since: '2026-05', firstOffTarget: '2026-10', leadPeriods: 5 });
  });

  it('flags signals without an improvement action', () => {
    const nps = entries.find((e) => e.kpi.id === 'KPI-NPS' && e.unit.id === 'br-shenzhen')!;
    expect(nps).toMatchObject({ noAction: true, statusNow: 'within-noise' }); // NPS 37 of 328: the interval reaches 40
    expect(nps.run?.firstOffTarget).toBeNull();
    expect(runText(nps.run, 'monthly')).toMatch(/^Signalling since \d{4}-\d{2}; not off target so far\.$/);
  });
});

describe('signalRun', () => {
  it('is null for a period without a signal, or without a chart', () => {
    const kpi = h.kpis.get('KPI-CSAT')!;
    const chart = chartFor(h, 'KPI-CSAT', 'br-shenzhen', '2026-10')!;
    expect(signalRun(kpi, chart, '2025-03')).toBeNull();
    expect(signalRun(kpi, { kind: 'none', reason: 'x', availablePoints: 0, signals: [], skipped: [] }, '2026-10')).toBeNull();
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
    expect(shenzhen).toContain('2026-06');
    const periods = s.rows.map((r) => r.period);
    expect([...periods].sort().reverse()).toEqual(periods);
  });

  it('caps the list and says how many were left out', () => {
    const s = kpiSignals(h, latestScorecard(h), 'KPI-CSAT', 12, 2);
    expect(s.rows).toHaveLength(2);
    expect(s.omitted).toBeGreaterThan(0);
  });
});
