/**
 * Words of the charts (src/site/views/chart-spec.ts, components/charts): series names, axis titles,
 * summaries, captions and the words the chart script shows (tooltips).
 */
import type { Kpi } from '../../../core/schema/kpi.ts';
import type { ChartChoice, ChartKind } from '../../../core/scoring/chart-choice.ts';
import type { RuleSetName } from '../../../core/scoring/rule-sets.ts';

type MeasurementUnit = Kpi['unitOfMeasure'];

const s = (n: number, one = '', many = 's') => (n === 1 ? one : many);

export const charts = {
  yTitles: { percent: 'Percent', points: 'Points', score: 'Score', minutes: 'Minutes', hours: 'Hours', 'per-1000': 'Per 1,000' } as Record<MeasurementUnit, string>,
  target: (v: string) => `Target (${v})`,
  targetLow: (v: string) => `Target band low (${v})`,
  targetHigh: (v: string) => `Target band high (${v})`,
  warning: (v: string) => `Warning (${v})`,
  warningLow: (v: string) => `Warning band low (${v})`,
  warningHigh: (v: string) => `Warning band high (${v})`,
  signalsColumn: 'Signals',
  noData: 'No data',
  /** In a tooltip, for a point without a value. */
  tooltipNoData: 'no data',
  pooled: (unit: string) => `${unit} (pooled)`,
  period: 'Period',
  dataTable: 'Data table: ',
  trend: {
    title: (kpi: string) => `${kpi}: trend across units`,
    caption: (kpi: string) => `${kpi} per unit and period`,
    latestUnit: (unit: string, value: string, status: string) => `${unit} ${value} (${status.toLowerCase()})`,
    latestSeparator: '; ',
    summary: (p: { kpi: string; from: string; to: string; target: string; problems: number; units: number; period: string; latest: string; omitted: number }) =>
      `${p.kpi} per unit from ${p.from} to ${p.to}, with the target ${p.target} and the warning threshold. ` +
      `${p.problems} of ${p.units} unit${s(p.units)} show a problem in ${p.period}. ` +
      (p.latest ? `Latest: ${p.latest}.` : '') +
      (p.omitted > 0 ? ` ${p.omitted} more unit${p.omitted === 1 ? ' is' : 's are'} not drawn; the table and the exports have every unit.` : ''),
  },
  control: {
    kinds: { p: 'p-chart', 'p-prime': 'Laney p′ chart', u: 'u-chart', 'u-prime': 'Laney u′ chart', xmr: 'XmR chart' } as Record<ChartKind, string>,
    /** Why this chart; `sz` is σz already formatted. */
    choice: (c: ChartChoice, kind: string, sz: string): string => {
      switch (c.code) {
        case 'over-dispersed':
          return `${kind}: between-period variation is ${sz}× the ${c.kind === 'u-prime' ? 'Poisson' : 'binomial'} (σz = ${sz}), so the limits are widened by it.`;
        case 'within-sampling':
          return `${kind}: between-period variation is within the ${c.kind === 'u' ? 'Poisson' : 'binomial'} (σz = ${sz} ≤ 1), so the plain limits stand.`;
        case 'declared':
          return `${kind}, as the KPI definition asks (controlChart.chart).`;
        case 'no-sample-sizes':
          return `${kind}: the values carry no sample sizes, so a p-chart cannot be drawn.`;
        case 'not-counts':
          return `${kind}: the values are not counts of events (scores, means, durations or NPS).`;
      }
    },
    ruleSets: {
      limits: 'rule 1 (a point beyond the limits)',
      'limits-trend': 'rule 1 and the trend rule',
      'we1-2': 'Western Electric rules 1 and 2',
      'we1-2-trend': 'Western Electric rules 1 and 2 and the trend rule',
      'we1-3': 'Western Electric rules 1–3',
      'western-electric': 'Western Electric rules 1–4',
      'western-electric-trend': 'Western Electric rules 1–4 and the trend rule',
    } as Record<RuleSetName, string>,
    rulesLine: (rules: string, arl: string) => `Signals by ${rules}: in a stable process about one false alarm every ${arl} points.`,
    phaseTitle: 'Phases',
    phaseColumn: 'Phase',
    phaseLabel: (i: number) => `Phase ${i}`,
    phaseRange: (from: string, to: string) => (from === to ? from : `${from} to ${to}`),
    phaseLine: (label: string, range: string, cause: string, state: string) => `${label} (${range}), ${cause}: ${state}.`,
    phaseCauses: {
      start: 'from the first value',
      action: (id: string, closed: string) => `after improvement action ${id}, closed as effective on ${closed}`,
      sopVersion: (sop: string, version: string, date: string) => `after ${sop} version ${version} took effect on ${date}`,
      declared: (reason: string) => `declared change: ${reason}`,
      rampUp: (reason: string) => `ramp-up, left out of the baseline: ${reason}`,
      afterRampUp: 'after the ramp-up',
    },
    phaseBaseline: (from: string, to: string, centre: string) => `baseline ${from} to ${to}, centre line ${centre}`,
    phaseKind: (kind: string) => ` (${kind})`,
    phaseNoBaseline: 'no limits of its own (too few values for a baseline)',
    phaseRampUp: 'no limits, no signals',
    acknowledged: (by: string, on: string, cause: string) => `acknowledged by ${by} on ${on}: ${cause}`,
    provisional: 'provisional',
    provisionalValue: 'provisional value (not final yet)',
    limitsOf: (phase: string, cause: string) => `Limits of ${phase.toLowerCase()}: ${cause}.`,
    value: 'Value',
    centre: 'Centre line',
    upper: 'Upper control limit',
    lower: 'Lower control limit',
    signal: 'Unfavourable signal',
    warning: (summary: string) => `Warning: ${summary}`,
    improvement: (summary: string) => `Improvement: ${summary}`,
    signalSeparator: '; ',
    noValues: 'No values reported.',
    limitsFixed: (lower: string, upper: string) => `limits ${lower} to ${upper}`,
    limitsVarying: (lower: string, upper: string) => `limits varying with each period's sample size (latest ${lower} to ${upper})`,
    summary: (p: { kind: string; kpi: string; unit: string; from: string; to: string; centre: string; baselineFrom: string; baselineTo: string; limits: string; latest: string; latestPeriod: string }) =>
      `${p.kind} of ${p.kpi} at ${p.unit}, ${p.from} to ${p.to}: centre line ${p.centre} ` +
      `(baseline ${p.baselineFrom} to ${p.baselineTo}), ${p.limits}. Latest value ${p.latest} in ${p.latestPeriod}. `,
    noSignal: 'No unfavourable signal.',
    signals: (points: number, first: string, rule: string) => `Unfavourable signals at ${points} point${s(points)}, the first in ${first} (${rule}).`,
    title: (kpi: string, unit: string, kind: string) => `${kpi} at ${unit}: ${kind}`,
    caption: (kpi: string, unit: string) => `${kpi} at ${unit}: values, control limits and signals`,
  },
};

