/**
 * Downloadable data for Excel and BI tools: each scorecard, and every measurement with its
 * computed status, as CSV (see csv.ts for the Excel conventions) and JSON. Both formats carry the
 * same flat rows with the same field names, one row per KPI and unit, so a pivot table or a BI
 * model can be built on either. Empty means "no value", never zero.
 *
 * Scorecard rows: the reporting units' own values (`level: "unit"`) and the roll-ups to the units
 * above them (`level: "roll-up"`, pooled as described in `status_reason`).
 *
 * The CSV files repeat the KPI's and the unit's attributes (name, unit of measure, target…) on
 * every row, as a spreadsheet wants. The JSON files hold them once, in `kpis` and `units` tables
 * keyed by id (a star schema a BI tool joins on `kpi` and `unit`), which keeps them about half the
 * size on a large handbook.
 */
import type { Handbook } from '../core/model/handbook.ts';
import type { Threshold } from '../core/schema/kpi.ts';
import type { RollupRow, Scorecard, ScorecardKpi, ScorecardRow } from '../core/scoring/index.ts';
import { classifyValue, attainment, NORMALISATION } from '../core/scoring/index.ts';
import { kpiUnits } from '../core/rules/measurements.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { localized } from './text.ts';

export const SCORECARD_FORMAT = 'sqms-scorecard/1';
export const MEASUREMENTS_FORMAT = 'sqms-measurements/1';

export interface ScorecardExportRow {
  period: string;
  kpi_period: string;
  kpi: string;
  kpi_name: string;
  layer: string;
  unit: string;
  unit_name: string;
  level: 'unit' | 'roll-up';
  value: number | null;
  n: number | null;
  unit_of_measure: string;
  direction: string;
  target: number;
  target_max: number | null;
  warning: number;
  warning_max: number | null;
  status: string;
  status_reason: string;
  stale: boolean;
  small_sample: boolean;
  attainment_percent: number | null;
  change_vs_previous: number | null;
  change_vs_previous_effect: string | null;
  change_vs_year_earlier: number | null;
  change_vs_year_earlier_effect: string | null;
  deterioration_run: number | null;
  control_chart: string | null;
  centre_line: number | null;
  lower_control_limit: number | null;
  upper_control_limit: number | null;
  unfavourable_signals: string[];
  favourable_signals: string[];
  comparison: string | null;
  rank: number | null;
  actions: string[];
  no_action: boolean;
  overdue_action: boolean;
  composite_score: number | null;
  composite_weight_covered_percent: number | null;
  note: string | null;
}

const low = (t: Threshold) => (typeof t === 'number' ? t : t.min);
const high = (t: Threshold) => (typeof t === 'number' ? null : t.max);
/** Derived numbers to 4 decimals (the engine's own values are passed through untouched). */
const r4 = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 1e4) / 1e4);

function base(sc: Scorecard, k: ScorecardKpi, unitName: string) {
  return {
    period: sc.period.key,
    kpi_period: k.period,
    kpi: k.id,
    kpi_name: localized(k.name, 'en'),
    layer: k.layer,
    unit_name: unitName,
    unit_of_measure: k.unit,
    direction: k.direction,
    target: low(k.target),
    target_max: high(k.target),
    warning: low(k.warning),
    warning_max: high(k.warning),
  };
}

/** The flat rows of a scorecard: the units' own values, then the roll-ups. */
export function scorecardExportRows(sc: Scorecard): ScorecardExportRow[] {
  const kpis = new Map(sc.kpis.map((k) => [k.id, k]));
  const names = new Map(sc.units.map((u) => [u.id, localized(u.name, 'en')]));
  const composites = new Map(sc.composites.map((c) => [c.unit, c]));
  const comparisons = new Map(sc.comparisons.flatMap((c) => c.units.map((u) => [`${c.kpi}\u0000${u.unit}`, u] as const)));
  const out: ScorecardExportRow[] = [];
  const composite = (unit: string) => {
    const c = composites.get(unit);
    return { composite_score: r4(c?.score), composite_weight_covered_percent: c ? r4(c.coveredWeight) : null };
  };
  for (const r of sc.rows as ScorecardRow[]) {
    const k = kpis.get(r.kpi);
    if (!k) continue;
    const cmp = comparisons.get(`${r.kpi}\u0000${r.unit}`);
    out.push({
      ...base(sc, k, names.get(r.unit) ?? r.unit),
      unit: r.unit,
      level: 'unit',
      value: r.value,
      n: r.n,
      status: r.status,
      status_reason: r.reason,
      stale: r.flags.stale,
      small_sample: r.flags.smallSample,
      attainment_percent: r4(r.attainment),
      change_vs_previous: r4(r.trend?.vsPrevious?.difference),
      change_vs_previous_effect: r.trend?.vsPrevious?.effect ?? null,
      change_vs_year_earlier: r4(r.trend?.vsYearEarlier?.difference),
      change_vs_year_earlier_effect: r.trend?.vsYearEarlier?.effect ?? null,
      deterioration_run: r.trend?.deteriorationRun ?? null,
      control_chart: r.chart.kind,
      centre_line: r4(r.chart.centre),
      lower_control_limit: r4(r.chart.lower),
      upper_control_limit: r4(r.chart.upper),
      unfavourable_signals: [...new Set(r.signals.filter((s) => s.unfavourable).map((s) => s.rule))],
      favourable_signals: [...new Set(r.signals.filter((s) => !s.unfavourable).map((s) => s.rule))],
      comparison: cmp?.classification ?? null,
      rank: cmp?.rank ?? null,
      actions: r.actions.map((a) => a.id),
      no_action: r.noAction,
      overdue_action: r.actions.some((a) => a.overdue),
      ...composite(r.unit),
      note: r.note,
    });
  }
  for (const r of sc.rollups as RollupRow[]) {
    const k = kpis.get(r.kpi);
    if (!k) continue;
    out.push({
      ...base(sc, k, names.get(r.unit) ?? r.unit),
      unit: r.unit,
      level: 'roll-up',
      value: r.value,
      n: r.n,
      status: r.status,
      status_reason: r.note,
      stale: false,
      small_sample: false,
      attainment_percent: r4(r.attainment),
      change_vs_previous: null,
      change_vs_previous_effect: null,
      change_vs_year_earlier: null,
      change_vs_year_earlier_effect: null,
      deterioration_run: null,
      control_chart: null,
      centre_line: null,
      lower_control_limit: null,
      upper_control_limit: null,
      unfavourable_signals: [],
      favourable_signals: [],
      comparison: null,
      rank: null,
      actions: [],
      no_action: false,
      overdue_action: false,
      ...composite(r.unit),
      note: r.unitsMissing.length ? `No value from: ${r.unitsMissing.join(', ')}` : null,
    });
  }
  return out;
}

const cell = (v: unknown): CsvValue => (Array.isArray(v) ? v.join(' ') : (v as CsvValue));

function rowsToCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  return toCsv(
    columns,
    rows.map((r) => columns.map((c) => cell(r[c]))),
  );
}

export const SCORECARD_COLUMNS: readonly (keyof ScorecardExportRow & string)[] = [
  'period', 'kpi_period', 'kpi', 'kpi_name', 'layer', 'unit', 'unit_name', 'level', 'value', 'n', 'unit_of_measure', 'direction',
  'target', 'target_max', 'warning', 'warning_max', 'status', 'status_reason', 'stale', 'small_sample', 'attainment_percent',
  'change_vs_previous', 'change_vs_previous_effect', 'change_vs_year_earlier', 'change_vs_year_earlier_effect', 'deterioration_run',
  'control_chart', 'centre_line', 'lower_control_limit', 'upper_control_limit', 'unfavourable_signals', 'favourable_signals',
  'comparison', 'rank', 'actions', 'no_action', 'overdue_action', 'composite_score', 'composite_weight_covered_percent', 'note',
];

export function scorecardCsv(sc: Scorecard): string {
  return rowsToCsv(scorecardExportRows(sc), SCORECARD_COLUMNS);
}

/** Fields of a row that belong to its KPI or unit: written once per KPI or unit in the JSON files. */
const DIMENSION_FIELDS = ['kpi_name', 'layer', 'unit_name', 'unit_of_measure', 'direction', 'target', 'target_max', 'warning', 'warning_max'] as const;
type DimensionField = (typeof DIMENSION_FIELDS)[number];

function withoutDimensions<T extends Partial<Record<DimensionField, unknown>>>(row: T): Omit<T, DimensionField> {
  const out: Record<string, unknown> = { ...row };
  for (const f of DIMENSION_FIELDS) delete out[f];
  return out as Omit<T, DimensionField>;
}

function kpiTable(kpis: Iterable<{ id: string; name: unknown; layer: string; unit: string; direction: string; target: Threshold; warning: Threshold; frequency: string; weight: number }>) {
  return [...kpis].map((k) => ({
    id: k.id,
    name: localized(k.name as Parameters<typeof localized>[0], 'en'),
    layer: k.layer,
    unit_of_measure: k.unit,
    direction: k.direction,
    target: low(k.target),
    target_max: high(k.target),
    warning: low(k.warning),
    warning_max: high(k.warning),
    frequency: k.frequency,
    weight: k.weight,
  }));
}

export function scorecardJson(sc: Scorecard): string {
  return JSON.stringify({
    format: SCORECARD_FORMAT,
    period: sc.period,
    today: sc.today,
    normalisation: NORMALISATION,
    summary: sc.summary,
    kpis: kpiTable(sc.kpis).map((k, i) => ({ ...k, period: sc.kpis[i]!.period })),
    units: sc.units.map((u) => ({ id: u.id, name: localized(u.name, 'en'), type: u.type, parent: u.parent })),
    rows: scorecardExportRows(sc).map(withoutDimensions),
    composites: sc.composites.map(({ parts: _parts, ...c }) => c),
    comparisons: sc.comparisons.map(({ units: _units, ...c }) => c),
  });
}

export interface MeasurementExportRow {
  kpi: string;
  kpi_name: string;
  unit: string;
  unit_name: string;
  period: string;
  period_start: string | null;
  period_end: string | null;
  value: number | null;
  n: number | null;
  unit_of_measure: string;
  direction: string;
  target: number;
  target_max: number | null;
  warning: number;
  warning_max: number | null;
  status: string;
  attainment_percent: number | null;
  small_sample: boolean;
  note: string | null;
  source_file: string;
}

/** Every valid measurement with its status (as it would show on a scorecard of its period). */
export function measurementExportRows(h: Handbook): MeasurementExportRow[] {
  const scopes = new Map<string, Set<string>>();
  const names = new Map([...h.units.values()].map((u) => [u.id, localized(u.name, 'en')]));
  const out: MeasurementExportRow[] = [];
  for (const m of h.measurements) {
    const kpi = h.kpis.get(m.kpi);
    if (!kpi) continue;
    let scope = scopes.get(kpi.id);
    if (!scope) scopes.set(kpi.id, (scope = kpiUnits(h, kpi)));
    const status = !scope.has(m.unit) ? 'not-applicable' : m.value === null ? 'no-data' : classifyValue(kpi, m.value);
    out.push({
      kpi: kpi.id,
      kpi_name: localized(kpi.name, 'en'),
      unit: m.unit,
      unit_name: names.get(m.unit) ?? m.unit,
      period: m.period,
      period_start: m.periodInfo?.start ?? null,
      period_end: m.periodInfo?.end ?? null,
      value: m.value,
      n: m.n ?? null,
      unit_of_measure: kpi.unit,
      direction: kpi.direction,
      target: low(kpi.target),
      target_max: high(kpi.target),
      warning: low(kpi.warning),
      warning_max: high(kpi.warning),
      status,
      attainment_percent: m.value === null || status === 'not-applicable' ? null : r4(attainment(kpi, m.value)),
      small_sample: kpi.minSampleSize !== undefined && m.n !== undefined && m.n < kpi.minSampleSize,
      note: m.note ?? null,
      source_file: m.origin.file,
    });
  }
  return out;
}

export const MEASUREMENT_COLUMNS: readonly (keyof MeasurementExportRow & string)[] = [
  'kpi', 'kpi_name', 'unit', 'unit_name', 'period', 'period_start', 'period_end', 'value', 'n', 'unit_of_measure', 'direction',
  'target', 'target_max', 'warning', 'warning_max', 'status', 'attainment_percent', 'small_sample', 'note', 'source_file',
];

export function measurementsCsv(h: Handbook): string {
  return rowsToCsv(measurementExportRows(h), MEASUREMENT_COLUMNS);
}

export function measurementsJson(h: Handbook): string {
  return JSON.stringify({
    format: MEASUREMENTS_FORMAT,
    today: h.today,
    kpis: kpiTable(h.kpis.values()),
    units: [...h.units.values()].map((u) => ({ id: u.id, name: localized(u.name, 'en'), type: u.type, parent: u.parentUnit?.id ?? null })),
    rows: measurementExportRows(h).map(withoutDimensions),
  });
}

/** File names of the exports of one period. */
export const scorecardFile = (period: string, ext: 'csv' | 'json') => `scorecard-${period}.${ext}`;
