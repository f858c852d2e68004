/**
 * Early warnings: the control-chart signals that are current, newest first, and how early they
 * came. "Current" means an unfavourable signal fired in one of the last EARLY_WARNING_PERIODS
 * scorecard periods (as computed at that period, from the data known then). Each (KPI, unit)
 * appears once, at its newest signal, with:
 *  - `since`: the first period of the unbroken run of signalled points that leads to it;
 *  - `firstOffTarget`: the first period from `since` on whose value was off target, and
 *    `leadPeriods`, the periods between the two: > 0 means the chart warned before the target was
 *    breached (a drifting unit caught early); 0 means it was already off target when it signalled;
 *    null means it has not gone off target (yet);
 *  - `daysToAction`: the days from the end of the run's first signalled period (`since`) to the
 *    opening of the earliest action addressing it, 0 when one was already open; null without one.
 */
import type { ScoringModel } from '../scoring/scoring-model.ts';
import type { ChartResult, LinkedAction, PhaseCause, Scorecard, ScorecardKpi, ScorecardUnit, Signal, SignalRule, Status } from '../scoring/index.ts';
import { chartFor, classifyValue, daysToAction, loopState, SIGNAL_ORDER_OF } from '../scoring/index.ts';
import { periodOrdinal } from '../scoring/reporting-period.ts';
import type { ScorecardSource } from '../scoring/scorecard-source.ts';
import { parsePeriod } from '../time/period.ts';

/** How many of the latest scorecard periods count as "current". */
export const EARLY_WARNING_PERIODS = 3;

export interface SignalRun {
  since: string;
  firstOffTarget: string | null;
  leadPeriods: number | null;
}

export interface WarningEntry {
  kpi: ScorecardKpi;
  unit: ScorecardUnit;
  /** Newest period with an unfavourable signal, and its last day (for ordering across frequencies). */
  period: string;
  periodEnd: string;
  /** The unfavourable signals at that period, most serious rule first. */
  signals: Signal[];
  /** Status and value on the latest scorecard. */
  statusNow: Status;
  valueNow: number | null;
  run: SignalRun | null;
  actions: LinkedAction[];
  /** No open action, and not every signal acknowledged. */
  noAction: boolean;
  /** Every unfavourable signal at the period is acknowledged with its assignable cause. */
  acknowledged: boolean;
  overdueAction: boolean;
  /** The phase whose limits the signal was judged against, when the chart has several. */
  phase: { number: number; cause: PhaseCause } | null;
  /** Days from the end of the first signalled period to the opening of the earliest action (0: one was already open); null without an action. */
  daysToAction: number | null;
}

/** Days from the end of period `since` to the opening of the earliest of `actions`: 0 when it was open already, null without one. */
export function daysFromSignalToAction(since: string | undefined, frequency: Parameters<typeof parsePeriod>[1], actions: readonly LinkedAction[]): number | null {
  return daysToAction(since === undefined ? undefined : parsePeriod(since, frequency)?.end, actions);
}

/**
 * The run of consecutive signalled points ending at `period` on `chart`, and when the value first
 * went off target from its start on.
 */
export function signalRun(kpi: Parameters<typeof classifyValue>[0] & { frequency: Parameters<typeof parsePeriod>[1] }, chart: ChartResult, period: string): SignalRun | null {
  if (chart.kind === 'none') return null;
  const points = chart.points;
  const flagged = new Set(chart.signals.filter((s) => s.unfavourable).map((s) => s.period));
  const end = points.findIndex((p) => p.period === period);
  if (end < 0 || !flagged.has(period)) return null;
  let start = end;
  while (start > 0 && flagged.has(points[start - 1]!.period)) start--;
  const since = points[start]!.period;
  const off = points.slice(start).find((p) => classifyValue(kpi, p.value) === 'off-target');
  if (!off) return { since, firstOffTarget: null, leadPeriods: null };
  const a = parsePeriod(since, kpi.frequency);
  const b = parsePeriod(off.period, kpi.frequency);
  return { since, firstOffTarget: off.period, leadPeriods: a && b ? periodOrdinal(b) - periodOrdinal(a) : null };
}

/** The scorecards whose signals count as current: the latest period and the ones before it (same frequency), newest first. */
export function currentScorecards(scorecards: ScorecardSource, count = EARLY_WARNING_PERIODS): Scorecard[] {
  const latest = scorecards.of(scorecards.latestKey());
  const same = scorecards.periods().filter((p) => p.frequency === latest.period.frequency && p.end <= latest.period.end);
  return same
    .slice(-count)
    .reverse()
    .map((p) => scorecards.of(p.key));
}

const SEVERITY: Record<Status, number> = { 'off-target': 0, 'at-risk': 1, 'within-noise': 2, 'no-data': 3, 'on-target': 4, 'not-applicable': 5 };

/** Current early warnings (from the `currentScorecards`), newest first (see the top of this file). */
export function earlyWarnings(h: ScoringModel, scorecards: readonly Scorecard[]): WarningEntry[] {
  const latest = scorecards[0];
  if (!latest) return [];
  const latestRows = new Map(latest.rows.map((r) => [`${r.kpi}\u0000${r.unit}`, r]));
  const kpis = new Map(latest.kpis.map((k) => [k.id, k]));
  const units = new Map(latest.units.map((u) => [u.id, u]));
  const found = new Map<string, { kpi: string; unit: string; period: string; signals: Signal[] }>();
  for (const sc of scorecards) {
    for (const r of sc.rows) {
      const bad = r.signals.filter((s) => s.unfavourable);
      if (bad.length === 0) continue;
      const k = `${r.kpi}\u0000${r.unit}`;
      const seen = found.get(k);
      if (!seen || seen.period < r.period) found.set(k, { kpi: r.kpi, unit: r.unit, period: r.period, signals: bad });
    }
  }
  const entries: WarningEntry[] = [];
  for (const [k, f] of found) {
    const kpi = kpis.get(f.kpi);
    const unit = units.get(f.unit);
    const entity = h.kpis.get(f.kpi);
    if (!kpi || !unit || !entity) continue;
    const now = latestRows.get(k);
    const chart = chartFor(h, f.kpi, f.unit, kpi.period);
    const signals = [...f.signals].sort((a, b) => SIGNAL_ORDER_OF[a.rule] - SIGNAL_ORDER_OF[b.rule]);
    const actions = now?.actions ?? [];
    // A current signal is a problem of its own (whatever the status now): the loop is closed by an action or an acknowledgement.
    const loop = loopState(['signal'], signals, actions);
    const at = chart && chart.kind !== 'none' ? chart.points.find((p) => p.period === f.period) : undefined;
    const phase = chart && chart.kind !== 'none' && at && chart.phases.length > 1 ? { number: at.phase + 1, cause: chart.phases[at.phase]!.cause } : null;
    const run = chart ? signalRun(entity, chart, f.period) : null;
    entries.push({
      kpi,
      unit,
      period: f.period,
      periodEnd: parsePeriod(f.period, entity.frequency)?.end ?? f.period,
      signals,
      statusNow: now?.status ?? 'no-data',
      valueNow: now?.value ?? null,
      run,
      actions,
      ...loop,
      phase,
      daysToAction: daysFromSignalToAction(run?.since ?? f.period, entity.frequency, actions),
    });
  }
  return entries.sort(
    (a, b) =>
      (a.periodEnd < b.periodEnd ? 1 : a.periodEnd > b.periodEnd ? -1 : 0) ||
      SEVERITY[a.statusNow] - SEVERITY[b.statusNow] ||
      SIGNAL_ORDER_OF[a.signals[0]!.rule] - SIGNAL_ORDER_OF[b.signals[0]!.rule] ||
      (a.kpi.id < b.kpi.id ? -1 : a.kpi.id > b.kpi.id ? 1 : 0) ||
      (a.unit.id < b.unit.id ? -1 : a.unit.id > b.unit.id ? 1 : 0),
  );
}

export interface KpiSignalRow {
  period: string;
  unit: string;
  unfavourable: boolean;
  rules: SignalRule[];
  signals: Signal[];
}

export interface KpiSignals {
  rows: KpiSignalRow[];
  /** Rows left out beyond `max`. */
  omitted: number;
  /** First period shown. */
  from: string | null;
}

/**
 * Signals of one KPI across its reporting units in its last `periods` periods up to its period on
 * `sc` (charts as known at that period), newest first, one row per unit, period and direction.
 */
export function kpiSignals(h: ScoringModel, sc: Scorecard, kpiId: string, periods = 12, max = 100): KpiSignals {
  const sk = sc.kpis.find((k) => k.id === kpiId);
  const entity = h.kpis.get(kpiId);
  const last = sk && entity ? parsePeriod(sk.period, entity.frequency) : undefined;
  if (!sk || !last) return { rows: [], omitted: 0, from: null };
  const fromOrdinal = periodOrdinal(last) - periods + 1;
  const rows: KpiSignalRow[] = [];
  let from: string | null = null;
  for (const r of sc.rows) {
    if (r.kpi !== kpiId || r.chart.kind === 'none') continue;
    const chart = chartFor(h, kpiId, r.unit, sk.period);
    if (!chart || chart.kind === 'none') continue;
    const groups = new Map<string, KpiSignalRow>();
    for (const s of chart.signals) {
      const p = parsePeriod(s.period, entity!.frequency);
      if (!p || periodOrdinal(p) < fromOrdinal) continue;
      const g = `${s.period}\u0000${s.unfavourable}`;
      let row = groups.get(g);
      if (!row) groups.set(g, (row = { period: s.period, unit: r.unit, unfavourable: s.unfavourable, rules: [], signals: [] }));
      if (!row.rules.includes(s.rule)) row.rules.push(s.rule);
      row.signals.push(s);
    }
    rows.push(...groups.values());
  }
  for (const row of rows) {
    row.rules.sort((a, b) => SIGNAL_ORDER_OF[a] - SIGNAL_ORDER_OF[b]);
    if (from === null || row.period < from) from = row.period;
  }
  rows.sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0) || Number(b.unfavourable) - Number(a.unfavourable));
  return { rows: rows.slice(0, max), omitted: Math.max(0, rows.length - max), from };
}
