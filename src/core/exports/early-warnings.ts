/**
 * The early warnings as a CSV file (`/exports/early-warnings.csv`), one row per KPI and unit, as
 * the early-warnings page lists them: the signal, how early it came, the value and status now, the
 * actions and how many days passed from the first signal to an action, the acknowledgement, and the
 * phase whose limits the signal was judged against. Excel conventions as in csv.ts.
 */
import { earlyWarnings, type WarningEntry } from '../analysis/early-warnings.ts';
import type { ScoringModel } from '../scoring/scoring-model.ts';
import type { Scorecard } from '../scoring/index.ts';
import { localized } from '../text/localized.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { phaseCauseInEnglish } from './english.ts';

export interface EarlyWarningExportRow {
  /** The newest period with an unfavourable signal. */
  period: string;
  kpi: string;
  kpi_name: string;
  unit: string;
  unit_name: string;
  /** The rules that fire at `period`, most serious first. */
  signals: string;
  /** First period of the unbroken run of signalled periods that leads to `period`. */
  signalling_since: string | null;
  first_off_target: string | null;
  /** Periods from the first signal to the first value off target (> 0: caught early). */
  lead_periods: number | null;
  kpi_period_now: string;
  value_now: number | null;
  status_now: string;
  actions: string;
  /** Days from the end of the first signalled period to the opening of the earliest action (0: one was open already). */
  days_to_action: number | null;
  overdue_action: boolean;
  acknowledged: boolean;
  /** The assignable causes of the acknowledged signals, in English. */
  acknowledgement: string | null;
  no_action: boolean;
  /** The phase of the chart whose limits the signal was judged against (1, 2…), when it has several. */
  phase: number | null;
  phase_cause: string | null;
}

export const EARLY_WARNING_COLUMNS: readonly (keyof EarlyWarningExportRow & string)[] = [
  'period', 'kpi', 'kpi_name', 'unit', 'unit_name', 'signals', 'signalling_since', 'first_off_target', 'lead_periods', 'kpi_period_now',
  'value_now', 'status_now', 'actions', 'days_to_action', 'overdue_action', 'acknowledged', 'acknowledgement', 'no_action', 'phase', 'phase_cause',
];

const r4 = (x: number | null) => (x === null ? null : Math.round(x * 1e4) / 1e4);

function exportRow(e: WarningEntry): EarlyWarningExportRow {
  const causes = [...new Set(e.signals.flatMap((s) => (s.acknowledgement ? [localized(s.acknowledgement.cause, 'en')] : [])))];
  return {
    period: e.period,
    kpi: e.kpi.id,
    kpi_name: localized(e.kpi.name, 'en'),
    unit: e.unit.id,
    unit_name: localized(e.unit.name, 'en'),
    signals: e.signals.map((s) => s.rule).filter((r, i, all) => all.indexOf(r) === i).join(' '),
    signalling_since: e.run?.since ?? null,
    first_off_target: e.run?.firstOffTarget ?? null,
    lead_periods: e.run?.leadPeriods ?? null,
    kpi_period_now: e.kpi.period,
    value_now: r4(e.valueNow),
    status_now: e.statusNow,
    actions: e.actions.map((a) => a.id).join(' '),
    days_to_action: e.daysToAction,
    overdue_action: e.overdueAction,
    acknowledged: e.acknowledged,
    acknowledgement: causes.length ? causes.join(' / ') : null,
    no_action: e.noAction,
    phase: e.phase?.number ?? null,
    phase_cause: e.phase ? phaseCauseInEnglish(e.phase.cause) : null,
  };
}

/** The current early warnings of `current` (the `currentScorecards`, analysis/early-warnings.ts), one flat row each. */
export function earlyWarningExportRows(h: ScoringModel, current: readonly Scorecard[]): EarlyWarningExportRow[] {
  return earlyWarnings(h, current).map(exportRow);
}

export function earlyWarningsCsv(h: ScoringModel, current: readonly Scorecard[]): string {
  return toCsv(EARLY_WARNING_COLUMNS, earlyWarningExportRows(h, current).map((r) => EARLY_WARNING_COLUMNS.map((c) => r[c] as CsvValue)));
}
