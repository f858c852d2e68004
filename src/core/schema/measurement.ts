/**
 * KPI measurements: `data/measurements/*.yaml` (a `measurements:` list) or `*.csv` (one column per
 * field below). One file per reporting period makes a natural pull request.
 *
 * A value is best stored as the counts it comes from (DOMAIN.md §4): a proportion as `k` events
 * of `n` cases, an NPS as promoters, passives and detractors, a survey score as the number of
 * responses per scale point (or its mean with `sd` and `n`), a duration with its median and 90th
 * percentile. The value is then derived from the counts, or checked against them when both are
 * given (`src/core/model/measurement-counts.ts`).
 */
import { z } from 'zod';
import { KpiId, NonEmptyText, UnitId } from './common.ts';

const Count = (what: string) =>
  z
    .number()
    .int({ message: `${what} is a whole number.` })
    .nonnegative({ message: `${what} cannot be negative.` });

export const Measurement = z
  .strictObject({
    kpi: KpiId.describe('The KPI measured.'),
    unit: UnitId.describe('The unit measured (usually a branch).'),
    period: z
      .string()
      .describe('The reporting period, written for the KPI\'s frequency: `2025-03` (monthly), `2025-Q1`, `2025-W07`, `2025`.'),
    value: z
      .number()
      .nullable()
      .optional()
      .describe(
        'The value on the KPI\'s scale. Leave it out when you give the counts (`k` and `n`, `promoters`…, `responses`): it is derived from them; when both are given they must agree. Write `null` (an empty cell in CSV) only when there is no data, and say why in `note`.',
      ),
    n: Count('The sample size')
      .optional()
      .describe('Sample size: responses, cases or orders behind the value. Required for rates and survey scores; for NPS and `responses` it is their sum and may be left out.'),
    k: Count('A count of events')
      .optional()
      .describe(
        'For a proportion or a rate per 1,000: the cases counted among the `n` (satisfied responses, cases within the time limit, issues resolved at first contact, errors, complaints). The value is k ÷ n × 100 (× 1,000 for `per-thousand`).',
      ),
    promoters: Count('The number of promoters').optional().describe('For NPS: responses of 9 or 10 (for `ces-net`: responses that agree, 5–7).'),
    passives: Count('The number of passives').optional().describe('For NPS: responses of 7 or 8 (for `ces-net`: neutral responses, 4).'),
    detractors: Count('The number of detractors').optional().describe('For NPS: responses of 0 to 6 (for `ces-net`: responses that disagree, 1–3).'),
    responses: z
      .array(Count('A number of responses'))
      .min(2)
      .optional()
      .describe(
        'For survey KPIs: the number of responses at each point of the scale, lowest point first: 5 counts for a 1–5 CSAT scale, 7 for a 1–7 effort scale, 11 for the 0–10 NPS question. In CSV, the counts separated by spaces (`3 5 20 180 272`).',
      ),
    sd: z
      .number()
      .nonnegative()
      .optional()
      .describe('For a mean (`csat-mean`, `ces-mean`, `score`): the standard deviation of the individual scores, with `n`.'),
    median: z.number().nonnegative().optional().describe('For a duration KPI: the median time of the `n` cases, in the KPI\'s unit.'),
    p90: z.number().nonnegative().optional().describe('For a duration KPI: the 90th percentile of the times of the `n` cases (9 in 10 cases took at most this long).'),
    provisional: z
      .boolean()
      .optional()
      .describe('`true` while the value is not final (e.g. first-contact resolution still waiting for reopenings): shown as provisional, and signals that need it are marked provisional.'),
    note: NonEmptyText.optional().describe('Context for reviewers, e.g. `System outage 12–14 March`.'),
  })
  .describe('One value of one KPI for one unit and period, best given as the counts it comes from.');
export type Measurement = z.infer<typeof Measurement>;

export const MeasurementsFile = z.strictObject({
  measurements: z.array(Measurement).describe('Values reported in this file.'),
});

/** The count fields of a measurement, in the order they are written. */
export const COUNT_FIELDS = ['k', 'promoters', 'passives', 'detractors', 'responses', 'sd', 'median', 'p90'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

export const CSV_COLUMNS = ['kpi', 'unit', 'period', 'value', 'n', ...COUNT_FIELDS, 'note', 'provisional'] as const;
export const CSV_REQUIRED_COLUMNS = ['kpi', 'unit', 'period'] as const;
