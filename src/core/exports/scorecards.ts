/**
 * Downloadable data for Excel and BI tools: each scorecard, and every measurement with its
 * computed status, as CSV (see csv.ts for the Excel conventions) and JSON. Both formats carry the
 * same flat rows with the same column names, one row per KPI and unit, so a pivot table or a BI
 * model can be built on either. Empty (null in JSON) means "no value", never zero.
 *
 * Scorecard rows: the reporting units' own values (`level: "unit"`) and the roll-ups to the units
 * above them (`level: "roll-up"`, pooled as described in `status_reason`). Every fact of a row is
 * the engine's (core/scoring), read as the pages read it: its actions, `no_action`, `acknowledged`
 * and `overdue_action` are the row's or roll-up's loop state (scoring/actions.ts `loopState`), never
 * decided here again.
 *
 * Measurement rows: each value with the status the scorecard of its period gives it, judged by the
 * KPI's definition in force when the period began (`ObjectivesOn`), whose target and thresholds the
 * CSV row carries; the JSON file's `kpis` table holds each KPI as in force on the build date.
 *
 * The CSV files repeat the KPI's and the unit's attributes (name, unit of measure, target…) on
 * every row, as a spreadsheet wants. The JSON files hold them once, in `kpis` and `units` tables
 * keyed by id (a star schema a BI tool joins on `kpi` and `unit`), and write their rows as a table
 * with its columns once (json-table.ts: `columns`, then `rows` of values; format `/2`), so a JSON
 * file is smaller than its CSV. Both hold one row per unit and KPI and no history (that is in the
 * measurements export), so the size grows with units × KPIs only.
 *
 * Cost: these files are the largest outputs of a build (48 scorecards × 2 files plus the
 * measurements, about 360 MB on a 200-unit handbook), so they are written without intermediate
 * copies: rows are built once in their final shape, cells are encoded once per distinct text, and
 * each file is one `join` of its parts.
 */
import type { KpiEntity, MeasurementEntity } from '../model/handbook.ts';
import type { ScoringModel } from '../scoring/scoring-model.ts';
import type { Threshold } from '../schema/kpi.ts';
import type { RollupRow, Scorecard, ScorecardKpi, ScorecardRow } from '../scoring/index.ts';
import type { Trend } from '../scoring/trend.ts';
import { chartFor, classifyValue, attainment, explainInEnglish, isSmallSample, NORMALISATION, seriesIndex } from '../scoring/index.ts';
import { statusAt } from '../scoring/problem-history.ts';
import { kpiUnits } from '../derive/kpi-scope.ts';
import { CSV_BOM, CSV_EOL, csvCell } from './csv.ts';
import { jsonTable } from './json-table.ts';
import { localized } from '../text/localized.ts';

/** The JSON files' formats: `/2` writes each table's columns once (json-table.ts); `/1` wrote its rows as objects. */
export const SCORECARD_FORMAT = 'sqms-scorecard/2';
export const MEASUREMENTS_FORMAT = 'sqms-measurements/2';

/**
 * A scorecard row's own facts, as the JSON file's rows hold them (its KPI's and unit's attributes
 * are in the file's `kpis` and `units` tables).
 */
export interface ScorecardJsonRow {
  period: string;
  kpi_period: string;
  kpi: string;
  unit: string;
  level: 'unit' | 'roll-up';
  value: number | null;
  n: number | null;
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
  /** The problem is only unfavourable signals, each acknowledged with its assignable cause. */
  acknowledged: boolean;
  overdue_action: boolean;
  composite_score: number | null;
  composite_weight_covered_percent: number | null;
  note: string | null;
}

const low = (t: Threshold) => (typeof t === 'number' ? t : t.min);
const high = (t: Threshold) => (typeof t === 'number' ? null : t.max);
/** Numbers to 4 decimals: derived numbers, and values derived from counts (412 of 471 is 87.4735…). */
const r4 = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 1e4) / 1e4);

/** Fields of a row that belong to its KPI or unit: written once per KPI or unit in the JSON files. */
const DIMENSION_FIELDS: readonly string[] = ['kpi_name', 'layer', 'unit_name', 'unit_of_measure', 'direction', 'target', 'target_max', 'warning', 'warning_max'];

/** The attributes of a KPI repeated on its CSV rows. */
interface KpiDimensions {
  kpi_name: string;
  layer: string;
  unit_of_measure: string;
  direction: string;
  target: number;
  target_max: number | null;
  warning: number;
  warning_max: number | null;
}

function kpiDimensions(k: { name: unknown; layer: string; unitOfMeasure: string; direction: string; target: Threshold; warning: Threshold }): KpiDimensions {
  return {
    kpi_name: localized(k.name as Parameters<typeof localized>[0], 'en'),
    layer: k.layer,
    unit_of_measure: k.unitOfMeasure,
    direction: k.direction,
    target: low(k.target),
    target_max: high(k.target),
    warning: low(k.warning),
    warning_max: high(k.warning),
  };
}

/** A row joined with its KPI's attributes (`Fields`) and its unit's name, as the CSV files have it. */
type Joined<Row, Fields extends keyof KpiDimensions = keyof KpiDimensions> = Row & Pick<KpiDimensions, Fields> & { unit_name: string };

/** A scorecard row as the CSV file has it. */
export type ScorecardExportRow = Joined<ScorecardJsonRow>;

/** A row's trend: its change against the previous period and the year before, and the run of deteriorations. */
function trendFields(trend: Trend | null | undefined) {
  return {
    change_vs_previous: r4(trend?.vsPrevious?.difference),
    change_vs_previous_effect: trend?.vsPrevious?.effect ?? null,
    change_vs_year_earlier: r4(trend?.vsYearEarlier?.difference),
    change_vs_year_earlier_effect: trend?.vsYearEarlier?.effect ?? null,
    deterioration_run: trend?.deteriorationRun ?? null,
  };
}

/** A row's loop state (scoring/actions.ts `loopState`) and the composite score of its unit. */
function loopAndCompositeFields(r: Pick<ScorecardRow, 'actions' | 'noAction' | 'acknowledged' | 'overdueAction'>, c: Scorecard['composites'][number] | undefined) {
  return {
    actions: r.actions.map((a) => a.id),
    no_action: r.noAction,
    acknowledged: r.acknowledged,
    overdue_action: r.overdueAction,
    composite_score: r4(c?.score),
    composite_weight_covered_percent: c ? r4(c.coveredWeight) : null,
  };
}

interface ScorecardTables {
  rows: ScorecardJsonRow[];
  kpis: Map<string, KpiDimensions>;
  unitNames: Map<string, string>;
}

/** Tables already built, per scorecard: its CSV and its JSON file are written one after the other. */
const tablesOf = new WeakMap<Scorecard, ScorecardTables>();

/** The rows of a scorecard (the units' own values, then the roll-ups) and the attributes they refer to. */
function scorecardTables(sc: Scorecard): ScorecardTables {
  let tables = tablesOf.get(sc);
  if (!tables) {
    tables = buildScorecardTables(sc);
    tablesOf.set(sc, tables);
  }
  return tables;
}

function buildScorecardTables(sc: Scorecard): ScorecardTables {
  const kpis = new Map(sc.kpis.map((k) => [k.id, k]));
  const dims = new Map(sc.kpis.map((k) => [k.id, kpiDimensions(k)]));
  const unitNames = new Map(sc.units.map((u) => [u.id, localized(u.name, 'en')]));
  const composites = new Map(sc.composites.map((c) => [c.unit, c]));
  const comparisons = new Map(sc.comparisons.flatMap((c) => c.units.map((u) => [`${c.kpi}\u0000${u.unit}`, u] as const)));
  const period = sc.period.key;
  const rows: ScorecardJsonRow[] = [];
  for (const r of sc.rows as ScorecardRow[]) {
    const k = kpis.get(r.kpi);
    if (!k) continue;
    const cmp = comparisons.get(`${r.kpi}\u0000${r.unit}`);
    const c = composites.get(r.unit);
    const unfavourable: string[] = [];
    const favourable: string[] = [];
    for (const s of r.signals) {
      const list = s.unfavourable ? unfavourable : favourable;
      if (!list.includes(s.rule)) list.push(s.rule);
    }
    rows.push({
      period,
      kpi_period: k.period,
      kpi: k.id,
      unit: r.unit,
      level: 'unit',
      value: r4(r.value),
      n: r.n,
      status: r.status,
      status_reason: explainInEnglish(r.reason),
      stale: r.flags.stale,
      small_sample: r.flags.smallSample,
      attainment_percent: r4(r.attainment),
      ...trendFields(r.trend),
      control_chart: r.chart.kind,
      centre_line: r4(r.chart.centre),
      lower_control_limit: r4(r.chart.lower),
      upper_control_limit: r4(r.chart.upper),
      unfavourable_signals: unfavourable,
      favourable_signals: favourable,
      comparison: cmp?.classification ?? null,
      rank: cmp?.rank ?? null,
      ...loopAndCompositeFields(r, c),
      note: r.note,
    });
  }
  for (const r of sc.rollups as RollupRow[]) {
    const k = kpis.get(r.kpi);
    if (!k) continue;
    const c = composites.get(r.unit);
    rows.push({
      period,
      kpi_period: k.period,
      kpi: k.id,
      unit: r.unit,
      level: 'roll-up',
      value: r4(r.value),
      n: r.n,
      status: r.status,
      status_reason: explainInEnglish(r.note),
      stale: false,
      small_sample: false,
      attainment_percent: r4(r.attainment),
      ...trendFields(r.trend),
      control_chart: null,
      centre_line: null,
      lower_control_limit: null,
      upper_control_limit: null,
      unfavourable_signals: [],
      favourable_signals: [],
      comparison: null,
      rank: null,
      ...loopAndCompositeFields(r, c),
      note: r.unitsMissing.length ? `No value from: ${r.unitsMissing.join(', ')}` : null,
    });
  }
  return { rows, kpis: dims, unitNames };
}

/** The flat rows of a scorecard: the units' own values, then the roll-ups. */
export function scorecardExportRows(sc: Scorecard): ScorecardExportRow[] {
  const t = scorecardTables(sc);
  return t.rows.map((r) => {
    const d = t.kpis.get(r.kpi)!;
    const { period, kpi_period, kpi, ...rest } = r;
    return { period, kpi_period, kpi, kpi_name: d.kpi_name, layer: d.layer, unit_name: t.unitNames.get(r.unit) ?? r.unit, unit_of_measure: d.unit_of_measure, direction: d.direction, target: d.target, target_max: d.target_max, warning: d.warning, warning_max: d.warning_max, ...rest };
  });
}

/**
 * Writes CSV (csv.ts: BOM, header, every cell quoted, CRLF) from rows and a cell lookup, as
 * `toCsv` does, but encoding each distinct text once (names, statuses and reasons repeat on
 * thousands of rows) and without building a list of values per row.
 */
function writeCsv<R>(columns: readonly string[], rows: readonly R[], cellOf: (row: R, column: number) => unknown): string {
  const memo = new Map<string, string>();
  const text = (t: string): string => {
    let e = memo.get(t);
    if (e === undefined) {
      e = csvCell(t);
      if (memo.size < 200_000) memo.set(t, e);
    }
    return e;
  };
  const encode = (v: unknown): string => {
    if (v === null || v === undefined) return '""';
    if (typeof v === 'number') return Number.isFinite(v) ? `"${v}"` : '""';
    if (typeof v === 'boolean') return v ? '"true"' : '"false"';
    if (Array.isArray(v)) return v.length === 0 ? '""' : text(v.join(' '));
    return text(String(v));
  };
  const width = columns.length;
  const cells: string[] = columns.map(text);
  const lines: string[] = [cells.join(',')];
  for (const row of rows) {
    for (let c = 0; c < width; c++) cells[c] = encode(cellOf(row, c));
    lines.push(cells.join(','));
  }
  return CSV_BOM + lines.join(CSV_EOL) + CSV_EOL;
}

export const SCORECARD_COLUMNS: readonly (keyof ScorecardExportRow & string)[] = [
  'period', 'kpi_period', 'kpi', 'kpi_name', 'layer', 'unit', 'unit_name', 'level', 'value', 'n', 'unit_of_measure', 'direction',
  'target', 'target_max', 'warning', 'warning_max', 'status', 'status_reason', 'stale', 'small_sample', 'attainment_percent',
  'change_vs_previous', 'change_vs_previous_effect', 'change_vs_year_earlier', 'change_vs_year_earlier_effect', 'deterioration_run',
  'control_chart', 'centre_line', 'lower_control_limit', 'upper_control_limit', 'unfavourable_signals', 'favourable_signals',
  'comparison', 'rank', 'actions', 'no_action', 'acknowledged', 'overdue_action', 'composite_score', 'composite_weight_covered_percent', 'note',
];

/** The columns of the JSON file's rows: the CSV's, without the KPI's and unit's attributes (in its `kpis` and `units` tables). */
export const SCORECARD_JSON_COLUMNS = SCORECARD_COLUMNS.filter((c) => !DIMENSION_FIELDS.includes(c)) as readonly (keyof ScorecardJsonRow & string)[];

/** Where each column's value comes from: the row, its KPI's attributes or its unit's name. */
function columnSources(columns: readonly string[], kpiFields: readonly string[]): ('row' | 'kpi' | 'unit')[] {
  return columns.map((c) => (c === 'unit_name' ? 'unit' : kpiFields.includes(c) ? 'kpi' : 'row'));
}

/** The columns a CSV row takes from its KPI: the dimension fields but the unit's name. */
const KPI_FIELDS = DIMENSION_FIELDS.filter((f) => f !== 'unit_name');

/**
 * A CSV of export rows joined with their KPI's attributes and their unit's name: each column is
 * taken from the row, from `kpis` (the KPI_FIELDS columns) or from `unitNames` (`unit_name`).
 */
function joinedCsv<R extends { kpi: string; unit: string }>(
  columns: readonly string[],
  t: { rows: readonly R[]; kpis: ReadonlyMap<string, KpiDimensions>; unitNames: ReadonlyMap<string, string> },
  kpiOf: (row: R) => KpiDimensions = (r) => t.kpis.get(r.kpi)!,
): string {
  const sources = columnSources(columns, KPI_FIELDS);
  return writeCsv(columns, t.rows, (r, c) => {
    const column = columns[c]!;
    switch (sources[c]) {
      case 'row':
        return r[column as keyof R];
      case 'kpi':
        return kpiOf(r)[column as keyof KpiDimensions];
      default:
        return t.unitNames.get(r.unit) ?? r.unit;
    }
  });
}

export function scorecardCsv(sc: Scorecard): string {
  return joinedCsv(SCORECARD_COLUMNS, scorecardTables(sc));
}

function kpiTable(kpis: Iterable<{ id: string; name: unknown; layer: string; unitOfMeasure: string; direction: string; target: Threshold; warning: Threshold; frequency: string; weight: number }>) {
  return [...kpis].map((k) => {
    const { kpi_name, ...dimensions } = kpiDimensions(k);
    return { id: k.id, name: kpi_name, ...dimensions, frequency: k.frequency, weight: k.weight };
  });
}

export function scorecardJson(sc: Scorecard): string {
  return JSON.stringify({
    format: SCORECARD_FORMAT,
    period: sc.period,
    today: sc.today,
    normalisation: explainInEnglish(NORMALISATION),
    summary: sc.summary,
    kpis: kpiTable(sc.kpis).map((k, i) => ({ ...k, period: sc.kpis[i]!.period })),
    units: sc.units.map((u) => ({ id: u.id, name: localized(u.name, 'en'), type: u.type, parent: u.parent })),
    // The engine's explanations in English words, as they have always been written.
    composites: sc.composites.map(({ parts: _parts, ...c }) => ({ ...c, normalisation: explainInEnglish(c.normalisation) })),
    comparisons: sc.comparisons.map(({ units: _units, ...c }) => ({ ...c, note: explainInEnglish(c.note) })),
    ...jsonTable(SCORECARD_JSON_COLUMNS, scorecardTables(sc).rows),
  });
}

/** A measurement's own facts, as the JSON file's rows hold them (its KPI's and unit's attributes are in the file's `kpis` and `units` tables). */
export interface MeasurementJsonRow {
  kpi: string;
  unit: string;
  period: string;
  period_start: string | null;
  period_end: string | null;
  value: number | null;
  n: number | null;
  status: string;
  attainment_percent: number | null;
  small_sample: boolean;
  /** The value is not final yet (`provisional: true` in the data). */
  provisional: boolean;
  /** The phase of the unit's control chart the value belongs to (1, 2…), when the chart has several. */
  phase: number | null;
  /** The assignable cause of a signal acknowledged at this value (data/acknowledgements.yaml), in English. */
  acknowledgement: string | null;
  note: string | null;
  source_file: string;
}

/** A measurement as the CSV file has it: with the attributes of the KPI as its period's scorecard judges it. */
export type MeasurementExportRow = Joined<MeasurementJsonRow, Exclude<keyof KpiDimensions, 'layer'>>;

/**
 * The handbook with each KPI as in force on a day (src/site/stores/definitions-in-force.ts): a value
 * is judged by the objectives in force when its period began, as the scorecard of its period judges
 * it. Without one, every value is judged by the handbook's own definitions.
 */
export type ObjectivesOn = (day: string) => ScoringModel;

interface MeasurementTables {
  rows: MeasurementJsonRow[];
  /** Each KPI's attributes as in force on the build date (the JSON file's `kpis` table). */
  kpis: Map<string, KpiDimensions>;
  /** The attributes of rows judged by another version of their KPI (an earlier target): the CSV's columns for them. */
  earlier: Map<MeasurementJsonRow, KpiDimensions>;
  unitNames: Map<string, string>;
}

/** Every valid measurement with its status, and the KPI attributes its rows refer to. */
function measurementTables(h: ScoringModel, objectivesOn: ObjectivesOn): MeasurementTables {
  const scopes = new Map<KpiEntity, Set<string>>();
  const kpis = new Map<string, KpiDimensions>();
  const earlier = new Map<MeasurementJsonRow, KpiDimensions>();
  const earlierDimensions = new Map<KpiEntity, KpiDimensions>();
  const views = new Map<string, ScoringModel>();
  /** The KPI as the scorecard of the measurement's period judges it. */
  const kpiOfPeriod = (m: MeasurementEntity, own: KpiEntity): KpiEntity => {
    const day = m.periodInfo?.start;
    if (day === undefined) return own;
    let view = views.get(day);
    if (!view) views.set(day, (view = objectivesOn(day)));
    return view.kpis.get(own.id) ?? own;
  };
  const unitNames = new Map([...h.units.values()].map((u) => [u.id, localized(u.name, 'en')]));
  const rows: MeasurementJsonRow[] = [];
  const acknowledgements = new Map<string, string[]>();
  for (const a of h.acknowledgements ?? []) {
    const key = `${a.kpi}\u0000${a.unit}\u0000${a.period}`;
    const causes = acknowledgements.get(key) ?? [];
    const cause = localized(a.cause, 'en');
    if (!causes.includes(cause)) causes.push(cause);
    acknowledgements.set(key, causes);
  }
  // The phase of each value on its series' chart (computed once per series, shared with the pages).
  const phases = new Map<string, Map<string, number> | null>();
  const phaseOf = (kpi: string, unit: string, period: string): number | null => {
    const key = `${kpi}\u0000${unit}`;
    let byPeriod = phases.get(key);
    if (byPeriod === undefined) {
      const chart = chartFor(h, kpi, unit);
      byPeriod = chart && chart.kind !== 'none' && chart.phases.length > 1 ? new Map(chart.points.map((p) => [p.period, p.phase + 1])) : null;
      phases.set(key, byPeriod);
    }
    return byPeriod?.get(period) ?? null;
  };
  for (const m of h.measurements) {
    const own = h.kpis.get(m.kpi);
    if (!own) continue;
    if (!kpis.has(own.id)) kpis.set(own.id, kpiDimensions(own));
    const kpi = kpiOfPeriod(m, own);
    let scope = scopes.get(kpi);
    if (!scope) scopes.set(kpi, (scope = kpiUnits(h, kpi)));
    const series = seriesIndex(h).get(kpi.id)?.get(m.unit);
    const status =
      !scope.has(m.unit) ? 'not-applicable' : m.value === null ? 'no-data' : series && m.periodInfo ? statusAt(kpi, series, m.periodInfo) : classifyValue(kpi, m.value);
    const row: MeasurementJsonRow = {
      kpi: kpi.id,
      unit: m.unit,
      period: m.period,
      period_start: m.periodInfo?.start ?? null,
      period_end: m.periodInfo?.end ?? null,
      value: r4(m.value),
      n: m.n ?? null,
      status,
      attainment_percent: m.value === null || status === 'not-applicable' ? null : r4(attainment(kpi, m.value)),
      small_sample: isSmallSample(kpi, m.n),
      provisional: m.provisional === true,
      phase: scope.has(m.unit) ? phaseOf(kpi.id, m.unit, m.period) : null,
      acknowledgement: acknowledgements.get(`${kpi.id}\u0000${m.unit}\u0000${m.period}`)?.join(' / ') ?? null,
      note: m.note ?? null,
      source_file: m.origin.file,
    };
    rows.push(row);
    if (kpi !== own) {
      let d = earlierDimensions.get(kpi);
      if (!d) earlierDimensions.set(kpi, (d = kpiDimensions(kpi)));
      earlier.set(row, d);
    }
  }
  return { rows, kpis, earlier, unitNames };
}

/**
 * Every valid measurement with its status, as the scorecard of its period shows it: judged by the
 * objectives `objectivesOn` gives for the period's first day, whose target and thresholds are the
 * row's.
 */
export function measurementExportRows(h: ScoringModel, objectivesOn: ObjectivesOn = () => h): MeasurementExportRow[] {
  const t = measurementTables(h, objectivesOn);
  return t.rows.map((r) => {
    const d = t.earlier.get(r) ?? t.kpis.get(r.kpi)!;
    const { kpi, unit, period, period_start, period_end, value, n, ...rest } = r;
    return {
      kpi, kpi_name: d.kpi_name, unit, unit_name: t.unitNames.get(unit) ?? unit, period, period_start, period_end, value, n,
      unit_of_measure: d.unit_of_measure, direction: d.direction, target: d.target, target_max: d.target_max, warning: d.warning, warning_max: d.warning_max,
      ...rest,
    };
  });
}

export const MEASUREMENT_COLUMNS: readonly (keyof MeasurementExportRow & string)[] = [
  'kpi', 'kpi_name', 'unit', 'unit_name', 'period', 'period_start', 'period_end', 'value', 'n', 'unit_of_measure', 'direction',
  'target', 'target_max', 'warning', 'warning_max', 'status', 'attainment_percent', 'small_sample', 'provisional', 'phase', 'acknowledgement',
  'note', 'source_file',
];

/** The columns of the JSON file's rows: the CSV's, without the KPI's and unit's attributes. */
export const MEASUREMENT_JSON_COLUMNS = MEASUREMENT_COLUMNS.filter((c) => !DIMENSION_FIELDS.includes(c)) as readonly (keyof MeasurementJsonRow & string)[];

export function measurementsCsv(h: ScoringModel, objectivesOn: ObjectivesOn = () => h): string {
  const t = measurementTables(h, objectivesOn);
  return joinedCsv(MEASUREMENT_COLUMNS, t, (r) => t.earlier.get(r) ?? t.kpis.get(r.kpi)!);
}

/** The JSON file: rows judged as in `measurementExportRows`; its `kpis` table holds each KPI as in force on the build date. */
export function measurementsJson(h: ScoringModel, objectivesOn: ObjectivesOn = () => h): string {
  return JSON.stringify({
    format: MEASUREMENTS_FORMAT,
    today: h.today,
    kpis: kpiTable(h.kpis.values()),
    units: [...h.units.values()].map((u) => ({ id: u.id, name: localized(u.name, 'en'), type: u.type, parent: u.parentUnit?.id ?? null })),
    ...jsonTable(MEASUREMENT_JSON_COLUMNS, measurementTables(h, objectivesOn).rows),
  });
}

/** File names of the exports of one period. */
export const scorecardFile = (period: string, ext: 'csv' | 'json') => `scorecard-${period}.${ext}`;
