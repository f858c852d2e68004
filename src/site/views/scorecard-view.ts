/**
 * What the scorecard pages show, prepared from the engine's plain data (src/core/scoring): status
 * words and icons, the units × KPIs grid of the overview, and the per-KPI lines of a unit's
 * scorecard. Components only render these objects.
 *
 * Status is always a word with an icon of its own shape (✓ ! ✕ ? –); colour only reinforces it.
 * A cell without a value shows "—" and the status "No data", never zero.
 */
import type { Handbook, KpiEntity } from '../../core/model/handbook.ts';
import type { Kpi } from '../../core/schema/kpi.ts';
import type { CompositeScore, LinkedAction, PeriodChange, ProblemReason, RollupRow, Scorecard, ScorecardKpi, ScorecardRow, ScorecardUnit, Signal, SignalRule, Status, StatusFlags, UnitComparison } from '../../core/scoring/index.ts';
import { periodWindow, rolledUpValues, seriesIndex, SIGNAL_ORDER_OF } from '../../core/scoring/index.ts';
import type { ChartSummary, Interval } from '../../core/scoring/index.ts';
import { parsePeriod } from '../../core/time/period.ts';
import { formatNumber, formatTarget, formatThreshold, formatValue } from '../words/format.ts';
import { sparkline, type Sparkline } from './sparkline.ts';
import type { UiLocale } from '../words/locale.ts';
import { explanationText, wordsFor } from '../words/words.ts';

type MeasurementUnit = Kpi['unitOfMeasure'];

export interface StatusMeta {
  label: string;
  /** A symbol whose shape differs per status (not only its colour). */
  icon: string;
}

const STATUS_ICONS: Record<Status, string> = { 'on-target': '✓', 'within-noise': '~', 'at-risk': '!', 'off-target': '✕', 'no-data': '?', 'not-applicable': '–' };

/** Status words (in `locale`) and icons. */
export function statusMetas(locale: UiLocale = 'en'): Record<Status, StatusMeta> {
  const labels = wordsFor(locale).scorecards.status;
  return Object.fromEntries(Object.entries(STATUS_ICONS).map(([s, icon]) => [s, { label: labels[s as Status], icon }])) as Record<Status, StatusMeta>;
}

/** The English status words and icons (see `statusMetas` for another language). */
export const STATUS_META: Record<Status, StatusMeta> = statusMetas('en');

/** Most urgent first: the order of counts and lists. */
export const STATUS_ORDER: readonly Status[] = ['off-target', 'at-risk', 'within-noise', 'no-data', 'on-target', 'not-applicable'];

/** English names of the rules (see `ruleLabel`). */
export const RULE_LABELS: Record<SignalRule, string> = wordsFor('en').scorecards.rules;

/** `Rule 1: beyond the control limits` / `规则 1：超出控制限`. */
export function ruleLabel(rule: SignalRule, locale: UiLocale = 'en'): string {
  return wordsFor(locale).scorecards.rules[rule];
}

export const RULE_SHORT: Record<SignalRule, string> = wordsFor('en').scorecards.rulesShort;

/**
 * Several signals of one point in a few words, most serious rule first:
 * `Rule 1, Rule 2, Trend (below the centre line; falling)`.
 */
export function signalSummary(signals: readonly Signal[], locale: UiLocale = 'en'): string {
  const t = wordsFor(locale).scorecards;
  const sorted = [...signals].sort((a, b) => SIGNAL_ORDER_OF[a.rule] - SIGNAL_ORDER_OF[b.rule]);
  const rules = [...new Set(sorted.map((s) => t.rulesShort[s.rule]))];
  const sides = [...new Set(sorted.map((s) => t.sides[s.side]))];
  return rules.length ? t.signalSummary(rules, sides) : '';
}

/** The text shown for a value: `79.4%`, `37 points`; `—` when there is none (never 0). */
export function valueText(value: number | null | undefined, unit: string, locale: UiLocale = 'en'): string {
  return value === null || value === undefined ? '—' : formatValue(value, unit as MeasurementUnit, locale);
}

/** A difference with its sign and unit: `+1.2 pp` (percentage points), `−3 points`, `±0 min`. */
export function formatDifference(difference: number, unit: string, locale: UiLocale = 'en'): string {
  const rounded = Math.round(difference * 100) / 100;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(rounded), locale)}${wordsFor(locale).scorecards.differenceSuffix[unit as MeasurementUnit] ?? ''}`;
}

export interface ChangeView {
  /** The period compared with. */
  from: string;
  text: string;
  effect: PeriodChange['effect'];
  /** `better`, `worse` or `no change`, given the KPI's direction. */
  effectLabel: string;
  /** ▲ up, ▼ down, ▶ unchanged: the direction of the number, not whether it is good. */
  arrow: string;
}

export function changeView(change: PeriodChange | null | undefined, unit: string, locale: UiLocale = 'en'): ChangeView | null {
  if (!change) return null;
  return {
    from: change.from,
    text: formatDifference(change.difference, unit, locale),
    effect: change.effect,
    effectLabel: wordsFor(locale).scorecards.effects[change.effect],
    arrow: change.difference > 0 ? '▲' : change.difference < 0 ? '▼' : '▶',
  };
}

export type CellFlagKey = 'signal' | 'no-action' | 'overdue' | 'stale' | 'small-sample' | 'below' | 'above' | 'partial';

export interface CellFlag {
  key: CellFlagKey;
  text: string;
  /** Longer explanation (title attribute and the legend). */
  title: string;
}

export interface CellView {
  kpi: string;
  unit: string;
  /** A reporting unit's own value, or a roll-up of the units below. */
  kind: 'row' | 'rollup';
  status: Status;
  value: number | null;
  valueText: string;
  /** Why the status, in words. */
  reason: string;
  /** For a value within noise: its interval in words (`95 % interval 81.1–87.6`), shown in the cell. */
  intervalText: string | null;
  flags: CellFlag[];
}

/** `95 % interval 81.1–87.6` in the KPI's numbers, for a cell whose miss is within noise. */
function noiseInterval(status: Status, interval: Interval | null, locale: UiLocale): string | null {
  if (status !== 'within-noise' || !interval) return null;
  const n = (x: number) => formatNumber(Math.round(x * 10) / 10, locale);
  return wordsFor(locale).scorecards.interval(formatNumber(interval.level, locale), n(interval.lower), n(interval.upper));
}

export interface GridRow {
  unit: ScorecardUnit;
  /** Depth in the unit tree among the units shown (0 = top). */
  depth: number;
  /** True when some of its cells are roll-ups of the units below. */
  rollup: boolean;
  composite: CompositeScore | undefined;
  /** One cell per column; null when the KPI is not on this unit's scorecard at all. */
  cells: (CellView | null)[];
}

export interface ColumnGroup {
  layer: string;
  span: number;
}

export interface GridView {
  period: string;
  columns: ScorecardKpi[];
  groups: ColumnGroup[];
  rows: GridRow[];
}

const LAYER_ORDER = ['efficiency', 'accuracy', 'satisfaction'];

const key = (unit: string, kpi: string) => `${unit}\u0000${kpi}`;

/** Indexes of one scorecard, built once per scorecard object. */
interface Lookup {
  rows: Map<string, ScorecardRow>;
  rollups: Map<string, RollupRow>;
  comparisons: Map<string, UnitComparison>;
  composites: Map<string, CompositeScore>;
  kpis: Map<string, ScorecardKpi>;
  /** Units with a row or a roll-up. */
  shown: Set<string>;
}

const lookups = new WeakMap<Scorecard, Lookup>();

function lookup(sc: Scorecard): Lookup {
  let l = lookups.get(sc);
  if (!l) {
    l = {
      rows: new Map(sc.rows.map((r) => [key(r.unit, r.kpi), r])),
      rollups: new Map(sc.rollups.map((r) => [key(r.unit, r.kpi), r])),
      comparisons: new Map(sc.comparisons.flatMap((c) => c.units.map((u) => [key(u.unit, c.kpi), u] as const))),
      composites: new Map(sc.composites.map((c) => [c.unit, c])),
      kpis: new Map(sc.kpis.map((k) => [k.id, k])),
      shown: new Set([...sc.rows.map((r) => r.unit), ...sc.rollups.map((r) => r.unit)]),
    };
    lookups.set(sc, l);
  }
  return l;
}

export function findRow(sc: Scorecard, unit: string, kpi: string): ScorecardRow | undefined {
  return lookup(sc).rows.get(key(unit, kpi));
}

export function findRollup(sc: Scorecard, unit: string, kpi: string): RollupRow | undefined {
  return lookup(sc).rollups.get(key(unit, kpi));
}

export function compositeOf(sc: Scorecard, unit: string): CompositeScore | undefined {
  return lookup(sc).composites.get(unit);
}

function comparisonFlag(c: UnitComparison | undefined, locale: UiLocale): CellFlag | null {
  if (!c || (c.classification !== 'above' && c.classification !== 'below')) return null;
  const t = wordsFor(locale).scorecards.flags;
  return { key: c.classification, text: t.range[c.classification], title: t.rangeTitle(c.classification, String(c.beyond), c.favourable) };
}

/** The "no action" and "overdue" flags of a cell, as the engine decided them (the exports read the same fields). */
function loopFlags(r: { noAction: boolean; overdueAction: boolean }, locale: UiLocale): CellFlag[] {
  const t = wordsFor(locale).scorecards.flags;
  const flags: CellFlag[] = [];
  if (r.noAction) flags.push({ key: 'no-action', text: t.noAction, title: t.noActionTitle });
  if (r.overdueAction) flags.push({ key: 'overdue', text: t.overdue, title: t.overdueTitle });
  return flags;
}

/** The cell of a reporting unit's own value. */
export function rowCell(sc: Scorecard, row: ScorecardRow, locale: UiLocale = 'en'): CellView {
  const kpi = lookup(sc).kpis.get(row.kpi);
  const t = wordsFor(locale).scorecards;
  const flags: CellFlag[] = [];
  if (row.problem.includes('signal')) {
    const rules = [...new Set(row.signals.filter((s) => s.unfavourable).map((s) => s.rule))];
    flags.push({ key: 'signal', text: t.flags.signal, title: t.flags.signalTitle(rules.map((r) => t.rules[r]).join(t.problems.ruleSeparator)) });
  }
  flags.push(...loopFlags(row, locale));
  if (row.flags.stale) flags.push({ key: 'stale', text: t.flags.stale, title: t.flags.staleTitle(row.latest?.period) });
  if (row.flags.smallSample) flags.push({ key: 'small-sample', text: t.flags.smallSample, title: t.flags.smallSampleTitle(String(row.n), String(kpi?.minSampleSize)) });
  const cmp = comparisonFlag(lookup(sc).comparisons.get(key(row.unit, row.kpi)), locale);
  if (cmp) flags.push(cmp);
  return {
    kpi: row.kpi,
    unit: row.unit,
    kind: 'row',
    status: row.status,
    value: row.value,
    valueText: valueText(row.value, kpi?.unitOfMeasure ?? 'score', locale),
    reason: explanationText(row.reason, locale),
    intervalText: noiseInterval(row.status, row.interval, locale),
    flags,
  };
}

/** The cell of a unit above the reporting units: their values pooled. */
export function rollupCell(sc: Scorecard, r: RollupRow, locale: UiLocale = 'en'): CellView {
  const kpi = lookup(sc).kpis.get(r.kpi);
  const t = wordsFor(locale).scorecards;
  const flags: CellFlag[] = [];
  if (r.unitsMissing.length > 0) {
    const total = r.unitsCovered + r.unitsMissing.length;
    const names = r.unitsMissing.length <= 5 ? t.list(r.unitsMissing) : t.listMore(r.unitsMissing.slice(0, 5), r.unitsMissing.length - 5);
    flags.push({ key: 'partial', text: t.flags.partial(r.unitsCovered, total), title: t.flags.partialTitle(names) });
  }
  flags.push(...loopFlags(r, locale));
  const note = explanationText(r.note, locale);
  const reason = r.value === null ? note : `${t.rollupReason(note)} ${explanationText(r.reason, locale)}`;
  return {
    kpi: r.kpi,
    unit: r.unit,
    kind: 'rollup',
    status: r.status,
    value: r.value,
    valueText: valueText(r.value, kpi?.unitOfMeasure ?? 'score', locale),
    reason,
    intervalText: noiseInterval(r.status, r.interval, locale),
    flags,
  };
}

/** The cell for (unit, KPI): the unit's own row, else its roll-up, else undefined. */
export function cellFor(sc: Scorecard, unit: string, kpi: string, locale: UiLocale = 'en'): CellView | undefined {
  const row = findRow(sc, unit, kpi);
  if (row) return rowCell(sc, row, locale);
  const r = findRollup(sc, unit, kpi);
  return r ? rollupCell(sc, r, locale) : undefined;
}

/** KPIs in layer order (efficiency, accuracy, satisfaction), then by id. */
export function kpisByLayer<T extends { id: string; layer: string }>(kpis: readonly T[]): T[] {
  const rank = (l: string) => (LAYER_ORDER.indexOf(l) + 1 || LAYER_ORDER.length + 1);
  return [...kpis].sort((a, b) => rank(a.layer) - rank(b.layer) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Units with something on the scorecard, in unit-tree order (each parent before its children). */
export function unitsInTreeOrder(sc: Scorecard): { unit: ScorecardUnit; depth: number }[] {
  const shown = new Set<string>();
  for (const r of sc.rows) shown.add(r.unit);
  for (const r of sc.rollups) shown.add(r.unit);
  const children = new Map<string | null, ScorecardUnit[]>();
  const byId = new Map(sc.units.map((u) => [u.id, u]));
  for (const u of sc.units) {
    const parent = u.parent !== null && byId.has(u.parent) ? u.parent : null;
    const list = children.get(parent);
    if (list) list.push(u);
    else children.set(parent, [u]);
  }
  const out: { unit: ScorecardUnit; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (u: ScorecardUnit, depth: number) => {
    if (seen.has(u.id)) return; // a cycle is reported by the checks; never loop
    seen.add(u.id);
    const here = shown.has(u.id);
    if (here) out.push({ unit: u, depth });
    for (const c of children.get(u.id) ?? []) visit(c, here ? depth + 1 : depth);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  return out;
}

/** The overview grid: a row per unit on the scorecard, a column per KPI (grouped by layer). */
export function scorecardGrid(sc: Scorecard, locale: UiLocale = 'en'): GridView {
  const columns = kpisByLayer(sc.kpis);
  const groups: ColumnGroup[] = [];
  for (const k of columns) {
    const last = groups.at(-1);
    if (last && last.layer === k.layer) last.span++;
    else groups.push({ layer: k.layer, span: 1 });
  }
  const l = lookup(sc);
  const rows: GridRow[] = unitsInTreeOrder(sc).map(({ unit, depth }) => {
    let rollup = false;
    const cells = columns.map((k) => {
      const cell = cellFor(sc, unit.id, k.id, locale) ?? null;
      if (cell?.kind === 'rollup') rollup = true;
      return cell;
    });
    return { unit, depth, rollup, composite: l.composites.get(unit.id), cells };
  });
  return { period: sc.period.key, columns, groups, rows };
}

/**
 * Above this many units, the overview grid of a period shows only the units with units below them
 * (organisation, departments, regions: pooled roll-ups) and leaves each other unit to its own
 * scorecard page; problems of every unit are still listed on the period page. A grid of 200
 * branches × 40 KPIs is 8,000 cells (3.5 MB of HTML): too much to read on a screen or a phone.
 */
export const OVERVIEW_UNIT_LIMIT = 60;

/** The grid as the period page shows it, and how many unit rows are left to their own pages. */
export function overviewGrid(grid: GridView, limit: number = OVERVIEW_UNIT_LIMIT): { grid: GridView; hidden: number } {
  if (grid.rows.length <= limit) return { grid, hidden: 0 };
  const rows = grid.rows.filter((r) => r.rollup);
  return { grid: { ...grid, rows }, hidden: grid.rows.length - rows.length };
}

/** Counts of the cells shown on the grid, by status (roll-ups included). */
export function statusCounts(grid: GridView): Record<Status, number> {
  const counts = { 'on-target': 0, 'within-noise': 0, 'at-risk': 0, 'off-target': 0, 'no-data': 0, 'not-applicable': 0 } as Record<Status, number>;
  for (const r of grid.rows) for (const c of r.cells) if (c) counts[c.status]++;
  return counts;
}

export const SPARKLINE_PERIODS = 12;

export interface UnitKpiLine {
  kpi: ScorecardKpi;
  kind: 'row' | 'rollup';
  period: string;
  value: number | null;
  n: number | null;
  valueText: string;
  targetText: string;
  warningText: string;
  status: Status;
  reason: string;
  flags: StatusFlags;
  /** Cell flags as on the overview (signal, no action, stale, range…). */
  cellFlags: CellFlag[];
  vsPrevious: ChangeView | null;
  vsYearEarlier: ChangeView | null;
  deteriorationRun: number;
  sparkline: Sparkline;
  /** Periods of the sparkline, oldest first, and their values (for its text alternative). */
  sparkPeriods: string[];
  sparkValues: (number | null)[];
  /** Signals firing at this period (reporting units only). */
  signals: Signal[];
  actions: LinkedAction[];
  problem: ProblemReason[];
  noAction: boolean;
  /** The problem is only unfavourable signals, each acknowledged with its assignable cause. */
  acknowledged: boolean;
  chart: ChartSummary | null;
  comparison: UnitComparison | null;
  /** Roll-ups: how the value was pooled and which units it covers. */
  note: string | null;
}

export interface UnitScorecardView {
  unit: ScorecardUnit;
  period: string;
  composite: CompositeScore | undefined;
  lines: UnitKpiLine[];
  /** Units directly below that have a scorecard of their own. */
  children: ScorecardUnit[];
  counts: Record<Status, number>;
  problems: number;
  noAction: number;
}

function targetNumbers(k: KpiEntity): number[] {
  return typeof k.target === 'number' ? [k.target] : [k.target.min, k.target.max];
}

/** Values of (KPI, unit) per period key: the unit's own series, or its roll-up computed per period. */
function valueSource(h: Handbook, kpi: KpiEntity, unit: string, kind: 'row' | 'rollup'): (periodKey: string) => number | null | undefined {
  const byUnit = seriesIndex(h).get(kpi.id);
  if (kind === 'row') {
    const s = byUnit?.get(unit);
    return (p) => s?.byPeriod.get(p)?.value;
  }
  return byUnit ? rolledUpValues(h, kpi, unit, byUnit) : () => undefined;
}

/** The scorecard of one unit: a line per KPI on its scorecard, with trend, sparkline, signals, actions. */
export function unitScorecard(h: Handbook, sc: Scorecard, unitId: string, locale: UiLocale = 'en'): UnitScorecardView | undefined {
  const unit = sc.units.find((u) => u.id === unitId);
  if (!unit) return undefined;
  const l = lookup(sc);
  const lines: UnitKpiLine[] = [];
  for (const k of kpisByLayer(sc.kpis)) {
    const entity = h.kpis.get(k.id);
    if (!entity) continue;
    const row = l.rows.get(key(unitId, k.id));
    const rollup = row ? undefined : l.rollups.get(key(unitId, k.id));
    if (!row && !rollup) continue;
    const kind = row ? 'row' : 'rollup';
    const kp = parsePeriod(k.period, entity.frequency);
    const valueOf = valueSource(h, entity, unitId, kind);
    const window = kp ? periodWindow(kp, SPARKLINE_PERIODS) : [];
    const sparkValues = window.map((p) => valueOf(p.key) ?? null);
    const trend = (row ?? rollup!).trend;
    const cell = row ? rowCell(sc, row, locale) : rollupCell(sc, rollup!, locale);
    lines.push({
      kpi: k,
      kind,
      period: k.period,
      value: cell.value,
      n: row ? row.n : rollup!.n,
      valueText: cell.valueText,
      targetText: formatTarget(entity.target, entity.direction, entity.unitOfMeasure, locale),
      warningText: formatThreshold(entity.warning, entity.unitOfMeasure, locale),
      status: cell.status,
      reason: cell.reason,
      flags: row ? row.flags : { stale: false, smallSample: false },
      cellFlags: cell.flags,
      vsPrevious: changeView(trend?.vsPrevious, k.unitOfMeasure, locale),
      vsYearEarlier: changeView(trend?.vsYearEarlier, k.unitOfMeasure, locale),
      deteriorationRun: trend?.deteriorationRun ?? 0,
      sparkline: sparkline({ values: sparkValues, targets: targetNumbers(entity) }),
      sparkPeriods: window.map((p) => p.key),
      sparkValues,
      signals: row ? row.signals : [],
      // Roll-ups have their problem, actions and loop state from the engine, as rows do.
      actions: (row ?? rollup!).actions,
      problem: (row ?? rollup!).problem,
      noAction: (row ?? rollup!).noAction,
      acknowledged: (row ?? rollup!).acknowledged,
      chart: row ? row.chart : null,
      comparison: l.comparisons.get(key(unitId, k.id)) ?? null,
      note: rollup ? explanationText(rollup.note, locale) : null,
    });
  }
  const counts = { 'on-target': 0, 'within-noise': 0, 'at-risk': 0, 'off-target': 0, 'no-data': 0, 'not-applicable': 0 } as Record<Status, number>;
  for (const line of lines) counts[line.status]++;
  const shown = l.shown;
  return {
    unit,
    period: sc.period.key,
    composite: l.composites.get(unitId),
    lines,
    children: sc.units.filter((u) => u.parent === unitId && shown.has(u.id)),
    counts,
    problems: lines.filter((x) => x.problem.length > 0).length,
    noAction: lines.filter((x) => x.noAction).length,
  };
}

/** Units that have a unit scorecard for `sc`: every unit with a row or a roll-up. */
export function unitsWithScorecard(sc: Scorecard): ScorecardUnit[] {
  return unitsInTreeOrder(sc).map((x) => x.unit);
}

/** A composite score in words: `96.3` or `—`, its coverage, and the KPIs off target and at risk beside it. */
export function compositeText(c: CompositeScore | undefined, locale: UiLocale = 'en'): { score: string; coverage: string; statuses: string } {
  const t = wordsFor(locale).scorecards.composite;
  const statuses = c ? t.statuses(c.offTarget, formatNumber(c.offTarget, locale), c.atRisk, formatNumber(c.atRisk, locale)) : '';
  if (!c || c.score === null) return { score: '—', coverage: c ? t.noData : t.notScored, statuses };
  return { score: formatNumber(Math.round(c.score * 10) / 10, locale), coverage: t.coverage(formatNumber(Math.round(c.coveredWeight), locale)), statuses };
}
