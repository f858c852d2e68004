/**
 * What the scorecard pages show, prepared from the engine's plain data (src/core/scoring): status
 * words and icons, the units × KPIs grid of the overview, and the per-KPI lines of a unit's
 * scorecard. Components only render these objects.
 *
 * Status is always a word with an icon of its own shape (✓ ! ✕ ? –); colour only reinforces it.
 * A cell without a value shows "—" and the status "No data", never zero.
 */
import type { Handbook, KpiEntity } from '../core/model/handbook.ts';
import type { Kpi } from '../core/schema/kpi.ts';
import type { CompositeScore, LinkedAction, PeriodChange, ProblemReason, RollupRow, Scorecard, ScorecardKpi, ScorecardRow, ScorecardUnit, Signal, SignalRule, Status, StatusFlags, UnitComparison } from '../core/scoring/index.ts';
import { openActionsFor, rollUp, seriesIndex, trendAt } from '../core/scoring/index.ts';
import type { ChartSummary } from '../core/scoring/index.ts';
import { parsePeriod, previousPeriod, type Period } from '../core/time/period.ts';
import { formatNumber, formatTarget, formatThreshold, formatValue } from './format.ts';
import { sparkline, type Sparkline } from './sparkline.ts';

type MeasurementUnit = Kpi['unit'];

export interface StatusMeta {
  label: string;
  /** A symbol whose shape differs per status (not only its colour). */
  icon: string;
}

export const STATUS_META: Record<Status, StatusMeta> = {
  'on-target': { label: 'On target', icon: '✓' },
  'at-risk': { label: 'At risk', icon: '!' },
  'off-target': { label: 'Off target', icon: '✕' },
  'no-data': { label: 'No data', icon: '?' },
  'not-applicable': { label: 'Not applicable', icon: '–' },
};

/** Most urgent first: the order of counts and lists. */
export const STATUS_ORDER: readonly Status[] = ['off-target', 'at-risk', 'no-data', 'on-target', 'not-applicable'];

export const RULE_LABELS: Record<SignalRule, string> = {
  we1: 'Rule 1: beyond the control limits',
  we2: 'Rule 2: 2 of 3 beyond 2σ',
  we3: 'Rule 3: 4 of 5 beyond 1σ',
  we4: 'Rule 4: 8 on one side',
  trend: 'Trend: 6 rising or falling',
};

/** Most serious rule first: rule 1, 2, 3, 4, then the trend rule. */
export const SIGNAL_ORDER_OF: Record<SignalRule, number> = { we1: 0, we2: 1, we3: 2, we4: 3, trend: 4 };

const SIDE_WORDS: Record<Signal['side'], string> = { above: 'above the centre line', below: 'below the centre line', rising: 'rising', falling: 'falling' };

export const RULE_SHORT: Record<SignalRule, string> = { we1: 'Rule 1', we2: 'Rule 2', we3: 'Rule 3', we4: 'Rule 4', trend: 'Trend' };

/**
 * Several signals of one point in a few words, most serious rule first:
 * `Rule 1, Rule 2, Trend (below the centre line; falling)`.
 */
export function signalSummary(signals: readonly Signal[]): string {
  const sorted = [...signals].sort((a, b) => SIGNAL_ORDER_OF[a.rule] - SIGNAL_ORDER_OF[b.rule]);
  const rules = [...new Set(sorted.map((s) => RULE_SHORT[s.rule]))];
  const sides = [...new Set(sorted.map((s) => SIDE_WORDS[s.side]))];
  return rules.length ? `${rules.join(', ')} (${sides.join('; ')})` : '';
}

/** The text shown for a value: `79.4%`, `37 points`; `—` when there is none (never 0). */
export function valueText(value: number | null | undefined, unit: string): string {
  return value === null || value === undefined ? '—' : formatValue(value, unit as MeasurementUnit);
}

const DIFFERENCE_SUFFIX: Record<MeasurementUnit, string> = {
  percent: ' pp',
  points: ' points',
  score: '',
  minutes: ' min',
  hours: ' h',
  'per-1000': ' per 1,000',
};

/** A difference with its sign and unit: `+1.2 pp` (percentage points), `−3 points`, `±0 min`. */
export function formatDifference(difference: number, unit: string): string {
  const rounded = Math.round(difference * 100) / 100;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(rounded))}${DIFFERENCE_SUFFIX[unit as MeasurementUnit] ?? ''}`;
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

const EFFECT_LABELS: Record<PeriodChange['effect'], string> = { improved: 'better', worsened: 'worse', unchanged: 'no change' };

export function changeView(change: PeriodChange | null | undefined, unit: string): ChangeView | null {
  if (!change) return null;
  return {
    from: change.from,
    text: formatDifference(change.difference, unit),
    effect: change.effect,
    effectLabel: EFFECT_LABELS[change.effect],
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
  flags: CellFlag[];
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

function comparisonFlag(c: UnitComparison | undefined): CellFlag | null {
  if (!c || (c.classification !== 'above' && c.classification !== 'below')) return null;
  const word = c.classification === 'above' ? 'Above' : 'Below';
  const good = c.favourable === null ? '' : c.favourable ? ' (better than expected)' : ' (worse than expected)';
  return { key: c.classification, text: `${word} range`, title: `${word} the range expected from the other units (beyond ${c.beyond})${good}.` };
}

/** The cell of a reporting unit's own value. */
export function rowCell(sc: Scorecard, row: ScorecardRow): CellView {
  const kpi = lookup(sc).kpis.get(row.kpi);
  const flags: CellFlag[] = [];
  if (row.problem.includes('signal')) {
    const rules = [...new Set(row.signals.filter((s) => s.unfavourable).map((s) => s.rule))];
    flags.push({ key: 'signal', text: 'SPC signal', title: `Unfavourable control-chart signal: ${rules.map((r) => RULE_LABELS[r]).join('; ')}.` });
  }
  if (row.noAction) flags.push({ key: 'no-action', text: 'No action', title: 'A problem with no open improvement action.' });
  if (row.actions.some((a) => a.overdue)) flags.push({ key: 'overdue', text: 'Action overdue', title: 'An improvement action for this problem is past its due date.' });
  if (row.flags.stale) flags.push({ key: 'stale', text: 'Stale', title: `The latest value${row.latest ? ` (${row.latest.period})` : ''} is older than the KPI's frequency allows.` });
  if (row.flags.smallSample) flags.push({ key: 'small-sample', text: 'Small n', title: `The sample (n = ${row.n}) is below the minimum of ${kpi?.minSampleSize}.` });
  const cmp = comparisonFlag(lookup(sc).comparisons.get(key(row.unit, row.kpi)));
  if (cmp) flags.push(cmp);
  return { kpi: row.kpi, unit: row.unit, kind: 'row', status: row.status, value: row.value, valueText: valueText(row.value, kpi?.unit ?? 'score'), reason: row.reason, flags };
}

/** The cell of a unit above the reporting units: their values pooled. */
export function rollupCell(sc: Scorecard, r: RollupRow): CellView {
  const kpi = lookup(sc).kpis.get(r.kpi);
  const flags: CellFlag[] = [];
  if (r.unitsMissing.length > 0) {
    const total = r.unitsCovered + r.unitsMissing.length;
    const names = r.unitsMissing.length <= 5 ? r.unitsMissing.join(', ') : `${r.unitsMissing.slice(0, 5).join(', ')} and ${r.unitsMissing.length - 5} more`;
    flags.push({ key: 'partial', text: `${r.unitsCovered} of ${total} units`, title: `No value from ${names}.` });
  }
  const reason = r.value === null ? r.note : `Roll-up: ${r.note}`;
  return { kpi: r.kpi, unit: r.unit, kind: 'rollup', status: r.status, value: r.value, valueText: valueText(r.value, kpi?.unit ?? 'score'), reason, flags };
}

/** The cell for (unit, KPI): the unit's own row, else its roll-up, else undefined. */
export function cellFor(sc: Scorecard, unit: string, kpi: string): CellView | undefined {
  const row = findRow(sc, unit, kpi);
  if (row) return rowCell(sc, row);
  const r = findRollup(sc, unit, kpi);
  return r ? rollupCell(sc, r) : undefined;
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
export function scorecardGrid(sc: Scorecard): GridView {
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
      const cell = cellFor(sc, unit.id, k.id) ?? null;
      if (cell?.kind === 'rollup') rollup = true;
      return cell;
    });
    return { unit, depth, rollup, composite: l.composites.get(unit.id), cells };
  });
  return { period: sc.period.key, columns, groups, rows };
}

/** Counts of the cells shown on the grid, by status (roll-ups included). */
export function statusCounts(grid: GridView): Record<Status, number> {
  const counts = { 'on-target': 0, 'at-risk': 0, 'off-target': 0, 'no-data': 0, 'not-applicable': 0 } as Record<Status, number>;
  for (const r of grid.rows) for (const c of r.cells) if (c) counts[c.status]++;
  return counts;
}

/** The periods of `frequency` ending with `last`, oldest first (`count` of them). */
export function periodWindow(last: Period, count: number): Period[] {
  const out = [last];
  while (out.length < count) out.unshift(previousPeriod(out[0]!));
  return out;
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
  const memo = new Map<string, number | null>();
  return (p) => {
    if (!byUnit) return undefined;
    let v = memo.get(p);
    if (v === undefined) memo.set(p, (v = rollUp(h, kpi, unit, p, byUnit).value));
    return v;
  };
}

/** The scorecard of one unit: a line per KPI on its scorecard, with trend, sparkline, signals, actions. */
export function unitScorecard(h: Handbook, sc: Scorecard, unitId: string): UnitScorecardView | undefined {
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
    const trend = row ? row.trend : kp && rollup && rollup.value !== null ? trendAt(entity, valueOf, kp) : null;
    const cell = row ? rowCell(sc, row) : rollupCell(sc, rollup!);
    lines.push({
      kpi: k,
      kind,
      period: k.period,
      value: cell.value,
      n: row ? row.n : rollup!.n,
      valueText: cell.valueText,
      targetText: formatTarget(entity.target, entity.direction, entity.unit),
      warningText: formatThreshold(entity.warning, entity.unit),
      status: cell.status,
      reason: cell.reason,
      flags: row ? row.flags : { stale: false, smallSample: false },
      cellFlags: cell.flags,
      vsPrevious: changeView(trend?.vsPrevious, k.unit),
      vsYearEarlier: changeView(trend?.vsYearEarlier, k.unit),
      deteriorationRun: trend?.deteriorationRun ?? 0,
      sparkline: sparkline({ values: sparkValues, targets: targetNumbers(entity) }),
      sparkPeriods: window.map((p) => p.key),
      sparkValues,
      signals: row ? row.signals : [],
      actions: row ? row.actions : openActionsFor(h, k.id, unitId),
      problem: row ? row.problem : rollup!.status === 'off-target' || rollup!.status === 'at-risk' ? [rollup!.status] : [],
      noAction: row ? row.noAction : false,
      chart: row ? row.chart : null,
      comparison: l.comparisons.get(key(unitId, k.id)) ?? null,
      note: rollup ? rollup.note : null,
    });
  }
  for (const line of lines) {
    if (line.kind === 'rollup' && line.problem.length > 0) line.noAction = line.actions.length === 0;
  }
  const counts = { 'on-target': 0, 'at-risk': 0, 'off-target': 0, 'no-data': 0, 'not-applicable': 0 } as Record<Status, number>;
  for (const line of lines) counts[line.status]++;
  const shown = new Set([...sc.rows.map((r) => r.unit), ...sc.rollups.map((r) => r.unit)]);
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

/** A composite score in words: `96.3` or `—`, and its coverage. */
export function compositeText(c: CompositeScore | undefined): { score: string; coverage: string } {
  if (!c || c.score === null) return { score: '—', coverage: c ? 'no KPI with data' : 'not scored' };
  return { score: formatNumber(Math.round(c.score * 10) / 10), coverage: `${formatNumber(Math.round(c.coveredWeight))}% of weight` };
}
