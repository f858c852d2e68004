/**
 * The compliance KPIs computed from the complaint register (src/core/derive/complaint-kpis.ts):
 * against hand-computed counts on the fixture, and on the sample organisation, where the register
 * alone must give the scorecards, charts and early warnings the numbers the typed measurements give.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildHandbook } from '../../../src/core/load.ts';
import { readSources } from '../../../src/core/model/sources.ts';
import { buildScorecard, chartFor, periodsWithData } from '../../../src/core/scoring/scorecard.ts';
import { earlyWarnings } from '../../../src/core/analysis/early-warnings.ts';
import { monthsOfPeriod, periodOfMonth } from '../../../src/core/derive/complaint-kpis.ts';
import type { Handbook } from '../../../src/core/model/handbook.ts';
import { validFiles } from '../../helpers/fixture.ts';
import { loadFiles } from '../../helpers/handbook.ts';

/** One register entry of br-north: first responses within 30 minutes `kept` of `of`. */
const entry = (month: string, kept: number, of: number) => `  - unit: br-north
    month: "${month}"
    received: ${of}
    channels: { phone: ${of} }
    causes: {}
    severity: { minor: ${of} }
    promises:
      STD-RESP-001: { kept: ${kept}, of: ${of} }
`;

const kpi = (frequency: 'monthly' | 'quarterly') => `id: KPI-FR-SLA
name: Complaint first response within 30 minutes
definition: Complaints with a personal first response within 30 minutes ÷ all complaints logged.
method: sla-compliance
limit: 30 min
standard: STD-RESP-001
unitOfMeasure: percent
scale: { min: 0, max: 100 }
direction: higher
target: 95
warning: 90
frequency: ${frequency}
layer: efficiency
weight: 1
owner: bo-chen
dataSource: CRM complaint tickets
units: [region-east]
`;

function fixture(frequency: 'monthly' | 'quarterly', register: string, measurements?: string) {
  const files = validFiles();
  files.set('data/kpis/KPI-FR-SLA.yaml', kpi(frequency));
  files.set('data/complaints/2026.yaml', `complaints:\n${register}`);
  if (measurements) files.set('data/measurements/typed.yaml', `measurements:\n${measurements}`);
  return loadFiles(files);
}

const measurement = (h: Handbook, period: string) => h.index.measurementsByKpi.get('KPI-FR-SLA')?.get('br-north')?.get(period);

describe('compliance KPIs computed from the complaint register', () => {
  it('gives a monthly KPI each month\'s promises kept of complaints received', () => {
    const { handbook: h, diagnostics } = fixture('monthly', entry('2026-07', 11, 12) + entry('2026-08', 9, 10));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const aug = measurement(h, '2026-08')!;
    expect([aug.k, aug.n]).toEqual([9, 10]);
    expect(aug.value).toBe(90); // 9 ÷ 10 × 100
    expect(aug.counts).toMatchObject({ shape: 'proportion', k: 9, n: 10 });
    expect(aug.periodInfo?.key).toBe('2026-08');
    expect(aug.origin.file).toBe('data/complaints/2026.yaml');
    expect(measurement(h, '2026-07')!.value).toBeCloseTo((100 * 11) / 12, 10); // 91.666…
    expect([...h.index.measurementsByKpi.get('KPI-FR-SLA')!.get('br-north')!.keys()]).toEqual(['2026-07', '2026-08']);
  });

  it('gives a quarterly KPI the sum over its three months, and nothing for a quarter the register does not cover', () => {
    const { handbook: h } = fixture('quarterly', entry('2026-07', 11, 12) + entry('2026-08', 9, 10) + entry('2026-09', 14, 15) + entry('2026-10', 20, 20));
    const q3 = measurement(h, '2026-Q3')!;
    expect([q3.k, q3.n]).toEqual([34, 37]); // 11 + 9 + 14 of 12 + 10 + 15
    expect(q3.value).toBeCloseTo((100 * 34) / 37, 10); // 91.89 %
    expect(measurement(h, '2026-Q4')).toBeUndefined(); // October alone is not the quarter
    expect(h.derived.complaintKpis.map((c) => [c.kpi, c.unit, c.period, c.k, c.n])).toEqual([['KPI-FR-SLA', 'br-north', '2026-Q3', 34, 37]]);
  });

  it('keeps a typed measurement that agrees and adds none beside it', () => {
    const { handbook: h, diagnostics } = fixture('monthly', entry('2026-08', 9, 10), '  - { kpi: KPI-FR-SLA, unit: br-north, period: "2026-08", k: 9, n: 10, note: Typed from the CRM export }\n');
    expect(diagnostics.filter((d) => d.code.startsWith('complaints/') || d.code === 'measurement/duplicate')).toEqual([]);
    expect(measurement(h, '2026-08')!.note).toBe('Typed from the CRM export');
    expect(h.measurements.filter((m) => m.kpi === 'KPI-FR-SLA')).toHaveLength(1);
  });

  it('knows the months of a period and the period of a month', () => {
    expect(monthsOfPeriod('2026-Q4', 'quarterly')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsOfPeriod('2026-08', 'monthly')).toEqual(['2026-08']);
    expect(monthsOfPeriod('2026', 'annual')).toHaveLength(12);
    expect(monthsOfPeriod('2026-W07', 'weekly')).toEqual([]);
    expect(periodOfMonth('2026-08', 'quarterly')).toBe('2026-Q3');
    expect(periodOfMonth('2026-01', 'quarterly')).toBe('2026-Q1');
    expect(periodOfMonth('2026-12', 'annual')).toBe('2026');
  });
});

describe('the sample organisation: the register alone gives the numbers the typed measurements give', () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const COMPUTED = ['KPI-FR-SLA', 'KPI-SOL-SLA', 'KPI-FBR-SLA'];
  const { files } = readSources(root);
  const typed = buildHandbook(root, files, { today: '2026-12-06' }).handbook;
  // The same sources without a typed row of the three KPIs: every value must come from the register.
  const untypedRow = (line: string) => !COMPUTED.some((k) => line.includes(`kpi: ${k},`) || line.startsWith(`${k},`));
  const registerOnly = buildHandbook(
    root,
    files.map((f) => (f.path.startsWith('data/measurements/') ? { ...f, text: f.text.split('\n').filter(untypedRow).join('\n') } : f)),
    { today: '2026-12-06' },
  ).handbook;

  it('computes every typed value of the three KPIs from the register, and agrees with each', () => {
    const typedRows = typed.measurements.filter((m) => COMPUTED.includes(m.kpi));
    expect(typedRows.length).toBeGreaterThan(150);
    expect(registerOnly.measurements.filter((m) => COMPUTED.includes(m.kpi)).every((m) => m.origin.file.startsWith('data/complaints/'))).toBe(true);
    for (const m of typedRows) {
      const computed = registerOnly.index.measurementsByKpi.get(m.kpi)?.get(m.unit)?.get(m.period);
      expect(computed && [computed.k, computed.n, computed.value], `${m.kpi} ${m.unit} ${m.period}`).toEqual([m.k, m.n, m.value]);
    }
  });

  it('shows the same scorecard values, statuses, charts and early warnings', () => {
    const view = (h: Handbook) =>
      periodsWithData(h).flatMap((p) =>
        buildScorecard(h, p.key)
          .rows.filter((r) => COMPUTED.includes(r.kpi))
          .map((r) => [p.key, r.kpi, r.unit, r.value, r.n, r.status, r.chart.kind, r.chart.centre, r.chart.lower, r.chart.upper, r.trend?.deteriorationRun ?? null]),
      );
    const before = view(typed);
    expect(before.length).toBeGreaterThan(100);
    expect(view(registerOnly)).toEqual(before);
    for (const unit of ['br-shenzhen', 'br-guangzhou', 'br-suzhou']) {
      for (const id of COMPUTED) {
        const a = chartFor(typed, id, unit);
        const b = chartFor(registerOnly, id, unit);
        const drawn = (c: typeof a) => (c && 'points' in c ? { centre: c.centre, lower: c.lower, points: c.points.map((p) => [p.period, p.value, p.n, p.zone]), signals: JSON.stringify(c.signals) } : c);
        if (id === 'KPI-FR-SLA') expect(a && 'points' in a, `${id} ${unit} has a chart`).toBe(true);
        expect(drawn(b), `${id} ${unit}`).toEqual(drawn(a));
      }
    }
    const warnings = (h: Handbook) =>
      earlyWarnings(h, ['2026-10', '2026-09', '2026-Q3'].map((p) => buildScorecard(h, p)))
        .filter((w) => COMPUTED.includes(w.kpi.id))
        .map((w) => [w.kpi.id, w.unit.id, w.period, w.valueNow, w.signals.map((s) => s.rule)]);
    expect(warnings(typed).length).toBeGreaterThan(0);
    expect(warnings(registerOnly)).toEqual(warnings(typed));
  });
});
