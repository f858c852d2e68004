/**
 * The scoring engine of the scorecards: plain TypeScript over the loaded handbook, no Astro.
 * Pages and exports normally need only `buildScorecard`, `periodsWithData` and `chartFor`; the
 * building blocks are exported for tests and for pages that show one concern (a control chart,
 * a funnel plot).
 */
export { buildScorecard, chartFor, periodsWithData } from './scorecard.ts';
export type { RollupRow, Scorecard, ScorecardKpi, ScorecardOptions, ScorecardSummary, ScorecardUnit } from './scorecard.ts';
export type { ChartSummary, ScorecardRow } from './scorecard-row.ts';
export { openFindingsAsOf } from './open-findings.ts';
export type { ScorecardFinding } from './open-findings.ts';
export { evaluateStatus, classifyValue, isStale, isSmallSample, STATUSES } from './status.ts';
export type { Status, StatusFlags, StatusResult } from './status.ts';
export { trendAt } from './trend.ts';
export type { PeriodChange, Trend } from './trend.ts';
export { controlChart, pChart, uChart, xmrChart, signalsAt, laneySigmaZ, limitsPerPoint } from './spc.ts';
export type { Baseline, ChartPhase, ChartPoint, ChartResult, ControlChart, NoControlChart, PhaseCause, PhaseMark, SkippedPeriod, SpcOptions } from './spc.ts';
export { CHART_KINDS, CHART_REQUESTS } from './chart-choice.ts';
export type { ChartChoice, ChartChoiceCode, ChartKind, ChartRequest } from './chart-choice.ts';
export { DEFAULT_RULE_SET, RULE_SETS, RULE_SET_NAMES, ruleSet } from './rule-sets.ts';
export type { RuleSetName } from './rule-sets.ts';
export { detectSignals, RULE_DESCRIPTIONS, SIGNAL_ORDER_OF, SIGNAL_RULES } from './western-electric.ts';
export type { Signal, SignalAcknowledgement, SignalRule, SignalSide } from './western-electric.ts';
export { attainment, NORMALISATION } from './attainment.ts';
export { EXPLANATION_CODES, explain, explanationKey } from './explanation.ts';
export type { AttainmentExplanation, ChartExplanation, ComparisonExplanation, Credibility, Explanation, ExplanationCode, ExplanationOf, ExplanationWords, RollupExplanation, StatusExplanation } from './explanation.ts';
export { ENGLISH_EXPLANATIONS, explainInEnglish, rounded, shownValue, thresholdText } from './explanation-words.ts';
export { compositeScore } from './composite.ts';
export type { CompositeInput, CompositePart, CompositeScore } from './composite.ts';
export { compareUnits } from './comparison.ts';
export type { Classification, KpiComparison, UnitComparison } from './comparison.ts';
export { netScoreInterval, wilsonInterval } from './intervals.ts';
export type { Interval } from './intervals.ts';
export { aggregate, rolledUpValues, rollUp, rollupTargets } from './rollup.ts';
export type { Aggregate, Rollup, RollupSource } from './rollup.ts';
export { daysToAction, loopState, openActionsFor, problemAt, problemReasons } from './actions.ts';
export type { LinkedAction, LoopState, Problem, ProblemReason } from './actions.ts';
export { seriesIndex } from './series.ts';
export type { KpiSeries, SeriesPoint } from './series.ts';
export { latestCompletedPeriod, periodWindow } from './reporting-period.ts';
