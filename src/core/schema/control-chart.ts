/**
 * Control-chart settings and records: how a KPI is charted (`controlChart:` in a KPI definition),
 * declared phases (`data/phases.yaml`) and acknowledged signals (`data/acknowledgements.yaml`).
 * See src/core/scoring/spc.ts for what they change.
 */
import { z } from 'zod';
import { IsoDate, KpiId, LocalizedText, PersonId, SopId, UnitId, Version } from './common.ts';

/** What a KPI definition may ask for (`controlChart.chart`); `scoring/chart-choice.ts` decides. */
export const CHART_REQUESTS = ['auto', 'p', 'u', 'xmr'] as const;
export type ChartRequest = (typeof CHART_REQUESTS)[number];

/** The run rules (`scoring/western-electric.ts`). */
export const SIGNAL_RULES = ['we1', 'we2', 'we3', 'we4', 'trend'] as const;
export type SignalRule = (typeof SIGNAL_RULES)[number];

/** The sets of run rules a KPI may choose (`scoring/rule-sets.ts` holds their rules and false-alarm loads). */
export const RULE_SET_NAMES = ['limits', 'limits-trend', 'we1-2', 'we1-2-trend', 'we1-3', 'western-electric', 'western-electric-trend'] as const;
export type RuleSetName = (typeof RULE_SET_NAMES)[number];

export const ControlChartSettings = z
  .strictObject({
    chart: z
      .enum(CHART_REQUESTS)
      .default('auto')
      .describe(
        'Which control chart: `auto` (default: a p-chart for proportions and a u-chart for rates per 1,000, each widened to Laney p′/u′ when the data vary more than sampling explains; XmR otherwise), `p` or `u` for the plain binomial or Poisson limits, `xmr` for an individuals chart.',
      ),
    rules: z
      .enum(RULE_SET_NAMES)
      .optional()
      .describe(
        'Which run rules signal: `limits` (rule 1 alone: a false alarm about every 370 points), `limits-trend` (197), `we1-2` (228), `we1-2-trend` (the default: rules 1, 2 and the trend rule, 148), `we1-3` (134), `western-electric` (rules 1–4, 92) or `western-electric-trend` (78). The KPI page states the expected false-alarm load.',
      ),
    newPhaseOnMajorSopVersion: z
      .boolean()
      .default(false)
      .describe('Start a new phase (a new baseline) when a major version of an SOP this KPI measures takes effect, for the units in its scope.'),
  })
  .describe('How the KPI is charted for early warning.');
export type ControlChartSettings = z.infer<typeof ControlChartSettings>;

/** A period key (`2025-10`, `2025-Q4`) or a date. */
const PeriodOrDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-W\d{2})?$/, { message: 'Write a period (`2025-10`, `2025-Q4`) or a date (`2025-10-01`).' })
  .describe('A period (`2025-10`, `2025-Q4`, `2025-W07`) or a date `YYYY-MM-DD`: the phase starts with the first period starting on or after it.');

export const PhaseEntry = z
  .strictObject({
    unit: UnitId.describe('The unit (a region or department covers its units).'),
    kpis: z.array(KpiId).min(1).optional().describe('The KPIs concerned; every KPI of the unit when absent (e.g. for a ramp-up).'),
    from: PeriodOrDate.optional().describe('The first period of the new phase (a period or a date). Give `from`, `sop` + `version`, or `rampUpUntil`.'),
    sop: SopId.optional().describe('With `version`: the phase starts when this major SOP version took effect (its change-log date).'),
    version: Version.optional().describe('The major version of `sop` whose taking effect starts the phase.'),
    rampUpUntil: PeriodOrDate.optional().describe('The last period of a ramp-up (a new unit\'s first months): those values are shown but left out of every baseline.'),
    reason: LocalizedText.describe('Why the process changed, e.g. `{ en: Night routes re-planned, zh-CN: 夜间路线重新规划 }`.'),
  })
  .describe('A declared change: the control charts of these KPIs for this unit start a new phase with its own baseline.');
export type PhaseEntry = z.infer<typeof PhaseEntry>;

export const PhasesFile = z.strictObject({ phases: z.array(PhaseEntry).describe('Declared changes and ramp-ups.') });

export const Acknowledgement = z
  .strictObject({
    kpi: KpiId.describe('The KPI whose chart signalled.'),
    unit: UnitId.describe('The unit.'),
    period: z.string().describe('The period at which the signal fires, written for the KPI\'s frequency (`2026-03`).'),
    rule: z.enum(SIGNAL_RULES).optional().describe('Only this rule\'s signal (`we1`, `we2`, `we3`, `we4`, `trend`); every signal at the period when absent.'),
    by: PersonId.describe('Who acknowledged it (a person id).'),
    on: IsoDate.describe('When, `YYYY-MM-DD`.'),
    cause: LocalizedText.describe('The assignable cause, e.g. `{ en: Typhoon closed the depot for two days, zh-CN: 台风导致配送站停业两天 }`.'),
  })
  .describe('An acknowledged signal: its assignable cause is known, so it is not a problem awaiting an action.');
export type Acknowledgement = z.infer<typeof Acknowledgement>;

export const AcknowledgementsFile = z.strictObject({ acknowledgements: z.array(Acknowledgement).describe('Acknowledged signals.') });
