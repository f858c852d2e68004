/**
 * A KPI definition (`data/kpis/KPI-XXX.yaml`): what is measured, how, how often, by whom, and
 * what counts as good. Measurements refer to it by id.
 */
import { z } from 'zod';
import { FREQUENCIES } from '../time/period.ts';
import { Duration, KpiId, LocalizedText, NonEmptyText, PersonId, StandardId, UnitId, UnitScope } from './common.ts';
import { KPI_METHOD_NAMES } from './kpi-method.ts';
import { ControlChartSettings } from './control-chart.ts';
import { DataControlFields } from './control.ts';

export const DIRECTIONS = ['higher', 'lower', 'band'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const LAYERS = ['efficiency', 'accuracy', 'satisfaction'] as const;
export const MEASUREMENT_UNITS = ['percent', 'points', 'score', 'minutes', 'hours', 'per-1000'] as const;
/** Whether a KPI's values come with their counts (`counts`) or have no sample to count (`none`). */
export const SAMPLE_KINDS = ['counts', 'none'] as const;
export type SampleKind = (typeof SAMPLE_KINDS)[number];

const Band = z
  .strictObject({
    min: z.number().describe('Lowest good value.'),
    max: z.number().describe('Highest good value.'),
  })
  .refine((b) => b.min <= b.max, { message: 'A band\'s min must not exceed its max.' });

const Threshold = z.union([z.number(), Band]);

export const Kpi = z
  .strictObject({
    id: KpiId.describe('Permanent id of the KPI, also its file name and URL, e.g. `KPI-CSAT`.'),
    name: LocalizedText.describe('Name shown on scorecards, e.g. `Customer satisfaction (CSAT)`.'),
    definition: LocalizedText.describe('What the KPI measures and how "a case" is counted, in plain words.'),
    method: z
      .enum(KPI_METHOD_NAMES)
      .describe(
        'How the value is computed: `nps`, `csat-top-two-box`, `csat-mean`, `ces-mean`, `ces-net`, `fcr`, `sla-compliance`, `percentage`, `per-thousand`, `mean-duration` or `score`.',
      ),
    limit: Duration.optional().describe('For `sla-compliance`: the time limit a case must meet, e.g. `30 min`.'),
    standard: StandardId.optional().describe(
      'For `sla-compliance`: the time-limit standard this KPI counts (the share of its cases that met the standard\'s time limit), e.g. `STD-RESP-001`. `limit` must be the standard\'s time limit. Only a KPI that counts a standard this way, or that the standard\'s criterion names, measures it.',
    ),
    sample: z
      .enum(SAMPLE_KINDS)
      .optional()
      .describe(
        '`counts` (the default when left out): each value comes with the counts it is computed from (`k` and `n`, promoters…, responses, median and p90) so that its uncertainty is known. `none`: the values have no sample behind them that you could count (a published index, a figure from a partner without its counts); a rounded value alone is then accepted, and it is shown without an interval.',
      ),
    unitOfMeasure: z.enum(MEASUREMENT_UNITS).describe('Unit of measure the values are written in: `percent`, `points`, `score`, `minutes`, `hours` or `per-1000`.'),
    scale: z
      .strictObject({ min: z.number(), max: z.number() })
      .refine((s) => s.min < s.max, { message: 'The scale\'s min must be below its max.' })
      .describe('Lowest and highest possible values, e.g. `{ min: 0, max: 100 }` for a percentage, `{ min: -100, max: 100 }` for NPS. Values outside are errors.'),
    direction: z.enum(DIRECTIONS).describe('`higher` is better, `lower` is better, or `band` (inside a target band is best).'),
    target: Threshold.describe('The value to reach: a number, or `{ min, max }` for a band.'),
    warning: Threshold.describe('Warning threshold on the failing side of the target: between target and warning the KPI is "at risk"; beyond it, "off target".'),
    floor: Threshold.optional().describe(
      'Value at which the KPI scores 0 in the composite score, beyond the warning threshold on the failing side: the level that is plainly unacceptable (e.g. `70` for a CSAT target of 85 and warning of 80; `{ min, max }` for a band). Without it, one warning step beyond the warning threshold.',
    ),
    warningScore: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe('Score (0–100) the KPI earns in the composite score exactly at its warning threshold; 100 at the target, 0 at the floor, linear in between. Default 50.'),
    persistence: z
      .number()
      .int()
      .min(1)
      .max(24)
      .optional()
      .describe(
        'Periods in a row a value must miss the target before the miss counts as real although its interval reaches the target (default 3). A single miss counts only when the interval from its sample lies wholly beyond the threshold; otherwise the scorecard says "within noise".',
      ),
    frequency: z.enum(FREQUENCIES).describe('How often it is reported: `weekly`, `monthly`, `quarterly` or `annual`. Periods must match.'),
    layer: z.enum(LAYERS).describe('Scorecard layer: `efficiency` (speed), `accuracy` (errors) or `satisfaction` (customer view).'),
    weight: z.number().positive().max(100).describe('Weight in the composite score, relative to the other KPIs (e.g. 1–10).'),
    owner: PersonId.describe('Person accountable for the KPI and its data.'),
    dataSource: NonEmptyText.describe('Where the numbers come from, e.g. `CRM ticket export` or `Post-contact SMS survey`.'),
    minSampleSize: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Smallest sample size for a value to be reliable; smaller samples are flagged.'),
    units: UnitScope.describe('Units the KPI is reported for: `all`, or unit ids (a region includes its branches).'),
    notApplicable: z.array(UnitId).default([]).describe('Units inside `units` for which the KPI does not apply (shown as "not applicable").'),
    controlChart: ControlChartSettings.optional().describe(
      'How the KPI is charted for early warning: `chart` (default `auto`), `rules` (default `western-electric-trend`), `newPhaseOnMajorSopVersion`.',
    ),
    // Document control: the target is a quality objective (ISO 9001 6.2), changed only by a new version.
    ...DataControlFields,
  })
  .describe('A KPI definition.');
export type Kpi = z.infer<typeof Kpi>;
export type Threshold = z.infer<typeof Threshold>;
