import { describe, expect, it } from 'vitest';
import { CSV_BOM, toCsv, type CsvValue } from '../../../src/core/exports/csv.ts';
import { MEASUREMENT_COLUMNS, measurementExportRows, measurementsCsv, measurementsJson, SCORECARD_COLUMNS, scorecardCsv, scorecardExportRows, scorecardJson } from '../../../src/core/exports/scorecards.ts';
import { scorecardFor } from '../../../src/site/stores/scorecards.ts';
import { exportModelOf } from '../../../src/site/stores/export-model.ts';
import { exportScorecards } from '../../../src/core/exports/export-scorecards.ts';
import { sampleHandbook } from '../../site/sample-handbook.ts';

const h = sampleHandbook();
/** As the build judges each measurement: by the objectives in force when its period began. */
const objectives = exportScorecards(exportModelOf(h)).objectivesOn;
const sc = scorecardFor(h, '2026-10');
/** Shenzhen's CSAT in October 2026 as the engine holds it: derived from its counts. */
const shenzhenCsat = h.index.measurementsByKpi.get('KPI-CSAT')!.get('br-shenzhen')!.get('2026-10')!;
const row = sc.rows.find((r) => r.kpi === 'KPI-CSAT' && r.unit === 'br-shenzhen')!;
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** The rows of a JSON export as objects, as a reader of the file joins its `columns` and each row's values. */
const objectsOf = (json: { columns: string[]; rows: unknown[][] }) => json.rows.map((values) => Object.fromEntries(json.columns.map((c, i) => [c, values[i]])));

/** A minimal RFC 4180 reader for the tests (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('scorecard exports', () => {
  const rows = scorecardExportRows(sc);

  it('have a row per unit row and per roll-up', () => {
    expect(rows).toHaveLength(sc.rows.length + sc.rollups.length);
    expect(rows.filter((r) => r.level === 'roll-up')).toHaveLength(sc.rollups.length);
  });

  it('carry value, status, trend, signals, actions and composite', () => {
    const r = rows.find((x) => x.kpi === 'KPI-CSAT' && x.unit === 'br-shenzhen')!;
    expect(r).toMatchObject({
      period: '2026-10',
      value: r4(shenzhenCsat.value!), // to 4 decimals: 79.36 % is 346 of 436, say
      n: shenzhenCsat.n,
      status: 'off-target',
      target: 85,
      warning: 80,
      comparison: 'below', // beyond the 99.8 % funnel limit of the branches, widened for over-dispersion
      rank: 6, // the only branch that differs beyond chance: last of six
      actions: ['IA-2026-003'],
      no_action: false,
      control_chart: row.chart.kind, // p, or Laney p′ when the baseline is over-dispersed
      change_vs_previous_effect: 'worsened',
    });
    expect(r.unfavourable_signals).toEqual(row.signals.filter((x) => x.unfavourable).map((x) => x.rule));
    expect(r.unfavourable_signals.length).toBeGreaterThan(0);
    expect(r.acknowledged).toBe(false);
    // February 2026: Pudong's CSAT signal is acknowledged (Chinese New Year), so it needs no action.
    const feb = scorecardExportRows(scorecardFor(h, '2026-02')).find((x) => x.kpi === 'KPI-CSAT' && x.unit === 'br-pudong')!;
    expect(feb).toMatchObject({ acknowledged: true, no_action: false, actions: [] });
    expect(feb.unfavourable_signals.length).toBeGreaterThan(0);
    // CSAT and first-response compliance off target pull Shenzhen far below the other branches.
    const branches = sc.composites.filter((c) => c.unit.startsWith('br-'));
    expect(r.composite_score).toBeCloseTo(branches.find((c) => c.unit === 'br-shenzhen')!.score!, 3);
    expect(r.composite_score).toBe(Math.min(...branches.map((c) => r4(c.score!)!)));
  });

  it('write an Excel-friendly CSV with the same rows', () => {
    const csv = scorecardCsv(sc);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const table = parseCsv(csv.slice(1));
    expect(table[0]).toEqual([...SCORECARD_COLUMNS]);
    expect(table).toHaveLength(rows.length + 1);
    const header = table[0]!;
    const shenzhen = table.find((t) => t[header.indexOf('kpi')] === 'KPI-CSAT' && t[header.indexOf('unit')] === 'br-shenzhen')!;
    expect(shenzhen[header.indexOf('value')]).toBe(String(r4(shenzhenCsat.value!)));
    expect(shenzhen[header.indexOf('actions')]).toBe('IA-2026-003');
    expect(shenzhen[header.indexOf('unfavourable_signals')]).toBe(row.signals.filter((x) => x.unfavourable).map((x) => x.rule).join(' '));
    // A negative change stays a number (no formula-guard quote).
    expect(table.some((t) => /^-\d/.test(t[header.indexOf('change_vs_previous')]!))).toBe(true);
  });

  it('write missing values as empty cells, never 0', () => {
    const sep = scorecardFor(h, '2026-09');
    const table = parseCsv(scorecardCsv(sep).slice(1));
    const header = table[0]!;
    const gz = table.find((t) => t[header.indexOf('kpi')] === 'KPI-NPS' && t[header.indexOf('unit')] === 'br-guangzhou')!;
    expect(gz[header.indexOf('value')]).toBe('');
    expect(gz[header.indexOf('status')]).toBe('no-data');
  });

  it('write JSON with the same rows, KPI and unit attributes once in their own tables', () => {
    const json = JSON.parse(scorecardJson(sc));
    expect(json.format).toBe('sqms-scorecard/2');
    expect(json.period.key).toBe('2026-10');
    expect(json.rows).toHaveLength(rows.length);
    const kpis = new Map(json.kpis.map((k: { id: string }) => [k.id, k]));
    const units = new Map(json.units.map((u: { id: string }) => [u.id, u]));
    // Joining the tables gives back the CSV's flat rows.
    objectsOf(json).forEach((r, i) => {
      const k = kpis.get(r['kpi'] as string) as Record<string, unknown>;
      const u = units.get(r['unit'] as string) as Record<string, unknown>;
      const { id: _k, name: kpiName, frequency: _f, weight: _w, period: _p, ...kpiFields } = k;
      expect({ ...r, ...kpiFields, kpi_name: kpiName, unit_name: u['name'] }).toEqual(rows[i]);
    });
    expect(json.composites[0]).not.toHaveProperty('parts');
    // The engine's explanations are written in English words, not as codes.
    expect(json.normalisation).toMatch(/^Attainment is anchored on each KPI's thresholds/);
    expect(json.composites[0].normalisation).toBe(json.normalisation);
    expect(json.comparisons.map((c: { note: unknown }) => typeof c.note)).not.toContain('object');
    expect(json.comparisons.find((c: { kpi: string }) => c.kpi === 'KPI-CSAT').note).toMatch(/^(Funnel plot|Leave-one-out|Fewer than)/);
    expect(kpis.get('KPI-RET')).toMatchObject({ period: '2026-Q3', target: 80, frequency: 'quarterly' });
  });
});

/** The cells of export rows as csv.ts's `toCsv` writes them (lists joined by spaces). */
const cells = <T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]) =>
  rows.map((r) => columns.map((c) => (Array.isArray(r[c]) ? (r[c] as unknown[]).join(' ') : r[c]) as CsvValue));

describe('export files, written fast', () => {
  it('are exactly what toCsv writes for the same rows, for every period', () => {
    for (const period of ['2026-10', '2026-09', '2026-Q3', '2025-01']) {
      const s = scorecardFor(h, period);
      expect(scorecardCsv(s)).toBe(toCsv(SCORECARD_COLUMNS, cells(scorecardExportRows(s), SCORECARD_COLUMNS)));
    }
    expect(measurementsCsv(h, objectives)).toBe(toCsv(MEASUREMENT_COLUMNS, cells(measurementExportRows(h, objectives), MEASUREMENT_COLUMNS)));
  });

  it('keep the JSON column order: the CSV columns without the KPI and unit attributes', () => {
    const dims = ['kpi_name', 'layer', 'unit_name', 'unit_of_measure', 'direction', 'target', 'target_max', 'warning', 'warning_max'];
    const json = JSON.parse(scorecardJson(sc));
    expect(json.columns).toEqual(SCORECARD_COLUMNS.filter((c) => !dims.includes(c)));
    for (const r of [json.rows[0], json.rows.at(-1)]) expect(r).toHaveLength(json.columns.length);
    const m = JSON.parse(measurementsJson(h, objectives));
    expect(m.columns).toEqual(MEASUREMENT_COLUMNS.filter((c) => !dims.includes(c)));
    // Compact: no indentation.
    expect(scorecardJson(sc)).not.toContain('\n');
  });
});

describe('measurement exports', () => {
  const rows = measurementExportRows(h, objectives);

  it('have every measurement with its computed status', () => {
    expect(rows).toHaveLength(h.measurements.length);
    expect(rows.find((r) => r.kpi === 'KPI-CSAT' && r.unit === 'br-shenzhen' && r.period === '2026-10')).toMatchObject({ value: r4(shenzhenCsat.value!), status: 'off-target' });
    expect(rows.find((r) => r.kpi === 'KPI-CSAT' && r.unit === 'br-xuhui' && r.period === '2026-02')).toMatchObject({ value: null, status: 'no-data' });
    expect(rows.find((r) => r.kpi === 'KPI-CSAT' && r.unit === 'br-suzhou' && r.period === '2025-07')).toMatchObject({ small_sample: true });
  });

  it('say which values are provisional, which phase of their chart they belong to, and what was acknowledged', () => {
    const fcr = rows.filter((r) => r.kpi === 'KPI-FCR' && r.period === '2026-10');
    expect(fcr.length).toBeGreaterThan(0);
    for (const r of fcr) expect(r.provisional).toBe(true); // the repeat-contact window was still open at export
    expect(rows.filter((r) => r.provisional).every((r) => r.kpi === 'KPI-FCR' && r.period === '2026-10')).toBe(true);
    // Pudong's complaint rate: phase 1 before IA-2025-001 was closed as effective, phase 2 after; one-phase charts say nothing.
    const cpt = (period: string) => rows.find((r) => r.kpi === 'KPI-CPT' && r.unit === 'br-pudong' && r.period === period)!;
    expect([cpt('2025-09').phase, cpt('2025-10').phase]).toEqual([1, 2]);
    expect(rows.find((r) => r.kpi === 'KPI-CSAT' && r.unit === 'br-shenzhen' && r.period === '2026-10')!.phase).toBeNull();
    // Every acknowledgement of the data is on its value, with its cause.
    for (const a of h.acknowledgements) {
      const r = rows.find((x) => x.kpi === a.kpi && x.unit === a.unit && x.period === a.period)!;
      expect(r.acknowledgement).toContain(typeof a.cause === 'string' ? a.cause : a.cause.en!);
    }
    expect(rows.filter((r) => r.acknowledgement !== null)).toHaveLength(new Set(h.acknowledgements.map((a) => `${a.kpi} ${a.unit} ${a.period}`)).size);
  });

  it('write CSV and JSON', () => {
    const table = parseCsv(measurementsCsv(h, objectives).slice(1));
    expect(table[0]).toEqual([...MEASUREMENT_COLUMNS]);
    expect(table).toHaveLength(rows.length + 1);
    const json = JSON.parse(measurementsJson(h, objectives));
    expect(json.format).toBe('sqms-measurements/2');
    expect(json.rows).toHaveLength(rows.length);
    expect(json.columns).not.toContain('kpi_name');
    const first = objectsOf(json)[0]!;
    expect(json.kpis.map((k: { id: string }) => k.id)).toContain(first['kpi']);
    expect(json.units.map((u: { id: string }) => u.id)).toContain(first['unit']);
  });
});
